// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { layoutGraphOf } from "@/lib/network/graph";
import { LARGE_GRAPH, layoutNetwork } from "@/lib/network/layout";
import { backgroundLayout, precomputedLayout } from "@/lib/server/layouts";
import { indexDataset } from "@/lib/dataset/indexed";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import { indexedFixture } from "../fixtures";

describe("precomputedLayout", () => {
  it("lays out a small dataset once per version, with the client's graph key and positions", () => {
    const index = indexedFixture();
    const layout = precomputedLayout('"v1"', index.dataset)!;
    const graph = layoutGraphOf(index);
    expect(layout.key).toBe(graph.key);
    const positions = layoutNetwork(graph);
    graph.nodes.forEach((node, i) => {
      expect(layout.xy[2 * i]).toBeCloseTo(positions.get(node.id)!.x, 1);
      expect(layout.xy[2 * i + 1]).toBeCloseTo(positions.get(node.id)!.y, 1);
    });
    expect(precomputedLayout('"v1"', index.dataset)).toBe(layout);
  });

  it("leaves a large graph's first load to the client, and lays it out in the background for the loads after", async () => {
    const big = generateSyntheticDataset({ events: 20, actors: LARGE_GRAPH + 1, ties: 30, seed: 2 });
    expect(precomputedLayout('"big"', big)).toBeNull();
    const job = backgroundLayout('"big"');
    expect(job).toBeDefined();
    // Asked again while it runs: still null, and the same job (not a second one).
    expect(precomputedLayout('"big"', big)).toBeNull();
    expect(backgroundLayout('"big"')).toBe(job);
    const layout = await job!;
    // The job's own bookkeeping (cached, no longer running) follows in the next microtask.
    await Promise.resolve();
    expect(backgroundLayout('"big"')).toBeUndefined();
    expect(precomputedLayout('"big"', big)).toBe(layout);
    const graph = layoutGraphOf(indexDataset(big));
    expect(layout!.key).toBe(graph.key);
    const positions = layoutNetwork(graph);
    graph.nodes.forEach((node, i) => {
      expect(layout!.xy[2 * i]).toBeCloseTo(positions.get(node.id)!.x, 1);
      expect(layout!.xy[2 * i + 1]).toBeCloseTo(positions.get(node.id)!.y, 1);
    });
  });
});

describe("useLayout with a precomputed layout", () => {
  it("uses the server's positions at once for the matching graph, and ignores them for another", async () => {
    const { renderHook } = await import("@testing-library/react");
    const { useLayout } = await import("@/components/network/useLayout");
    const index = indexedFixture();
    const graph = layoutGraphOf(index);
    const xy = graph.nodes.flatMap((_, i) => [i * 10, -i * 10]);
    const { result, unmount } = renderHook(() => useLayout(graph, { key: graph.key, xy }));
    expect(result.current.positions?.get(graph.nodes[2]!.id)).toEqual({ x: 20, y: -20 });
    expect(result.current.ms).toBe(0);
    const other = { ...graph, key: `${graph.key}-other` };
    const { result: fresh, unmount: unmountFresh } = renderHook(() => useLayout(other, { key: graph.key, xy }));
    expect(fresh.current.positions).toBeNull();
    // Unmounted here, so the main-thread layout the second hook started stops before jsdom is torn down
    // (otherwise its next slice runs React in a window that is gone, failing a later test file).
    unmount();
    unmountFresh();
  });
});
