/**
 * Visual encoding of the network as pure functions: node shape by actor kind, node size by visible
 * ties, tie colour by the sentiment in force, dashes for expected ties, arrowheads for directed ones,
 * thin grey for structural ties, and opacity by emphasis. The SVG and canvas renderers and the legend
 * all read from here, so they cannot disagree.
 */
import { KNOWN_ACTOR_KINDS } from "@/lib/dataset/kinds";
import type { ActorChange, TieChange } from "@/lib/compare/changes";
import type { ActorKind } from "@/lib/dataset/schema";
import type { Emphasis } from "@/lib/highlight";
import { categoryColor, sentimentColor } from "@/lib/palette";
import { isStructuralKind } from "./graph";
import type { VisibleTie } from "@/lib/select";

/** The marks a node can take; `ring` is drawn as an outline only. */
export type NodeShape = "circle" | "diamond" | "triangle" | "square" | "pentagon" | "hexagon" | "triangle-down" | "ring" | "star" | "plus";

/** An actor kind with a shape and colour of its own. */
export type KnownActorKind = (typeof KNOWN_ACTOR_KINDS)[number];

/** Shape per known actor kind (colour doubles it, so the kind never rests on colour alone). */
export const KIND_SHAPE: Record<KnownActorKind, NodeShape> = {
  state: "circle",
  leader: "diamond",
  person: "star",
  official: "triangle",
  organization: "square",
  party: "pentagon",
  group: "hexagon",
  media: "triangle-down",
  region: "ring",
};

/** Kinds in legend order, with their legend words. */
export const KIND_LABELS: ReadonlyArray<readonly [KnownActorKind, string]> = [
  ["state", "State"],
  ["leader", "Leader"],
  ["person", "Person"],
  ["official", "Official"],
  ["organization", "Organization"],
  ["party", "Party"],
  ["group", "Group"],
  ["media", "Media"],
  ["region", "Region"],
];

/** The one shape every kind without its own shares (an imported "village" or "ship"); its colour tells them apart. */
export const GENERIC_SHAPE: NodeShape = "plus";

const KNOWN = new Set<string>(KNOWN_ACTOR_KINDS);

/** True for the kinds with a shape and colour of their own. */
export function isKnownKind(kind: ActorKind): kind is KnownActorKind {
  return KNOWN.has(kind);
}

/** The shape of an actor kind: its own, or the generic one. */
export function kindShape(kind: ActorKind): NodeShape {
  return isKnownKind(kind) ? KIND_SHAPE[kind] : GENERIC_SHAPE;
}

/** A kind as the legend shows it: its shape, its words and, for other kinds, a colour from the categorical palette. */
export interface KindKey {
  kind: ActorKind;
  label: string;
  shape: NodeShape;
  /** Null for a known kind, whose colour is the CSS variable `--kind-<kind>` (light and dark). */
  color: string | null;
}

const kindsCache = new WeakMap<readonly { kind: ActorKind }[], KindKey[]>();

/**
 * The kinds a dataset's actors use, in legend order: known kinds first, then the others in order of first
 * appearance, each of those with the next categorical colour. Cached per actor list (it never changes).
 */
export function kindsInUse(actors: readonly { kind: ActorKind }[]): KindKey[] {
  const cached = kindsCache.get(actors);
  if (cached) return cached;
  const used = new Set(actors.map((a) => a.kind));
  const known: KindKey[] = KIND_LABELS.filter(([kind]) => used.has(kind)).map(([kind, label]) => ({ kind, label, shape: KIND_SHAPE[kind], color: null }));
  const others: KindKey[] = [...used]
    .filter((kind) => !isKnownKind(kind))
    .map((kind, i) => ({ kind, label: kind.charAt(0).toUpperCase() + kind.slice(1), shape: GENERIC_SHAPE, color: categoryColor(i) }));
  const keys = [...known, ...others];
  kindsCache.set(actors, keys);
  return keys;
}

/** The fill of an actor of a kind not known to the CSS, or undefined for known kinds (styled by class). */
export function otherKindColor(kind: ActorKind, actors: readonly { kind: ActorKind }[]): string | undefined {
  if (isKnownKind(kind)) return undefined;
  return kindsInUse(actors).find((k) => k.kind === kind)?.color ?? undefined;
}

