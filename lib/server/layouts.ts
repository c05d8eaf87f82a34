/**
 * Network layouts computed on the server for small and mid-sized datasets, once per dataset version, so
 * the page arrives with its picture and the client's layout worker has nothing to do. Large graphs (whose
 * layout would hold up a response) are left to the client's worker. Server-only.
 */
import { indexDataset } from "@/lib/dataset/indexed";
import type { Dataset } from "@/lib/dataset/schema";
import { layoutGraphOf } from "@/lib/network/graph";
import { LARGE_GRAPH, layoutNetwork } from "@/lib/network/layout";
import type { PrecomputedLayout } from "@/lib/network/precomputed";


const cache = new Map<string, PrecomputedLayout | null>();
/** Dataset versions whose layout is kept. */
const KEEP = 32;

/** The layout of a dataset version (by its ETag), or null when the graph is too large to lay out here. */
export function precomputedLayout(etag: string, dataset: Dataset): PrecomputedLayout | null {
  const known = cache.get(etag);
  if (known !== undefined) return known;
  let result: PrecomputedLayout | null = null;
  if (dataset.actors.length <= LARGE_GRAPH) {
    const graph = layoutGraphOf(indexDataset(dataset));
    const positions = layoutNetwork(graph);
    const xy: number[] = [];
    for (const node of graph.nodes) {
      const p = positions.get(node.id);
      xy.push(Math.round((p?.x ?? 0) * 100) / 100, Math.round((p?.y ?? 0) * 100) / 100);
    }
    result = { key: graph.key, xy };
  }
  if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
  cache.set(etag, result);
  return result;
}
