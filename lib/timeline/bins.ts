/**
 * Binning events into calendar bins, for the overview histogram (always) and for the detail view when
 * too many events fall in the window.
 */
import { toIsoDay } from "@/lib/dates";
import { unitBoundaries, type CalendarUnit } from "./units";

/** A bin of the inclusive days [start, end]. `lanes` holds the count per lane when lanes were given. */
export interface Bin {
  start: number;
  end: number;
  count: number;
  lanes: number[];
}

/** Anything with a first and last day (dated events). */
export interface DayInterval {
  start: number;
  end: number;
}

/**
 * Bins the items meeting the inclusive window [from, to] into `unit` bins, clipped to the window. An item
 * counts in every bin it meets, so a bin's count is exactly what narrowing the window to that bin shows
 * (a month-precision event is in every week of its month); with `countBy: "start"` it counts once, in the bin
 * of its first visible day (for a density picture). `laneOf` (with `laneCount`) also counts per lane.
 * Work is O(items · log bins + bins · lanes), O(items + bins · lanes) for items in start order: a difference
 * array, not a loop over each item's bins.
 */
export function binEvents<T extends DayInterval>(
  items: readonly T[],
  from: number,
  to: number,
  unit: CalendarUnit,
  laneOf?: (item: T) => number,
  laneCount = 0,
  countBy: "overlap" | "start" = "overlap",
): Bin[] {
  const edges = unitBoundaries(from, to + 1, unit);
  const n = edges.length - 1;
  const starts = edges.slice(0, n).map((e) => Math.max(e, from));
  const lanes = laneOf && laneCount > 0 ? laneCount : 0;
  const diff = new Int32Array(n + 1);
  const laneDiff = new Int32Array((n + 1) * lanes);
  /** The last bin whose start is ≤ day. */
  const binOf = (day: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Items usually come in start order (a selection's dated events): then each one's first bin is found by
  // moving on from the previous one's, and a one-day item's last bin is its first.
  let cursor = 0;
  const firstBinOf = (day: number) => {
    if (day < starts[cursor]!) cursor = binOf(day);
    while (cursor + 1 < n && starts[cursor + 1]! <= day) cursor++;
    return cursor;
  };
  for (const item of items) {
    if (!Number.isFinite(item.start) || item.start > to || item.end < from) continue;
    const first = firstBinOf(Math.max(item.start, from));
    const last = countBy === "start" || item.end <= item.start ? first : binOf(Math.min(item.end, to));
    diff[first]!++;
    diff[last + 1]!--;
    if (lanes) {
      const lane = laneOf!(item);
      if (lane >= 0 && lane < lanes) {
        laneDiff[first * lanes + lane]!++;
        laneDiff[(last + 1) * lanes + lane]!--;
      }
    }
  }
  const bins: Bin[] = [];
  let count = 0;
  const running = new Array<number>(lanes).fill(0);
  for (let i = 0; i < n; i++) {
    count += diff[i]!;
    for (let l = 0; l < lanes; l++) running[l]! += laneDiff[i * lanes + l]!;
    bins.push({ start: starts[i]!, end: Math.min(edges[i + 1]! - 1, to), count, lanes: running.slice() });
  }
  return bins;
}

/** The contract's accessible name of a bin: "N events, YYYY-MM-DD to YYYY-MM-DD". */
export function binName(bin: Bin): string {
  return `${bin.count} events, ${toIsoDay(bin.start)} to ${toIsoDay(bin.end)}`;
}

/** The most events in any bin (at least 1, so it can divide). */
export function maxBinCount(bins: readonly Bin[]): number {
  let max = 1;
  for (const b of bins) if (b.count > max) max = b.count;
  return max;
}
