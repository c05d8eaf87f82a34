import { describe, expect, it } from "vitest";
import type { ActorId } from "@/lib/dataset/ids";
import { focusOf } from "@/lib/highlight";
import { compareSelections } from "@/lib/compare/changes";
import {
  appendShape,
  CROWDED_TIES,
  DASHES,
  DENSE_TIES,
  GENERIC_SHAPE,
  hitSize,
  KIND_LABELS,
  KIND_SHAPE,
  DIMMED_NODE_OPACITY,
  LOST_COLOR,
  LOST_NODE_OPACITY,
  nodeOpacity,
  nodeRadius,
  shapePath,
  sizeFactor,
  STRUCTURAL_COLOR,
  tieDensity,
  tieStyle,
} from "@/lib/network/encoding";
import { isStructuralKind, layoutGraphOf } from "@/lib/network/graph";
import { layoutNetwork } from "@/lib/network/layout";
import { orient, shouldTurn, unorient } from "@/lib/network/orient";
import { hitTie, project } from "@/lib/network/project";
import { buildScene } from "@/lib/network/scene";
import { sentimentColor } from "@/lib/palette";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
const layout = layoutNetwork(layoutGraphOf(index));

function sceneFor(raw: Record<string, string>) {
  const view = resolveView(raw, index);
  const selection = selectVisible(index, view);
  const focus = focusOf(view, index, selection);
  return { scene: buildScene({ index, selection, focus, layout, pinned: new Map() }), focus, selection };
}

describe("buildScene", () => {
  it("draws only visible actors and ties, and the hidden actors as ghosts", () => {
    const { scene, selection } = sceneFor({ from: "2024-12-01", to: "2025-01-06" });
    expect(scene.nodes.map((n) => n.id).sort()).toEqual([...selection.actorIds].sort());
    expect(scene.ties.map((t) => t.id).sort()).toEqual(selection.ties.map((t) => t.indexed.tie.id).sort());
    expect(scene.ghosts.length).toBe(index.dataset.actors.length - selection.actorIds.size);
  });

  it("keeps the selected actor's ego network bright and dims the rest", () => {
    const { scene } = sceneFor({ from: "2024-10-01", to: "2025-01-31", actor: "north" });
    const emphasis = Object.fromEntries(scene.nodes.map((n) => [n.id, n.emphasis]));
    expect(emphasis.north).toBe("selected");
    expect(emphasis.south).toBe("related");
    expect(emphasis.club).toBe("dimmed");
    expect(scene.ties.find((t) => t.id === "east-club")!.emphasis).toBe("dimmed");
    expect(scene.ties.find((t) => t.id === "north-south")!.emphasis).toBe("related");
    // Emphasised ties are drawn last (on top).
    const order = scene.ties.map((t) => t.emphasis);
    const firstRelated = order.indexOf("related");
    expect(firstRelated).toBeGreaterThanOrEqual(0);
    expect(order.slice(firstRelated)).not.toContain("dimmed");
  });

  it("sizes nodes by visible ties but keeps each button's size fixed", () => {
    const wide = sceneFor({ from: "2024-10-01", to: "2025-01-31" }).scene.nodeById.get("south" as ActorId)!;
    const narrow = sceneFor({ from: "2024-12-01", to: "2024-12-31" }).scene.nodeById.get("south" as ActorId)!;
    expect(wide.degree).toBeGreaterThan(narrow.degree);
    expect(wide.r).toBeGreaterThan(narrow.r);
    expect(wide.hit).toBe(narrow.hit);
  });

  it("styles ties: dashed when expected, arrowed when directed, grey when structural", () => {
    const { scene } = sceneFor({ from: "2024-10-01", to: "2025-01-31" });
    const leadership = scene.ties.find((t) => t.id === "leader-of-north")!;
    expect(leadership.style.color).toBe(STRUCTURAL_COLOR);
    expect(leadership.style.arrow).toBe(true);
    const partnership = scene.ties.find((t) => t.id === "north-south")!;
    expect(partnership.style.arrow).toBe(false);
    expect(partnership.style.dash).toBeNull();
    expect(partnership.style.color).toBe(sentimentColor(partnership.visible.sentiment));
  });
});

