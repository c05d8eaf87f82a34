import type { Problem } from "@/lib/dataset/parse";
import type { Dataset } from "@/lib/dataset/schema";

/** An error from the dataset endpoint, with the validation problems when the file is invalid. */
export class DatasetFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

/** Fetches a dataset from the API (which has validated it already: the edge is the server). */
export async function fetchDataset(url: string): Promise<Dataset> {
  const response = await fetch(url);
  if (response.ok) return (await response.json()) as Dataset;
  const body = (await response.json().catch(() => ({}))) as { error?: string; problems?: Problem[] };
  throw new DatasetFetchError(body.error ?? `The dataset could not be loaded (HTTP ${response.status}).`, response.status, body.problems);
}
