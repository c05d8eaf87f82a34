/**
 * Label placement: greedy by priority with bounding-box checks. Each label tries a few spots around its
 * node (right, left, below, above, then the diagonals) and takes the first that stays inside the frame
 * and overlaps neither an earlier label nor another node; a label that fits nowhere is left out.
 */
import type { Box } from "./viewport";

/** A label that would like to be drawn next to its node (screen coordinates). */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Radius of the node the label belongs to. */
  r: number;
  /** Higher goes first (the selected actor, then the hovered one, neighbours, states…). */
  priority: number;
  bold?: boolean;
}

/** A placed label: draw `text` at (x, y) with this anchor and a vertically centred baseline. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
  bold: boolean;
}

/** A round obstacle (a node) that labels must not cover. */
export interface LabelObstacle {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Where labels may go and how to measure them. */
export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Text width in pixels; defaults to an estimate (a canvas can pass `measureText`). */
  measure?: (text: string, bold: boolean) => number;
  obstacles?: readonly LabelObstacle[];
  /** Labels with at least this priority may cover other nodes (never other labels) when no free spot is left. */
  mayCoverNodesFrom?: number;
}

/** Width of a text in a proportional sans-serif font, estimated without a DOM (slightly generous). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if ("il.,:;'|!".includes(ch)) units += 0.3;
    else if ("mwMW".includes(ch)) units += 0.9;
    else if (ch === " ") units += 0.3;
    else if (ch >= "A" && ch <= "Z") units += 0.68;
    else units += 0.56;
  }
  return units * fontSize * (bold ? 1.07 : 1) + 2;
}

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A uniform grid over boxes, so each check looks only at nearby boxes. */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(private size: number) {}
  private *keys(b: Box) {
    const s = this.size;
    for (let gx = Math.floor(b.x0 / s); gx <= Math.floor(b.x1 / s); gx++) {
      for (let gy = Math.floor(b.y0 / s); gy <= Math.floor(b.y1 / s); gy++) yield `${gx},${gy}`;
    }
  }
  add(b: Box) {
    for (const key of this.keys(b)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
    }
  }
  hits(b: Box, skip?: Box): boolean {
    for (const key of this.keys(b)) {
      for (const other of this.cells.get(key) ?? []) if (other !== skip && boxesOverlap(b, other)) return true;
    }
    return false;
  }
}

const PAD = 1;

/** Places labels greedily by priority; the result never overlaps itself, other nodes or the frame's edges. */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize } = options;
  const measure = options.measure ?? ((text: string, bold: boolean) => estimateTextWidth(text, fontSize, bold));
  const h = Math.ceil(fontSize * 1.25);
  const labels = new BoxGrid(64);
  const nodes = new BoxGrid(64);
  const nodeBox = new Map<string, Box>();
  for (const o of options.obstacles ?? []) {
    const box = { x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r };
    nodes.add(box);
    nodeBox.set(o.id, box);
  }

  const placed: PlacedLabel[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of sorted) {
    const bold = c.bold ?? false;
    const w = measure(c.text, bold);
    const gap = c.r + 3;
    const d = c.r * 0.72 + 2;
    const spots: Array<Pick<PlacedLabel, "x" | "y" | "anchor">> = [
      { x: c.x + gap, y: c.y, anchor: "start" },
      { x: c.x - gap, y: c.y, anchor: "end" },
      { x: c.x, y: c.y + gap + h / 2, anchor: "middle" },
      { x: c.x, y: c.y - gap - h / 2, anchor: "middle" },
      { x: c.x + d, y: c.y - d - h / 2, anchor: "start" },
      { x: c.x + d, y: c.y + d + h / 2, anchor: "start" },
      { x: c.x - d, y: c.y - d - h / 2, anchor: "end" },
      { x: c.x - d, y: c.y + d + h / 2, anchor: "end" },
    ];
    const own = nodeBox.get(c.id);
    const passes = c.priority >= (options.mayCoverNodesFrom ?? Infinity) ? [true, false] : [true];
    search: for (const avoidNodes of passes) {
      for (const spot of spots) {
        const x0 = spot.anchor === "start" ? spot.x : spot.anchor === "end" ? spot.x - w : spot.x - w / 2;
        const box: Box = { x0: x0 - PAD, y0: spot.y - h / 2 - PAD, x1: x0 + w + PAD, y1: spot.y + h / 2 + PAD };
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
        if (labels.hits(box) || (avoidNodes && nodes.hits(box, own))) continue;
        labels.add(box);
        placed.push({ id: c.id, text: c.text, ...spot, box, bold });
        break search;
      }
    }
  }
  return placed;
}
