import { describe, expect, it } from "vitest";
import type { ActorId } from "@/lib/dataset/ids";
import { focusOf } from "@/lib/highlight";
import { FIT_PADDING } from "@/lib/network/framing";
import { layoutGraphOf } from "@/lib/network/graph";
import { COVER_NODES_FROM, LEADERS_FROM, labelCandidates, MUST_LABEL_FROM } from "@/lib/network/labelling";
import { boxesOverlap, placeLabels, segmentHitsBox, type PlacedLabel } from "@/lib/network/labels";
import { layoutNetwork } from "@/lib/network/layout";
import { project, type Projection } from "@/lib/network/project";
import { buildScene } from "@/lib/network/scene";
import { fitTransform, zoomAround, type Transform } from "@/lib/network/viewport";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";
import { bundledLayout, STAGE_1280 } from "./bundled";

const STAGE = STAGE_1280;
const bundled = bundledLayout();

/** What the Network view draws for a URL's view at the stage's size: the projection and its placed labels. */
function drawn(raw: Record<string, string>, camera: (fit: Transform) => Transform = (t) => t) {
  const { index, positions } = bundled;
  const view = resolveView(raw, index);
  const selection = selectVisible(index, view);
  const focus = focusOf(view, index, selection);
  const scene = buildScene({ index, selection, focus, layout: positions, pinned: new Map() });
  const transform = camera(fitTransform(positions.values(), STAGE.width, STAGE.height, FIT_PADDING));
  const projection = project(scene, transform);
  const labels = place(projection, focus, null);
  return { projection, labels, focus, selection };
}

function place(projection: Projection, focus: ReturnType<typeof focusOf>, pointed: ActorId | null) {
  const obstacles = projection.nodes.map(({ node, sx, sy, r }) => ({ id: node.id, x: sx, y: sy, r }));
  return placeLabels(labelCandidates(projection, focus, pointed, STAGE), { ...STAGE, fontSize: 11, obstacles, mayCoverNodesFrom: COVER_NODES_FROM, leadersFrom: LEADERS_FROM, mustFrom: MUST_LABEL_FROM });
}

/** Every pair of labels apart, every leader line clear of the other labels, everything inside the stage. */
function expectNoOverlap(labels: readonly PlacedLabel[]) {
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    expect(a.box.x0).toBeGreaterThanOrEqual(0);
    expect(a.box.y0).toBeGreaterThanOrEqual(0);
    expect(a.box.x1).toBeLessThanOrEqual(STAGE.width);
    expect(a.box.y1).toBeLessThanOrEqual(STAGE.height);
    for (let j = 0; j < labels.length; j++) {
      if (i === j) continue;
      const b = labels[j]!;
      if (j > i) expect(boxesOverlap(a.box, b.box), `${a.text} × ${b.text}`).toBe(false);
      if (a.leader) expect(segmentHitsBox(a.leader, b.box), `${a.text}'s leader × ${b.text}`).toBe(false);
    }
  }
}

describe("network labels on the bundled dataset at 1280×800", () => {
  it("with Azerbaijan selected, labels it and every neighbour, and no two labels overlap", () => {
    const { labels, focus } = drawn({ actor: "azerbaijan" });
    const neighbours = [...focus.actors].filter((id) => id !== "azerbaijan");
    expect(neighbours.length).toBeGreaterThan(12);
    const labelled = new Set(labels.map((l) => l.id));
    expect(labelled.has("azerbaijan")).toBe(true);
    expect(neighbours.filter((id) => !labelled.has(id))).toEqual([]);
    expectNoOverlap(labels);
  });

  it("with nothing selected, labels the most connected actors in the window, without overlaps", () => {
    const { labels, selection } = drawn({});
    expectNoOverlap(labels);
    const labelled = new Set(labels.map((l) => l.id));
    // The most connected actors all get a label; Ilham Aliyev (a leader, not a state) among them.
    const top = [...selection.degrees].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([id]) => id);
    expect(top.filter((id) => !labelled.has(id))).toEqual([]);
    expect(labelled.has("ilham-aliyev" as ActorId)).toBe(true);
    expect(labels.length).toBeGreaterThan(30);
  });

  it("reveals more labels around a point when zoomed in there", () => {
    const around = (t: Transform) => zoomAround(t, { x: STAGE.width / 2, y: STAGE.height / 2 }, 2.5);
    const fit = drawn({});
    const zoomed = drawn({}, around);
    const inCentre = (labels: PlacedLabel[], projection: Projection, t: Transform) => {
      // Count labels of actors within the zoomed view's area, in both pictures.
      const ids = new Set(labels.map((l) => l.id));
      return projection.nodes.filter(({ node }) => {
        const x = t.k * node.x + t.x;
        const y = t.k * node.y + t.y;
        return x >= 0 && y >= 0 && x <= STAGE.width && y <= STAGE.height && ids.has(node.id);
      }).length;
    };
    const zt = zoomed.projection.transform;
    expect(inCentre(zoomed.labels, zoomed.projection, zt)).toBeGreaterThan(inCentre(fit.labels, fit.projection, zt));
    expectNoOverlap(zoomed.labels);
  });
});

