/**
 * Label placement: greedy by priority with bounding-box checks. Each label tries a few spots around its
 * node (right, left, below, above, then the diagonals) and takes the first that stays inside the frame
 * and overlaps neither an earlier label, a leader line nor another node; a label that fits nowhere is left
 * out. Labels from `leadersFrom` up that find no spot next to their node are set further out, on rings away
 * from the crowd they belong to, with a thin leader line back to the node; those that must be shown (from
 * `mustFrom` up: the selection, its neighbours, the pointed actor) search every ring, the others the nearest
 * few, and a placement that leaves one of them out is tried again with the missing ones first.
 */
import type { Point } from "./layout";
import type { Box } from "./viewport";

/** A label that would like to be drawn next to its node (screen coordinates). */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Radius of the node the label belongs to. */
  r: number;
  /** Higher goes first (the selected actor, then the hovered one, neighbours, the most connected…). */
  priority: number;
  bold?: boolean;
}

/** A line from a node's outline to its label, for a label set away from its node. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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
  /** Set when the label sits away from its node. */
  leader?: Leader;
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
  /**
   * Labels with at least this priority may cover other nodes (never other labels, nor the nodes of labels
   * from `leadersFrom` up) when no free spot is left.
   */
  mayCoverNodesFrom?: number;
  /** Labels with at least this priority may sit away from their node, with a leader line, when no spot next to it is free. */
  leadersFrom?: number;
  /** Labels with at least this priority must be shown: their leader lines may reach the furthest rings. */
  mustFrom?: number;
  /** Parts of the frame that labels and leader lines keep clear of (controls drawn over the picture). */
  reserved?: readonly Box[];
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

/** True when a segment crosses or lies inside a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Leader, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, s.x1 - b.x0],
    [dx, b.x1 - s.x1],
    [-dy, s.y1 - b.y0],
    [dy, b.y1 - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** A uniform grid over boxes (and leader lines, by their bounding boxes), so each check looks only at nearby items. */
class Grid {
  // Numeric cell keys, visited by plain loops: this runs for every node of the picture at each placement.
  private cells = new Map<number, Array<{ box: Box; leader?: Leader }>>();
  constructor(private size: number) {}
  /** Whether `visit` returns true for the key of some cell that `b` touches (it stops there). */
  private someCell(b: Box, visit: (key: number) => boolean): boolean {
    const s = this.size;
    const gx1 = Math.floor(b.x1 / s);
    const gy0 = Math.floor(b.y0 / s);
    const gy1 = Math.floor(b.y1 / s);
    for (let gx = Math.floor(b.x0 / s); gx <= gx1; gx++) {
      // Two far-apart cells may share a key: that only adds items to check, never hides one.
      for (let gy = gy0; gy <= gy1; gy++) if (visit(gx * 100_003 + gy)) return true;
    }
    return false;
  }
  add(box: Box, leader?: Leader) {
    const item = { box, leader };
    this.someCell(box, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
      return false;
    });
  }
  /** Whether `b` overlaps a stored box (or crosses a stored leader), other than `skip`. */
  hits(b: Box, skip?: Box): boolean {
    return this.someCell(b, (key) => {
      const cell = this.cells.get(key);
      if (!cell) return false;
      for (const other of cell) {
        if (other.box === skip || !boxesOverlap(b, other.box)) continue;
        if (!other.leader || segmentHitsBox(other.leader, b)) return true;
      }
      return false;
    });
  }
  /** Whether a leader line crosses a stored box. */
  crossed(l: Leader): boolean {
    const box = leaderBox(l);
    return this.someCell(box, (key) => {
      const cell = this.cells.get(key);
      if (!cell) return false;
      for (const other of cell) if (!other.leader && boxesOverlap(box, other.box) && segmentHitsBox(l, other.box)) return true;
      return false;
    });
  }
}

