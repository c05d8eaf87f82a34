/**
 * Two-line titles: the narrowest width at which a title set on two lines still fits, found by trying every
 * break between words. A browser filling lines greedily at that width (plus a hair for rounding) puts at least
 * as many words on the first line as the balanced break, so the rest fits the second: two lines, never three.
 */

/** Width of `text` broken onto two balanced lines (0 when it is one word), given a measurer of one line. */
export function balancedWrapWidth(text: string, measure: (line: string) => number): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2) return 0;
  let best = Infinity;
  for (let k = 1; k < words.length; k++) {
    const width = Math.max(measure(words.slice(0, k).join(" ")), measure(words.slice(k).join(" ")));
    if (width < best) best = width;
  }
  return best;
}

/** A cached `balancedWrapWidth` per title, rounded up and padded by `slack` pixels (0 stays 0). */
export function wrapWidthMeasurer(measure: (line: string) => number, slack: number): (title: string) => number {
  const cache = new Map<string, number>();
  return (title) => {
    let width = cache.get(title);
    if (width === undefined) {
      const raw = balancedWrapWidth(title, measure);
      width = raw > 0 ? Math.ceil(raw) + slack : 0;
      cache.set(title, width);
    }
    return width;
  };
}
