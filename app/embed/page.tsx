import type { Metadata } from "next";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { DatasetProblem } from "@/components/dashboard/DatasetProblem";
import { EmbedView } from "@/components/export/EmbedView";
import { DEFAULT_DATASET_ID, loadDataset } from "@/lib/server/datasets";
import { precomputedLayout } from "@/lib/server/layouts";
import { INLINE_LIMIT, requestedId, type SearchParams } from "@/lib/server/requestedDataset";
import { shapedViewParams } from "@/lib/view/url";
import { datasetPageMetadata } from "./oembedLink";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return datasetPageMetadata("/embed", searchParams);
}

/** /embed: the same view as `/` for the same query, as the two views and the status line only. */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = await requestedId(searchParams);
  const params = shapedViewParams(await searchParams);
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
