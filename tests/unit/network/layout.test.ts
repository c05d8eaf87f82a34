import { describe, expect, it } from "vitest";
import type { ActorId } from "@/lib/dataset/ids";
import { focusOf } from "@/lib/highlight";
import { layoutGraphOf, type LayoutGraph } from "@/lib/network/graph";
import { createLayoutRun, layoutNetwork, type Positions } from "@/lib/network/layout";
import { buildScene } from "@/lib/network/scene";
import { fitTransform, toScreen } from "@/lib/network/viewport";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";

/** A ring of clusters: enough structure for a layout to have something to settle. */
function syntheticGraph(clusters = 6, size = 8): LayoutGraph {
  const nodes: LayoutGraph["nodes"] = [];
  const links: LayoutGraph["links"] = [];
  for (let c = 0; c < clusters; c++) {
    for (let i = 0; i < size; i++) {
      nodes.push({ id: `n-${c}-${i}` as ActorId, kind: i === 0 ? "state" : "leader", degree: i === 0 ? size : 1 });
      if (i > 0) links.push({ source: c * size, target: c * size + i, kind: i % 2 ? "leadership" : "alliance", count: 1 });
    }
    links.push({ source: c * size, target: ((c + 1) % clusters) * size, kind: "rivalry", count: 2 });
  }
  return { nodes, links, key: `synthetic-${clusters}-${size}` };
}

