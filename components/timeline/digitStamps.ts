/**
 * Numbers drawn from digits rendered once: `fillText` shapes its text afresh at every call, and the bins' counts
 * drawn that way at each step of a burst cost more than all their heat cells. Stamping a digit is a small copy.
 */

/** Draws whole numbers in one font and colour, centred on x, their bottom at `bottom` (CSS pixels). */
export type DrawNumber = (context: CanvasRenderingContext2D, text: string, x: number, bottom: number) => void;

const DIGITS = "0123456789";

/** Stamps for `font` in `color` at `dpr` device pixels per CSS pixel, or null where there is no 2D canvas. */
export function createDigitStamps(font: string, color: string, dpr: number): DrawNumber | null {
  const sheet = document.createElement("canvas");
  const context = sheet.getContext("2d");
  if (!context) return null;
  context.font = font;
  const widths = [...DIGITS].map((d) => context.measureText(d).width);
  const metrics = context.measureText(DIGITS);
  const height = Math.ceil(metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent) || 12;
  // A cell per digit with a pixel of room either side, so antialiased edges are not cut.
  const cell = Math.ceil(Math.max(...widths)) + 2;
  sheet.width = Math.ceil(cell * DIGITS.length * dpr);
  sheet.height = Math.ceil(height * dpr);
  // Resizing reset the context: set it up again.
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.font = font;
  context.fillStyle = color;
  context.textBaseline = "bottom";
  [...DIGITS].forEach((d, i) => context.fillText(d, i * cell + 1, height));

  const sw = cell * dpr;
  const sh = height * dpr;
  // Whole device pixels, as text is placed: a stamp between pixels would be resampled, and blur.
  const snap = (v: number) => Math.round(v * dpr) / dpr;
  return (target, text, x, bottom) => {
    let total = 0;
    for (let i = 0; i < text.length; i++) total += widths[text.charCodeAt(i) - 48] ?? 0;
    let left = x - total / 2;
    const top = snap(bottom - height);
    for (let i = 0; i < text.length; i++) {
      const digit = text.charCodeAt(i) - 48;
      const width = widths[digit];
      if (width === undefined) continue;
      target.drawImage(sheet, digit * sw, 0, sw, sh, snap(left - 1), top, cell, height);
      left += width;
    }
  };
}
