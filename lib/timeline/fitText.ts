/**
 * A title fitted to a label's width the way the page's CSS fits it (`text-overflow: ellipsis` on one line;
 * on two, words wrapped and the second line clamped with an ellipsis), for drawing on a canvas, which does
 * neither by itself.
 */

/** Text width in pixels, in the label's font. */
export type Measure = (text: string) => number;

const ELLIPSIS = "…";

/** `text` on one line of `width` pixels: whole, or its longest prefix that fits with an ellipsis. */
export function ellipsize(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  // The longest prefix that fits, by bisection: measuring every prefix of a long title costs too much per frame.
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/** The longest start of `text` that fits `width`, broken after a space where one fits, else anywhere. */
function firstLine(text: string, width: number, measure: Measure): string {
  let fit = "";
  for (const word of text.split(/(?<= )/)) {
    if (measure((fit + word).trimEnd()) <= width) fit += word;
    else break;
  }
  if (fit) return fit;
  // One word wider than the line: break it where it overflows (the CSS's `overflow-wrap: anywhere`).
  let end = 1;
  while (end < text.length && measure(text.slice(0, end + 1)) <= width) end++;
  return text.slice(0, end);
}

/** `text` wrapped onto at most two lines of `width` pixels, the second cut with an ellipsis if it overflows. */
export function twoLines(text: string, width: number, measure: Measure): [string] | [string, string] {
  if (measure(text) <= width) return [text];
  const first = firstLine(text, width, measure);
  const rest = text.slice(first.length).trimStart();
  return rest ? [first.trimEnd(), ellipsize(rest, width, measure)] : [first.trimEnd()];
}