function leaderBox(l: Leader): Box {
  return { x0: Math.min(l.x1, l.x2), y0: Math.min(l.y1, l.y2), x1: Math.max(l.x1, l.x2), y1: Math.max(l.y1, l.y2) };
}

const PAD = 1;
/** How far beyond its node's outline a label set away from its node may go (pixels, in rings). */
const LEADER_RINGS = [14, 24, 36, 50, 66, 84, 104, 126, 150, 176];
/** The rings a label that need not be shown may use (a short search: it runs on every scrub step). */
const NEAR_RINGS = 4;
/** Directions tried on each ring. */
const LEADER_DIRECTIONS = 16;

type Spot = Pick<PlacedLabel, "x" | "y" | "anchor">;

/** The spots next to a node, in order of preference. */
function nearSpots(c: LabelCandidate, h: number): Spot[] {
  const gap = c.r + 3;
  const d = c.r * 0.72 + 2;
  return [
    { x: c.x + gap, y: c.y, anchor: "start" },
    { x: c.x - gap, y: c.y, anchor: "end" },
    { x: c.x, y: c.y + gap + h / 2, anchor: "middle" },
    { x: c.x, y: c.y - gap - h / 2, anchor: "middle" },
    { x: c.x + d, y: c.y - d - h / 2, anchor: "start" },
    { x: c.x + d, y: c.y + d + h / 2, anchor: "start" },
    { x: c.x - d, y: c.y - d - h / 2, anchor: "end" },
    { x: c.x - d, y: c.y + d + h / 2, anchor: "end" },
  ];
}

/** Spots away from a node, ring by ring, each ring's directions starting with the one that points away from `from`. */
function farSpots(c: LabelCandidate, h: number, from: Point | null, rings: number): Spot[] {
  const away = from && (from.x !== c.x || from.y !== c.y) ? Math.atan2(c.y - from.y, c.x - from.x) : 0;
  // Directions by how close they are to "away": 0, +1, −1, +2, −2… steps.
  const angles: number[] = [];
  for (let i = 0; i < LEADER_DIRECTIONS; i++) {
    const step = Math.ceil(i / 2) * (i % 2 === 1 ? 1 : -1);
    angles.push(away + (step * 2 * Math.PI) / LEADER_DIRECTIONS);
  }
  const spots: Spot[] = [];
  for (const ring of LEADER_RINGS.slice(0, rings)) {
    const distance = c.r + ring;
    for (const a of angles) {
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const x = c.x + distance * cos;
      const y = c.y + distance * sin;
      if (cos > 0.38) spots.push({ x, y, anchor: "start" });
      else if (cos < -0.38) spots.push({ x, y, anchor: "end" });
      else spots.push({ x, y: y + (sin > 0 ? h / 2 : -h / 2), anchor: "middle" });
    }
  }
  return spots;
}

function boxAt(spot: Spot, w: number, h: number): Box {
  const x0 = spot.anchor === "start" ? spot.x : spot.anchor === "end" ? spot.x - w : spot.x - w / 2;
  return { x0: x0 - PAD, y0: spot.y - h / 2 - PAD, x1: x0 + w + PAD, y1: spot.y + h / 2 + PAD };
}

/** The line from the node's outline to the nearest point of the label's box. */
function leaderTo(c: LabelCandidate, box: Box): Leader {
  const x2 = Math.max(box.x0, Math.min(c.x, box.x1));
  const y2 = Math.max(box.y0, Math.min(c.y, box.y1));
  const length = Math.hypot(x2 - c.x, y2 - c.y) || 1;
  const start = c.r + 1.5;
  return { x1: c.x + ((x2 - c.x) / length) * start, y1: c.y + ((y2 - c.y) / length) * start, x2, y2 };
}

