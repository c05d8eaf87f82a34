/**
 * The overview's density bins (each item counted once, in the bin of its first visible day) for any range,
 * from sorted days instead of the items: a bin's count is the number of starts between its edges, two binary
 * searches per bin and lane. A held scrub that narrows the window makes the overview choose a new focus range
 * several times, and binning tens of thousands of events each time made those frames long.
 */
import { lowerBound } from "@/lib/math";
import type { Bin, DayInterval } from "./bins";
import { unitBoundaries, type CalendarUnit } from "./units";

/** Bins of a list of items for any range: the same as `binEvents(items, from, to, unit, laneOf, laneCount, "start")`. */
export type StartBins = (from: number, to: number, unit: CalendarUnit) => Bin[];

interface Days {
  starts: Float64Array;
  ends: Float64Array;
}

function daysOf(items: readonly DayInterval[]): Days {
  const starts = Float64Array.from(items, (i) => i.start).sort();
  const ends = Float64Array.from(items, (i) => i.end).sort();
  return { starts, ends };
}

/** Items whose first visible day in a range starting at `from` lies in the days [a, b] (a ≥ from). */
function counted(days: Days, from: number, a: number, b: number): number {
  const starting = lowerBound(days.starts, b + 1) - lowerBound(days.starts, a);
  // The range's first bin also holds the items that began before the range and are still going at its start.
  const ongoing = a === from ? lowerBound(days.starts, from) - lowerBound(days.ends, from) : 0;
  return starting + ongoing;
}

/** Indexes dated `items` (finite days) once; `laneOf` with `laneCount` also counts per lane. */
export function createStartBins<T extends DayInterval>(items: readonly T[], laneOf?: (item: T) => number, laneCount = 0): StartBins {
  const dated = items.filter((i) => Number.isFinite(i.start));
  const all = daysOf(dated);
  const byLane: T[][] = Array.from({ length: laneOf ? laneCount : 0 }, () => []);
  for (const item of laneOf ? dated : []) byLane[laneOf!(item)]?.push(item);
  const lanes = byLane.map(daysOf);
  return (from, to, unit) => {
    const edges = unitBoundaries(from, to + 1, unit);
    const bins: Bin[] = [];
    for (let i = 0; i < edges.length - 1; i++) {
      const start = Math.max(edges[i]!, from);
      const end = Math.min(edges[i + 1]! - 1, to);
      bins.push({ start, end, count: counted(all, from, start, end), lanes: lanes.map((days) => counted(days, from, start, end)) });
    }
    return bins;
  };
}
