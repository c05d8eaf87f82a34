import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binEvents } from "@/lib/timeline/bins";
import { BIN_UNITS } from "@/lib/timeline/units";
import { createWindowBinner } from "@/lib/timeline/windowBins";

/** Items over about three years from day 18000 (2019), with a lane each; some long, many short. */
const item = fc.tuple(fc.integer({ min: 18000, max: 19100 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 700 })), fc.integer({ min: 0, max: 3 }));
const toItems = (raw: Array<[number, number, number]>) => raw.map(([start, days, lane]) => ({ start, end: start + days, lane })).sort((a, b) => a.start - b.start);
const laneOf = (i: { lane: number }) => i.lane;

describe("createWindowBinner", () => {
  it("gives for any window and unit the bins binEvents gives, also after other windows in other units", () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 80 }),
        fc.array(fc.tuple(fc.integer({ min: 17900, max: 19300 }), fc.integer({ min: 0, max: 900 }), fc.constantFrom(...BIN_UNITS)), { minLength: 1, maxLength: 6 }),
        (raw, windows) => {
          const items = toItems(raw);
          const binner = createWindowBinner(items, laneOf, 4);
          for (const [from, length, unit] of windows) {
            expect(binner(from, from + length, unit)).toEqual(binEvents(items, from, from + length, unit, laneOf, 4));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts without lanes when none are asked for, and gives empty bins for no items", () => {
    const items = toItems([[18100, 400, 0], [18200, 0, 1], [18500, 20, 2]]);
    const month = BIN_UNITS.find((u) => u.kind === "month" && u.step === 1)!;
    expect(createWindowBinner(items)(18150, 18420, month)).toEqual(binEvents(items, 18150, 18420, month));
    expect(createWindowBinner([])(18150, 18420, month)).toEqual(binEvents([], 18150, 18420, month));
  });
});
