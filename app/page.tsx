import type { Metadata } from "next";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { DatasetProblem } from "@/components/dashboard/DatasetProblem";
import { isIdShaped } from "@/lib/dataset/ids";
import { DEFAULT_DATASET_ID, listDatasets, loadDataset } from "@/lib/server/datasets";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The dataset the URL asks for; a malformed value is ignored (the default is used), never echoed. */
async function requestedId(searchParams: SearchParams): Promise<string> {
  const value = (await searchParams).dataset;
  return typeof value === "string" && isIdShaped(value) ? value : DEFAULT_DATASET_ID;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const result = await loadDataset(await requestedId(searchParams));
  const title = result.status === "ok" ? result.dataset.title : "Dataset unavailable";
  return { title: `${title} · Linked timeline and network` };
}

/** The page: reads the dataset on the server and hands it to the client dashboard. */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const id = await requestedId(searchParams);
  const result = await loadDataset(id);
  if (result.status !== "ok") {
    const others = (await listDatasets()).filter((d) => d.id !== id);
    return <DatasetProblem id={id} problems={result.status === "invalid" ? result.problems : []} others={others} />;
  }
  // app/loading.tsx is the Suspense boundary around this page (nuqs reads the URL inside it).
  return <Dashboard datasetId={id} initial={result.dataset} etag={result.etag} />;
}
