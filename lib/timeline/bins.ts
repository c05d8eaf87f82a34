/**
 * Binning events into calendar bins, for the overview histogram (always) and for the detail view when
 * too many events fall in the window. Each event is counted once, in the bin of its first visible day.
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
 * Bins the items meeting the inclusive window [from, to] into `unit` bins, clipped to the window.
 * An item that starts before the window counts in the first bin. `laneOf` (with `laneCount`) also counts per lane.
 */
export function binEvents<T extends DayInterval>(
  items: readonly T[],
  from: number,
  to: number,
  unit: CalendarUnit,
  laneOf?: (item: T) => number,
  laneCount = 0,
): Bin[] {
  const edges = unitBoundaries(from, to + 1, unit);
  const bins: Bin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    bins.push({
      start: Math.max(edges[i]!, from),
      end: Math.min(edges[i + 1]! - 1, to),
      count: 0,
      lanes: new Array<number>(laneCount).fill(0),
    });
  }
  for (const item of items) {
    if (!Number.isFinite(item.start) || item.start > to || item.end < from) continue;
    const day = Math.max(item.start, from);
    // Binary search for the last bin whose start is ≤ day.
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bins[mid]!.start <= day) lo = mid;
      else hi = mid - 1;
    }
    const bin = bins[lo]!;
    bin.count++;
    if (laneOf && laneCount > 0) {
      const lane = laneOf(item);
      if (lane >= 0 && lane < laneCount) bin.lanes[lane]!++;
    }
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
