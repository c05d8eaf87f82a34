import { describe, expect, it } from "vitest";
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import { timeScale } from "@/lib/timeline/scale";
import { axisTicks, axisWithAsOf } from "@/lib/timeline/ticks";

const day = (iso: string) => parseIsoDay(iso)!;

describe("axis ticks", () => {
  it("ticks months across the default window, with the year on the first tick and January", () => {
    const ticks = axisTicks(timeScale(day("2024-10-01"), day("2025-01-31"), 880), { minSpacing: 70 });
    expect(ticks.map((t) => [toIsoDay(t.day), t.label])).toEqual([
      ["2024-10-01", "Oct 2024"],
      ["2024-11-01", "Nov"],
      ["2024-12-01", "Dec"],
      ["2025-01-01", "Jan 2025"],
    ]);
    expect(ticks.find((t) => t.label === "Jan 2025")!.major).toBe(true);
  });

  it("ticks days when zoomed in, and years when zoomed out", () => {
    const days = axisTicks(timeScale(day("2024-12-01"), day("2024-12-07"), 700), { minSpacing: 70 });
    expect(days.map((t) => t.label)).toEqual(["1 Dec", "2 Dec", "3 Dec", "4 Dec", "5 Dec", "6 Dec", "7 Dec"]);
    const years = axisTicks(timeScale(day("2016-01-01"), day("2029-12-31"), 900), { minSpacing: 40 });
    expect(years[0]!.label).toBe("2016");
    expect(years.every((t) => t.label === null || /^\d{4}$/.test(t.label))).toBe(true);
  });

  it("hides labels that would overlap each other or a reserved span", () => {
    const ticks = axisTicks(timeScale(day("2024-10-01"), day("2025-01-31"), 880), { minSpacing: 70, reserved: [{ start: 440, end: 500 }] });
    const shown = ticks.filter((t) => t.label).map((t) => ({ start: t.x + 3, end: t.x + 3 + t.label!.length * 6.6 }));
    for (const s of shown) expect(s.end + 4 <= 440 || s.start >= 504).toBe(true);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.start).toBeGreaterThan(shown[i - 1]!.end);
  });

  it("labels the analysis date with the longest text that fits beside the ticks", () => {
    const scale = timeScale(day("2024-10-01"), day("2025-01-31"), 880);
    const x = scale.x(day("2025-01-21"));
    const measure = (t: string) => t.length * 6.5;
    const { asOf } = axisWithAsOf(scale, x, ["As of 20 Jan 2025", "As of"], measure, { minSpacing: 70 });
    expect(asOf).toMatchObject({ x, label: "As of", alignRight: false });
    const open = timeScale(day("2025-01-05"), day("2025-01-31"), 880);
    const roomy = axisWithAsOf(open, open.x(day("2025-01-21")), ["As of 20 Jan 2025", "As of"], measure, { minSpacing: 400 });
    expect(roomy.asOf).toMatchObject({ label: "As of 20 Jan 2025", alignRight: false });
    expect(axisWithAsOf(scale, -5, ["As of"], measure).asOf).toBeNull();
  });
});
