/**
 * Pan and zoom as plain math (the same model as d3-zoom's ZoomTransform: screen = k · layout + (x, y)).
 * Zoom is semantic: positions scale, node sizes stay in pixels, so zooming in separates crowded nodes.
 */
import type { Point } from "./layout";

/** A pan and zoom: screen = k · layout + (x, y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The zoom range allowed by the wheel, buttons and Fit. */
export const SCALE_EXTENT: readonly [number, number] = [0.05, 8];

/** The identity transform. */
export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

/** Where a layout point lands on screen. */
export function toScreen(t: Transform, p: Point): Point {
  return { x: t.k * p.x + t.x, y: t.k * p.y + t.y };
}

/** The layout point under a screen point. */
export function toLayout(t: Transform, p: Point): Point {
  return { x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k };
}

/** The bounding box of some points, or null when there are none. */
export function boundsOf(points: Iterable<Point>): Box | null {
  let box: Box | null = null;
  for (const p of points) {
    if (!box) box = { x0: p.x, y0: p.y, x1: p.x, y1: p.y };
    else {
      if (p.x < box.x0) box.x0 = p.x;
      if (p.x > box.x1) box.x1 = p.x;
      if (p.y < box.y0) box.y0 = p.y;
      if (p.y > box.y1) box.y1 = p.y;
    }
  }
  return box;
}

function clampScale(k: number): number {
  return Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], k));
}

/** Space to keep free inside a frame, per side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The transform that frames the points inside a width × height frame, leaving `padding` pixels free
 * (on every side, or per side: room for node radii, labels and overlaid controls), and never zooming
 * in beyond `maxScale`.
 */
export function fitTransform(points: Iterable<Point>, width: number, height: number, padding: number | Insets = 32, maxScale = 1.6): Transform {
  const pad = typeof padding === "number" ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const box = boundsOf(points);
  if (!box || width <= 0 || height <= 0) return { k: 1, x: width / 2, y: height / 2 };
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  const spanX = box.x1 - box.x0;
  const spanY = box.y1 - box.y0;
  const k = clampScale(Math.min(maxScale, spanX > 0 ? innerW / spanX : maxScale, spanY > 0 ? innerH / spanY : maxScale));
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return { k, x: pad.left + innerW / 2 - k * cx, y: pad.top + innerH / 2 - k * cy };
}

/** Zooms by `factor` keeping the layout point under `anchor` (a screen point) where it is. */
export function zoomAround(t: Transform, anchor: Point, factor: number): Transform {
  const k = clampScale(t.k * factor);
  const p = toLayout(t, anchor);
  return { k, x: anchor.x - k * p.x, y: anchor.y - k * p.y };
}

/** Moves the view by a screen offset. */
export function panBy(t: Transform, dx: number, dy: number): Transform {
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

/** The smallest pan that brings a layout point inside the frame with a margin (for keyboard focus). */
export function panToInclude(t: Transform, p: Point, width: number, height: number, margin = 40): Transform {
  const s = toScreen(t, p);
  const m = Math.min(margin, width / 2, height / 2);
  const dx = s.x < m ? m - s.x : s.x > width - m ? width - m - s.x : 0;
  const dy = s.y < m ? m - s.y : s.y > height - m ? height - m - s.y : 0;
  return dx === 0 && dy === 0 ? t : panBy(t, dx, dy);
}

/** Wheel delta → zoom factor (a notch of about 100 px zooms by about 1.2×; pixel-precise trackpads scale smoothly). */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaY * (deltaMode === 1 ? 20 : deltaMode === 2 ? 400 : 1);
  return Math.pow(2, -pixels * 0.0025);
}