describe("labelCandidates", () => {
  const index = indexedFixture();
  const positions = layoutNetwork(layoutGraphOf(index));
  const frame = { width: 800, height: 600 };
  function candidatesFor(raw: Record<string, string>, pointed: ActorId | null = null) {
    const view = resolveView(raw, index);
    const selection = selectVisible(index, view);
    const focus = focusOf(view, index, selection);
    const scene = buildScene({ index, selection, focus, layout: positions, pinned: new Map() });
    const projection = project(scene, fitTransform(positions.values(), frame.width, frame.height, 40));
    return { candidates: labelCandidates(projection, focus, pointed, frame), focus, scene };
  }

  it("offers the selected actor first, then the pointed one, then the selection's neighbours, all as labels that must be shown", () => {
    const { candidates, focus } = candidatesFor({ actor: "club" }, "east" as ActorId);
    const byPriority = [...candidates].sort((a, b) => b.priority - a.priority);
    expect(byPriority.slice(0, 2).map((c) => c.id)).toEqual(["club", "east"]);
    for (const id of focus.actors) expect(candidates.find((c) => c.id === id)!.priority).toBeGreaterThanOrEqual(MUST_LABEL_FROM);
    const others = candidates.filter((c) => !focus.actors.has(c.id as ActorId) && c.id !== "east");
    expect(others.length).toBeGreaterThan(0);
    for (const c of others) expect(c.priority).toBeLessThan(MUST_LABEL_FROM);
  });

  it("ranks the rest by visible ties, and dimmed actors after every bright one", () => {
    const plain = candidatesFor({}).candidates;
    const { scene } = candidatesFor({});
    const degree = (id: string) => scene.nodeById.get(id as ActorId)!.degree;
    const sorted = [...plain].sort((a, b) => b.priority - a.priority);
    for (let i = 1; i < sorted.length; i++) expect(degree(sorted[i - 1]!.id)).toBeGreaterThanOrEqual(degree(sorted[i]!.id));
    // Every visible actor competes (placement decides), not only states and hubs.
    expect(plain.length).toBe(scene.nodes.length);

    const { candidates, focus } = candidatesFor({ actor: "north" });
    const bright = candidates.filter((c) => focus.actors.has(c.id as ActorId));
    const dimmed = candidates.filter((c) => !focus.actors.has(c.id as ActorId));
    expect(dimmed.length).toBeGreaterThan(0);
    expect(Math.max(...dimmed.map((c) => c.priority))).toBeLessThan(Math.min(...bright.map((c) => c.priority)));
  });
});

describe("placeLabels with leader lines", () => {
  // A hub whose every nearby spot is taken by a crowd of nodes, and a neighbour in the same crowd.
  const crowd = Array.from({ length: 24 }, (_, i) => ({
    id: `c${i}`,
    x: 200 + (12 + 10 * (i % 3)) * Math.cos((i * Math.PI) / 4),
    y: 150 + (12 + 10 * (i % 3)) * Math.sin((i * Math.PI) / 4),
    r: 6,
  }));
  const obstacles = [{ id: "hub", x: 200, y: 150, r: 8 }, ...crowd];
  const frame = { width: 400, height: 300, fontSize: 11, obstacles };

  it("sets a label that must be shown away from its node, with a leader line, clear of nodes and labels", () => {
    const hub = { id: "hub", text: "The hub", x: 200, y: 150, r: 8, priority: 1000 };
    const minor = { id: "c0", text: "Minor", x: crowd[0]!.x, y: crowd[0]!.y, r: 6, priority: 100 };
    expect(placeLabels([hub, minor], frame).map((l) => l.id)).toEqual([]);
    const placed = placeLabels([hub, minor], { ...frame, leadersFrom: 500, mustFrom: 500 });
    const label = placed.find((l) => l.id === "hub")!;
    expect(label.leader).toBeDefined();
    // The leader starts at the node's outline and ends on the label's box.
    expect(Math.hypot(label.leader!.x1 - 200, label.leader!.y1 - 150)).toBeCloseTo(9.5, 1);
    expect(segmentHitsBox({ ...label.leader!, x1: label.leader!.x2 - 0.01, y1: label.leader!.y2 - 0.01 }, { ...label.box, x0: label.box.x0 - 0.1, y0: label.box.y0 - 0.1, x1: label.box.x1 + 0.1, y1: label.box.y1 + 0.1 })).toBe(true);
    for (const o of obstacles) expect(boxesOverlap(label.box, { x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r })).toBe(false);
    // A label that need not be shown gets no leader: it is left out.
    expect(placed.find((l) => l.id === "c0")).toBeUndefined();
  });

  it("keeps later labels off earlier leader lines", () => {
    const hub = { id: "hub", text: "The hub", x: 200, y: 150, r: 8, priority: 1000 };
    const first = placeLabels([hub], { ...frame, leadersFrom: 500 })[0]!;
    const l = first.leader!;
    // A label candidate whose first spot would sit right on the leader line's middle.
    const mx = (l.x1 + l.x2) / 2;
    const my = (l.y1 + l.y2) / 2;
    const other = { id: "other", text: "Across", x: mx - 8, y: my, r: 2, priority: 900 };
    const placed = placeLabels([hub, other], { ...frame, obstacles: [...obstacles, { id: "other", x: mx - 8, y: my, r: 2 }], leadersFrom: 500 });
    expect(placed).toHaveLength(2);
    const [a, b] = placed;
    expect(segmentHitsBox(a!.leader!, b!.box)).toBe(false);
  });

  it("tells when a segment crosses a box", () => {
    const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 12, y1: 12, x2: 14, y2: 14 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 5 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: 0, y1: 30, x2: 30, y2: 0 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 25, x2: 25, y2: 50 }, box)).toBe(false);
  });
});
