import { describe, expect, it } from "vitest";
import type { Point } from "@/lib/network/layout";
import { bringIntoView, FIT_PADDING, frameAfterFilter, interpolateTransform, MOSTLY_OFF_VIEW, shareOffView, SMALL_IN_STAGE, type Stage } from "@/lib/network/framing";
import { fitTransform, toScreen, type Transform } from "@/lib/network/viewport";
import { seededRandom } from "@/lib/random";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { bundledLayout, STAGE_1280 } from "./bundled";

const stage: Stage = { width: 500, height: 400, padding: FIT_PADDING };
const identity: Transform = { k: 1, x: 0, y: 0 };

/** Points scattered in a rectangle (layout space). */
function scatter(n: number, x0: number, y0: number, x1: number, y1: number, seed = 1): Point[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => ({ x: x0 + random() * (x1 - x0), y: y0 + random() * (y1 - y0) }));
}

function allInside(points: readonly Point[], t: Transform) {
  for (const p of points) {
    const s = toScreen(t, p);
    expect(s.x).toBeGreaterThanOrEqual(FIT_PADDING.left - 1e-6);
    expect(s.x).toBeLessThanOrEqual(stage.width - FIT_PADDING.right + 1e-6);
    expect(s.y).toBeGreaterThanOrEqual(FIT_PADDING.top - 1e-6);
    expect(s.y).toBeLessThanOrEqual(stage.height - FIT_PADDING.bottom + 1e-6);
  }
}

describe("frameAfterFilter", () => {
  it("leaves the camera alone when the visible actors already fill the stage", () => {
    const spread = scatter(30, 40, 50, 460, 370);
    expect(frameAfterFilter(spread, identity, stage)).toBeNull();
  });

  it("frames actors bunched in a corner, zooming in on them", () => {
    const corner = scatter(14, 40, 50, 150, 130);
    const t = frameAfterFilter(corner, identity, stage);
    expect(t).not.toBeNull();
    expect(t!.k).toBeGreaterThanOrEqual(SMALL_IN_STAGE);
    allInside(corner, t!);
  });

  it("does not move for a modest gain (the actors fill most of one side)", () => {
    const wide = scatter(10, 40, 150, 460, 220);
    // Framing them would not zoom in by SMALL_IN_STAGE: the width is already used.
    expect(frameAfterFilter(wide, identity, stage)).toBeNull();
  });

  it("frames actors that are mostly off view, whatever their size", () => {
    const away = scatter(20, 600, 100, 1400, 900);
    expect(shareOffView(away, identity, stage)).toBeGreaterThan(MOSTLY_OFF_VIEW);
    const t = frameAfterFilter(away, identity, stage);
    expect(t).not.toBeNull();
    expect(t!.k).toBeLessThan(1);
    allInside(away, t!);
  });

  it("measures how much of the actors' bounding box is off view", () => {
    const inner = { x0: FIT_PADDING.left, x1: stage.width - FIT_PADDING.right, y: 200 };
    const width = inner.x1 - inner.x0;
    // A box half inside, half beyond the right edge.
    const half = [{ x: inner.x1 - width / 4, y: 150 }, { x: inner.x1 + width / 4, y: 250 }];
    expect(shareOffView(half, identity, stage)).toBeCloseTo(0.5, 2);
    expect(shareOffView([{ x: 200, y: 200 }], identity, stage)).toBe(0);
    expect(shareOffView([{ x: -50, y: 200 }], identity, stage)).toBe(1);
  });

  it("does nothing without actors", () => {
    expect(frameAfterFilter([], identity, stage)).toBeNull();
  });
});

describe("bringIntoView", () => {
  it("keeps the camera when the neighbourhood is in view", () => {
    expect(bringIntoView(scatter(8, 100, 100, 300, 300), identity, stage)).toBeNull();
  });

  it("pans by the smallest move when part of the neighbourhood is off view and it fits at this zoom", () => {
    const hood = [{ x: 200, y: 200 }, { x: 520, y: 250 }, { x: 300, y: 120 }];
    const t = bringIntoView(hood, identity, stage)!;
    expect(t.k).toBe(1);
    allInside(hood, t);
    // The far point lands on the frame's edge: no more movement than needed.
    expect(toScreen(t, { x: 520, y: 250 }).x).toBeCloseTo(stage.width - FIT_PADDING.right, 6);
    expect(t.y).toBe(0);
  });

  it("zooms out just enough (never in) when the neighbourhood is wider than the view", () => {
    const hood = [{ x: -400, y: 100 }, { x: 900, y: 300 }];
    const t = bringIntoView(hood, { k: 1.5, x: 0, y: 0 }, stage)!;
    expect(t.k).toBeLessThan(1.5);
    allInside(hood, t);
    expect(t).toEqual(fitTransform(hood, stage.width, stage.height, stage.padding, 1.5));
  });
});

describe("interpolateTransform", () => {
  it("starts and ends at the two transforms, zooming evenly in log scale on the way", () => {
    const a: Transform = { k: 1, x: 10, y: 20 };
    const b: Transform = { k: 4, x: -300, y: -100 };
    expect(interpolateTransform(a, b, 0, stage)).toEqual(a);
    expect(interpolateTransform(a, b, 1, stage)).toEqual(b);
    expect(interpolateTransform(a, b, 0.5, stage).k).toBeCloseTo(2, 10);
    // The layout point at the stage's centre moves along a straight line.
    const centre = (t: Transform) => ({ x: (stage.width / 2 - t.x) / t.k, y: (stage.height / 2 - t.y) / t.k });
    const [c0, c5, c1] = [0, 0.5, 1].map((u) => centre(interpolateTransform(a, b, u, stage)));
    expect(c5!.x).toBeCloseTo((c0!.x + c1!.x) / 2, 6);
    expect(c5!.y).toBeCloseTo((c0!.y + c1!.y) / 2, 6);
  });
});

describe("framing the bundled dataset at 1280×800", () => {
  const { index, positions } = bundledLayout();
  const stage1280: Stage = { ...STAGE_1280, padding: FIT_PADDING };
  // The camera before any move: the whole layout framed.
  const auto = fitTransform(positions.values(), stage1280.width, stage1280.height, FIT_PADDING);
  const visible = (raw: Record<string, string>) => selectVisible(index, resolveView(raw, index)).actors.map((a) => positions.get(a.id)!);

  it("frames the actors left by the Georgia theme, and leaves the default window alone", () => {
    expect(frameAfterFilter(visible({}), auto, stage1280)).toBeNull();
    const georgia = visible({ themes: "georgia" });
    const t = frameAfterFilter(georgia, auto, stage1280);
    expect(t).not.toBeNull();
    expect(t!.k / auto.k).toBeGreaterThanOrEqual(SMALL_IN_STAGE);
    for (const p of georgia) {
      const s = toScreen(t!, p);
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x).toBeLessThanOrEqual(stage1280.width);
    }
  });

  it("after framing a theme, clearing it frames everyone again (most are then off view)", () => {
    const t = frameAfterFilter(visible({ themes: "georgia" }), auto, stage1280)!;
    const all = visible({});
    const back = frameAfterFilter(all, t, stage1280);
    expect(shareOffView(all, t, stage1280)).toBeGreaterThan(MOSTLY_OFF_VIEW);
    expect(back).not.toBeNull();
    expect(back!.k).toBeLessThan(t.k);
  });
});
