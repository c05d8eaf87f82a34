/**
 * The layout is wider than tall (it suits a desktop panel). On a panel where the picture would be
 * larger turned a quarter (a phone held upright), it is turned: a rigid motion that keeps every
 * distance and neighbourhood, so the picture uses the height instead of shrinking to the width.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { Point, Positions } from "./layout";
import type { Box } from "./viewport";

/**
 * True when the layout's bounding box fits a width × height frame at least 10% larger turned a
 * quarter than as it is (the margin keeps the choice from flickering near square panels).
 */
export function shouldTurn(box: Box | null, width: number, height: number): boolean {
  if (!box || width <= 0 || height <= 0) return false;
  const w = Math.max(1e-9, box.x1 - box.x0);
  const h = Math.max(1e-9, box.y1 - box.y0);
  const asIs = Math.min(width / w, height / h);
  const turned = Math.min(width / h, height / w);
  return turned > asIs * 1.1;
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
