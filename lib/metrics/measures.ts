/**
 * What the page reads from the metrics worker's answers: the series and window measures, and the small
 * functions that rank and scale them. Kept apart from the graph code (graphology) that computes them, so the
 * views that show measures do not load it.
 */
import { firstInOrder } from "@/lib/math";
import type { TimeStep } from "./steps";

/** Per step and actor (row-major: step × actor, actors in the dataset's order). */
export interface ActorSeries {
  steps: TimeStep[];
  actorIds: string[];
  degree: Float32Array;
  weighted: Float32Array;
  betweenness: Float32Array;
}

/** Ties and betweenness per actor (dataset order) in a window. */
export interface WindowMeasures {
  from: number;
  to: number;
  themes: string;
  degree: Float32Array;
  betweenness: Float32Array;
}

/** One actor's values over the steps. */
export function actorRow(series: ActorSeries, values: Float32Array, actorId: string): number[] {
  const i = series.actorIds.indexOf(actorId);
  const n = series.actorIds.length;
  return i < 0 ? [] : series.steps.map((_, s) => values[s * n + i]!);
}

/** The top `count` actors by a measure (ties broken by the dataset's order), leaving out zeros. */
export function topActors(values: Float32Array, count: number): Array<{ position: number; value: number }> {
  const positive = [...values.keys()].filter((position) => values[position]! > 0);
  return firstInOrder(positive, count, (a, b) => values[b]! - values[a]! || a - b).map((position) => ({ position, value: values[position]! }));
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
