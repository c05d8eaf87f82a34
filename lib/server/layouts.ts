/**
 * Network layouts computed on the server, once per dataset version, so the page arrives with its picture and
 * the client's layout worker has nothing to do. A small or mid-sized graph is laid out while the page is
 * rendered. A large one would hold up that response (1.5–3 s at 1,000–2,000 actors), so its first load leaves
 * the layout to the client's worker while the server lays it out in the background, in short slices that let
 * it serve other requests meanwhile; the loads after that get it with the page. Server-only.
 */
import { indexDataset } from "@/lib/dataset/indexed";
import type { Dataset } from "@/lib/dataset/schema";
import { layoutGraphOf, type LayoutGraph } from "@/lib/network/graph";
import { createLayoutRun, LARGE_GRAPH, layoutNetwork, type Positions } from "@/lib/network/layout";
import type { PrecomputedLayout } from "@/lib/network/precomputed";

const cache = new Map<string, PrecomputedLayout | null>();
/** Dataset versions whose layout is kept. */
const KEEP = 32;
/** Background layouts by dataset version, while they run. */
const running = new Map<string, Promise<PrecomputedLayout | null>>();
/** A background slice stays well under what would hold up a request noticeably. */
const SLICE_MS = 10;

function remember(etag: string, layout: PrecomputedLayout | null) {
  if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
  cache.set(etag, layout);
}

function precomputed(graph: LayoutGraph, positions: Positions): PrecomputedLayout {
  const xy: number[] = [];
  for (const node of graph.nodes) {
    const p = positions.get(node.id);
    xy.push(Math.round((p?.x ?? 0) * 100) / 100, Math.round((p?.y ?? 0) * 100) / 100);
  }
  return { key: graph.key, xy };
}

async function layOutInBackground(dataset: Dataset): Promise<PrecomputedLayout> {
  const graph = layoutGraphOf(indexDataset(dataset));
  const run = createLayoutRun(graph);
  while (run.done < run.total) {
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    while (run.done < run.total && performance.now() - started < SLICE_MS) run.step(1);
  }
  return precomputed(graph, run.positions());
}

/**
 * The layout of a dataset version (by its ETag), or null while there is none yet: a large graph's first load
 * starts its background layout and gets null (the client lays it out itself).
 */
export function precomputedLayout(etag: string, dataset: Dataset): PrecomputedLayout | null {
  const known = cache.get(etag);
  if (known !== undefined) return known;
  if (dataset.actors.length <= LARGE_GRAPH) {
    const graph = layoutGraphOf(indexDataset(dataset));
    const layout = precomputed(graph, layoutNetwork(graph));
    remember(etag, layout);
    return layout;
  }
  if (!running.has(etag)) {
    // A layout that fails here is left to the client for good: it reports its own failures.
    const job = layOutInBackground(dataset).catch(() => null);
    running.set(etag, job);
    void job.then((layout) => {
      remember(etag, layout);
      running.delete(etag);
    });
  }
  return null;
}

/** The background layout of a dataset version while it runs (for tests and warm-up), else undefined. */
export function backgroundLayout(etag: string): Promise<PrecomputedLayout | null> | undefined {
  return running.get(etag);
}
