/**
 * When the camera moves by itself, and where to. Two moments only, never a scrub step: after a theme filter
 * (frame the visible actors when they are mostly off view or bunched in a small part of the stage) and after
 * selecting an actor (bring its neighbourhood into view when part of it is off view, with the smallest move).
 * Pure: points in layout space, the current transform and the stage in, a transform (or null: stay) out.
 */
import type { Point } from "./layout";
import { boundsOf, fitTransform, toLayout, toScreen, type Insets, type Transform } from "./viewport";

/** Room for labels on every side, and for the zoom and layout buttons along the top. */
export const FIT_PADDING: Insets = { top: 48, right: 36, bottom: 30, left: 36 };

/** The drawing's size and the room kept free inside it. */
export interface Stage {
  width: number;
  height: number;
  padding: Insets;
}

/** Frame after a filter when more than this share of the visible actors' bounding box is off view. */
export const MOSTLY_OFF_VIEW = 0.5;

/** Frame after a filter when framing would zoom in at least this much (the actors fill a small part of the stage). */
export const SMALL_IN_STAGE = 1.6;

/** The furthest framing zooms in (a few actors, or one, are not blown up). */
export const FRAME_MAX_SCALE = 2;

/** How long the camera's own moves take (none under reduced motion). */
export const CAMERA_MOVE_MS = 450;

function inner(stage: Stage) {
  const { width, height, padding } = stage;
  return { x0: padding.left, y0: padding.top, x1: Math.max(padding.left, width - padding.right), y1: Math.max(padding.top, height - padding.bottom) };
}

function isInside(p: Point, box: ReturnType<typeof inner>): boolean {
  return p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1;
}

/**
 * The share of the points' bounding box (on screen) that lies outside the stage's inner frame: 0 when all of
 * it is in view, 1 when none of it is.
 */
export function shareOffView(points: readonly Point[], t: Transform, stage: Stage): number {
  const box = boundsOf(points);
  if (!box) return 0;
  const a = toScreen(t, { x: box.x0, y: box.y0 });
  const b = toScreen(t, { x: box.x1, y: box.y1 });
  // Half a pixel around it, so a single actor (or a row of them) has an area too.
  const x0 = Math.min(a.x, b.x) - 0.5;
  const x1 = Math.max(a.x, b.x) + 0.5;
  const y0 = Math.min(a.y, b.y) - 0.5;
  const y1 = Math.max(a.y, b.y) + 0.5;
  const frame = inner(stage);
  const w = Math.max(0, Math.min(x1, frame.x1) - Math.max(x0, frame.x0));
  const h = Math.max(0, Math.min(y1, frame.y1) - Math.max(y0, frame.y0));
  return 1 - (w * h) / ((x1 - x0) * (y1 - y0));
}

/**
 * After a theme filter: the transform that frames the visible actors when their bounding box is mostly off
 * view, or when they sit in a small part of the stage (framing them would zoom in by `SMALL_IN_STAGE` or more);
 * null when the view already shows them well.
 */
export function frameAfterFilter(points: readonly Point[], t: Transform, stage: Stage): Transform | null {
  if (points.length === 0 || stage.width <= 0 || stage.height <= 0) return null;
  const framed = fitTransform(points, stage.width, stage.height, stage.padding, FRAME_MAX_SCALE);
  if (shareOffView(points, t, stage) > MOSTLY_OFF_VIEW) return framed;
  return framed.k / t.k >= SMALL_IN_STAGE ? framed : null;
}

/**
 * After selecting an actor: null when its neighbourhood (the actor and its neighbours, layout space) is in
 * view; else the smallest move that shows all of it: a pan when it fits at this zoom, else a zoom out (never
 * in) that frames it.
 */
export function bringIntoView(points: readonly Point[], t: Transform, stage: Stage): Transform | null {
  if (points.length === 0 || stage.width <= 0 || stage.height <= 0) return null;
  const frame = inner(stage);
  if (points.every((p) => isInside(toScreen(t, p), frame))) return null;
  const layoutBox = boundsOf(points)!;
  const a = toScreen(t, { x: layoutBox.x0, y: layoutBox.y0 });
  const b = toScreen(t, { x: layoutBox.x1, y: layoutBox.y1 });
  if (b.x - a.x > frame.x1 - frame.x0 || b.y - a.y > frame.y1 - frame.y0) {
    return fitTransform(points, stage.width, stage.height, stage.padding, t.k);
  }
  const dx = a.x < frame.x0 ? frame.x0 - a.x : b.x > frame.x1 ? frame.x1 - b.x : 0;
  const dy = a.y < frame.y0 ? frame.y0 - a.y : b.y > frame.y1 ? frame.y1 - b.y : 0;
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

/**
 * The transform a fraction `u` (0..1) of the way from `a` to `b`: the point at the stage's centre moves in a
 * straight line and the zoom changes evenly in log scale, so the move reads as one glide.
 */
export function interpolateTransform(a: Transform, b: Transform, u: number, stage: Pick<Stage, "width" | "height">): Transform {
  if (u <= 0) return a;
  if (u >= 1) return b;
  const middle = { x: stage.width / 2, y: stage.height / 2 };
  const ca = toLayout(a, middle);
  const cb = toLayout(b, middle);
  const k = a.k * Math.pow(b.k / a.k, u);
  const cx = ca.x + (cb.x - ca.x) * u;
  const cy = ca.y + (cb.y - ca.y) * u;
  return { k, x: middle.x - k * cx, y: middle.y - k * cy };
}

/** Ease in and out (cubic): a camera move starts and ends gently. */
export function easeInOut(u: number): number {
  return u < 0.5 ? 4 * u * u * u : 1 - Math.pow(-2 * u + 2, 3) / 2;
}
