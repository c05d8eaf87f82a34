import { describe, expect, it } from "vitest";
import { NO_FOCUS, focusOf } from "@/lib/highlight";
import { buildDrawList } from "@/lib/network/drawList";
import { DIMMED_LABEL_OPACITY, PIN, RINGS } from "@/lib/network/encoding";
import { layoutGraphOf } from "@/lib/network/graph";
import { layoutNetwork } from "@/lib/network/layout";
import { createProjector, project } from "@/lib/network/project";
import { buildScene, createSceneBuilder } from "@/lib/network/scene";
import { selectWindow } from "@/lib/select";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import { indexDataset } from "@/lib/dataset/indexed";
import { resolveView } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
const layout = layoutNetwork(layoutGraphOf(index));
const input = (raw: Record<string, string>) => {
  const view = resolveView(raw, index);
  const selection = selectWindow(index, view);
  return { index, selection, focus: focusOf(view, index, selection), layout, pinned: new Map() };
};
const synthetic = indexDataset(generateSyntheticDataset({ events: 300, actors: 80, ties: 400, seed: 11 }));
const syntheticLayout = layoutNetwork(layoutGraphOf(synthetic));
/** The synthetic network for the window [start + from, start + to] (days from the extent's start). */
const windowInput = (from: number, to: number) => {
  const view = { ...resolveView({}, synthetic), from: synthetic.extent.start + from, to: synthetic.extent.start + to };
  const selection = selectWindow(synthetic, view);
  return { index: synthetic, selection, focus: focusOf(view, synthetic, selection), layout: syntheticLayout, pinned: new Map() };
};
const span = synthetic.extent.end - synthetic.extent.start;

describe("createSceneBuilder", () => {
  it("returns the previous scene when a window change leaves the network as it was", () => {
    const build = createSceneBuilder();
    const a = build(input({ from: "2024-12-01", to: "2024-12-20" }));
    const b = build(input({ from: "2024-12-01", to: "2024-12-21" }));
    expect(a.nodes.length).toBeGreaterThan(0);
    expect(b).toEqual(buildScene(input({ from: "2024-12-01", to: "2024-12-21" })));
    expect(b).toBe(a);
  });

  it("keeps unchanged nodes and ties as the same objects and makes new ones only for what changed", () => {
    const build = createSceneBuilder();
    const december = build(windowInput(0, Math.round(span / 2)));
    const january = build(windowInput(0, Math.round(span / 2) + 60));
    // The same as a fresh build, whatever came before, but for the ties that turned since December.
    const unmarked = (scene: typeof january) => ({ ...scene, ties: scene.ties.map((t) => ({ ...t, turned: t.visible.turns })) });
    expect(unmarked(january)).toEqual(unmarked(buildScene(windowInput(0, Math.round(span / 2) + 60))));
    const kept = january.ties.filter((t) => december.ties.includes(t));
    const renewed = january.ties.filter((t) => !december.ties.includes(t));
    expect(kept.length).toBeGreaterThan(0);
    expect(renewed.length).toBeGreaterThan(0);
    for (const tie of renewed) {
      const before = december.ties.find((t) => t.id === tie.id);
      // A renewed tie is new to the window or changed: another phase, emphasis or endpoint.
      if (before) expect(before.visible === tie.visible && before.source === tie.source && before.target === tie.target).toBe(false);
    }
  });
});

describe("createSceneBuilder on a step that leaves the network as it was", () => {
  /** Two windows a day apart whose selections share their network part (only events differ). */
  function sharedStep() {
    for (let end = 30; end + 1 < span; end++) {
      const a = windowInput(0, end);
      const b = windowInput(0, end + 1);
      if (a.selection !== b.selection && a.selection.ties === b.selection.ties && a.selection.actors === b.selection.actors) return { a, b };
    }
    throw new Error("no one-day step in the synthetic data leaves the network unchanged");
  }

  it("returns the previous scene without a pass over the ties, and the same as a fresh build", () => {
    const { a, b } = sharedStep();
    const build = createSceneBuilder();
    const first = build(a);
    expect(build(b)).toBe(first);
    expect(first).toEqual(buildScene(b));
  });

  it("builds again when anything else the scene reads changed: the focus, or the ghosts", () => {
    const { a, b } = sharedStep();
    const build = createSceneBuilder();
    const first = build(a);
    const actor = b.selection.actors[0]!.id;
    expect(build({ ...b, focus: focusOf({ ...resolveView({}, synthetic), actor }, synthetic, b.selection) })).not.toBe(first);
    expect(build({ ...b, ghosts: false }).ghosts).toHaveLength(0);
  });
});

