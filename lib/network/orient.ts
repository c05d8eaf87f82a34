/**
 * The layout is wider than tall (it suits the desktop panel). On a portrait panel (a phone) it is
 * turned a quarter turn, a rigid motion that keeps every distance and neighbourhood, so the picture
 * uses the height instead of shrinking to the width.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { Point, Positions } from "./layout";

/** True when a panel is clearly taller than wide. */
export function isPortrait(width: number, height: number): boolean {
  return width > 0 && height > width * 1.1;
}

/** Layout point → display point (a quarter turn when portrait). */
export function orient(p: Point, portrait: boolean): Point {
  return portrait ? { x: -p.y, y: p.x } : p;
}

/** Display point → layout point (the inverse of `orient`). */
export function unorient(p: Point, portrait: boolean): Point {
  return portrait ? { x: p.y, y: -p.x } : p;
}

/** All positions turned for display (the same Map when not portrait). */
export function orientPositions(positions: Positions, portrait: boolean): Positions {
  if (!portrait) return positions;
  return new Map([...positions].map(([id, p]): [ActorId, Point] => [id, orient(p, true)]));
}
