/**
 * A projection flattened for drawing: ties grouped by style into flat coordinate arrays, nodes grouped by
 * kind and opacity, rings, ghosts and labels. Cheap to build, transferable to a worker (typed arrays and
 * plain values), and drawn by one function on any 2D context, so the page, a drawing worker and an image
 * export share the same picture.
 */
import type { ActorKind } from "@/lib/dataset/schema";
import { CHANGE_RINGS, DIMMED_LABEL_OPACITY, nodeOpacity, PIN, RINGS, TURN_BAND, TURN_EXTRA, type NodeShape, type TieStyle } from "./encoding";
import type { Leader, PlacedLabel } from "./labels";
import type { TieCurve } from "./edges";
import type { Projection } from "./project";

/** Ties of one style: straight segments (x1, y1, x2, y2), curves (x1, y1, cx, cy, x2, y2) and arrowheads (three points each). */
export interface TieGroup {
  /** Drawing order: dimmed 0, normal 1, emphasised 2, hovered 3. */
  order: number;
  /** The soft band under ties whose sentiment turns inside the window (drawn under the lines of its order). */
  band: boolean;
  color: string;
  width: number;
  dash: readonly number[] | null;
  alpha: number;
  straight: Float32Array;
  curved: Float32Array;
  heads: Float32Array;
}

/** Every node shape, so a draw list can name shapes by number. */
export const SHAPES: readonly NodeShape[] = ["circle", "diamond", "triangle", "square", "pentagon", "hexagon", "triangle-down", "ring", "star", "plus"];
const SHAPE_NUMBER = new Map(SHAPES.map((shape, i) => [shape, i]));

/** Nodes of one kind and opacity: x, y, r per node, with each node's shape as its number in SHAPES. */
export interface NodeGroup {
  kind: ActorKind;
  /** The fill of a kind without a CSS colour of its own. */
  color: string | undefined;
  ring: boolean;
  alpha: number;
  xyr: Float32Array;
  shapes: Uint8Array;
}

/** A ring around a selected, related or pointed node. */
export interface Ring {
  x: number;
  y: number;
  r: number;
  width: number;
  dashed: boolean;
  /** Accent for the selection and its neighbours, text colour for the pointed node. */
  accent: boolean;
  alpha: number;
}

/** A label to draw. */
export interface DrawLabel {
  text: string;
  x: number;
  y: number;
  anchor: PlacedLabel["anchor"];
  bold: boolean;
  alpha: number;
  /** The line back to the node when the label sits away from it. */
  leader: Leader | null;
}

/** Everything one frame of the canvas draws. */
export interface DrawList {
  width: number;
  height: number;
  ghosts: Float32Array;
  ties: TieGroup[];
  nodes: NodeGroup[];
  rings: Ring[];
  /** Centres of the dots that mark pinned actors (x, y pairs). */
  pins: Float32Array;
  labels: DrawLabel[];
  /** Thousands of ties: thinner outlines. */
  crowded: boolean;
}

const HEAD_BACK = 8;
const HEAD_HALF = 3.6;

