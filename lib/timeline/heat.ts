/**
 * The detail view's bins as the page draws them: each bin's box (where its button goes) and its heat cells,
 * one band per lane, stronger the more of the window's busiest cell it holds. The cells are drawn on one
 * canvas: as CSS gradients on the bins' boxes they cost several milliseconds of rasterising per scrub step.
 */
import type { Bin } from "./bins";
import type { Lane } from "./lanes";
import type { TimeScale } from "./scale";

/** A bin's box along the time axis, in pixels: clipped to the view, a pixel short of the next bin. */
export interface BinBox {
  left: number;
  width: number;
}

/** One lane's band of one bin. `alpha` is the colour's strength, from 0.18 (one event) to 1 (the busiest cell). */
export interface HeatCell {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  alpha: number;
}

/** The box of `bin` on `scale`, and the width of the bin itself (to tell whether its count fits). */
export function binBox(bin: Bin, scale: TimeScale): BinBox & { span: number } {
  const x0 = Math.max(0, scale.x(bin.start));
  const x1 = Math.min(scale.width, scale.x(bin.end + 1));
  return { left: x0, width: Math.max(2, x1 - x0 - 1), span: x1 - x0 };
}

/** Cells leave this much room above and below within their lane. */
const CELL_INSET = 2;

/** The heat cells of `bins`, lane by lane (lanes of one colour together, so a painter changes colour least). */
export function heatCells(bins: readonly Bin[], lanes: readonly Lane[], scale: TimeScale, laneHeight: number): HeatCell[] {
  let max = 1;
  for (const b of bins) for (const c of b.lanes) if (c > max) max = c;
  const boxes = bins.map((bin) => (bin.count > 0 ? binBox(bin, scale) : null));
  const cells: HeatCell[] = [];
  lanes.forEach((lane, l) => {
    const y = l * laneHeight + CELL_INSET;
    const height = laneHeight - 2 * CELL_INSET;
    bins.forEach((bin, b) => {
      const count = bin.lanes[l] ?? 0;
      const box = boxes[b];
      if (count <= 0 || !box || height <= 0) return;
      cells.push({ x: box.left, y, width: box.width, height, color: lane.color, alpha: 0.18 + 0.82 * Math.sqrt(count / max) });
    });
  });
  return cells;
}

/** A bin's count as the canvas draws it while the buttons are hidden: centred at `x`, its bottom at `y`. */
export interface CountLabel {
  x: number;
  y: number;
  text: string;
}

/** Bins narrower than this show no count (it would not fit). */
export const COUNT_MIN_SPAN = 26;

/** The counts the bins' buttons show (those at least `COUNT_MIN_SPAN` wide), placed as the buttons place them. */
export function countLabels(bins: readonly Bin[], scale: TimeScale, height: number): CountLabel[] {
  const labels: CountLabel[] = [];
  for (const bin of bins) {
    if (bin.count === 0) continue;
    const { left, width, span } = binBox(bin, scale);
    // The button puts its count at the bottom, above 2 px of padding.
    if (span >= COUNT_MIN_SPAN) labels.push({ x: left + width / 2, y: height - 2, text: String(bin.count) });
  }
  return labels;
}
