/**
 * The view state (window, themes, selected actor and event) and its URL form. Parsing is total:
 * malformed or unknown values are dropped, never thrown and never echoed.
 */
import { parseIsoDay, toIsoDay, type EpochDay } from "@/lib/dates";
import { clamp } from "@/lib/math";
import type { ActorId, EventId, StepId, ThemeId, TieId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { stepById, viewOfStep } from "@/lib/story/steps";

/** Everything the user chose; every view derives from it. */
export interface ViewState {
  from: EpochDay;
  to: EpochDay;
  themes: ThemeId[];
  actor: ActorId | null;
  event: EventId | null;
  /** A tie shown in Details (an extension of the contract's parameters). */
  tie: TieId | null;
  /** The story step the reader opened (the view may have left it since). */
  step: StepId | null;
  /** A second window to compare the main one with (Compare on), or null. */
  compare: DayRange | null;
}

/** An inclusive range of days. */
export interface DayRange {
  from: EpochDay;
  to: EpochDay;
}

/** The query-string parameters as read from the URL (absent = null). */
export interface RawViewParams {
  from?: string | null;
  to?: string | null;
  themes?: string | null;
  actor?: string | null;
  event?: string | null;
  tie?: string | null;
  step?: string | null;
  compare?: string | null;
}

/** The URL parameters of a view; null means "leave it out" (the default). */
export type ViewParams = { [K in keyof RawViewParams]-?: string | null };

const MAX_PARAM_LENGTH = 2000;

function day(raw: string | null | undefined, index: IndexedDataset): EpochDay | null {
  if (!raw || raw.length > 10) return null;
  const parsed = parseIsoDay(raw);
  return parsed === null ? null : clamp(parsed, index.extent.start, index.extent.end);
}

function known<T extends string>(raw: string | null | undefined, has: (id: T) => boolean): T | null {
  if (!raw || raw.length > 200) return null;
  return has(raw as T) ? (raw as T) : null;
}

/**
 * Resolves raw URL parameters against a dataset, with defaults for whatever is missing or invalid. A known
 * `step` with no other view parameter opens that step's view (a hand-written link to a step); with other
 * parameters they say where the reader was (the URL of a step always carries its window).
 */
export function resolveView(raw: RawViewParams, index: IndexedDataset): ViewState {
  const step = stepById(index, raw.step);
  const compare = compareRange(raw.compare, index);
  if (step && VIEW_FIELDS.every((key) => !raw[key])) return { ...viewOfStep(step, index), compare };

  let from = day(raw.from, index) ?? index.defaultWindow.from;
  let to = day(raw.to, index) ?? index.defaultWindow.to;
  if (from > to) ({ from, to } = index.defaultWindow);
  const themeText = raw.themes && raw.themes.length <= MAX_PARAM_LENGTH ? raw.themes : "";
  const themes = [...new Set(themeText.split(","))].filter((id): id is ThemeId => index.themeById.has(id as ThemeId));
  return {
    from,
    to,
    themes,
    actor: known<ActorId>(raw.actor, (id) => index.actorById.has(id)),
    event: known<EventId>(raw.event, (id) => index.eventById.has(id)),
    tie: known<TieId>(raw.tie, (id) => index.tieById.has(id)),
    step: step?.id ?? null,
    compare,
  };
}

/** A `compare` parameter (`YYYY-MM-DD..YYYY-MM-DD`) inside the extent, or null when absent or malformed. */
function compareRange(raw: string | null | undefined, index: IndexedDataset): DayRange | null {
  if (!raw || raw.length > 30) return null;
  const [a, b, ...rest] = raw.split("..");
  if (rest.length || a === undefined || b === undefined) return null;
  const from = day(a, index);
  const to = day(b, index);
  return from === null || to === null || from > to ? null : { from, to };
}

const VIEW_FIELDS = ["from", "to", "themes", "actor", "event", "tie"] as const;

/**
 * The URL parameters for a view; values equal to the defaults are left out so links stay short. In a story
 * the window is always written: `step` alone would open the step's own window.
 */
export function serializeView(view: ViewState, index: IndexedDataset): ViewParams {
  const isDefaultWindow = view.step === null && view.from === index.defaultWindow.from && view.to === index.defaultWindow.to;
  return {
    from: isDefaultWindow ? null : toIsoDay(view.from),
    to: isDefaultWindow ? null : toIsoDay(view.to),
    themes: view.themes.length ? view.themes.join(",") : null,
    actor: view.actor,
    event: view.event,
    tie: view.tie,
    step: view.step,
    compare: view.compare ? `${toIsoDay(view.compare.from)}..${toIsoDay(view.compare.to)}` : null,
  };
}

/** The compare window Compare starts with: as long as the main window, right before it (inside the extent). */
export function defaultCompareRange(view: Pick<ViewState, "from" | "to">, index: IndexedDataset): DayRange {
  const length = view.to - view.from;
  const to = Math.max(index.extent.start + length, view.from - 1);
  const from = Math.max(index.extent.start, to - length);
  return { from, to: Math.min(to, index.extent.end) };
}

/** Moves one edge of the window, keeping start ≤ end and both inside the dataset's extent. */
export function moveWindowEdge<T extends DayRange>(view: T, edge: "from" | "to", value: EpochDay, index: Pick<IndexedDataset, "extent">): T {
  const { start, end } = index.extent;
  if (edge === "from") return { ...view, from: clamp(Math.round(value), start, view.to) };
  return { ...view, to: clamp(Math.round(value), view.from, end) };
}

/** Shifts the whole window by `days`, keeping its length, inside the extent. */
export function shiftWindow<T extends DayRange>(view: T, days: number, index: Pick<IndexedDataset, "extent">): T {
  const length = view.to - view.from;
  const from = clamp(Math.round(view.from + days), index.extent.start, index.extent.end - length);
  return { ...view, from, to: from + length };
}

/** A window that shows the given range: unchanged if it is already inside, else centred on it with margin. */
export function revealRange(view: ViewState, start: EpochDay, end: EpochDay, index: IndexedDataset): Pick<ViewState, "from" | "to"> {
  if (start >= view.from && end <= view.to) return { from: view.from, to: view.to };
  const length = Math.max(view.to - view.from, end - start + 14);
  const centre = (start + end) / 2;
  const from = clamp(Math.round(centre - length / 2), index.extent.start, Math.max(index.extent.start, index.extent.end - length));
  return { from, to: clamp(from + length, from, index.extent.end) };
}

/** A parameter of a link that the view could not take, and why (in words for the reader). */
export interface IgnoredParam {
  key: keyof RawViewParams;
  reason: string;
}

/**
 * The parameters of `raw` that `view` (resolved from it by `resolveView`) left out: present, but malformed,
 * unknown in the dataset or out of order. Values are never repeated back, only their parameters named.
 */
export function ignoredParams(raw: RawViewParams, view: ViewState, index: IndexedDataset): IgnoredParam[] {
  const out: IgnoredParam[] = [];
  const given = (key: keyof RawViewParams) => Boolean(raw[key]);
  for (const key of ["from", "to"] as const) {
    if (!given(key)) continue;
    const asked = day(raw[key], index);
    if (asked === null) out.push({ key, reason: "not a date (YYYY-MM-DD)" });
    else if (asked !== view[key]) out.push({ key, reason: key === "from" ? "after the window's end" : "before the window's start" });
  }
  if (given("themes")) {
    // The view keeps the listed themes the dataset has: the rest were left out.
    const unknown = new Set(raw.themes!.split(",").filter(Boolean)).size - view.themes.length;
    if (unknown > 0) out.push({ key: "themes", reason: unknown === 1 ? "a theme this dataset does not have" : `${unknown} themes this dataset does not have` });
  }
  for (const key of ["actor", "event", "tie"] as const) if (given(key) && view[key] === null) out.push({ key, reason: `no such ${key} in this dataset` });
  if (given("step") && view.step === null) out.push({ key: "step", reason: "no such step in this dataset's story" });
  if (given("compare") && view.compare === null) out.push({ key: "compare", reason: "not two dates in order (YYYY-MM-DD..YYYY-MM-DD)" });
  return out;
}

/** What a notice says of the parameters a link's view left out. */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  return `Part of this link could not be used and was left out: ${ignored.map((p) => `${p.key} (${p.reason})`).join(", ")}.`;
}
