import { describe, expect, it } from "vitest";
import { MIN_ZOOM_DAYS, panWindow, roundWindow, toFloatWindow, zoomWindow } from "@/lib/timeline/zoom";

const extent = { start: 0, end: 999 };

describe("zoom and pan", () => {
  it("converts between inclusive day windows and fractional ones", () => {
    expect(toFloatWindow(10, 19)).toEqual({ start: 10, end: 20 });
    expect(roundWindow({ start: 10.4, end: 20.4 }, extent)).toEqual({ from: 10, to: 19 });
    expect(roundWindow({ start: 10, end: 10.2 }, extent)).toEqual({ from: 10, to: 10 });
  });

  it("keeps the rounded length while panning by fractions of a day", () => {
    const lengths = new Set<number>();
    for (let shift = 0; shift < 3; shift += 0.1) {
      const { from, to } = roundWindow(panWindow({ start: 100.4, end: 177.9 }, shift, extent), extent);
      lengths.add(to - from);
    }
    expect([...lengths]).toEqual([77]);
    expect(roundWindow({ start: 990.6, end: 1000 }, extent)).toEqual({ from: 991, to: 999 });
  });

  it("pans keeping the length, stopping at the extent's edges", () => {
    expect(panWindow({ start: 100, end: 200 }, 50, extent)).toEqual({ start: 150, end: 250 });
    expect(panWindow({ start: 100, end: 200 }, -500, extent)).toEqual({ start: 0, end: 100 });
    expect(panWindow({ start: 900, end: 1000 }, 10, extent)).toEqual({ start: 900, end: 1000 });
  });

  it("zooms about the focus day, which stays at the same place", () => {
    const w = zoomWindow({ start: 100, end: 200 }, 150, 0.5, extent);
    expect(w).toEqual({ start: 125, end: 175 });
    const off = zoomWindow({ start: 100, end: 200 }, 120, 0.5, extent);
    expect((120 - off.start) / (off.end - off.start)).toBeCloseTo(0.2);
  });

  it("adds up many small steps without drifting", () => {
    let w = { start: 100, end: 200 };
    for (let i = 0; i < 10; i++) w = zoomWindow(w, 150, 0.9, extent);
    for (let i = 0; i < 10; i++) w = zoomWindow(w, 150, 1 / 0.9, extent);
    expect(w.start).toBeCloseTo(100);
    expect(w.end).toBeCloseTo(200);
  });

  it("stops at the narrowest window and at the whole extent", () => {
    const tiny = zoomWindow({ start: 100, end: 110 }, 105, 0.01, extent);
    expect(tiny.end - tiny.start).toBe(MIN_ZOOM_DAYS);
    const whole = zoomWindow({ start: 100, end: 200 }, 150, 100, extent);
    expect(whole).toEqual({ start: 0, end: 1000 });
  });
});
