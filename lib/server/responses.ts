/** What the API and the page say about a dataset file that cannot be served. Server-only. */
import type { LoadResult } from "./datasets";

/**
 * Browsers revalidate every time (a cheap 304 with the ETag); a CDN may keep a version for a minute and
 * serve it a little longer while it revalidates, which absorbs a spike of readers following a link.
 * `no-transform` keeps Next's own compression (and any proxy's) from re-encoding bytes that already are.
 */
export const datasetCacheControl = "public, max-age=0, s-maxage=60, stale-while-revalidate=60, no-transform";

type Unservable = Extract<LoadResult, { status: "too-large" | "refused" | "unreadable" | "busy" }>;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A sentence a reader can act on, for a file that cannot be served. */
export function unservableMessage(id: string, result: Unservable): string {
  switch (result.status) {
    case "too-large":
      return `Dataset "${id}" is ${megabytes(result.size)}, over the limit of ${megabytes(result.limit)} (DATASET_MAX_BYTES).`;
    case "refused":
      return `Dataset "${id}" was refused: ${result.reason}.`;
    case "unreadable":
      return `Dataset "${id}" could not be read (${result.reason}).`;
    case "busy":
      return `Dataset "${id}" is being written; try again in a moment.`;
  }
}

/** The HTTP status and JSON body for a file that cannot be served (413 for one over the size limit). */
export function problemBody(id: string, result: Unservable): { status: number; body: Record<string, unknown> } {
  const error = unservableMessage(id, result);
  switch (result.status) {
    case "too-large":
      return { status: 413, body: { error, size: result.size, limit: result.limit } };
    case "refused":
      return { status: 403, body: { error } };
    case "unreadable":
      return { status: 500, body: { error } };
    case "busy":
      return { status: 503, body: { error } };
  }
}
