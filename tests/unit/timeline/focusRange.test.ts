import { describe, expect, it } from "vitest";
import { focusRange, nextFocusRange } from "@/lib/timeline/focusRange";

const extent = { start: 0, end: 13_999 };

describe("focusRange", () => {
  it("centres the window in a range three times its length", () => {
    expect(focusRange({ from: 5000, to: 5122 }, extent)).toEqual({ start: 4877, end: 5245 });
  });

  it("stays inside the extent, and is the whole extent for a window a third of it or more", () => {
    expect(focusRange({ from: 13_900, to: 13_999 }, extent)).toEqual({ start: 13_700, end: 13_999 });
    expect(focusRange({ from: 0, to: 9 }, extent)).toEqual({ start: 0, end: 29 });
    expect(focusRange({ from: 0, to: 13_999 }, extent)).toEqual(extent);
    expect(focusRange({ from: 100, to: 5000 }, extent)).toEqual(extent);
  });

  it("the bundled default: a 123-day window in 37 years gets a third of the overview, a 10 px step about 5 days at 700 px", () => {
    const range = focusRange({ from: 20_000, to: 20_122 }, { start: 8000, end: 21_500 });
    const days = range.end - range.start + 1;
    const pxPerDay = 700 / days;
    expect(123 * pxPerDay).toBeGreaterThanOrEqual(120);
    expect(10 / pxPerDay).toBeLessThanOrEqual(14);
  });
});

describe("nextFocusRange", () => {
  it("keeps the range while the window moves inside it, so a drag's gearing holds", () => {
    const first = nextFocusRange(null, { from: 5000, to: 5122 }, extent);
    expect(nextFocusRange(first, { from: 5030, to: 5152 }, extent)).toBe(first);
    expect(nextFocusRange(first, { from: 4950, to: 5100 }, extent)).toBe(first);
  });

  it("moves on when the window nears an edge, or grows or shrinks out of scale", () => {
    const first = nextFocusRange(null, { from: 5000, to: 5122 }, extent);
    expect(nextFocusRange(first, { from: 5110, to: 5232 }, extent)).not.toBe(first);
    expect(nextFocusRange(first, { from: 5000, to: 5010 }, extent)).toEqual(focusRange({ from: 5000, to: 5010 }, extent));
    expect(nextFocusRange(first, { from: 4900, to: 5240 }, extent)).toEqual(focusRange({ from: 4900, to: 5240 }, extent));
  });
});
