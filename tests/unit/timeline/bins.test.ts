import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import { binEvents, binName, maxBinCount } from "@/lib/timeline/bins";
import { createStartBins } from "@/lib/timeline/startBins";
import { BIN_UNITS } from "@/lib/timeline/units";

const day = (iso: string) => parseIsoDay(iso)!;
const month = BIN_UNITS.find((u) => u.kind === "month" && u.step === 1)!;
const week = BIN_UNITS.find((u) => u.kind === "week")!;
const at = (start: string, end = start, lane = 0) => ({ start: day(start), end: day(end), lane });

describe("binEvents", () => {
  const events = [
    at("2024-09-20", "2024-10-03", 1), // starts before the window: in the first bin
    at("2024-10-01"),
    at("2024-10-31"),
    at("2024-11-01", "2024-11-01", 1),
    at("2024-12-05"),
    at("2024-12-05", "2024-12-06", 1),
    at("2024-11-20", "2024-12-10", 1), // spans two months: in both
    at("2025-01-31"),
    at("2025-02-01"), // after the window
    at("2024-06-01", "2024-06-30"), // before the window
  ];

  it("counts in each calendar bin (clipped to the window) the events that meet it", () => {
    const bins = binEvents(events, day("2024-10-01"), day("2025-01-31"), month);
    expect(bins.map((b) => [toIsoDay(b.start), toIsoDay(b.end), b.count])).toEqual([
      ["2024-10-01", "2024-10-31", 3],
      ["2024-11-01", "2024-11-30", 2],
      ["2024-12-01", "2024-12-31", 3],
      ["2025-01-01", "2025-01-31", 1],
    ]);
  });

  it("gives each bin the count that narrowing the window to it would show", () => {
    const bins = binEvents(events, day("2024-10-01"), day("2025-01-31"), week);
    for (const bin of bins) {
      const inBin = events.filter((e) => e.start <= bin.end && e.end >= bin.start).length;
      expect(bin.count, toIsoDay(bin.start)).toBe(inBin);
    }
  });

  it("clips partial bins at both edges of the window", () => {
    const bins = binEvents(events, day("2024-10-15"), day("2024-12-05"), month);
    expect(bins.map((b) => [toIsoDay(b.start), toIsoDay(b.end), b.count])).toEqual([
      ["2024-10-15", "2024-10-31", 1],
      ["2024-11-01", "2024-11-30", 2],
      ["2024-12-01", "2024-12-05", 3],
    ]);
  });

  it("can count each event once, in the bin of its first visible day", () => {
    const bins = binEvents(events, day("2024-10-01"), day("2025-01-31"), month, undefined, 0, "start");
    expect(bins.map((b) => b.count)).toEqual([3, 2, 2, 1]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(8);
  });

  it("counts per lane when asked", () => {
    const bins = binEvents(events, day("2024-10-01"), day("2025-01-31"), month, (e) => e.lane, 2);
    expect(bins.map((b) => b.lanes)).toEqual([
      [2, 1],
      [0, 2],
      [1, 2],
      [1, 0],
    ]);
  });

  it("uses Monday weeks", () => {
    const bins = binEvents(events, day("2024-12-01"), day("2024-12-10"), week);
    expect(bins.map((b) => [toIsoDay(b.start), toIsoDay(b.end), b.count])).toEqual([
      ["2024-12-01", "2024-12-01", 1],
      ["2024-12-02", "2024-12-08", 3],
      ["2024-12-09", "2024-12-10", 1],
    ]);
  });

  it("ignores undated items", () => {
    const bins = binEvents([{ start: -Infinity, end: Infinity }, at("2024-10-02")], day("2024-10-01"), day("2024-10-31"), month);
    expect(bins).toHaveLength(1);
    expect(bins[0]!.count).toBe(1);
  });

  it("names a bin as the contract says", () => {
    const [bin] = binEvents(events, day("2024-10-01"), day("2024-10-31"), month);
    expect(binName(bin!)).toBe("3 events, 2024-10-01 to 2024-10-31");
    expect(maxBinCount([])).toBe(1);
  });

  it("counts what a naive pass counts, whether the items come in start order or not", () => {
    const from = day("2024-01-01");
    const item = fc.tuple(fc.integer({ min: -60, max: 430 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.boolean(), (raw, offset, length, sorted) => {
        const items = raw.map(([start, days, lane]) => ({ start: from + start, end: from + start + (days % 3 === 0 ? 0 : days), lane }));
        if (sorted) items.sort((a, b) => a.start - b.start);
        const [a, b] = [from + offset, from + offset + length];
        const bins = binEvents(items, a, b, week, (e) => e.lane, 3);
        for (const bin of bins) {
          const meeting = items.filter((e) => e.start <= bin.end && e.end >= bin.start);
          expect(bin.count).toBe(meeting.length);
          expect(bin.lanes).toEqual([0, 1, 2].map((l) => meeting.filter((e) => e.lane === l).length));
        }
      }),
    );
  });
});

describe("createStartBins", () => {
  const itemsArb = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: -1, max: 4 })), { maxLength: 80 })
    .map((raw) => raw.map(([start, length, lane]) => ({ start: 19000 + start, end: 19000 + start + length, lane })).sort((a, b) => a.start - b.start || a.end - b.end));
  const rangeArb = fc.tuple(fc.integer({ min: -200, max: 1600 }), fc.integer({ min: 0, max: 900 })).map(([from, days]) => [19000 + from, 19000 + from + days] as const);

  it("gives the bins of counting each item once, where it is first visible, for any range and unit (lanes out of range counted in the total only)", () => {
    const units = BIN_UNITS.filter((u) => u.kind === "day" || u.kind === "month" || u.kind === "year");
    fc.assert(
      fc.property(itemsArb, rangeArb, fc.constantFrom(...units), (items, [from, to], unit) => {
        const laneOf = (item: { lane: number }) => item.lane;
        expect(createStartBins(items, laneOf, 4)(from, to, unit)).toEqual(binEvents(items, from, to, unit, laneOf, 4, "start"));
        expect(createStartBins(items)(from, to, unit)).toEqual(binEvents(items, from, to, unit, undefined, 0, "start"));
      }),
      { numRuns: 300 },
    );
  });
});
