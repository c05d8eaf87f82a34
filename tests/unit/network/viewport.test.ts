import { describe, expect, it } from "vitest";
import { tieCurve } from "@/lib/network/edges";
import { panToInclude, toLayout, toScreen, wheelFactor, zoomAround, SCALE_EXTENT } from "@/lib/network/viewport";

describe("viewport math", () => {
  const t = { k: 2, x: 30, y: -10 };

  it("maps layout to screen and back", () => {
    const p = { x: 12.5, y: -4 };
    expect(toLayout(t, toScreen(t, p))).toEqual(p);
  });

  it("zooms around the anchor, keeping the point under it in place", () => {
    const anchor = { x: 200, y: 120 };
    const under = toLayout(t, anchor);
    const zoomed = zoomAround(t, anchor, 1.5);
    expect(zoomed.k).toBe(3);
    const back = toScreen(zoomed, under);
    expect(back.x).toBeCloseTo(anchor.x);
    expect(back.y).toBeCloseTo(anchor.y);
  });

  it("clamps the zoom to its extent", () => {
    expect(zoomAround(t, { x: 0, y: 0 }, 1000).k).toBe(SCALE_EXTENT[1]);
    expect(zoomAround(t, { x: 0, y: 0 }, 1e-6).k).toBe(SCALE_EXTENT[0]);
  });

  it("pans just enough to bring a point into the frame", () => {
    const moved = panToInclude({ k: 1, x: 0, y: 0 }, { x: 500, y: 50 }, 400, 300, 40);
    expect(toScreen(moved, { x: 500, y: 50 })).toEqual({ x: 360, y: 50 });
    const still = { k: 1, x: 0, y: 0 };
    expect(panToInclude(still, { x: 100, y: 100 }, 400, 300)).toBe(still);
  });

  it("zooms in for a wheel turned forwards and out for one turned back", () => {
    expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0)).toBeLessThan(1);
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-60, 0));
  });
});

describe("tieCurve", () => {
  it("starts and ends on the node outlines", () => {
    const c = tieCurve(0, 0, 100, 0, 10, 6, 0, false, 0);
    expect(c.x1).toBeCloseTo(10);
    expect(c.x2).toBeCloseTo(94);
  });

  it("trims at most 45 % from each end, so a tie between overlapping nodes keeps some length", () => {
    const c = tieCurve(0, 0, 10, 0, 20, 20, 0, false, 0);
    expect(c.x1).toBeCloseTo(2.25);
    expect(c.x2).toBeCloseTo(7.75);
  });

  it("draws nothing odd for two actors at one spot: both ends stay there", () => {
    const c = tieCurve(5, 5, 5, 5, 8, 8, 0, false);
    expect([c.x1, c.y1, c.x2, c.y2, c.cx, c.cy]).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it("bows parallel ties to opposite sides, the same way whichever direction they run", () => {
    const forward = tieCurve(0, 0, 100, 0, 5, 5, 0.5, false);
    const backward = tieCurve(100, 0, 0, 0, 5, 5, 0.5, true);
    const other = tieCurve(0, 0, 100, 0, 5, 5, -0.5, false);
    // The ends lie on y = 0: the control point's side is the side the curve bows to.
    expect(Math.sign(forward.cy)).not.toBe(0);
    expect(Math.sign(forward.cy)).toBe(Math.sign(backward.cy));
    expect(Math.sign(other.cy)).toBe(-Math.sign(forward.cy));
  });
});
