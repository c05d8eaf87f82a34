/**
 * Colours that stay distinguishable for colour-blind readers: Okabe–Ito for categories (themes) and a
 * blue–orange diverging scale for sentiment (no red–green contrast).
 */

/** Okabe–Ito, reordered so the first themes get the most distinct hues; black is left out for dark mode. */
const CATEGORY = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F"];

/** The colour of the n-th theme (cycles after eight, where patterns in the legend tell them apart). */
export function categoryColor(position: number): string {
  return CATEGORY[((position % CATEGORY.length) + CATEGORY.length) % CATEGORY.length]!;
}

/** Sentiment -2..+2 → colour: vermillion (hostile) through grey (neutral) to blue (warm). */
const SENTIMENT: Record<number, string> = { [-2]: "#B2182B", [-1]: "#E08214", 0: "#8C8C8C", 1: "#4393C3", 2: "#2166AC" };

/** The colour of a sentiment value, rounded into -2..+2. */
export function sentimentColor(sentiment: number): string {
  return SENTIMENT[Math.max(-2, Math.min(2, Math.round(sentiment)))]!;
}

/** Words for a sentiment value, for labels and screen readers. */
export function sentimentLabel(sentiment: number): string {
  const words: Record<number, string> = { [-2]: "hostile", [-1]: "strained", 0: "neutral", 1: "positive", 2: "warm" };
  return words[Math.max(-2, Math.min(2, Math.round(sentiment)))]!;
}

/** Each theme's colour by its position in the dataset, shared by the legend, the filter and the timeline. */
export function themeColors(themeIds: readonly string[]): Map<string, string> {
  return new Map(themeIds.map((id, i) => [id, categoryColor(i)]));
}