describe("ties that turned since the previous window", () => {
  /** A two-week window sliding a month at a time (as Play moves it), up to the first step that moves a tie into another phase. */
  function stepsWithATurn() {
    for (let end = 14; end + 31 < span; end += 30) {
      const a = windowInput(end - 14, end);
      const b = windowInput(end + 16, end + 30);
      const before = new Map(a.selection.ties.map((t) => [t.indexed.tie.id, t.sentiment]));
      const turned = b.selection.ties.filter((t) => before.has(t.indexed.tie.id) && before.get(t.indexed.tie.id) !== t.sentiment);
      if (turned.length > 0) return { a, b, c: windowInput(end + 17, end + 31), before, turned: new Set(turned.map((t) => t.indexed.tie.id)) };
    }
    throw new Error("no month step in the synthetic data moves a tie into another phase");
  }

  it("marks a tie whose sentiment differs from the previous window's, and only those (besides turns inside the window)", () => {
    const { a, b, before, turned } = stepsWithATurn();
    const build = createSceneBuilder();
    build(a);
    const scene = build(b);
    for (const tie of scene.ties) {
      const expected = tie.visible.turns || turned.has(tie.id);
      expect(tie.turned, `${tie.id}: ${before.get(tie.id)} → ${tie.visible.sentiment}`).toBe(expected);
    }
    // At least one turned between the windows without a phase boundary inside the new one.
    expect(scene.ties.some((t) => t.turned && !t.visible.turns)).toBe(true);
    // A fresh build has no previous window: only turns inside the window count.
    expect(buildScene(b).ties.every((t) => t.turned === t.visible.turns)).toBe(true);
  });

  it("keeps the mark while the same window is drawn again (a hover, a focus) and drops it at the next step", () => {
    const { a, b, c, turned } = stepsWithATurn();
    const build = createSceneBuilder();
    build(a);
    const stepped = build(b);
    // A tie marked only for turning since the previous window (no phase boundary inside this one).
    const tie = stepped.ties.find((t) => turned.has(t.id) && !t.visible.turns)!;
    expect(tie).toBeDefined();
    const refocused = build({ ...b, focus: focusOf({ ...resolveView({}, synthetic), actor: tie.source.id }, synthetic, b.selection) });
    expect(refocused).not.toBe(stepped);
    expect(refocused.ties.find((t) => t.id === tie.id)?.turned).toBe(true);
    // One day on, in the same phase: nothing turned since the previous window.
    const next = build(c).ties.find((t) => t.id === tie.id);
    expect(next).toBeDefined();
    expect(next?.visible.sentiment).toBe(tie.visible.sentiment);
    expect(next?.turned).toBe(next?.visible.turns);
  });
});

describe("createProjector", () => {
  it("gives the same projection for the same scene and transform, and reuses unchanged marks after a scene change", () => {
    const build = createSceneBuilder();
    const projector = createProjector();
    const t = { k: 1, x: 100, y: 50 };
    const s1 = build(windowInput(0, Math.round(span / 2)));
    const p1 = projector(s1, t);
    expect(projector(s1, { ...t })).toBe(p1);
    const s2 = build(windowInput(0, Math.round(span / 2) + 60));
    const p2 = projector(s2, t);
    expect(p2).toEqual(project(s2, t));
    const shared = p2.ties.filter((pt) => s1.ties.includes(pt.tie));
    expect(shared.length).toBeGreaterThan(0);
    for (const pt of shared) expect(p1.ties).toContain(pt);
    // A new transform projects everything again.
    const p3 = projector(s2, { k: 2, x: 0, y: 0 });
    expect(p3.ties.some((pt) => p2.ties.includes(pt))).toBe(false);
  });
});