/** How much smaller nodes are drawn (and spaced) in a large network: 1 up to 250 actors, down to 0.4. */
export function sizeFactor(actorCount: number): number {
  return Math.min(1, Math.max(0.4, Math.sqrt(250 / Math.max(1, actorCount))));
}

/** Radius of a node in pixels for a number of ties: area grows with the count, within 5..18 px (times `factor`). */
export function nodeRadius(degree: number, factor = 1): number {
  return factor * Math.min(18, 5 + 2.2 * Math.sqrt(Math.max(0, degree)));
}

/** Side of an actor's button (its hit target): fixed per actor, from all its ties, at least 24 px (WCAG 2.5.8). */
export function hitSize(totalDegree: number, factor = 1): number {
  return Math.max(24, Math.round(2 * nodeRadius(totalDegree, factor) + 4));
}

/** A polygon shape: vertex count, size relative to r (for about the area of a circle), and rotation. */
const POLYGONS: Partial<Record<NodeShape, { points: number; scale: number; rotation: number }>> = {
  diamond: { points: 4, scale: 1.25, rotation: -Math.PI / 2 },
  triangle: { points: 3, scale: 1.35, rotation: -Math.PI / 2 },
  "triangle-down": { points: 3, scale: 1.35, rotation: Math.PI / 2 },
  pentagon: { points: 5, scale: 1.1, rotation: -Math.PI / 2 },
  hexagon: { points: 6, scale: 1.05, rotation: 0 },
};

/** A five-pointed star (a person) and a plus (any other kind): outlines no regular polygon gives. */
function starVertices(): (readonly [number, number])[] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    const radius = i % 2 === 0 ? 1.45 : 0.62;
    return [radius * Math.cos(a), radius * Math.sin(a)] as const;
  });
}
const PLUS_ARM = 0.42;
const PLUS_REACH = 1.15;
const PLUS_VERTICES: (readonly [number, number])[] = [
  [-PLUS_ARM, -PLUS_REACH], [PLUS_ARM, -PLUS_REACH], [PLUS_ARM, -PLUS_ARM], [PLUS_REACH, -PLUS_ARM],
  [PLUS_REACH, PLUS_ARM], [PLUS_ARM, PLUS_ARM], [PLUS_ARM, PLUS_REACH], [-PLUS_ARM, PLUS_REACH],
  [-PLUS_ARM, PLUS_ARM], [-PLUS_REACH, PLUS_ARM], [-PLUS_REACH, -PLUS_ARM], [-PLUS_ARM, -PLUS_ARM],
];

/** Unit vertices of each polygon, computed once. */
const UNIT_VERTICES = new Map<NodeShape, (readonly [number, number])[]>([
  ...Object.entries(POLYGONS).map(([shape, p]): [NodeShape, (readonly [number, number])[]] => [
    shape as NodeShape,
    Array.from({ length: p.points }, (_, i) => {
      const a = p.rotation + (2 * Math.PI * i) / p.points;
      return [p.scale * Math.cos(a), p.scale * Math.sin(a)] as const;
    }),
  ]),
  ["star", starVertices()],
  ["plus", PLUS_VERTICES],
]);

/** Half the side of the square, relative to r (same area as the circle). */
const SQUARE_HALF = 0.886;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An SVG path for a shape centred on 0,0 with about the area of a circle of radius r (usable as an SVG
 * `d` and as a canvas `Path2D`).
 */
export function shapePath(shape: NodeShape, r: number): string {
  if (shape === "circle" || shape === "ring") {
    return `M${round(r)} 0A${round(r)} ${round(r)} 0 1 1 ${round(-r)} 0A${round(r)} ${round(r)} 0 1 1 ${round(r)} 0Z`;
  }
  if (shape === "square") {
    const h = round(r * SQUARE_HALF);
    return `M${-h} ${-h}H${h}V${h}H${-h}Z`;
  }
  const vertices = UNIT_VERTICES.get(shape)!;
  return `${vertices.map(([x, y], i) => `${i === 0 ? "M" : "L"}${round(r * x)} ${round(r * y)}`).join("")}Z`;
}

