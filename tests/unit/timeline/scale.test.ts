import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { markGeometry, markKind, MIN_BAR, POINT_SIZE } from "@/lib/timeline/marks";
import { timeScale } from "@/lib/timeline/scale";
import { indexedFixture } from "../fixtures";

const day = (iso: string) => parseIsoDay(iso)!;

describe("timeScale", () => {
  it("spreads an inclusive window of days over the width, each day a slot", () => {
    const s = timeScale(day("2024-12-01"), day("2024-12-10"), 500);
    expect(s.pxPerDay).toBe(50);
    expect(s.x(day("2024-12-01"))).toBe(0);
    expect(s.x(day("2024-12-10") + 1)).toBe(500);
    expect(s.x(day("2024-12-05") + 0.5)).toBe(225);
    expect(s.end).toBe(day("2024-12-11"));
  });

  it("inverts pixels back to fractional days", () => {
    const s = timeScale(100, 199, 1000);
    expect(s.invert(0)).toBe(100);
    expect(s.invert(1000)).toBe(200);
    expect(s.invert(s.x(123.25))).toBeCloseTo(123.25);
  });

  it("keeps a one-day window one day wide", () => {
    const s = timeScale(50, 50, 300);
    expect(s.pxPerDay).toBe(300);
    expect(s.x(51)).toBe(300);
  });
});

describe("marks", () => {
  const index = indexedFixture();
  const byId = (id: string) => index.events.find((e) => e.event.id === id)!;

  it("draws a day as a point, a dated span as a bar and month or year precision as an uncertain bar", () => {
    expect(markKind(byId("interview"))).toBe("point");
    expect(markKind(byId("summit"))).toBe("range");
    expect(markKind(byId("kazan"))).toBe("imprecise");
    expect(markKind(byId("forecast"))).toBe("imprecise");
  });

  it("centres a point on its day", () => {
    const s = timeScale(day("2025-01-01"), day("2025-01-10"), 1000);
    const g = markGeometry(byId("interview"), s);
    expect((g.x0 + g.x1) / 2).toBe(650);
    expect(g.x1 - g.x0).toBe(POINT_SIZE);
  });

  it("spans a month-precision event over its whole month (5 December stays in December)", () => {
    const s = timeScale(day("2024-09-01"), day("2024-11-30"), 910);
    const g = markGeometry(byId("kazan"), s);
    expect(g.x0).toBe(s.x(day("2024-10-01")));
    expect(g.x1).toBe(s.x(day("2024-11-01")));
    expect(g.clipStart || g.clipEnd).toBe(false);
  });

  it("clips a bar to the view and says which side continues", () => {
    const s = timeScale(day("2024-10-01"), day("2025-01-31"), 1230);
    const g = markGeometry(byId("forecast"), s);
    expect(g.x0).toBeCloseTo(s.x(day("2025-01-01")));
    expect(g.x1).toBe(1230);
    expect(g.clipEnd).toBe(true);
    expect(g.clipStart).toBe(false);
  });

  it("keeps a short bar visible at a coarse zoom", () => {
    const s = timeScale(day("2016-01-01"), day("2029-12-31"), 500);
    const g = markGeometry(byId("summit"), s);
    expect(g.x1 - g.x0).toBe(MIN_BAR);
  });

  it("puts marks on whole pixels, so a window step that moves a mark by under half a pixel leaves it in place", () => {
    // The full extent of a long dataset, its end moved back one month: the scale changes by about 0.2%.
    const wide = timeScale(day("1992-01-01"), day("2029-12-31"), 700);
    const stepped = timeScale(day("1992-01-01"), day("2029-11-30"), 700);
    const points = Array.from({ length: 38 }, (_, i) => ({ ...byId("interview"), start: day(`${1992 + i}-06-15`), end: day(`${1992 + i}-06-15`) }));
    const fixture = ["interview", "kazan", "summit", "forecast"].map(byId);
    let moved = 0;
    for (const item of [...points, ...fixture]) {
      const a = markGeometry(item, wide);
      const b = markGeometry(item, stepped);
      for (const x of [a.x0, a.x1, b.x0, b.x1]) expect(Number.isInteger(x), `${item.event.id}: ${x}`).toBe(true);
      // A mark moves by the scale's change rounded: never more than a pixel past it.
      expect(Math.abs(b.x0 - a.x0)).toBeLessThanOrEqual(Math.ceil(Math.abs(stepped.x(item.start) - wide.x(item.start))));
      if (b.x0 !== a.x0) moved++;
    }
    // Unrounded, all 42 would move; rounded, the ones near the start of the extent (under half a pixel) stay.
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThanOrEqual(points.length + fixture.length - 10);
  });

  it("does not modify the event", () => {
    const item = byId("summit");
    const copy: IndexedEvent = structuredClone(item);
    markGeometry(item, timeScale(0, 100_000, 100));
    expect(item).toEqual(copy);
  });
});