/** Grows a Float32Array-backed list (amortised doubling); fixed-arity pushes, since rest arguments allocate. */
class Floats {
  data = new Float32Array(64);
  length = 0;
  private room(n: number) {
    if (this.length + n <= this.data.length) return;
    const next = new Float32Array(Math.max(this.data.length * 2, this.length + n));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  push2(a: number, b: number) {
    this.room(2);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
  push3(a: number, b: number, c: number) {
    this.room(3);
    const d = this.data;
    d[this.length++] = a;
    d[this.length++] = b;
    d[this.length++] = c;
  }
  done(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

/** A tie group being filled: its style, then how many coordinates each of its arrays takes, then the arrays. */
interface Slot {
  group: Omit<TieGroup, "straight" | "curved" | "heads">;
  straight: number;
  curved: number;
  heads: number;
  arrays: { straight: Float32Array; curved: Float32Array; heads: Float32Array } | null;
}

/** Counts a tie's coordinates in a slot: four for a straight line (lane 0), six for a curve. */
function count(slot: Slot, lane: number) {
  if (lane === 0) slot.straight += 4;
  else slot.curved += 6;
}

/** Writes a tie's coordinates into a slot's arrays at its write position. */
function write(slot: Slot, lane: number, curve: TieCurve) {
  const a = slot.arrays!;
  if (lane === 0) {
    let k = slot.straight;
    a.straight[k++] = curve.x1;
    a.straight[k++] = curve.y1;
    a.straight[k++] = curve.x2;
    a.straight[k++] = curve.y2;
    slot.straight = k;
  } else {
    let k = slot.curved;
    a.curved[k++] = curve.x1;
    a.curved[k++] = curve.y1;
    a.curved[k++] = curve.cx;
    a.curved[k++] = curve.cy;
    a.curved[k++] = curve.x2;
    a.curved[k++] = curve.y2;
    slot.curved = k;
  }
}

/** Where a tie goes: its group, the band group under it (a tie that turns), and whether it gets an arrowhead. */
interface Placement {
  entry: Slot;
  band: Slot | null;
  head: boolean;
}

/**
 * Ties in groups of one style (so interleaved colours do not break batches), in drawing order. Two passes:
 * the first finds each tie's group and counts, the second writes into arrays of the exact size, so a frame of
 * thousands of ties allocates each array once and copies nothing.
 */
function tieGroups(projection: Projection, o: { hoveredTie: string | null; crowded: boolean }): TieGroup[] {
  const slots = new Map<string, Slot>();
  const slotOf = (order: number, color: string, width: number, dash: readonly number[] | null, alpha: number, band = false) => {
    const key = `${order}|${color}|${width}|${dash}|${alpha}|${band}`;
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { group: { order, band, color, width, dash, alpha }, straight: 0, curved: 0, heads: 0, arrays: null }));
    return slot;
  };
  // Tie styles are shared objects (a few dozen for thousands of ties): find a style's placement through it, so
  // the string key above is built once per style and variant, not once per tie.
  const byStyle = new Map<TieStyle, Array<Placement | undefined>>();
  const placements: Placement[] = new Array(projection.ties.length);
  projection.ties.forEach(({ tie }, i) => {
    const s = tie.style;
    const hovered = o.hoveredTie === tie.id;
    // A tie whose sentiment turns (in the window or since the previous one) is drawn heavier, over a soft band of its colour.
    const turns = tie.turned;
    const order = tie.emphasis === "dimmed" ? 0 : hovered ? 3 : tie.emphasis === "normal" ? 1 : 2;
    let variants = byStyle.get(s);
    if (!variants) byStyle.set(s, (variants = []));
    const variant = 8 * order + 2 * +hovered + +turns;
    let placement = variants[variant];
    if (!placement) {
      const width = (hovered ? s.width + 1 : s.width) + (turns ? TURN_EXTRA : 0);
      const alpha = hovered ? 1 : s.opacity;
      placement = variants[variant] = {
        entry: slotOf(order, s.color, width, s.dash, alpha),
        band: turns ? slotOf(order, s.color, width + TURN_BAND.extra, null, alpha * TURN_BAND.opacity, true) : null,
        // In a crowded picture arrowheads only mark emphasised ties: hundreds of tiny heads say nothing.
        head: s.arrow && !(o.crowded && order < 2),
      };
    }
    placements[i] = placement;
    count(placement.entry, tie.lane);
    if (placement.band) count(placement.band, tie.lane);
    if (placement.head) placement.entry.heads += 6;
  });
  for (const slot of slots.values()) {
    slot.arrays = { straight: new Float32Array(slot.straight), curved: new Float32Array(slot.curved), heads: new Float32Array(slot.heads) };
    slot.straight = slot.curved = slot.heads = 0; // from here on: write positions
  }
  projection.ties.forEach(({ tie, curve }, i) => {
    const { entry, band, head } = placements[i]!;
    if (band) write(band, tie.lane, curve);
    write(entry, tie.lane, curve);
    if (head) {
      const angle = Math.atan2(curve.y2 - curve.cy, curve.x2 - curve.cx);
      const c = Math.cos(angle);
      const sn = Math.sin(angle);
      const h = entry.arrays!.heads;
      let k = entry.heads;
      h[k++] = curve.x2;
      h[k++] = curve.y2;
      h[k++] = curve.x2 - HEAD_BACK * c - HEAD_HALF * sn;
      h[k++] = curve.y2 - HEAD_BACK * sn + HEAD_HALF * c;
      h[k++] = curve.x2 - HEAD_BACK * c + HEAD_HALF * sn;
      h[k++] = curve.y2 - HEAD_BACK * sn - HEAD_HALF * c;
      entry.heads = k;
    }
  });
  return (
    [...slots.values()]
      .map((slot) => ({ ...slot.group, ...slot.arrays! }))
      // Within an order, the bands go under the lines.
      .sort((a, b) => a.order - b.order || +b.band - +a.band)
  );
}

/** Flattens a projection and its labels for drawing. `crowded`: in a picture of thousands of ties, arrowheads mark emphasised ties only. */
export function buildDrawList(
  projection: Projection,
  labels: readonly PlacedLabel[],
  o: { width: number; height: number; hoveredTie: string | null; pointed: string | null; crowded: boolean },
): DrawList {
  const ghosts = new Float32Array(projection.ghosts.length * 2);
  projection.ghosts.forEach((g, i) => {
    ghosts[2 * i] = g.x;
    ghosts[2 * i + 1] = g.y;
  });

  const ties = tieGroups(projection, o);

  // Nodes: one fill and outline per kind and opacity; rings for the selection and the pointer.
  const nodeGroups = new Map<string, { kind: ActorKind; color: string | undefined; ring: boolean; alpha: number; xyr: Floats; shapes: number[] }>();
  const rings: Ring[] = [];
  const pins = new Floats();
  for (const { node, sx, sy, r } of projection.nodes) {
    if (node.pinned) pins.push2(sx + r * PIN.offset, sy - r * PIN.offset);
    const alpha = nodeOpacity(node.emphasis, node.change);
    const key = `${alpha}|${node.actor.kind}`;
    let group = nodeGroups.get(key);
    if (!group) nodeGroups.set(key, (group = { kind: node.actor.kind, color: node.color, ring: node.shape === "ring", alpha, xyr: new Floats(), shapes: [] }));
    group.xyr.push3(sx, sy, r);
    group.shapes.push(SHAPE_NUMBER.get(node.shape) ?? 0);
    // The same rings as the SVG: the selection's, its neighbours', and the pointed actor's (unless selected).
    const ring = node.emphasis === "selected" ? RINGS.selected : node.emphasis === "related" ? RINGS.related : o.pointed === node.id ? RINGS.pointed : null;
    if (ring) {
      rings.push({ x: sx, y: sy, r: r + ring.gap, width: ring.width, dashed: ring.dashed, accent: ring !== RINGS.pointed, alpha: alpha * ring.opacity });
    }
    if (node.change) {
      const mark = CHANGE_RINGS[node.change];
      rings.push({ x: sx, y: sy, r: r + mark.gap, width: mark.width, dashed: mark.dashed, accent: false, alpha: alpha * mark.opacity });
    }
  }
  const nodes = [...nodeGroups.values()].map((g) => ({ kind: g.kind, color: g.color, ring: g.ring, alpha: g.alpha, xyr: g.xyr.done(), shapes: Uint8Array.from(g.shapes) })).sort((a, b) => a.alpha - b.alpha);

  const dimmed = new Set(projection.nodes.filter((n) => n.node.emphasis === "dimmed").map((n) => n.node.id as string));
  const drawLabels = labels.map((l) => ({ text: l.text, x: l.x, y: l.y, anchor: l.anchor, bold: l.bold, alpha: dimmed.has(l.id) ? DIMMED_LABEL_OPACITY : 1, leader: l.leader ?? null }));
  return { width: o.width, height: o.height, ghosts, ties, nodes, rings, pins: pins.done(), labels: drawLabels, crowded: o.crowded };
}
