/**
 * Mark geometry: how an event is drawn at its precision. A day-precision event without an end is a point;
 * a day-precision event with an end is a solid bar; a month- or year-precision event is a bar spanning its
 * whole month or year, drawn as uncertain. Positions come from epoch days computed once per dataset.
 */
import type { IndexedEvent } from "@/lib/dataset/indexed";
import type { TimeScale } from "./scale";

/** How an event is drawn. */
export type MarkKind = "point" | "range" | "imprecise";

/** Pixel geometry of a mark, clipped to the view. */
export interface MarkGeometry {
  kind: MarkKind;
  /** Left and right edge of the visible mark. */
  x0: number;
  x1: number;
  /** True when the event continues past the left or right edge of the view. */
  clipStart: boolean;
  clipEnd: boolean;
}

/** Diameter of a point mark, and the narrowest a bar is drawn. */
export const POINT_SIZE = 10;
export const MIN_BAR = 6;

/** The kind of mark for an event's date. */
export function markKind(item: Pick<IndexedEvent, "event" | "start" | "end">): MarkKind {
  const precision = item.event.date?.precision ?? "day";
  if (precision !== "day") return "imprecise";
  return item.end > item.start ? "range" : "point";
}

/**
 * The mark of a dated event on a scale whose pixels run over [0, scale.width], on whole pixels: crisp, and
 * a scrub step that moves a mark by less than a pixel leaves it (and its label) exactly where it was, so
 * the step neither re-renders nor repaints it.
 */
export function markGeometry(item: Pick<IndexedEvent, "event" | "start" | "end">, scale: TimeScale): MarkGeometry {
  const kind = markKind(item);
  if (kind === "point") {
    const cx = Math.round(scale.x(item.start + 0.5));
    return { kind, x0: cx - POINT_SIZE / 2, x1: cx + POINT_SIZE / 2, clipStart: false, clipEnd: false };
  }
  const rawStart = Math.round(scale.x(item.start));
  const rawEnd = Math.round(scale.x(item.end + 1));
  const clipStart = rawStart < 0;
  const clipEnd = rawEnd > scale.width;
  let x0 = Math.max(rawStart, 0);
  let x1 = Math.min(rawEnd, scale.width);
  if (x1 - x0 < MIN_BAR) {
    // Too short to see as a bar at this zoom: widen it about its centre, staying in view.
    const centre = (x0 + x1) / 2;
    x0 = Math.max(0, Math.round(Math.min(centre - MIN_BAR / 2, scale.width - MIN_BAR)));
    x1 = x0 + MIN_BAR;
  }
  return { kind, x0, x1, clipStart, clipEnd };
}
