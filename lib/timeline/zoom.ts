/**
 * Zoom and pan as window arithmetic. Gestures work on a fractional window [start, end) (in days) so that
 * many small wheel or drag steps add up; the view state gets the window rounded to whole days.
 */
import { clamp } from "@/lib/math";

/** A fractional window: the days [start, end). */
export interface FloatWindow {
  start: number;
  end: number;
}

/** The narrowest window a zoom reaches, in days. */
export const MIN_ZOOM_DAYS = 3;

/** The fractional form of an inclusive day window. */
export function toFloatWindow(from: number, to: number): FloatWindow {
  return { start: from, end: to + 1 };
}

/**
 * The inclusive day window (rounded) of a fractional one, inside the extent and at least one day long. The
 * length is rounded once, so a pan never makes the window a day longer or shorter.
 */
export function roundWindow(w: FloatWindow, extent: { start: number; end: number }): { from: number; to: number } {
  // Round away floating-point noise first, so the same length always rounds the same way.
  const days = clamp(Math.round(Math.round((w.end - w.start) * 1e6) / 1e6), 1, extent.end - extent.start + 1);
  const from = clamp(Math.round(w.start), extent.start, extent.end - days + 1);
  return { from, to: from + days - 1 };
}

/** Shifts a window by `days`, keeping its length, without leaving the extent. */
export function panWindow(w: FloatWindow, days: number, extent: { start: number; end: number }): FloatWindow {
  const length = w.end - w.start;
  const lo = extent.start;
  const hi = extent.end + 1;
  if (length >= hi - lo) return { start: lo, end: hi };
  const start = clamp(w.start + days, lo, hi - length);
  return { start, end: start + length };
}

/**
 * Scales a window by `factor` (<1 zooms in) about the day `focus`, which stays under the pointer.
 * The length stays between MIN_ZOOM_DAYS and the extent; the window stays inside the extent.
 */
export function zoomWindow(w: FloatWindow, focus: number, factor: number, extent: { start: number; end: number }): FloatWindow {
  const lo = extent.start;
  const hi = extent.end + 1;
  const length = w.end - w.start;
  const next = clamp(length * factor, Math.min(MIN_ZOOM_DAYS, hi - lo), hi - lo);
  const ratio = length > 0 ? (focus - w.start) / length : 0.5;
  const start = focus - ratio * next;
  return panWindow({ start, end: start + next }, 0, extent);
}