describe("buildScene with Compare on", () => {
  it("draws the compare window's lost ties and actors, marks gained and turned ties, and leaves no ghost under a drawn actor", () => {
    const main = resolveView({ from: "2025-01-07", to: "2025-01-31" }, index);
    const selection = selectVisible(index, main);
    const comparison = compareSelections(selection, selectVisible(index, resolveView({ from: "2024-10-01", to: "2024-10-31" }, index)));
    const scene = buildScene({ index, selection, focus: focusOf(main, index, selection), layout, pinned: new Map(), comparison });
    const tie = (id: string) => scene.ties.find((t) => t.id === id)!;
    expect(tie("east-club").change).toBe("lost");
    expect(tie("east-club").style.dash).toEqual(DASHES.lost);
    expect(tie("east-club").style.color).toBe(LOST_COLOR);
    expect(tie("leader-hope").change).toBe("gained");
    expect(tie("leader-hope").style.width).toBeGreaterThan(buildScene({ index, selection, focus: focusOf(main, index, selection), layout, pinned: new Map() }).ties.find((t) => t.id === "leader-hope")!.style.width);
    expect(tie("north-south").change).toBe("turned");
    expect(tie("north-south").style.dash).toEqual(DASHES.turned);
    expect(scene.nodeById.get("east" as ActorId)?.change).toBe("lost");
    expect(scene.ghosts.length).toBe(index.dataset.actors.length - selection.actorIds.size - 1);
  });
});

describe("project and hitTie", () => {
  it("finds the tie under a point on its line, and nothing away from it", () => {
    const { scene } = sceneFor({ from: "2024-10-01", to: "2025-01-31" });
    const projection = project(scene, { k: 1, x: 400, y: 300 });
    const { tie, curve } = projection.ties.find((t) => t.tie.lane === 0)!;
    expect(hitTie(projection, { x: (curve.x1 + curve.x2) / 2, y: (curve.y1 + curve.y2) / 2 })?.id).toBe(tie.id);
    expect(hitTie(projection, { x: -5000, y: -5000 })).toBeNull();
  });

  it("shrinks nodes when zoomed far out, never below 60%", () => {
    const { scene } = sceneFor({});
    const near = project(scene, { k: 1, x: 0, y: 0 }).nodes[0]!;
    const far = project(scene, { k: 0.01, x: 0, y: 0 }).nodes[0]!;
    expect(near.r).toBe(near.node.r);
    expect(far.r).toBeCloseTo(near.node.r * 0.6);
  });
});

