import { describe, expect, it } from "vitest";
import { playEnd, playInterval, playStart, playStep, playStepDays } from "@/lib/timeline/playback";

const extent = { start: 0, end: 1000 };

describe("playback", () => {
  it("moves the window forward by a step proportional to its length", () => {
    expect(playStepDays(123, false)).toBe(2);
    expect(playStepDays(10, false)).toBe(1);
    expect(playStep({ from: 100, to: 222 }, extent, false)).toEqual({ from: 102, to: 224 });
  });

  it("takes fewer, larger steps with reduced motion", () => {
    expect(playInterval(true)).toBeGreaterThan(playInterval(false));
    expect(playStep({ from: 100, to: 199 }, extent, true)).toEqual({ from: 125, to: 224 });
  });

  it("stops at the extent's end without overshooting", () => {
    expect(playStep({ from: 900, to: 999 }, extent, true)).toEqual({ from: 901, to: 1000 });
    expect(playStep({ from: 901, to: 1000 }, extent, false)).toBeNull();
  });

  it("starts over from the extent's start when already at the end", () => {
    expect(playStart({ from: 901, to: 1000 }, extent)).toEqual({ from: 0, to: 99 });
    expect(playStart({ from: 10, to: 20 }, extent)).toEqual({ from: 10, to: 20 });
  });

  it("plays a quarter of the extent when the window already spans all of it", () => {
    const start = playStart({ from: 0, to: 1000 }, extent);
    expect(start).toEqual({ from: 0, to: 250 });
    expect(playStep(start, extent, false)).not.toBeNull();
  });
});

describe("playEnd", () => {
  it("stops at the analysis date while the window ends before it, else at the extent's end", () => {
    const extent = { end: 1000 };
    expect(playEnd({ to: 500 }, extent, 800)).toBe(800);
    expect(playEnd({ to: 800 }, extent, 800)).toBe(1000);
    expect(playEnd({ to: 900 }, extent, 800)).toBe(1000);
    // And a step never passes it.
    expect(playStep({ from: 700, to: 799 }, { start: 0, end: playEnd({ to: 799 }, extent, 800) }, true)).toEqual({ from: 701, to: 800 });
    expect(playStep({ from: 701, to: 800 }, { start: 0, end: 800 }, false)).toBeNull();
  });
});
