/**
 * A theme scope: what a theme filter keeps of a dataset, indexed once per filter for window queries. Dated
 * events sorted by start (and their ends sorted apart, so "how many ended before the window" is a binary
 * search), the ties that pass, and the boundary days of the ties' spans and phases, sorted, so a moving
 * window finds the few ties whose visibility can change without looking at the others.
 */
import type { ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset, IndexedEvent, IndexedTie } from "@/lib/dataset/indexed";

/** Days sorted ascending, each with the index of the item it belongs to. */
export interface SortedDays {
  days: Float64Array;
  items: Int32Array;
}

/** What a theme filter keeps, indexed for window queries. */
export interface ThemeScope {
  /** The filter's themes joined by commas ("" for no filter). */
  key: string;
  /** Dated events that pass, sorted by start day then end day. */
  dated: IndexedEvent[];
  /** Start days of `dated`, in the same order. */
  starts: Float64Array;
  /** End days of `dated`, sorted, with the event's position in `dated`. */
  ends: SortedDays;
  /** The longest event that passes, in days (how far back a window query must look). */
  maxEventDays: number;
  /** Undated events that pass: always in the window. */
  undated: IndexedEvent[];
  /** Ties that pass, in dataset order. */
  ties: IndexedTie[];
  /** Finite start days of every tie's span and phases, with the tie's position in `ties`. */
  tieStarts: SortedDays;
  /** Finite end days of every tie's span and phases, with the tie's position in `ties`. */
  tieEnds: SortedDays;
}

/** True when an item tagged with `themes` passes the filter (null = no filter). */
export function passesThemes(themes: readonly ThemeId[], filter: ReadonlySet<ThemeId> | null): boolean {
  if (!filter) return true;
  for (const theme of themes) if (filter.has(theme)) return true;
  return false;
}

function sortedDays(pairs: Array<[number, number]>): SortedDays {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { days: Float64Array.from(pairs, (p) => p[0]), items: Int32Array.from(pairs, (p) => p[1]) };
}

function buildScope(index: IndexedDataset, themes: readonly ThemeId[]): ThemeScope {
  const filter = themes.length ? new Set(themes) : null;
  const dated: IndexedEvent[] = [];
  const undated: IndexedEvent[] = [];
  // index.events is already dated-by-start, then undated: filtering keeps that order.
  for (const e of index.events) if (passesThemes(e.event.themes, filter)) (e.dated ? dated : undated).push(e);
  const ties = index.ties.filter((t) => passesThemes(t.tie.themes, filter));
  const starts: Array<[number, number]> = [];
  const ends: Array<[number, number]> = [];
  ties.forEach((tie, i) => {
    for (const interval of [tie, ...tie.phases]) {
      if (Number.isFinite(interval.start)) starts.push([interval.start, i]);
      if (Number.isFinite(interval.end)) ends.push([interval.end, i]);
    }
  });
  return {
    key: themes.join(","),
    dated,
    starts: Float64Array.from(dated, (e) => e.start),
    ends: sortedDays(dated.map((e, i) => [e.end, i])),
    maxEventDays: dated.reduce((max, e) => Math.max(max, e.end - e.start), 0),
    undated,
    ties,
    tieStarts: sortedDays(starts),
    tieEnds: sortedDays(ends),
  };
}

const scopes = new WeakMap<IndexedDataset, Map<string, ThemeScope>>();

/** The scope of a theme filter, built once per dataset and filter (the order of `themes` does not matter). */
export function themeScope(index: IndexedDataset, themes: readonly ThemeId[]): ThemeScope {
  let byKey = scopes.get(index);
  if (!byKey) scopes.set(index, (byKey = new Map()));
  const sorted = [...themes].sort();
  const key = sorted.join(",");
  let scope = byKey.get(key);
  if (!scope) byKey.set(key, (scope = buildScope(index, sorted)));
  return scope;
}