/** Places labels greedily by priority; the result never overlaps itself, a leader line, other nodes or the frame's edges. */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const mustFrom = options.mustFrom ?? Infinity;
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  let best = placeInOrder(sorted, options);
  // Labels that must be shown but found no room (walled in by the others' labels) go first in another try.
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const shown = new Set(best.map((l) => l.id));
    const missing = sorted.filter((c) => c.priority >= mustFrom && !shown.has(c.id));
    if (missing.length === 0) break;
    const again = placeInOrder([...missing, ...sorted.filter((c) => !missing.includes(c))], options);
    if (mustShown(again, sorted, mustFrom) > mustShown(best, sorted, mustFrom)) best = again;
    else break;
  }
  return best;
}

/** Tries of a placement with the labels that must be shown and did not fit moved first. */
const MAX_RETRIES = 3;

function mustShown(placed: readonly PlacedLabel[], candidates: readonly LabelCandidate[], mustFrom: number): number {
  const must = new Set(candidates.filter((c) => c.priority >= mustFrom).map((c) => c.id));
  return placed.filter((l) => must.has(l.id)).length;
}

/** One greedy pass in the given order. */
function placeInOrder(sorted: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize } = options;
  const measure = options.measure ?? ((text: string, bold: boolean) => estimateTextWidth(text, fontSize, bold));
  const h = Math.ceil(fontSize * 1.25);
  const coverFrom = options.mayCoverNodesFrom ?? Infinity;
  const leadersFrom = options.leadersFrom ?? Infinity;
  const labels = new Grid(64);
  for (const box of options.reserved ?? []) labels.add(box);
  // Every node, and the nodes no label may cover: those of labels that may take leader lines (covering
  // them would hide what matters most and wall their own labels in).
  const nodes = new Grid(64);
  const hardNodes = new Grid(64);
  const hard = new Set(sorted.filter((c) => c.priority >= leadersFrom).map((c) => c.id));
  const nodeBox = new Map<string, Box>();
  for (const o of options.obstacles ?? []) {
    const box = { x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r };
    nodes.add(box);
    if (hard.has(o.id)) hardNodes.add(box);
    nodeBox.set(o.id, box);
  }
  // Labels set away from their nodes move away from the middle of the group that may have leaders.
  const leading = sorted.filter((c) => c.priority >= leadersFrom);
  const centre = leading.length > 1 ? { x: leading.reduce((s, c) => s + c.x, 0) / leading.length, y: leading.reduce((s, c) => s + c.y, 0) / leading.length } : null;

  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    const bold = c.bold ?? false;
    const w = measure(c.text, bold);
    const own = nodeBox.get(c.id);
    const fits = (box: Box, avoidNodes: boolean) =>
      box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height && !labels.hits(box) && !(avoidNodes ? nodes : hardNodes).hits(box, own);
    const take = (spot: Spot, box: Box, leader?: Leader) => {
      labels.add(box);
      if (leader) labels.add(leaderBox(leader), leader);
      placed.push({ id: c.id, text: c.text, ...spot, box, bold, ...(leader ? { leader } : {}) });
    };

    let done = false;
    const near = nearSpots(c, h);
    for (const avoidNodes of c.priority >= coverFrom ? [true, false] : [true]) {
      for (const spot of near) {
        const box = boxAt(spot, w, h);
        if (!fits(box, avoidNodes)) continue;
        take(spot, box);
        done = true;
        break;
      }
      if (done) break;
    }
    if (done || c.priority < leadersFrom) continue;
    // Away from the node: first clear of every node, then (if it may) over nodes, never over labels.
    const far = farSpots(c, h, centre, c.priority >= (options.mustFrom ?? Infinity) ? LEADER_RINGS.length : NEAR_RINGS);
    for (const avoidNodes of c.priority >= coverFrom ? [true, false] : [true]) {
      for (const spot of far) {
        const box = boxAt(spot, w, h);
        if (!fits(box, avoidNodes)) continue;
        const leader = leaderTo(c, box);
        if (labels.crossed(leader)) continue;
        take(spot, box, leader);
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return placed;
}
