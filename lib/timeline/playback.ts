/**
 * Playback: the window moves forward in steps at a readable pace, proportional to its length, and stops
 * at the analysis date (after it lie only expectations, where nothing changes step by step), or at the end
 * of the extent when the window already lies beyond that date. With reduced motion it moves in fewer, larger steps.
 */

/** Milliseconds between steps. */
export function playInterval(reducedMotion: boolean): number {
  return reducedMotion ? 1000 : 150;
}

/** Days per step: a window crosses its own length in about 50 steps (7.5 s), or 4 with reduced motion. */
export function playStepDays(length: number, reducedMotion: boolean): number {
  return Math.max(1, Math.round(length / (reducedMotion ? 4 : 50)));
}

/** The window after one step, or null when it already touches the extent's end. */
export function playStep(
  window: { from: number; to: number },
  extent: { start: number; end: number },
  reducedMotion: boolean,
): { from: number; to: number } | null {
  if (window.to >= extent.end) return null;
  const length = window.to - window.from;
  const to = Math.min(extent.end, window.to + playStepDays(length + 1, reducedMotion));
  return { from: to - length, to };
}

/** Where playback starts: the window itself, or (when it is at the end already) the same length at the extent's start. */
export function playStart(window: { from: number; to: number }, extent: { start: number; end: number }): { from: number; to: number } {
  if (window.to < extent.end) return window;
  // A window that already spans everything has nowhere to go: play a quarter of the extent instead.
  const span = extent.end - extent.start;
  const length = window.to - window.from >= span ? Math.max(1, Math.round(span / 4)) : window.to - window.from;
  return { from: extent.start, to: Math.min(extent.end, extent.start + length) };
}

/** The day playback stops at: the analysis date while the window ends before it, else (or without one) the extent's end. */
export function playEnd(window: { to: number }, extent: { end: number }, asOf: number | null): number {
  return asOf !== null && window.to < asOf && asOf < extent.end ? asOf : extent.end;
}
