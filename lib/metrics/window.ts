/** The measures of one window's visible graph (themes applied), per actor in the dataset's order. */
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { selectVisible, type SelectionQuery } from "@/lib/select";
import { measureTies } from "./graph";

/** Ties and betweenness per actor (dataset order) in a window. */
export interface WindowMeasures {
  from: number;
  to: number;
  themes: string;
  degree: Float32Array;
  betweenness: Float32Array;
}

/** Measures the visible graph of a window. */
export function windowMeasures(index: IndexedDataset, query: SelectionQuery): WindowMeasures {
  const selection = selectVisible(index, query);
  const measures = measureTies(selection.ties.map((t) => t.indexed.tie));
  const actors = index.dataset.actors;
  const degree = new Float32Array(actors.length);
  const betweenness = new Float32Array(actors.length);
  actors.forEach((actor, i) => {
    degree[i] = measures.degree.get(actor.id) ?? 0;
    betweenness[i] = measures.betweenness.get(actor.id) ?? 0;
  });
  return { from: query.from, to: query.to, themes: query.themes.join(","), degree, betweenness };
}

/** The top `count` actors by a measure (ties broken by the dataset's order), leaving out zeros. */
export function topActors(values: Float32Array, count: number): Array<{ position: number; value: number }> {
  const ranked: Array<{ position: number; value: number }> = [];
  values.forEach((value, position) => {
    if (value > 0) ranked.push({ position, value });
  });
  return ranked.sort((a, b) => b.value - a.value || a.position - b.position).slice(0, count);
}

/**
 * Node sizes by betweenness on the same scale as sizes by ties: the best broker gets the size of the actor
 * with the most ties, the others in proportion (so switching "Size by" keeps the picture's range).
 */
export function betweennessSizes(measures: WindowMeasures, actorIds: readonly string[]): Map<string, number> {
  let maxDegree = 0;
  let maxBetweenness = 0;
  for (let i = 0; i < actorIds.length; i++) {
    maxDegree = Math.max(maxDegree, measures.degree[i]!);
    maxBetweenness = Math.max(maxBetweenness, measures.betweenness[i]!);
  }
  const sizes = new Map<string, number>();
  actorIds.forEach((id, i) => sizes.set(id, maxBetweenness > 0 ? (measures.betweenness[i]! / maxBetweenness) * maxDegree : 0));
  return sizes;
}
