/**
 * Two-line titles: the narrowest width at which a title set on two lines still fits, found by trying every
 * break between words. A browser filling lines greedily at that width (plus a hair for rounding) puts at least
 * as many words on the first line as the balanced break, so the rest fits the second: two lines, never three.
 */

/**
 * Width of `text` broken onto two balanced lines (0 when it is one word), given a measurer of one line. A line
 * is measured as its words plus the spaces between them (the slack added by `wrapWidthMeasurer` covers any
 * rounding), so a cached measurer sees each word once rather than every prefix and suffix of every title:
 * a window full of titles seen for the first time measures a few hundred words, not thousands of strings.
 */
export function balancedWrapWidth(text: string, measure: (line: string) => number): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2) return 0;
  const space = measure(" ");
  const widths = words.map(measure);
  const total = widths.reduce((sum, w) => sum + w, 0) + space * (words.length - 1);
  let best = Infinity;
  let first = -space;
  for (let k = 1; k < words.length; k++) {
    first += space + widths[k - 1]!;
    best = Math.min(best, Math.max(first, total - first - space));
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
