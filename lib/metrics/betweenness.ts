/**
 * Betweenness centrality by Brandes' algorithm, on graphology-shortest-path's indexed breadth-first search
 * (the engine graphology-metrics uses). Exact up to `pivots` actors; above that it starts the searches from
 * `pivots` actors chosen at random (seeded, so a picture is stable) and scales up, Brandes and Pich's
 * estimate, which is what keeps thousands of actors over tens of steps inside a couple of seconds.
 * The normalisation is graphology-metrics' (0 … 1 for undirected graphs), so both agree where both run.
 */
import type { UndirectedGraph } from "graphology";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import { Random } from "@/lib/random";

/** Above this many actors in a graph, betweenness is estimated from this many sources. */
export const EXACT_UP_TO = 300;

/** Betweenness of every node (normalised), exact up to `pivots` nodes and estimated above. */
export function betweenness(graph: UndirectedGraph, pivots = EXACT_UP_TO, seed = 1): Map<string, number> {
  const order = graph.order;
  const result = new Map<string, number>();
  if (order <= 2) {
    graph.forEachNode((node) => result.set(node, 0));
    return result;
  }
  const brandes = createUnweightedIndexedBrandes(graph);
  // The declarations miss two fields the library itself reads: the stack's items and the search's node index.
  const nodes = (brandes as unknown as { index: { nodes: string[] } }).index.nodes;
  const sources = order <= pivots ? Array.from({ length: order }, (_, i) => i) : new Random(seed).sample(order, pivots);
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  for (const source of sources) {
    const [S, P, sigma] = brandes(source);
    const stacked = (S as unknown as { items: ArrayLike<number> }).items;
    for (let j = 0; j < S.size; j++) delta[stacked[j]!] = 0;
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const predecessors = P[w]!;
      for (let j = 0; j < predecessors.length; j++) {
        const v = predecessors[j]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  const scale = order / sources.length / ((order - 1) * (order - 2));
  for (let i = 0; i < order; i++) result.set(nodes[i]!, centrality[i]! * scale);
  return result;
}
