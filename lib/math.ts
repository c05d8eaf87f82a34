/** Small numeric helpers shared across lib/ and the views. */

/** Clamps a value into [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** First position whose value is ≥ `value` in an ascending array (binary search). */
export function lowerBound(sorted: ArrayLike<number>, value: number, end = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first `count` items in the order `compare` gives, as sorting them all and keeping the first `count` would
 * (equal items keep their order), in one pass that keeps only `count` of them: a ranking of ten out of thousands
 * of actors, redone at each step of a scrub, need not sort them all.
 */
export function firstInOrder<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (count <= 0) return kept;
  for (const item of items) {
    if (kept.length === count && compare(item, kept[count - 1]!) >= 0) continue;
    // After every kept item that does not come later than this one.
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