describe("buildDrawList", () => {
  it("puts every visible tie in exactly one style group, drawn dimmed first", () => {
    const { selection, focus } = input({ from: "2024-10-01", to: "2025-01-31", actor: "north" });
    const projection = project(buildScene({ index, selection, focus, layout, pinned: new Map() }), { k: 1, x: 0, y: 0 });
    const list = buildDrawList(projection, [], { width: 800, height: 600, hoveredTie: null, pointed: null, crowded: false });
    const segments = (groups: typeof list.ties) => groups.reduce((n, g) => n + g.straight.length / 4 + g.curved.length / 6, 0);
    expect(segments(list.ties.filter((g) => !g.band))).toBe(projection.ties.length);
    // Ties whose sentiment turns inside the window get a band under them as well.
    const turning = projection.ties.filter((t) => t.tie.visible.turns).length;
    expect(turning).toBeGreaterThan(0);
    expect(segments(list.ties.filter((g) => g.band))).toBe(turning);
    expect(list.ties.map((g) => g.order)).toEqual([...list.ties.map((g) => g.order)].sort((a, b) => a - b));
    expect(list.nodes.reduce((n, g) => n + g.shapes.length, 0)).toBe(projection.nodes.length);
    expect(list.rings.length).toBeGreaterThan(0);
  });

  it("in a crowded picture gives arrowheads to emphasised ties only, and fades the labels of dimmed actors", () => {
    const big = indexDataset(generateSyntheticDataset({ events: 50, actors: 60, ties: 200, seed: 5 }));
    const bigLayout = layoutNetwork(layoutGraphOf(big));
    const view = resolveView({}, big);
    const selection = selectWindow(big, view);
    const actor = selection.actors.find((a) => (selection.degrees.get(a.id) ?? 0) > 1)!;
    const focus = focusOf({ ...view, actor: actor.id }, big, selection);
    const projection = project(buildScene({ index: big, selection, focus, layout: bigLayout, pinned: new Map() }), { k: 1, x: 0, y: 0 });
    const dimmed = projection.nodes.find((n) => n.node.emphasis === "dimmed")!;
    const labels = [{ id: dimmed.node.id, text: "x", x: 1, y: 1, anchor: "start" as const, box: { x0: 0, y0: 0, x1: 1, y1: 1 }, bold: false }];
    const crowded = buildDrawList(projection, labels, { width: 800, height: 600, hoveredTie: null, pointed: null, crowded: true });
    const relaxed = buildDrawList(projection, labels, { width: 800, height: 600, hoveredTie: null, pointed: null, crowded: false });
    const heads = (list: typeof crowded, low: boolean) => list.ties.filter((g) => (g.order < 2) === low).reduce((n, g) => n + g.heads.length / 6, 0);
    expect(heads(relaxed, true)).toBeGreaterThan(0);
    expect(heads(crowded, true)).toBe(0);
    expect(heads(crowded, false)).toBe(heads(relaxed, false));
    expect(crowded.labels[0]!.alpha).toBe(DIMMED_LABEL_OPACITY);
  });
});

describe("focusOf", () => {
  it("shares one empty focus while nothing is selected, so memoised views skip work while scrubbing", () => {
    const a = selectWindow(index, resolveView({}, index));
    const b = selectWindow(index, resolveView({ to: "2024-12-31" }, index));
    expect(focusOf({ actor: null, event: null, tie: null }, index, a)).toBe(NO_FOCUS);
    expect(focusOf({ actor: null, event: null, tie: null }, index, b)).toBe(NO_FOCUS);
    expect(focusOf({ actor: "north" as never, event: null, tie: null }, index, a)).not.toBe(NO_FOCUS);
  });
});

describe("buildDrawList rings and pins", () => {
  it("rings the selection, its neighbours and the pointed actor as the SVG does, and marks pinned actors", () => {
    const { selection, focus } = input({ from: "2024-10-01", to: "2025-01-31", actor: "north" });
    const pinnedId = selection.actors.find((a) => a.id !== "north")!.id;
    const pinned = new Map([[pinnedId, { x: 5, y: 5 }]]);
    const projection = project(buildScene({ index, selection, focus, layout, pinned }), { k: 1, x: 0, y: 0 });
    const list = buildDrawList(projection, [], { width: 800, height: 600, hoveredTie: null, pointed: null, crowded: false });
    const north = projection.nodeById.get("north")!;
    const ring = list.rings.find((r) => r.x === north.sx && r.y === north.sy)!;
    expect(ring).toMatchObject({ r: north.r + RINGS.selected.gap, width: RINGS.selected.width, accent: true, dashed: false });
    expect(list.rings.filter((r) => r.width === RINGS.related.width && r.accent)).toHaveLength(focus.actors.size - 1);
    const p = projection.nodeById.get(pinnedId)!;
    expect([...list.pins]).toEqual([Math.fround(p.sx + p.r * PIN.offset), Math.fround(p.sy - p.r * PIN.offset)]);
  });
});