/** Anything that takes path commands: a canvas context or a Path2D. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  closePath(): void;
}

/** Appends a shape centred on (x, y) to a path, the same outline as `shapePath` (no allocation per node). */
export function appendShape(path: PathSink, shape: NodeShape, x: number, y: number, r: number): void {
  if (shape === "circle" || shape === "ring") {
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
  } else if (shape === "square") {
    const h = r * SQUARE_HALF;
    path.moveTo(x - h, y - h);
    path.lineTo(x + h, y - h);
    path.lineTo(x + h, y + h);
    path.lineTo(x - h, y + h);
  } else {
    const vertices = UNIT_VERTICES.get(shape)!;
    vertices.forEach(([ux, uy], i) => (i === 0 ? path.moveTo(x + r * ux, y + r * uy) : path.lineTo(x + r * ux, y + r * uy)));
  }
  path.closePath();
}

/** The grey of structural ties: mid-grey, readable on light and dark panels alike. */
export const STRUCTURAL_COLOR = "#9A9DA5";

/** How a tie is drawn. */
export interface TieStyle {
  color: string;
  width: number;
  /** Dash pattern in pixels (expected ties, and lost or turned ties when comparing), or null for a solid line. */
  dash: readonly number[] | null;
  arrow: boolean;
  opacity: number;
  structural: boolean;
}

// Both renderers (SVG and canvas) fade dimmed marks by these amounts, so the two pictures match; the
// ego network of the selection stays at full opacity.
/** Opacity of a dimmed node in both renderers (the SVG and the canvas). */
export const DIMMED_NODE_OPACITY = 0.22;

/** Opacity of a dimmed node's label in both renderers (the SVG and the canvas). */
export const DIMMED_LABEL_OPACITY = 0.45;

/**
 * How many ties a dataset draws, for their weight: a sparse picture (up to DENSE_TIES) draws ties 1.8 px wide;
 * a dense one draws them as 1 px lines, which keep hundreds of crossing ties apart and rasterise several
 * times faster on a software canvas (the 1.8 px ones were most of a frame's drawing at 500 ties); a
 * crowded one (over CROWDED_TIES) also draws them lighter.
 */
export type TieDensity = "sparse" | "dense" | "crowded";

/** Above this many ties a dataset's picture is dense (and drawn on a canvas: see Network.tsx). */
export const DENSE_TIES = 300;
/** Above this many ties a dataset's picture is crowded. */
export const CROWDED_TIES = 1000;

/** The density of a picture of `ties` ties. */
export function tieDensity(ties: number): TieDensity {
  return ties > CROWDED_TIES ? "crowded" : ties > DENSE_TIES ? "dense" : "sparse";
}

const DENSITIES: readonly TieDensity[] = ["sparse", "dense", "crowded"];

/**
 * The style of a visible tie: colour from the sentiment in force (the phase's), width and opacity from
 * emphasis and the picture's density (see TieDensity).
 */
export function tieStyle(tie: VisibleTie, emphasis: Emphasis, density: TieDensity = "sparse", change: TieChange | null = null): TieStyle {
  const { kind, status, directed } = tie.indexed.tie;
  const structural = isStructuralKind(kind);
  // Few distinct styles exist: share one object per combination (thousands of ties redraw per frame).
  const key =
    Math.max(-2, Math.min(2, Math.round(tie.sentiment))) +
    2 +
    5 * (+structural + 2 * +(status === "expected") + 4 * +directed + 8 * DENSITIES.indexOf(density)) +
    120 * emphasisOrder(emphasis) +
    480 * (change === null ? 0 : CHANGES.indexOf(change) + 1);
  const cached = STYLE_CACHE.get(key);
  if (cached) return cached;
  const style = withChange(computeTieStyle(tie.sentiment, structural, status === "expected", directed, emphasis, density), change);
  STYLE_CACHE.set(key, style);
  return style;
}

const CHANGES: readonly TieChange[] = ["gained", "lost", "turned", "unchanged"];

/** Dash patterns: expected ties; and, when comparing two windows, lost and turned ties (not colour alone). */
export const DASHES = { expected: [5, 4], lost: [1.5, 4], turned: [9, 3, 2, 3] } as const;

/** The grey of a tie the compare window has and the main window lost. */
export const LOST_COLOR = "#8C8F96";

