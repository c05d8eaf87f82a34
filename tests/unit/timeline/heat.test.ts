import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import { binEvents } from "@/lib/timeline/bins";
import { binBox, COUNT_MIN_SPAN, countLabels, heatCells } from "@/lib/timeline/heat";
import type { ThemeId } from "@/lib/dataset/ids";
import type { Lane } from "@/lib/timeline/lanes";
import { timeScale } from "@/lib/timeline/scale";
import { BIN_UNITS } from "@/lib/timeline/units";

const day = (iso: string) => parseIsoDay(iso)!;
const month = BIN_UNITS.find((u) => u.kind === "month" && u.step === 1)!;
const lanes: Lane[] = [
  { id: "a" as ThemeId, label: "A", color: "#112233" },
  { id: "b" as ThemeId, label: "B", color: "#445566" },
];
const at = (start: string, lane: number) => ({ start: day(start), end: day(start), lane });

describe("binBox", () => {
  it("runs from the bin's first day to a pixel before the next bin, clipped to the view", () => {
    const scale = timeScale(day("2024-01-15"), day("2024-03-31"), 770);
    const [january, february] = binEvents([at("2024-01-20", 0), at("2024-02-10", 0)], scale.from, scale.end - 1, month);
    // The first bin is clipped to the window: it starts at the view's left edge.
    expect(binBox(january!, scale)).toEqual({ left: 0, width: 17 * 10 - 1, span: 170 });
    expect(binBox(february!, scale)).toEqual({ left: 170, width: 29 * 10 - 1, span: 290 });
  });

  it("is never narrower than two pixels", () => {
    const scale = timeScale(day("2000-01-01"), day("2024-12-31"), 300);
    const [bin] = binEvents([at("2010-05-05", 0)], day("2010-05-01"), day("2010-05-31"), month);
    expect(binBox(bin!, scale).width).toBe(2);
  });
});

describe("heatCells", () => {
  const scale = timeScale(day("2024-01-01"), day("2024-03-31"), 910);
  const events = [at("2024-01-02", 0), at("2024-01-03", 0), at("2024-01-04", 0), at("2024-01-05", 0), at("2024-02-02", 1), at("2024-03-09", 0)];
  const bins = binEvents(events, scale.from, scale.end - 1, month, (e) => e.lane, 2);

  it("gives one cell per lane and bin with events, inside the lane's band and the bin's box, in the lane's colour", () => {
    const cells = heatCells(bins, lanes, scale, 20);
    expect(cells.map((c) => [c.color, c.x, c.y, c.width, c.height])).toEqual([
      ["#112233", binBox(bins[0]!, scale).left, 2, binBox(bins[0]!, scale).width, 16],
      ["#112233", binBox(bins[2]!, scale).left, 2, binBox(bins[2]!, scale).width, 16],
      ["#445566", binBox(bins[1]!, scale).left, 22, binBox(bins[1]!, scale).width, 16],
    ]);
  });

  it("is strongest for the busiest cell and weakest, never invisible, for one event", () => {
    const [busiest, single, other] = heatCells(bins, lanes, scale, 20);
    expect(busiest!.alpha).toBe(1);
    expect(single!.alpha).toBeCloseTo(0.18 + 0.82 * Math.sqrt(1 / 4));
    expect(other!.alpha).toBe(single!.alpha);
  });

  it("draws nothing for empty bins or lanes too short for a band", () => {
    expect(heatCells(binEvents([], scale.from, scale.end - 1, month, () => 0, 2), lanes, scale, 20)).toEqual([]);
    expect(heatCells(bins, lanes, scale, 4)).toEqual([]);
  });
});

describe("countLabels", () => {
  it("places each wide enough bin's count at the middle of its box, above the button's bottom padding", () => {
    const scale = timeScale(day("2024-01-15"), day("2024-03-31"), 770);
    const bins = binEvents([at("2024-01-20", 0), at("2024-02-10", 0), at("2024-02-11", 0)], scale.from, scale.end - 1, month);
    const [january, february] = bins.map((bin) => binBox(bin, scale));
    expect(countLabels(bins, scale, 60)).toEqual([
      { x: january!.left + january!.width / 2, y: 58, text: "1" },
      { x: february!.left + february!.width / 2, y: 58, text: "2" },
    ]);
  });

  it("leaves out empty bins and bins too narrow for their count, as the buttons do", () => {
    // Ten years on 300 pixels: a month is about 2.5 pixels wide.
    const scale = timeScale(day("2000-01-01"), day("2009-12-31"), 300);
    const bins = binEvents([at("2005-05-05", 0)], scale.from, scale.end - 1, month);
    expect(bins.some((bin) => bin.count > 0 && binBox(bin, scale).span < COUNT_MIN_SPAN)).toBe(true);
    expect(countLabels(bins, scale, 60)).toEqual([]);
  });
});
