/** Small statistics for benchmark samples. */

/** The p-th percentile (0–100) by nearest rank, or null for no samples. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The median, or null for no samples. */
export function median(samples: readonly number[]): number | null {
  return percentile(samples, 50);
}

/** Rounds to one decimal (the browser's timers are coarsened to 0.1 ms anyway). */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
