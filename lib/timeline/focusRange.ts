/**
 * The overview's focus range: the stretch of the extent the overview draws across its width, around the
 * window, so that the window is wide enough to grab and a handle's pixel moves it by days rather than years.
 * It stays put while the window moves inside it (so a drag's gearing never changes under the pointer) and is
 * chosen anew only when the window nears its edges or changes its scale. The whole extent stays reachable
 * through a thin strip above it.
 */

/** An inclusive range of epoch days. */
export interface DayRange {
  start: number;
  end: number;
}

/** The window takes about this share of the focus range. */
export const WINDOW_SHARE = 1 / 3;

/** A focus range centred on the window, the window a third of it, inside the extent (the whole extent when it is short). */
export function focusRange(window: { from: number; to: number }, extent: DayRange): DayRange {
  const extentDays = extent.end - extent.start + 1;
  const length = window.to - window.from + 1;
  const days = Math.min(extentDays, Math.max(Math.ceil(length / WINDOW_SHARE), 14));
  if (days >= extentDays) return { start: extent.start, end: extent.end };
  const centre = (window.from + window.to + 1) / 2;
  let start = Math.round(centre - days / 2);
  start = Math.max(extent.start, Math.min(start, extent.end + 1 - days));
  return { start, end: start + days - 1 };
}

/**
 * The focus range to draw next: `previous` while the window lies inside it clear of its edges (an edge that
 * is the extent's own needs no clearance) and takes between a sixth and a half of it; else a new one.
 */
export function nextFocusRange(previous: DayRange | null, window: { from: number; to: number }, extent: DayRange): DayRange {
  const target = focusRange(window, extent);
  if (!previous) return target;
  if (target.start === previous.start && target.end === previous.end) return previous;
  const days = previous.end - previous.start + 1;
  const length = window.to - window.from + 1;
  const margin = days * 0.05;
  const clearStart = window.from >= (previous.start === extent.start ? previous.start : previous.start + margin);
  const clearEnd = window.to <= (previous.end === extent.end ? previous.end : previous.end - margin);
  const scaleOk = length >= days / 6 && length <= days / 2;
  return clearStart && clearEnd && scaleOk ? previous : target;
}
