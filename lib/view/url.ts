/**
 * The view's parameters in a query string: read them from one, and write them into one while keeping
 * every other parameter (the dataset, anything a host page added) as it was.
 */
import type { RawViewParams, ViewParams } from "./state";

/** The parameters that belong to the view state. */
export const VIEW_KEYS = ["from", "to", "themes", "actor", "event", "tie"] as const satisfies ReadonlyArray<keyof RawViewParams>;

/** The view's raw parameters in a query string (absent ones are left out). */
export function readViewParams(search: string): RawViewParams {
  const params = new URLSearchParams(search);
  const raw: RawViewParams = {};
  for (const key of VIEW_KEYS) raw[key] = params.get(key);
  return raw;
}

/** The query string (with its "?", or "" when empty) with the view's parameters set or removed. */
export function withViewParams(search: string, view: ViewParams): string {
  const params = new URLSearchParams(search);
  for (const key of VIEW_KEYS) {
    const value = view[key];
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  // Commas are legal in a query string: keep theme lists readable in shared links.
  const text = params.toString().replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}
