/**
 * The detail view's bins for a moving window, from bins of the whole extent computed once per unit. A bin
 * the window holds whole counts what the extent's bin for the same calendar span counts; a bin the window
 * cuts is that count less the items the cut leaves out, which are those starting after the window's end or
 * ending before its start, inside the bin (an item cannot be both). A scrub step then costs the bins it shows
 * and the items near its two edges, not every item in the window. Same result as `binEvents`.
 */
import { lowerBound } from "@/lib/math";
import { binEvents, type Bin, type DayInterval } from "./bins";
import { unitBoundaries, type CalendarUnit } from "./units";

/** Bins of the window [from, to] in `unit`, as `binEvents(items, from, to, unit, laneOf, laneCount)` gives them. */
export type WindowBinner = (from: number, to: number, unit: CalendarUnit) => Bin[];

/**
 * A binner for `items` (dated, in start order). `laneOf` with `laneCount` also counts per lane. Nothing is
 * counted or sorted until bins are first asked for (a detail view showing marks never asks).
 */
export function createWindowBinner<T extends DayInterval>(items: readonly T[], laneOf?: (item: T) => number, laneCount = 0): WindowBinner {
  const lanes = laneOf && laneCount > 0 ? laneCount : 0;
  let sorted: { byStart: T[]; byEnd: T[]; starts: Float64Array; ends: Float64Array } | null = null;
  const sortedItems = () => {
    if (!sorted) {
      const byStart = items.filter((item) => Number.isFinite(item.start));
      const byEnd = [...byStart].sort((a, b) => a.end - b.end);
      sorted = { byStart, byEnd, starts: Float64Array.from(byStart, (item) => item.start), ends: Float64Array.from(byEnd, (item) => item.end) };
    }
    return sorted;
  };
  // The extent's bins per unit, by the first day of their calendar span.
  const wholes = new Map<CalendarUnit, Map<number, Bin>>();
  const wholeOf = (unit: CalendarUnit) => {
    let whole = wholes.get(unit);
    if (!whole) {
      const { byStart, starts, ends } = sortedItems();
      const first = starts[0]!;
      const last = ends[ends.length - 1]!;
      const edges = unitBoundaries(first, last + 1, unit);
      whole = new Map(binEvents(byStart, first, last, unit, laneOf, laneCount).map((bin, i) => [edges[i]!, bin]));
      wholes.set(unit, whole);
    }
    return whole;
  };
  /** Takes the items of `list` in positions [lo, hi) off a count and its lanes. */
  const leaveOut = (list: readonly T[], lo: number, hi: number, counts: { count: number; lanes: number[] }) => {
    counts.count -= hi - lo;
    if (!lanes) return;
    for (let i = lo; i < hi; i++) {
      const lane = laneOf!(list[i]!);
      if (lane >= 0 && lane < lanes) counts.lanes[lane]!--;
    }
  };

  return (from, to, unit) => {
    const { byStart, byEnd, starts, ends } = sortedItems();
    if (byStart.length === 0) return binEvents(byStart, from, to, unit, laneOf, laneCount);
    const whole = wholeOf(unit);
    const edges = unitBoundaries(from, to + 1, unit);
    const bins: Bin[] = [];
    for (let k = 0; k + 1 < edges.length; k++) {
      const spanStart = edges[k]!;
      const spanEnd = edges[k + 1]! - 1;
      const start = Math.max(spanStart, from);
      const end = Math.min(spanEnd, to);
      const known = whole.get(spanStart);
      const counts = { count: known?.count ?? 0, lanes: known ? known.lanes.slice() : new Array<number>(lanes).fill(0) };
      if (known && end < spanEnd) leaveOut(byStart, lowerBound(starts, end + 1), lowerBound(starts, spanEnd + 1), counts);
      if (known && start > spanStart) leaveOut(byEnd, lowerBound(ends, spanStart), lowerBound(ends, start), counts);
      bins.push({ start, end, count: counts.count, lanes: counts.lanes });
    }
    return bins;
  };
}
