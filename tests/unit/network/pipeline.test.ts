/**
 * The network's drawing pipeline kept between steps (scene builder, projector, draw list) against the same
 * pipeline built from scratch, on random scrubs: what a scrub draws must not depend on where it came from.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_FOCUS } from "@/lib/highlight";
import { buildDrawList, type DrawList } from "@/lib/network/drawList";
import { layoutGraphOf } from "@/lib/network/graph";
import { layoutNetwork } from "@/lib/network/layout";
import { createProjector, project, type Projection } from "@/lib/network/project";
import { buildScene, createSceneBuilder, type Scene } from "@/lib/network/scene";
import { selectWindow } from "@/lib/select";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import type { TieId } from "@/lib/dataset/ids";
import { indexDataset } from "@/lib/dataset/indexed";

const generated = generateSyntheticDataset({ events: 400, actors: 90, ties: 500, seed: 23 });
// Synthetic ties join distinct pairs: repeat some, so parallel ties fan out into curved lanes too.
const repeated = generated.ties.filter((_, i) => i % 9 === 0).map((t) => ({ ...t, id: `${t.id}-again` as TieId }));
const index = indexDataset({ ...generated, ties: [...generated.ties, ...repeated] });
const layout = layoutNetwork(layoutGraphOf(index));
const { start, end } = index.extent;
const transform = { k: 0.8, x: 120, y: 90 };
const inputAt = (from: number, to: number) => ({ index, selection: selectWindow(index, { from, to, themes: [] }), focus: NO_FOCUS, layout, pinned: new Map() });

/** The scene without the marks of ties that turned since the previous window (the one thing that depends on it). */
const unmarked = (scene: Scene) => scene.ties.map((t) => ({ id: t.id, lane: t.lane, style: t.style, source: t.source.id, target: t.target.id, turned: t.visible.turns }));

/** Every line and curve a draw list strokes (not the bands under turning ties), as text, sorted. */
function strokes(list: DrawList): string[] {
  const out: string[] = [];
  const text = (values: Float32Array) => [...values].map((v) => v.toFixed(2)).join(",");
  for (const g of list.ties) {
    if (g.band) continue;
    for (let i = 0; i < g.straight.length; i += 4) out.push(`L ${text(g.straight.subarray(i, i + 4))}`);
    for (let i = 0; i < g.curved.length; i += 6) out.push(`C ${text(g.curved.subarray(i, i + 6))}`);
  }
  return out.sort();
}

/** The same strokes read straight off a projection, rounded to Float32 as the draw list stores them. */
function expectedStrokes(projection: Projection): string[] {
  const text = (values: number[]) => values.map((v) => Math.fround(v).toFixed(2)).join(",");
  return projection.ties.map(({ tie, curve: c }) => (tie.lane === 0 ? `L ${text([c.x1, c.y1, c.x2, c.y2])}` : `C ${text([c.x1, c.y1, c.cx, c.cy, c.x2, c.y2])}`)).sort();
}

const day = fc.integer({ min: start, max: end });

describe("the network pipeline kept between steps", () => {
  it("draws on any scrub what a fresh build of the last window draws", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day), { minLength: 1, maxLength: 25 }), (windows) => {
        const build = createSceneBuilder();
        const projector = createProjector();
        let last: { scene: Scene; projection: Projection } | null = null;
        for (const [a, b] of windows) {
          const scene = build(inputAt(Math.min(a, b), Math.max(a, b)));
          last = { scene, projection: projector(scene, transform) };
        }
        const [a, b] = windows.at(-1)!;
        const fresh = buildScene(inputAt(Math.min(a, b), Math.max(a, b)));
        expect(unmarked(last!.scene)).toEqual(unmarked(fresh));
        expect(last!.scene.nodes).toEqual(fresh.nodes);
        expect(last!.scene.ghosts).toEqual(fresh.ghosts);
        const freshProjection = project(fresh, transform);
        expect(last!.projection.nodes).toEqual(freshProjection.nodes);
        expect(last!.projection.ghosts).toEqual(freshProjection.ghosts);
        expect(last!.projection.ties.map((t) => t.curve)).toEqual(freshProjection.ties.map((t) => t.curve));
      }),
      { numRuns: 40 },
    );
  });

  it("puts each tie's own coordinates into the draw list, once, whatever the mix of straight ties, curves and arrowheads", () => {
    fc.assert(
      fc.property(day, day, fc.boolean(), (a, b, crowded) => {
        const projection = project(buildScene(inputAt(Math.min(a, b), Math.max(a, b))), transform);
        const list = buildDrawList(projection, [], { width: 800, height: 600, hoveredTie: null, pointed: null, crowded });
        expect(strokes(list)).toEqual(expectedStrokes(projection));
        const heads = list.ties.reduce((n, g) => n + g.heads.length / 6, 0);
        const arrows = projection.ties.filter((t) => t.tie.style.arrow && !(crowded && t.tie.emphasis !== "selected" && t.tie.emphasis !== "related")).length;
        expect(heads).toBe(arrows);
      }),
      { numRuns: 40 },
    );
    // The whole extent has all three, so the windows above mix them.
    const whole = project(buildScene(inputAt(start, end)), transform).ties;
    expect(whole.some((t) => t.tie.lane !== 0) && whole.some((t) => t.tie.lane === 0) && whole.some((t) => t.tie.style.arrow)).toBe(true);
  });
});
