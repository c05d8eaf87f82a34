/**
 * Actors over time: for every time step of the extent, each actor's ties, weighted ties and betweenness in
 * the visible graph of that step (themes applied). Consecutive steps share most ties, so one graph is
 * carried from step to step and only the ties that entered or left are applied.
 */
import type { ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset, IndexedTie } from "@/lib/dataset/indexed";
import { passesThemes } from "@/lib/selection/scope";
import { tieInWindow } from "@/lib/selection/window";
import { VisibleGraph } from "./graph";
import type { ActorSeries } from "./measures";
import { timeSteps, type TimeStep } from "./steps";

/** The series for a theme filter (empty filter: every tie). */
export function computeSeries(index: IndexedDataset, themes: readonly ThemeId[], steps: TimeStep[] = timeSteps(index.extent)): ActorSeries {
  const actorIds = index.dataset.actors.map((a) => a.id as string);
  const position = new Map(actorIds.map((id, i) => [id, i]));
  const n = actorIds.length;
  const degree = new Float32Array(steps.length * n);
  const weighted = new Float32Array(steps.length * n);
  const betweenness = new Float32Array(steps.length * n);
  const filter = themes.length ? new Set(themes) : null;
  const ties = index.ties.filter((t) => passesThemes(t.tie.themes, filter));
  const graph = new VisibleGraph();
  let present = new Set<IndexedTie>();
  steps.forEach((step, s) => {
    const now = new Set<IndexedTie>();
    for (const tie of ties) if (tieInWindow(tie, step.start, step.end)) now.add(tie);
    for (const tie of present) if (!now.has(tie)) graph.remove(tie.tie);
    for (const tie of now) if (!present.has(tie)) graph.add(tie.tie);
    present = now;
    const measures = graph.measure();
    const row = s * n;
    for (const [id, value] of measures.degree) degree[row + position.get(id)!] = value;
    for (const [id, value] of measures.weighted) weighted[row + position.get(id)!] = value;
    for (const [id, value] of measures.betweenness) betweenness[row + position.get(id)!] = value;
  });
  return { steps, actorIds, degree, weighted, betweenness };
}
