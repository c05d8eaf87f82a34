import { describe, expect, it } from "vitest";
import { packLane, type PackItem, type PackOptions, type Placement, type Span } from "@/lib/timeline/labels";

const options: PackOptions = { width: 600, maxRows: Infinity, maxLabel: 150, gap: 8 };

function point(x: number, labelWidth: number, priority = 1, wrapWidth = 0): PackItem {
  return { dot: { start: x - 5, end: x + 5 }, bar: null, labelRight: x + 9, labelLeftEnd: x - 9, labelWidth, wrapWidth, priority };
}
function bar(x0: number, x1: number, labelWidth: number, priority = 1): PackItem {
  return { dot: null, bar: { start: x0, end: x1 }, labelRight: x0 + 2, labelLeftEnd: x0 - 4, labelWidth, priority };
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Every pair of text-track items in a row is disjoint; no label touches another item's text or a point. */
function expectNoTextOverlap(placements: Placement[]) {
  for (let i = 0; i < placements.length; i++) {
    for (let j = i + 1; j < placements.length; j++) {
      const a = placements[i]!;
      const b = placements[j]!;
      if (a.row !== b.row) continue;
      if (a.label && b.text) expect(overlaps(a.label, b.text), `labels of ${i} and ${j}`).toBe(false);
      if (b.label && a.text) expect(overlaps(b.label, a.text), `labels of ${j} and ${i}`).toBe(false);
    }
  }
}

/** A small deterministic random generator, so the property test is repeatable. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

describe("packLane", () => {
  it("gives every label room when the rows are free", () => {
    const { placements, rows } = packLane([point(20, 100), point(300, 100)], options);
    expect(rows).toBe(1);
    expect(placements.map((p) => p.label)).toEqual([
      { start: 29, end: 129 },
      { start: 309, end: 409 },
    ]);
  });

  it("stacks items whose labels would collide", () => {
    const { placements, rows } = packLane([point(20, 100), point(60, 100), point(100, 100)], options);
    expect(rows).toBe(3);
    expect(placements.map((p) => p.row)).toEqual([0, 1, 2]);
    expectNoTextOverlap(placements);
  });

  it("wraps a title wider than the cap onto two lines, and makes its row two lines tall", () => {
    const { placements, rowLines } = packLane([point(20, 260, 1, 135), point(300, 100)], options);
    expect(placements[0]!.label).toEqual({ start: 29, end: 164 });
    expect(placements[0]!.lines).toBe(2);
    expect(placements[1]!.lines).toBe(1);
    expect(rowLines).toEqual([2]);
  });

  it("wraps a title that fits the cap when two lines keep it in a row that one line would not", () => {
    // A's one-line title would run into B's point; wrapped, it ends before it.
    const { placements, rows } = packLane([point(20, 140, 1, 75), point(130, 40, 2)], options);
    expect(rows).toBe(1);
    expect(placements[0]!.lines).toBe(2);
    expectNoTextOverlap(placements);
  });

  it("never cuts a title: near the right edge it goes left of the mark, whole", () => {
    const left = packLane([point(560, 150)], options).placements[0]!;
    expect(left.label).toEqual({ start: 401, end: 551 });
    const alsoLeft = packLane([point(460, 150)], options).placements[0]!;
    expect(alsoLeft.label).toEqual({ start: 301, end: 451 });
  });

  it("with a row cap, hides titles instead of adding rows; marks with no room at all go to one overflow row", () => {
    // A and B fill row 0, C and D row 1; E's point fits in row 0 between A and B, but its label does not.
    const items = [point(20, 140, 2), point(250, 140, 2), point(100, 140, 2), point(300, 140, 2), point(190, 140, 1)];
    const capped = packLane(items, { ...options, maxRows: 2 });
    expect(capped.rows).toBe(2);
    expect(capped.overflowed).toBe(false);
    expect(capped.placements.map((p) => p.row)).toEqual([0, 0, 1, 1, 0]);
    expect(capped.placements.map((p) => p.label !== null)).toEqual([true, true, true, true, false]);
    expectNoTextOverlap(capped.placements);

    const crowded = packLane([...items, point(120, 140)], { ...options, maxRows: 2 });
    expect(crowded.rows).toBe(3);
    expect(crowded.overflowed).toBe(true);
    for (const p of crowded.placements) if (p.row === 2) expect(p.label).toBeNull();
    expectNoTextOverlap(crowded.placements);
  });

  it("gives higher priorities their labels first", () => {
    const items = [point(20, 140, 1), point(30, 140, 5)];
    const { placements } = packLane(items, { ...options, maxRows: 1 });
    expect(placements[1]!.label).not.toBeNull();
    expect(placements[0]!.label).toBeNull();
  });

  it("lets a long bar share a row with the points above it, but not with another bar", () => {
    const items = [bar(0, 600, 0), point(200, 100), bar(100, 500, 0)];
    const { placements } = packLane(items, options);
    expect(placements[0]!.row).toBe(0);
    expect(placements[1]!.row).toBe(0);
    expect(placements[2]!.row).toBe(1);
  });

  it("keeps the lane's name free in the first row", () => {
    const { placements } = packLane([point(20, 100)], { ...options, reserved: [{ start: 0, end: 120 }] });
    expect(placements[0]!.row).toBe(1);
  });

  it("never overlaps text, for many random lanes", () => {
    const random = rng(42);
    for (let trial = 0; trial < 200; trial++) {
      const items = Array.from({ length: 5 + Math.floor(random() * 40) }, () => {
        const x = random() * 600;
        const w = 20 + random() * 200;
        return random() < 0.6 ? point(x, w, Math.floor(random() * 3), w > 80 ? w / 2 + 10 : 0) : bar(x, Math.min(600, x + random() * 300), w);
      });
      const maxRows = random() < 0.5 ? Infinity : 1 + Math.floor(random() * 4);
      const { placements, rows } = packLane(items, { ...options, maxRows });
      expectNoTextOverlap(placements);
      for (const [i, p] of placements.entries()) {
        if (!p.label) continue;
        expect(p.label.start >= 0 && p.label.end <= 600).toBe(true);
        // Whole titles only: on one line at full width, or on two at the wrapped width.
        expect(p.label.end - p.label.start).toBeCloseTo(p.lines === 1 ? items[i]!.labelWidth : Math.min(items[i]!.wrapWidth || 150, 150));
      }
      if (Number.isFinite(maxRows)) expect(rows).toBeLessThanOrEqual(maxRows + 1);
    }
  });
});
