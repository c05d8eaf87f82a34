/** The measures of one window's visible graph (themes applied), per actor in the dataset's order. */
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { selectVisible, type SelectionQuery } from "@/lib/select";
import { measureTies } from "./graph";
import type { WindowMeasures } from "./measures";

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
