/**
 * A linear time scale on epoch days. A window of days [from, to] (both inclusive) covers the pixels
 * [0, width): day d occupies [x(d), x(d + 1)), so a one-day event has a width and a point sits at its centre.
 */

/** Maps epoch days to pixels and back. */
export interface TimeScale {
  /** First day shown. */
  readonly from: number;
  /** The day boundary where the view ends (the last day shown + 1). */
  readonly end: number;
  readonly width: number;
  readonly pxPerDay: number;
  /** Pixel of the start of a day (fractional days allowed). */
  x(day: number): number;
  /** Fractional day at a pixel. */
  invert(px: number): number;
}

/** A scale showing the inclusive window [from, to] across `width` pixels. */
export function timeScale(from: number, to: number, width: number): TimeScale {
  const end = Math.max(to + 1, from + 1);
  const pxPerDay = width / (end - from);
  return {
    from,
    end,
    width,
    pxPerDay,
    x: (day) => (day - from) * pxPerDay,
    invert: (px) => from + px / pxPerDay,
  };
}

