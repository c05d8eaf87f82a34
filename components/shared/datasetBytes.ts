/**
 * A fetched dataset's bytes, kept beside the parsed object until a worker takes them. Handing a worker the
 * object means a structured clone on the main thread (about 0.7 s for 50,000 events, in the middle of the
 * page's first load); the bytes are transferred for nothing and parsed in the worker. Until a part asks for
 * metrics (the rankings at rest, an actor's ties over time) they stay with the dataset: one dataset's bytes at most.
 */
import type { Dataset } from "@/lib/dataset/schema";

const bytesOf = new WeakMap<Dataset, ArrayBuffer>();

/** Parses a dataset from the API's UTF-8 JSON (already validated by the server). */
export function datasetFromBytes(bytes: ArrayBuffer): Dataset {
  return JSON.parse(new TextDecoder().decode(bytes)) as Dataset;
}

/** Keeps `bytes` as the source of `dataset`, for one worker to take. */
export function keepDatasetBytes(dataset: Dataset, bytes: ArrayBuffer): void {
  bytesOf.set(dataset, bytes);
}

/** The bytes `dataset` was parsed from, once (a transfer leaves them empty), or undefined. */
export function takeDatasetBytes(dataset: Dataset): ArrayBuffer | undefined {
  const bytes = bytesOf.get(dataset);
  bytesOf.delete(dataset);
  return bytes;
}
