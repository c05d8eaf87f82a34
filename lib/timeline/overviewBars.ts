/**
 * The overview's stacked bars as one SVG path per theme lane. A rect per bar segment made the focus range's
 * changes (as the window narrows) rewrite about 1,600 elements in one frame at 10,000 events (45–55 ms); one
 * path per lane is a handful of attributes, and the picture is the same, since a bar's segments never overlap.
 */
import { maxBinCount, type Bin } from "./bins";

/** The bars' scale: the square root of the busiest bin's count (anything drawn on the bars' scale uses it). */
export function barScale(bins: readonly Bin[]): number {
  return Math.sqrt(maxBinCount(bins));
}

/** A bar's height on scale `max` (barScale): square-root scaled, so a lone event still shows beside a dense month. */
export function barHeight(count: number, max: number, chartHeight: number): number {
  return count === 0 ? 0 : Math.max(2, (Math.sqrt(count) / max) * (chartHeight - 4));
}

/** Two decimals are finer than a pixel and keep the path short. */
const n = (v: number) => Math.round(v * 100) / 100;

/**
 * Each lane's segments as a path (`d`, "" when the lane has none): a bar is as high as its bin's count (square-
 * root scaled to the busiest bin), and its segments share that height by lane, bottom-up in lane order.
 */
export function stackedBarPaths(bins: readonly Bin[], x: (day: number) => number, chartHeight: number): string[] {
  const max = barScale(bins);
  const laneCount = bins.reduce((most, b) => Math.max(most, b.lanes.length), 0);
  const paths: string[][] = Array.from({ length: laneCount }, () => []);
  for (const b of bins) {
    if (b.count === 0) continue;
    const x0 = x(b.start);
    const w = Math.max(1, x(b.end + 1) - x0 - 0.5);
    const h = barHeight(b.count, max, chartHeight);
    let y = chartHeight;
    b.lanes.forEach((count, lane) => {
      if (count === 0) return;
      const segment = (count / b.count) * h;
      y -= segment;
      paths[lane]!.push(`M${n(x0)} ${n(y)}h${n(w)}v${n(segment)}h${n(-w)}z`);
    });
  }
  return paths.map((parts) => parts.join(""));
}