describe("layoutNetwork", () => {
  it("gives the same positions for the same graph and seed", () => {
    const graph = syntheticGraph();
    const a = layoutNetwork(graph, { seed: 7 });
    const b = layoutNetwork(graph, { seed: 7 });
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it("depends on the seed", () => {
    const graph = syntheticGraph();
    const a = layoutNetwork(graph, { seed: 7 });
    const b = layoutNetwork(graph, { seed: 8 });
    expect(a.get("n-0-1" as ActorId)).not.toEqual(b.get("n-0-1" as ActorId));
  });

  it("gives the same result however the ticks are chunked (as the worker steps it)", () => {
    const graph = syntheticGraph();
    const whole = layoutNetwork(graph, { seed: 3 });
    const run = createLayoutRun(graph, { seed: 3 });
    while (run.done < run.total) run.step(7);
    expect([...run.positions().entries()]).toEqual([...whole.entries()]);
  });

  it("returns a finite position for every actor, keyed by id, and does not mutate the graph", () => {
    const graph = syntheticGraph();
    const before = JSON.stringify(graph);
    const positions = layoutNetwork(graph);
    expect(JSON.stringify(graph)).toBe(before);
    expect(positions.size).toBe(graph.nodes.length);
    for (const node of graph.nodes) {
      const p = positions.get(node.id)!;
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it("keeps leaders near their state and tied actors nearer than untied ones", () => {
    const graph = syntheticGraph();
    const p = layoutNetwork(graph);
    const dist = (a: string, b: string) => {
      const pa = p.get(a as ActorId)!;
      const pb = p.get(b as ActorId)!;
      return Math.hypot(pa.x - pb.x, pa.y - pb.y);
    };
    // A leadership tie (structural) holds n-0-1 close to its hub; a node of the opposite cluster is far.
    expect(dist("n-0-1", "n-0-0")).toBeLessThan(dist("n-0-1", "n-3-0"));
  });

  it("covers the whole dataset: every actor has a position, whatever the window", () => {
    const index = indexedFixture();
    const positions = layoutNetwork(layoutGraphOf(index));
    expect([...positions.keys()].sort()).toEqual(index.dataset.actors.map((a) => a.id).sort());
  });
});

describe("stability under scrubbing and filtering", () => {
  const index = indexedFixture();
  const layout = layoutNetwork(layoutGraphOf(index));

  function sceneFor(raw: Record<string, string>, pinned: Positions = new Map()) {
    const view = resolveView(raw, index);
    const selection = selectVisible(index, view);
    return buildScene({ index, selection, focus: focusOf(view, index, selection), layout, pinned });
  }

  it("keeps every surviving node where it was when the window moves", () => {
    const wide = sceneFor({ from: "2024-10-01", to: "2025-01-31" });
    const narrow = sceneFor({ from: "2024-12-01", to: "2025-01-06" });
    expect(narrow.nodes.length).toBeGreaterThan(0);
    expect(narrow.nodes.length).toBeLessThan(wide.nodes.length);
    for (const node of narrow.nodes) {
      const before = wide.nodeById.get(node.id)!;
      expect({ x: node.x, y: node.y }).toEqual({ x: before.x, y: before.y });
    }
  });

  it("keeps every surviving node where it was when the theme filter changes", () => {
    const all = sceneFor({});
    const beta = sceneFor({ themes: "beta" });
    expect(beta.nodes.length).toBeGreaterThan(0);
    for (const node of beta.nodes) expect({ x: node.x, y: node.y }).toEqual({ x: all.nodeById.get(node.id)!.x, y: all.nodeById.get(node.id)!.y });
  });

  it("hides the tie that starts on 2025-01-07 when the window ends the day before", () => {
    const before = sceneFor({ from: "2024-10-01", to: "2025-01-06" });
    const after = sceneFor({ from: "2024-10-01", to: "2025-01-07" });
    expect(before.ties.map((t) => t.id)).not.toContain("leader-hope");
    expect(after.ties.map((t) => t.id)).toContain("leader-hope");
  });

  it("draws a pinned actor at its pin and every other actor at its layout position", () => {
    const north = "north" as ActorId;
    const pin = { x: 1, y: 2 };
    expect(layout.get(north)).not.toEqual(pin);
    const scene = sceneFor({ from: "2024-10-01", to: "2025-01-31" }, new Map([[north, pin]]));
    expect(scene.nodes.length).toBeGreaterThan(1);
    for (const node of scene.nodes) {
      const expected = node.id === north ? pin : layout.get(node.id)!;
      expect({ id: node.id, x: node.x, y: node.y, pinned: node.pinned }).toEqual({ id: node.id, ...expected, pinned: node.id === north });
    }
    // Ties follow the pinned node rather than its layout position.
    const tie = scene.ties.find((t) => t.id === "north-south")!;
    expect({ x: tie.source.x, y: tie.source.y }).toEqual(pin);
  });

  it("colours a tie by the phase in force: strained in December, warm from 7 January", () => {
    const december = sceneFor({ from: "2024-12-01", to: "2024-12-31" }).ties.find((t) => t.id === "north-south")!;
    const january = sceneFor({ from: "2025-01-07", to: "2025-01-31" }).ties.find((t) => t.id === "north-south")!;
    expect(december.visible.sentiment).toBe(-1);
    expect(january.visible.sentiment).toBe(1);
    expect(december.style.color).not.toBe(january.style.color);
  });
});

describe("fitTransform", () => {
  it("puts no node outside the frame", () => {
    const positions = layoutNetwork(syntheticGraph(9, 10));
    for (const [width, height] of [
      [900, 420],
      [366, 480],
      [1600, 300],
    ] as const) {
      const padding = 30;
      const t = fitTransform(positions.values(), width, height, padding);
      for (const p of positions.values()) {
        const s = toScreen(t, p);
        expect(s.x).toBeGreaterThanOrEqual(padding - 1e-6);
        expect(s.x).toBeLessThanOrEqual(width - padding + 1e-6);
        expect(s.y).toBeGreaterThanOrEqual(padding - 1e-6);
        expect(s.y).toBeLessThanOrEqual(height - padding + 1e-6);
      }
    }
  });

  it("keeps per-side insets free", () => {
    const positions = layoutNetwork(syntheticGraph(5, 6));
    const insets = { top: 50, right: 10, bottom: 20, left: 30 };
    const t = fitTransform(positions.values(), 500, 300, insets);
    const screen = [...positions.values()].map((p) => toScreen(t, p));
    expect(Math.min(...screen.map((p) => p.y))).toBeGreaterThanOrEqual(50 - 1e-6);
    expect(Math.max(...screen.map((p) => p.y))).toBeLessThanOrEqual(280 + 1e-6);
    expect(Math.min(...screen.map((p) => p.x))).toBeGreaterThanOrEqual(30 - 1e-6);
    expect(Math.max(...screen.map((p) => p.x))).toBeLessThanOrEqual(490 + 1e-6);
  });

  it("centres a single point and does not zoom in beyond the maximum", () => {
    const t = fitTransform([{ x: 10, y: -5 }], 200, 100, 20, 1.5);
    expect(toScreen(t, { x: 10, y: -5 })).toEqual({ x: 100, y: 50 });
    expect(t.k).toBeLessThanOrEqual(1.5);
  });
});