/**
 * When two windows are compared, changes stand out by width and dash, and unchanged ties step back:
 * gained ties are thicker, turned ones dash-dotted in their new colour, lost ones dotted grey.
 */
function withChange(style: TieStyle, change: TieChange | null): TieStyle {
  switch (change) {
    case null:
      return style;
    case "gained":
      return { ...style, width: style.width + 1.6, opacity: Math.max(style.opacity, 0.95) };
    case "turned":
      return { ...style, width: style.width + 1, dash: DASHES.turned, opacity: Math.max(style.opacity, 0.95) };
    case "lost":
      return { ...style, color: LOST_COLOR, width: Math.max(style.width, 1.6), dash: DASHES.lost, opacity: Math.max(style.opacity, 0.8), arrow: false };
    case "unchanged":
      return { ...style, opacity: style.opacity * 0.45 };
  }
}

const STYLE_CACHE = new Map<number, TieStyle>();

function computeTieStyle(sentiment: number, structural: boolean, expected: boolean, directed: boolean, emphasis: Emphasis, density: TieDensity): TieStyle {
  const crowded = density === "crowded";
  const base = structural || density !== "sparse" ? 1 : 1.8;
  const width = emphasis === "selected" ? base + 2 : emphasis === "related" ? base + 0.8 : base;
  const normal = crowded ? (structural ? 0.3 : 0.4) : structural ? 0.65 : 0.85;
  const opacity = emphasis === "dimmed" ? (crowded ? 0.05 : 0.1) : emphasis === "normal" ? normal : 1;
  return {
    color: structural ? STRUCTURAL_COLOR : sentimentColor(sentiment),
    width,
    dash: expected ? DASHES.expected : null,
    arrow: directed,
    opacity,
    structural,
  };
}

/** A ring around a node: how far outside the node, how thick, how opaque, and whether dashed. */
export interface RingStyle {
  gap: number;
  width: number;
  opacity: number;
  dashed: boolean;
}

/** The rings that mark the selected actor, its neighbours and the actor under the pointer (both renderers). */
export const RINGS: Record<"selected" | "related" | "pointed", RingStyle> = {
  selected: { gap: 5, width: 3, opacity: 1, dashed: false },
  related: { gap: 3.5, width: 1.5, opacity: 0.6, dashed: false },
  pointed: { gap: 4, width: 1.5, opacity: 1, dashed: true },
};

/**
 * Rings that mark an actor present in one compared window only (in the text colour, so they do not read as
 * the selection's accent): solid when it appeared in the main window, dashed when it left it.
 */
export const CHANGE_RINGS: Record<ActorChange, RingStyle> = {
  gained: { gap: 2.5, width: 1.5, opacity: 0.9, dashed: false },
  lost: { gap: 2.5, width: 1.5, opacity: 0.9, dashed: true },
};

/** Opacity of an actor the main window lost (drawn so its lost ties have ends). */
export const LOST_NODE_OPACITY = 0.45;

/** A node's opacity in both renderers: dimmed by the focus, fainter still when only the compare window has it. */
export function nodeOpacity(emphasis: Emphasis, change: ActorChange | null): number {
  return (emphasis === "dimmed" ? DIMMED_NODE_OPACITY : 1) * (change === "lost" ? LOST_NODE_OPACITY : 1);
}

/** The dot that marks a pinned actor: at its node's upper right (offset × r), this radius. */
export const PIN = { offset: 0.75, radius: 2.5 } as const;

/** Extra stroke width of a tie whose sentiment turns inside the window (both renderers). */
export const TURN_EXTRA = 2;

/** The soft band of its own colour under a tie whose sentiment turns inside the window: extra width and opacity. */
export const TURN_BAND = { extra: 6, opacity: 0.22 } as const;

/** The thin line from a node to its label when the label had to sit away from it (both renderers, text colour). */
export const LABEL_LEADER = { width: 0.8, opacity: 0.6 } as const;

/** Hidden actors drawn as faint dots, so the picture keeps its shape while the window moves. */
export const GHOST = { radius: 2.5, opacity: 0.35 } as const;

/** Drawing order of emphases: dimmed first, the selection last (on top). */
export function emphasisOrder(emphasis: Emphasis): number {
  return emphasis === "dimmed" ? 0 : emphasis === "normal" ? 1 : emphasis === "related" ? 2 : 3;
}