describe("encoding", () => {
  it("fades a node for the focus and for being lost, the two together multiplying", () => {
    expect(nodeOpacity("normal", null)).toBe(1);
    expect(nodeOpacity("selected", "gained")).toBe(1);
    expect(nodeOpacity("dimmed", null)).toBe(DIMMED_NODE_OPACITY);
    expect(nodeOpacity("related", "lost")).toBe(LOST_NODE_OPACITY);
    expect(nodeOpacity("dimmed", "lost")).toBeCloseTo(DIMMED_NODE_OPACITY * LOST_NODE_OPACITY);
    expect(DIMMED_NODE_OPACITY).toBeLessThan(1);
    expect(LOST_NODE_OPACITY).toBeLessThan(1);
  });

  it("gives every kind a distinct shape with a valid path", () => {
    const shapes = [...KIND_LABELS.map(([kind]) => KIND_SHAPE[kind]), GENERIC_SHAPE];
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const shape of shapes) expect(shapePath(shape, 6)).toMatch(/^M[-\d. ]+.*Z$/);
  });

  it("grows nodes with ties within bounds, with hit targets of at least 24 px", () => {
    expect(nodeRadius(0)).toBe(5);
    expect(nodeRadius(10)).toBeGreaterThan(nodeRadius(2));
    expect(nodeRadius(10_000)).toBe(18);
    expect(hitSize(0)).toBe(24);
    expect(sizeFactor(86)).toBe(1);
    expect(sizeFactor(1000)).toBeLessThan(1);
  });

  it("appends the same outline to a canvas path as the SVG path draws", () => {
    for (const shape of ["diamond", "triangle", "triangle-down", "pentagon", "hexagon", "square"] as const) {
      const points: number[][] = [];
      appendShape(
        { moveTo: (x, y) => points.push([x, y]), lineTo: (x, y) => points.push([x, y]), arc: () => {}, closePath: () => {} },
        shape,
        10,
        20,
        6,
      );
      const svg = [...shapePath(shape, 6).matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      // The SVG square uses H/V commands; compare the polygons by their vertices.
      const svgPoints =
        shape === "square" ? [[svg[0]!, svg[1]!], [svg[2]!, svg[1]!], [svg[2]!, svg[3]!], [svg[4]!, svg[3]!]] : svg.reduce<number[][]>((acc, v, i) => (i % 2 ? (acc[acc.length - 1]!.push(v), acc) : [...acc, [v]]), []);
      expect(points.length).toBe(svgPoints.length);
      points.forEach(([x, y], i) => {
        expect(x! - 10).toBeCloseTo(svgPoints[i]![0]!, 1);
        expect(y! - 20).toBeCloseTo(svgPoints[i]![1]!, 1);
      });
    }
  });

  it("treats leadership and membership, and only those, as structural, in the layout and the drawing alike", () => {
    expect((["leadership", "membership", "alliance", "affiliation"] as const).map(isStructuralKind)).toEqual([true, true, false, false]);
    const { scene } = sceneFor({ from: "2024-10-01", to: "2025-01-31" });
    const structural = Object.fromEntries(scene.ties.map((t) => [t.id, t.style.structural]));
    expect(structural).toEqual({ "north-south": false, "leader-hope": false, "leader-of-north": true, "east-club": true });
  });

  it("shares one style object per combination, and only per combination", () => {
    const window = { from: "2024-10-01", to: "2025-01-31" };
    const tie = (scene: ReturnType<typeof sceneFor>["scene"], id: string) => {
      const found = scene.ties.find((t) => t.id === id);
      if (!found) throw new Error(`tie ${id} is not in the scene`);
      return found;
    };
    // Both structural, directed, occurred, sentiment 0 and (nothing selected) normal: one combination.
    const { scene } = sceneFor(window);
    const leadership = tie(scene, "leader-of-north");
    const membership = tie(scene, "east-club");
    expect([leadership.emphasis, membership.emphasis]).toEqual(["normal", "normal"]);
    expect(membership.style).toBe(leadership.style);
    // Selecting north relates the leadership tie and dims the membership: two combinations, two looks.
    const focused = sceneFor({ ...window, actor: "north" }).scene;
    const related = tie(focused, "leader-of-north");
    const dimmed = tie(focused, "east-club");
    expect([related.emphasis, dimmed.emphasis]).toEqual(["related", "dimmed"]);
    expect(dimmed.style).not.toBe(related.style);
    expect(dimmed.style.opacity).toBeLessThan(related.style.opacity);
  });

  it("draws the ties of a dense picture as 1 px lines at full strength, and of a crowded one lighter too", () => {
    expect([DENSE_TIES, DENSE_TIES + 1, CROWDED_TIES, CROWDED_TIES + 1].map(tieDensity)).toEqual(["sparse", "dense", "dense", "crowded"]);
    const { selection } = sceneFor({ from: "2024-10-01", to: "2025-01-31" });
    const alliance = selection.ties.find((t) => t.indexed.tie.id === "north-south")!;
    const [sparse, dense, crowded] = (["sparse", "dense", "crowded"] as const).map((density) => tieStyle(alliance, "normal", density));
    expect(sparse!.width).toBeGreaterThan(1);
    expect(dense!.width).toBe(1);
    expect(dense!.opacity).toBe(sparse!.opacity);
    expect(crowded!.width).toBe(1);
    expect(crowded!.opacity).toBeLessThan(dense!.opacity);
    // Emphasis still stands out in a dense picture: a selected tie is wider than the rest.
    expect(tieStyle(alliance, "selected", "dense").width).toBeGreaterThan(dense!.width);
  });

  it("turns a wide layout only for a frame where it then fits clearly larger", () => {
    const wide = { x0: 0, y0: 0, x1: 200, y1: 100 };
    expect(shouldTurn(wide, 300, 600)).toBe(true);
    expect(shouldTurn(wide, 600, 300)).toBe(false);
    expect(shouldTurn(wide, 400, 420)).toBe(false); // near square: as it is
    expect(shouldTurn(null, 300, 600)).toBe(false);
  });

  it("turns portrait positions and back", () => {
    const p = { x: 3, y: -7 };
    expect(unorient(orient(p, true), true)).toEqual(p);
    expect(orient(p, false)).toBe(p);
  });
});
