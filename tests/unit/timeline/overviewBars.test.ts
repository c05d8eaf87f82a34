import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxBinCount, type Bin } from "@/lib/timeline/bins";
import { barHeight, stackedBarPaths } from "@/lib/timeline/overviewBars";

/** The rectangles a path of `M x y h w v h h -w z` segments draws. */
function rectsOf(d: string) {
  return [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h(-?[\d.]+)z/g)].map((m) => {
    const [x, y, w, h, back] = m.slice(1).map(Number) as [number, number, number, number, number];
    expect(back).toBeCloseTo(-w, 6);
    return { x, y, width: w, height: h };
  });
}

const x = (day: number) => day * 3;
const CHART = 40;

describe("stackedBarPaths", () => {
  it("draws one path per lane whose segments stack bottom-up in lane order to the bar's height", () => {
    const bins: Bin[] = [
      { start: 0, end: 9, count: 4, lanes: [1, 0, 3] },
      { start: 10, end: 19, count: 0, lanes: [0, 0, 0] },
      { start: 20, end: 29, count: 1, lanes: [0, 1, 0] },
    ];
    const paths = stackedBarPaths(bins, x, CHART);
    expect(paths).toHaveLength(3);
    const [lane0, lane1, lane2] = paths.map(rectsOf) as [ReturnType<typeof rectsOf>, ReturnType<typeof rectsOf>, ReturnType<typeof rectsOf>];
    expect(lane0).toHaveLength(1);
    expect(lane1).toHaveLength(1);
    expect(lane2).toHaveLength(1);
    // The first bar: lane 0 at the bottom (a quarter of the height), lane 2 above it; the busiest bar fills the chart but 4 px.
    const full = barHeight(4, Math.sqrt(4), CHART);
    expect(full).toBeCloseTo(CHART - 4, 6);
    expect(lane0[0]!.y + lane0[0]!.height).toBeCloseTo(CHART, 2);
    expect(lane0[0]!.height).toBeCloseTo(full / 4, 2);
    expect(lane2[0]!.y + lane2[0]!.height).toBeCloseTo(lane0[0]!.y, 2);
    expect(lane2[0]!.height).toBeCloseTo((full * 3) / 4, 2);
    // The empty bin draws nothing; the last bar is lane 1's alone, at its own x and half a pixel short of the next day.
    expect(lane1[0]!.x).toBe(x(20));
    expect(lane1[0]!.width).toBeCloseTo(x(30) - x(20) - 0.5, 6);
  });

  it("leaves a lane with no events an empty path, and draws nothing for no bins", () => {
    expect(stackedBarPaths([{ start: 0, end: 0, count: 2, lanes: [2, 0] }], x, CHART)[1]).toBe("");
    expect(stackedBarPaths([], x, CHART)).toEqual([]);
  });

  it("for any bins, each bar's segments are its lanes' shares of its height, touching and not overlapping", () => {
    const binsArb = fc
      .array(fc.array(fc.nat({ max: 20 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 })
      .map((rows) => rows.map((lanes, i): Bin => ({ start: i * 7, end: i * 7 + 6, count: lanes.reduce((a, b) => a + b, 0), lanes })));
    fc.assert(
      fc.property(binsArb, (bins) => {
        const rects = stackedBarPaths(bins, x, CHART).flatMap((d, lane) => rectsOf(d).map((r) => ({ ...r, lane })));
        const max = Math.sqrt(maxBinCount(bins));
        for (const b of bins) {
          const mine = rects.filter((r) => r.x === Math.round(x(b.start) * 100) / 100).sort((p, q) => p.lane - q.lane);
          expect(mine.map((r) => r.lane)).toEqual(b.lanes.flatMap((c, lane) => (c > 0 ? [lane] : [])));
          if (b.count === 0) continue;
          const total = mine.reduce((sum, r) => sum + r.height, 0);
          expect(total).toBeCloseTo(barHeight(b.count, max, CHART), 1);
          let bottom = CHART;
          for (const r of mine) {
            expect(r.y + r.height).toBeCloseTo(bottom, 1);
            bottom = r.y;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
