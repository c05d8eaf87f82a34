/**
 * Tie geometry in screen space: a straight line, or a quadratic curve when several ties join one pair,
 * trimmed so it starts and ends at the node outlines (an arrowhead's tip then touches its target).
 */
import type { Point } from "./layout";

/** A tie's drawn geometry: start, control point and end (six numbers: a large network keeps thousands). */
export interface TieCurve {
  x1: number;
  y1: number;
  cx: number;
  cy: number;
  x2: number;
  y2: number;
}

/** Pixels between neighbouring lanes at the curve's apex. */
export const LANE_SPACING = 14;

/**
 * The curve from a to b (screen points, radii ra and rb). `lane` 0 is straight; other lanes bow to
 * one side, measured against the pair's canonical direction (`flip` when a→b runs against it), so
 * the ties of a pair never cross each other. Plain coordinates in: a scrub step projects thousands of ties,
 * so this allocates nothing but the curve it returns (no intermediate points; square roots, not Math.hypot).
 */
export function tieCurve(ax: number, ay: number, bx: number, by: number, ra: number, rb: number, lane: number, flip: boolean, gap = 1.5): TieCurve {
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.sqrt(dx * dx + dy * dy) || 1;
  // Normal of the canonical direction: the same side for both directions of the pair.
  const sign = flip ? -1 : 1;
  const nx = (-dy / length) * sign;
  const ny = (dx / length) * sign;
  // A quadratic curve's apex sits halfway to its control point.
  const bow = 2 * lane * LANE_SPACING;
  const cx = (ax + bx) / 2 + nx * bow;
  const cy = (ay + by) / 2 + ny * bow;
  const t1 = trimFactor(cx - ax, cy - ay, ra + gap);
  const t2 = trimFactor(cx - bx, cy - by, rb + gap);
  return {
    x1: ax + (cx - ax) * t1,
    y1: ay + (cy - ay) * t1,
    cx,
    cy,
    x2: bx + (cx - bx) * t2,
    y2: by + (cy - by) * t2,
  };
}

/**
 * How far along (ux, uy) an end moves to lie `distance` from its node (at most 45 % of the way, so a tie
 * between overlapping nodes keeps some length); 0 when the control point sits on the node.
 */
function trimFactor(ux: number, uy: number, distance: number): number {
  const length = Math.sqrt(ux * ux + uy * uy);
  return length === 0 ? 0 : Math.min(distance, length * 0.45) / length;
}

/** The SVG path of a curve (a straight segment when the control point is on the line). */
export function curvePath(c: TieCurve, straight: boolean): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  return straight ? `M${f(c.x1)} ${f(c.y1)}L${f(c.x2)} ${f(c.y2)}` : `M${f(c.x1)} ${f(c.y1)}Q${f(c.cx)} ${f(c.cy)} ${f(c.x2)} ${f(c.y2)}`;
}

/** Distance from a point to a curve, sampled (for hit-testing ties on a canvas). */
export function distanceToCurve(p: Point, c: TieCurve, samples = 8): number {
  let best = Infinity;
  let prev = { x: c.x1, y: c.y1 };
  for (let i = 1; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    const next = { x: u * u * c.x1 + 2 * u * t * c.cx + t * t * c.x2, y: u * u * c.y1 + 2 * u * t * c.cy + t * t * c.y2 };
    best = Math.min(best, distanceToSegment(p, prev, next));
    prev = next;
  }
  return best;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
