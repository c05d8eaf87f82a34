import type { Metadata } from "next";
import { Suspense } from "react";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { DatasetProblem } from "@/components/dashboard/DatasetProblem";
import { LoadingState } from "@/components/dashboard/LoadingState";
import { EmbedView } from "@/components/export/EmbedView";
import { DEFAULT_DATASET_ID, isDatasetCached, loadDataset } from "@/lib/server/datasets";
import { precomputedLayout } from "@/lib/server/layouts";
import { INLINE_LIMIT, requestedId, type SearchParams } from "@/lib/server/requestedDataset";
import type { RawViewParams } from "@/lib/view/state";
import { shapedViewParams } from "@/lib/view/url";
import { datasetPageMetadata } from "./oembedLink";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return datasetPageMetadata("/embed", searchParams);
}

/**
 * /embed: the same view as `/` for the same query, as the two views and the status line only. Like `/`, only a
 * dataset the server has not read yet streams a loading state first (see app/page.tsx).
 */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = await requestedId(searchParams);
  const params = shapedViewParams(await searchParams);
  const page = <EmbedDatasetPage requested={requested} params={params} />;
  return isDatasetCached(requested) ? page : <Suspense fallback={<LoadingState />}>{page}</Suspense>;
}

async function EmbedDatasetPage({ requested, params }: { requested: string; params: RawViewParams }) {
  let id = requested;
  let result = await loadDataset(id);
  // An unknown dataset is ignored like any unknown URL value: the default opens.
  if (result.status === "not-found" && id !== DEFAULT_DATASET_ID) {
    id = DEFAULT_DATASET_ID;
    result = await loadDataset(id);
  }
  if (result.status !== "ok") return <DatasetProblem id={id} problems={result.status === "invalid" ? result.problems : []} others={[]} />;
  const inline = result.json.length <= INLINE_LIMIT ? result.dataset : null;
  return (
    <Dashboard datasetId={id} initial={inline} title={result.dataset.title} etag={result.etag} layout={precomputedLayout(result.etag, result.dataset)} params={params}>
      <EmbedView datasetId={id} />
    </Dashboard>
  );
}
