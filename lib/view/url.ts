/**
 * The view's parameters in a query string: read them from one, and write them into one while keeping
 * every other parameter (the dataset, anything a host page added) as it was.
 */
import { isIdShaped } from "@/lib/dataset/idShape";
import type { RawViewParams, ViewParams } from "./state";

/** The parameters that belong to the view state. */
export const VIEW_KEYS = ["from", "to", "themes", "actor", "event", "tie", "step", "compare"] as const satisfies ReadonlyArray<keyof RawViewParams>;

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
  return queryString(params);
}

/** The query string (with its "?", or "" when empty). Commas are legal there: theme lists stay readable in shared links. */
function queryString(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}

/**
 * The query string with its `dataset` parameter naming `shown`, the dataset the page shows, or null when it
 * already does (or names none, the default). An unknown or malformed dataset opens the default with a notice;
 * the link should then say what is shown, not carry the bad value into every link copied from the page.
 */
export function withShownDataset(search: string, shown: string): string | null {
  const params = new URLSearchParams(search);
  const asked = params.get("dataset");
  if (asked === null || asked === shown) return null;
  params.set("dataset", shown);
  return queryString(params);
}

const DAY_SHAPE = /^-?\d{4,6}-\d{2}-\d{2}$/;
const COMPARE_SHAPE = /^-?\d{4,6}-\d{2}-\d{2}\.\.-?\d{4,6}-\d{2}-\d{2}$/;

/**
 * Only the values that have the shape of a view parameter (a day, ids, a list of ids): what the server hands
 * the page, so a hostile value never travels into the page's payload. Unknown ids are left for resolveView.
 */
export function shapedViewParams(raw: Readonly<Record<string, unknown>>): RawViewParams {
  const text = (key: string) => {
    const value = raw[key];
    return typeof value === "string" ? value : null;
  };
  const day = (key: "from" | "to") => {
    const value = text(key);
    return value !== null && DAY_SHAPE.test(value) ? value : null;
  };
  const id = (key: "actor" | "event" | "tie" | "step") => {
    const value = text(key);
    return value !== null && isIdShaped(value) ? value : null;
  };
  const themes = text("themes");
  const compare = text("compare");
  return {
    from: day("from"),
    to: day("to"),
    themes: themes !== null && themes.length <= 2000 && themes.split(",").every(isIdShaped) ? themes : null,
    actor: id("actor"),
    event: id("event"),
    tie: id("tie"),
    step: id("step"),
    compare: compare !== null && COMPARE_SHAPE.test(compare) ? compare : null,
  };
}
