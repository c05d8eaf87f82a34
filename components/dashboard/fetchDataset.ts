import { datasetFromBytes, keepDatasetBytes } from "@/components/shared/datasetBytes";
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

// The last copy seen per URL with its ETag: revalidation sends If-None-Match, and a 304 returns the very
// same object, so a large dataset is neither downloaded, parsed nor re-indexed when it has not changed.
const known = new Map<string, { etag: string; dataset: Dataset }>();

/** Records the server-rendered copy, so the first revalidation can be a cheap 304. */
export function rememberDataset(url: string, etag: string, dataset: Dataset) {
  if (!known.has(url)) known.set(url, { etag, dataset });
}

/** Fetches a dataset from the API (which has validated it already: the edge is the server). */
export async function fetchDataset(url: string): Promise<Dataset> {
  const previous = known.get(url);
  const response = await fetch(url, { cache: "no-store", headers: previous ? { "If-None-Match": previous.etag } : {} });
  if (response.status === 304 && previous) return previous.dataset;
  if (response.ok) {
    // Parsed from bytes that are kept: the metrics worker takes them rather than a clone of the object.
    const bytes = await response.arrayBuffer();
    const dataset = datasetFromBytes(bytes);
    keepDatasetBytes(dataset, bytes);
    const etag = response.headers.get("etag");
    if (etag) known.set(url, { etag, dataset });
    return dataset;
  }
  const body = (await response.json().catch(() => ({}))) as { error?: string; problems?: Problem[] };
  throw new DatasetFetchError(body.error ?? `The dataset could not be loaded (HTTP ${response.status}).`, response.status, body.problems);
}
