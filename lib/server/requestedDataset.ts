/** What `/` and `/embed` read from a request: which dataset it asks for, and whether it travels in the page. */
import { isIdShaped } from "@/lib/dataset/ids";
import { DEFAULT_DATASET_ID } from "./datasets";

/**
 * Datasets up to this size (bytes of JSON) travel inside the page, so the first paint needs no second
 * request; larger ones are fetched by the client from the API, where the browser parses JSON natively,
 * instead of being parsed out of the page's payload on the main thread.
 */
export const INLINE_LIMIT = 1_000_000;

/** A page's search parameters, as Next hands them to it. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The dataset the URL asks for; a malformed value is ignored (the default is used), never echoed. */
export async function requestedId(searchParams: SearchParams): Promise<string> {
  const value = (await searchParams).dataset;
  return typeof value === "string" && isIdShaped(value) ? value : DEFAULT_DATASET_ID;
}
