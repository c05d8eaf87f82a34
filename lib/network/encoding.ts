/**
 * Visual encoding of the network as pure functions: node shape by actor kind, node size by visible
 * ties, tie colour by the sentiment in force, dashes for expected ties, arrowheads for directed ones,
 * thin grey for structural ties, and opacity by emphasis. The SVG and canvas renderers and the legend
 * all read from here, so they cannot disagree.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { ActorKind, TieKind } from "@/lib/dataset/schema";
import type { Emphasis } from "@/lib/highlight";
import { sentimentColor } from "@/lib/palette";
import type { VisibleTie } from "@/lib/select";

/** The marks a node can take; `ring` is drawn as an outline only. */
export type NodeShape = "circle" | "diamond" | "triangle" | "square" | "pentagon" | "hexagon" | "triangle-down" | "ring";

/** Shape per actor kind (colour doubles it, so the kind never rests on colour alone). */
export const KIND_SHAPE: Record<ActorKind, NodeShape> = {
  state: "circle",
  leader: "diamond",
  official: "triangle",
  organization: "square",
  party: "pentagon",
  group: "hexagon",
  media: "triangle-down",
  region: "ring",
};

/** Kinds in legend order, with their legend words. */
export const KIND_LABELS: ReadonlyArray<readonly [ActorKind, string]> = [
  ["state", "State"],
  ["leader", "Leader"],
  ["official", "Official"],
  ["organization", "Organization"],
  ["party", "Party"],
  ["group", "Group"],
  ["media", "Media"],
  ["region", "Region"],
];

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

function polygon(points: number, radius: number, rotation: number): string {
  const parts: string[] = [];
  for (let i = 0; i < points; i++) {
    const a = rotation + (2 * Math.PI * i) / points;
    parts.push(`${i === 0 ? "M" : "L"}${round(radius * Math.cos(a))} ${round(radius * Math.sin(a))}`);
  }
  return `${parts.join("")}Z`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An SVG path for a shape centred on 0,0 with about the area of a circle of radius r (usable as an SVG
 * `d` and as a canvas `Path2D`).
 */
export function shapePath(shape: NodeShape, r: number): string {
  const up = -Math.PI / 2;
  switch (shape) {
    case "circle":
    case "ring":
      return `M${round(r)} 0A${round(r)} ${round(r)} 0 1 1 ${round(-r)} 0A${round(r)} ${round(r)} 0 1 1 ${round(r)} 0Z`;
    case "diamond":
      return polygon(4, r * 1.25, up);
    case "square": {
      const h = round(r * 0.886);
      return `M${-h} ${-h}H${h}V${h}H${-h}Z`;
    }
    case "triangle":
      return polygon(3, r * 1.35, up);
    case "triangle-down":
      return polygon(3, r * 1.35, Math.PI / 2);
    case "pentagon":
      return polygon(5, r * 1.1, up);
    case "hexagon":
      return polygon(6, r * 1.05, 0);
  }
}

/** Ties that say who leads or belongs to what, drawn thin and grey rather than coloured by sentiment. */
export function isStructuralTie(kind: TieKind): boolean {
  return kind === "leadership" || kind === "membership";
}

/** The grey of structural ties: mid-grey, readable on light and dark panels alike. */
export const STRUCTURAL_COLOR = "#9A9DA5";

/** How a tie is drawn. */
export interface TieStyle {
  color: string;
  width: number;
  dashed: boolean;
  arrow: boolean;
  opacity: number;
  structural: boolean;
}

/** Opacity of a node for its emphasis: the ego network stays bright, the rest fades. */
export function nodeOpacity(emphasis: Emphasis): number {
  return emphasis === "dimmed" ? 0.22 : 1;
}

/**
 * The style of a visible tie: colour from the sentiment in force (the phase's), width and opacity from
 * emphasis. In a crowded picture (thousands of ties) unemphasised ties are thinner and lighter.
 */
export function tieStyle(tie: VisibleTie, emphasis: Emphasis, crowded = false): TieStyle {
  const { kind, status, directed } = tie.indexed.tie;
  const structural = isStructuralTie(kind);
  // Crowded ties are 1 px: hairlines rasterise several times faster on a software canvas.
  const base = structural || crowded ? 1 : 1.8;
  const width = emphasis === "selected" ? base + 2 : emphasis === "related" ? base + 0.8 : base;
  const normal = crowded ? (structural ? 0.3 : 0.4) : structural ? 0.65 : 0.85;
  const opacity = emphasis === "dimmed" ? (crowded ? 0.05 : 0.1) : emphasis === "normal" ? normal : 1;
  return {
    color: structural ? STRUCTURAL_COLOR : sentimentColor(tie.sentiment),
    width,
    dashed: status === "expected",
    arrow: directed,
    opacity,
    structural,
  };
}

/** Drawing order of emphases: dimmed first, the selection last (on top). */
export function emphasisOrder(emphasis: Emphasis): number {
  return emphasis === "dimmed" ? 0 : emphasis === "normal" ? 1 : emphasis === "related" ? 2 : 3;
}

/** Number of visible ties per actor: what node size encodes. */
export function visibleDegrees(ties: readonly VisibleTie[]): Map<ActorId, number> {
  const degrees = new Map<ActorId, number>();
  for (const { indexed } of ties) {
    const { source, target } = indexed.tie;
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    degrees.set(target, (degrees.get(target) ?? 0) + 1);
  }
  return degrees;
}
