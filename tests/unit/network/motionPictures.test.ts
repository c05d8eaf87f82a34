import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActorId } from "@/lib/dataset/ids";
import { indexDataset, type IndexedDataset } from "@/lib/dataset/indexed";
import { focusOf } from "@/lib/highlight";
import { layoutGraphOf } from "@/lib/network/graph";
import type { PlacedLabel } from "@/lib/network/labels";
import { layoutNetwork } from "@/lib/network/layout";
import { createMotionPictures, drawListOf, type MotionFrame } from "@/lib/network/motionPictures";
import { createNetworkUnpacker, packNetwork, type PackedNetwork } from "@/lib/network/packedNetwork";
import { createProjector } from "@/lib/network/project";
import { createSceneBuilder } from "@/lib/network/scene";
import { selectVisible, selectWindow, type Selection } from "@/lib/select";
import { actorFiguresOf } from "@/lib/selection/actorFigures";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import { resolveView } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";

/** The worker's index: built from a structured clone of the dataset without its events, as the page sends it. */
const workerIndexOf = (index: IndexedDataset) => indexDataset(structuredClone({ ...index.dataset, events: [] }));

const label = (id: string, x: number, y: number): PlacedLabel => ({ id, text: id, x, y, anchor: "start", box: { x0: x, y0: y - 10, x1: x + 40, y1: y }, bold: false });

function setUp(index: IndexedDataset) {
  const layout = layoutNetwork(layoutGraphOf(index));
  const actors = index.dataset.actors;
  const frame: MotionFrame = {
    layout,
    pinned: new Map([[actors[0]!.id, { x: 3, y: 4 }]]),
    transform: { k: 1.7, x: 40, y: -12 },
    width: 640,
    height: 480,
    hoveredTie: index.ties[1]?.tie.id ?? null,
    pointed: actors[2]?.id ?? null,
    labels: actors.slice(0, 12).map((a, i) => label(a.id, 10 * i, 20 + i)),
  };
  return { layout, frame };
}

const datasets: Array<[string, IndexedDataset]> = [
  ["the bundled dataset (ties with phases)", indexedFixture()],
  ["a synthetic dataset", indexDataset(generateSyntheticDataset({ events: 300, actors: 60, ties: 300, seed: 5 }))],
];

describe.each(datasets)("motion pictures of %s", (_, index) => {
  const { frame } = setUp(index);
  const span = index.extent.end - index.extent.start;
  const windowArb = fc.tuple(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: span })).map(([a, b]) => [index.extent.start + Math.min(a, b), index.extent.start + Math.max(a, b)] as const);
  const actorArb = fc.option(fc.constantFrom(...index.dataset.actors.map((a) => a.id)), { nil: null });

  it("are, step after step, the draw lists the page makes from the same selections", () => {
    fc.assert(
      fc.property(fc.array(windowArb, { minLength: 1, maxLength: 6 }), actorArb, (windows, actor: ActorId | null) => {
        // The page's path (a scene builder and projector kept across steps) and the worker's, fed the same steps.
        const buildScene = createSceneBuilder();
        const project = createProjector();
        const make = createMotionPictures(workerIndexOf(index));
        const view = { ...resolveView({}, index), actor, event: null, tie: null };
        // As the page sends them: a selection is packed once (the same window again is the same step).
        let sent = null as { selection: Selection; packed: PackedNetwork } | null;
        for (const [from, to] of windows) {
          const selection = selectWindow(index, { from, to, themes: [] });
          if (sent?.selection !== selection) sent = { selection, packed: packNetwork(index, selection) };
          const focus = focusOf(view, index, selection);
          const projection = project(buildScene({ index, selection, focus, layout: frame.layout, pinned: frame.pinned }), frame.transform);
          const expected = drawListOf(projection, frame.labels.filter((l) => projection.nodeById.has(l.id)), frame);
          expect(make(sent.packed, structuredClone(focus), frame)).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("packNetwork and createNetworkUnpacker", () => {
  const index = indexedFixture();
  const workerIndex = workerIndexOf(index);

  it("give back the visible ties (with the phase and sentiment in force), actors and degrees", () => {
    const span = index.extent.end - index.extent.start;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: span }), (a, b) => {
        const selection = selectWindow(index, { from: index.extent.start + Math.min(a, b), to: index.extent.start + Math.max(a, b), themes: [] });
        const part = createNetworkUnpacker(workerIndex)(packNetwork(index, selection));
        expect(part.ties.map((t) => [t.indexed.tie.id, t.phase?.phase ?? null, t.sentiment, t.turns])).toEqual(
          selection.ties.map((t) => [t.indexed.tie.id, t.phase?.phase ?? null, t.sentiment, t.turns]),
        );
        expect(part.actors.map((a) => a.id)).toEqual(selection.actors.map((a) => a.id));
        expect([...part.actorIds]).toEqual([...selection.actorIds]);
        expect(part.degrees).toEqual(selection.degrees);
      }),
      { numRuns: 60 },
    );
  });

  it("pack a selection the same whether it was made step by step or in full", () => {
    const span = index.extent.end - index.extent.start;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: span }), (a, b) => {
        const query = { from: index.extent.start + Math.min(a, b), to: index.extent.start + Math.max(a, b), themes: [] };
        const stepped = selectWindow(index, query);
        // The step-by-step selection carries its actors' positions and degrees; the full one is looked up by id.
        expect(actorFiguresOf(stepped.actors)).toBeDefined();
        expect(actorFiguresOf(selectVisible(index, query).actors)).toBeUndefined();
        expect(packNetwork(index, stepped)).toEqual(packNetwork(index, selectVisible(index, query)));
      }),
      { numRuns: 60 },
    );
  });

  it("keep a visible tie's object while its phase holds, and the lists while the pack is the same", () => {
    const unpack = createNetworkUnpacker(workerIndex);
    const wide = selectWindow(index, { from: index.extent.start, to: index.extent.end, themes: [] });
    const packed = packNetwork(index, wide);
    const first = unpack(packed);
    // The same pack again is the same step; an equal pack is a new step (a new part) with the same lists.
    expect(unpack(packed)).toBe(first);
    const again = unpack(packNetwork(index, wide));
    expect(again).not.toBe(first);
    expect([again.ties, again.actors, again.actorIds, again.degrees]).toEqual([first.ties, first.actors, first.actorIds, first.degrees]);
    expect(again.ties).toBe(first.ties);
    const narrower = selectWindow(index, { from: index.extent.start + 1, to: index.extent.end, themes: [] });
    const second = unpack(packNetwork(index, narrower));
    const kept = second.ties.filter((t) => first.ties.includes(t));
    expect(kept.length).toBeGreaterThan(0);
    for (const t of second.ties) {
      const before = first.ties.find((b) => b.indexed.order === t.indexed.order);
      if (before && before.phase === t.phase && before.turns === t.turns) expect(t).toBe(before);
    }
  });
});
