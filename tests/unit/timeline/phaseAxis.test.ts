import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import { boundaryLabel, phaseAxis, type PhaseAxis, type PhaseSpan } from "@/lib/timeline/phaseAxis";

const day = (iso: string) => parseIsoDay(iso)!;
const CHAR = 6;

/** Azerbaijan–United States in the bundled dataset: 29 years, 4 years, 5 weeks, then open. */
const AZ_US: PhaseSpan[] = [
  { start: day("1992-02-19"), end: day("2021-01-19") },
  { start: day("2021-01-20"), end: day("2024-11-30") },
  { start: day("2024-12-01"), end: day("2025-01-06") },
  { start: day("2025-01-07"), end: Infinity },
];

/** Label boxes as the chart draws them (anchor and estimated width). */
function boxes(axis: PhaseAxis) {
  return axis.labels.map((l) => {
    const size = l.text.length * CHAR;
    const left = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - size : l.x - size / 2;
    return { row: l.row, left, right: left + size, text: l.text };
  });
}

function overlaps(axis: PhaseAxis): string[] {
  const all = boxes(axis);
  const found: string[] = [];
  all.forEach((a, i) =>
    all.slice(i + 1).forEach((b) => {
      if (a.row === b.row && a.left < b.right && b.left < a.right) found.push(`${a.text} × ${b.text}`);
    }),
  );
  return found;
}

describe("phase chart axis", () => {
  it("gives a five-week phase beside a 29-year one room for its dates, and dates every boundary", () => {
    const axis = phaseAxis(AZ_US, 280, { charWidth: CHAR });
    const widths = axis.segments.map((s) => s.x1 - s.x0);
    // The five weeks of hostility are wide enough for both their dates.
    expect(widths[2]).toBeGreaterThanOrEqual(60);
    // The longest phase still gets the most room.
    expect(widths.indexOf(Math.max(...widths))).toBe(0);
    expect(axis.segments[0]!.x0).toBe(0);
    expect(axis.segments.at(-1)!.x1).toBe(280);
    expect(axis.segments.at(-1)!.openEnd).toBe(true);
    // Years where neighbours are years apart; days where they are weeks apart.
    expect(axis.labels.map((l) => l.text)).toEqual(["1992", "2021", "1 Dec 2024", "7 Jan 2025"]);
    expect(overlaps(axis)).toEqual([]);
    expect(axis.labels.every((l) => l.row === 0)).toBe(true);
    for (const b of boxes(axis)) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(280);
    }
  });

  it("puts a label that would touch its neighbour on the second row", () => {
    const axis = phaseAxis(AZ_US, 200, { charWidth: CHAR });
    expect(axis.labels.some((l) => l.row === 1)).toBe(true);
    expect(overlaps(axis)).toEqual([]);
  });

  it("labels a closed tie's end at the right edge, and never dates finer than the data", () => {
    const axis = phaseAxis(
      [
        { start: day("2024-11-01"), end: day("2025-01-13"), startPrecision: "month" },
        { start: day("2025-01-14"), end: day("2025-06-30"), endPrecision: "day" },
      ],
      300,
      { charWidth: CHAR },
    );
    expect(axis.labels.map((l) => l.text)).toEqual(["Nov 2024", "Jan 2025", "Jun 2025"]);
    expect(axis.labels.at(-1)).toMatchObject({ x: 300, anchor: "end" });
    expect(axis.labels[0]).toMatchObject({ x: 0, anchor: "start" });
  });

  it("reads years before the common era", () => {
    expect(boundaryLabel(day("-0602-01-01"), 5000)).toBe("603 BCE");
    expect(boundaryLabel(day("2024-12-05"), 10)).toBe("5 Dec 2024");
    expect(boundaryLabel(day("2024-12-05"), 100)).toBe("Dec 2024");
    expect(boundaryLabel(day("2024-12-05"), 10, "year")).toBe("2024");
  });

  it("lays out any phases in order, touching, within the width, with labels that never overlap", () => {
    const phases = fc
      .array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 9 })
      .map((lengths) => {
        let start = day("1950-01-01");
        return lengths.map((length) => {
          const span = { start, end: start + length - 1 };
          start += length;
          return span;
        });
      });
    fc.assert(
      fc.property(phases, fc.integer({ min: 60, max: 600 }), fc.boolean(), (spans, width, open) => {
        const input = open ? [...spans.slice(0, -1), { ...spans.at(-1)!, end: Infinity }] : spans;
        const axis = phaseAxis(input, width, { charWidth: CHAR });
        expect(axis.segments).toHaveLength(input.length);
        axis.segments.forEach((s, i) => {
          expect(s.x1).toBeGreaterThan(s.x0);
          if (i > 0) expect(s.x0).toBeCloseTo(axis.segments[i - 1]!.x1, 6);
        });
        expect(axis.segments[0]!.x0).toBe(0);
        expect(axis.segments.at(-1)!.x1).toBe(width);
        expect(overlaps(axis)).toEqual([]);
        expect(axis.labels.every((l) => l.row === 0 || l.row === 1)).toBe(true);
      }),
    );
  });
});
