import type { Metadata } from "next";
import { Suspense } from "react";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { LazyLocalDashboard } from "@/components/import/LazyDatasetTools";
import { isLocalId } from "@/components/import/localId";
import { DatasetProblem } from "@/components/dashboard/DatasetProblem";
import { LoadingState } from "@/components/dashboard/LoadingState";
import { DEFAULT_DATASET_ID, isDatasetCached, listDatasets, loadDataset } from "@/lib/server/datasets";
import { precomputedLayout } from "@/lib/server/layouts";
import { INLINE_LIMIT, requestedId, type SearchParams } from "@/lib/server/requestedDataset";
import { unservableMessage } from "@/lib/server/responses";
import type { RawViewParams } from "@/lib/view/state";
import { shapedViewParams } from "@/lib/view/url";
import { datasetPageMetadata } from "./embed/oembedLink";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  if (isLocalId(await requestedId(searchParams))) return { title: "Dataset of this browser · Linked timeline and network" };
  return datasetPageMetadata("/", searchParams);
}

/**
 * The page: reads the dataset on the server and hands it to the client dashboard. Only a dataset the server
 * has not read yet (a large file can take seconds) streams a loading state first. A dataset it holds renders in
 * one piece: a Suspense boundary streamed as pending would hold back the dashboard's hydration (by about a
 * quarter of a second on these machines) for a fallback nobody would see.
 */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const id = await requestedId(searchParams);
  const params = shapedViewParams(await searchParams);
  // A dataset of this browser: the server has never seen it; the client reads it from IndexedDB.
  if (isLocalId(id)) return <LazyLocalDashboard id={id} params={params} />;
  const page = <DatasetPage id={id} params={params} />;
  return isDatasetCached(id) ? page : <Suspense fallback={<LoadingState />}>{page}</Suspense>;
}

async function DatasetPage({ id, params }: { id: string; params: RawViewParams }) {
  let result = await loadDataset(id);
  // An unknown dataset is ignored like any unknown URL value: the default opens, with a visible notice.
  if (result.status === "not-found" && id !== DEFAULT_DATASET_ID) {
    const fallback = await loadDataset(DEFAULT_DATASET_ID);
    if (fallback.status === "ok") {
      const notice = `There is no dataset named “${id}”, so the default dataset is shown.`;
      const inline = fallback.body.size <= INLINE_LIMIT ? fallback.dataset : null;
      return <Dashboard datasetId={DEFAULT_DATASET_ID} initial={inline} title={fallback.dataset.title} etag={fallback.etag} layout={precomputedLayout(fallback.etag, fallback.dataset)} params={params} notice={notice} />;
    }
    result = fallback;
  }
  if (result.status !== "ok") {
    const others = (await listDatasets()).filter((d) => d.id !== id);
    const message = result.status === "invalid" || result.status === "not-found" || result.status === "bad-id" ? undefined : unservableMessage(id, result);
    return <DatasetProblem id={id} problems={result.status === "invalid" ? result.problems : []} message={message} others={others} />;
  }
  const inline = result.body.size <= INLINE_LIMIT ? result.dataset : null;
  return <Dashboard datasetId={id} initial={inline} title={result.dataset.title} etag={result.etag} layout={precomputedLayout(result.etag, result.dataset)} params={params} />;
}
