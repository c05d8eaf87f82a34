import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clamp, firstInOrder } from "@/lib/math";

describe("clamp", () => {
  it("keeps values inside [min, max] and moves the others to the nearer bound", () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-1, 0, 3)).toBe(0);
    expect(clamp(2, 0, 3)).toBe(2);
    expect(clamp(0, 0, 3)).toBe(0);
    expect(clamp(3, 0, 3)).toBe(3);
    expect(clamp(2.5, -1.5, 2.25)).toBe(2.25);
  });
});

describe("firstInOrder", () => {
  it("gives what sorting everything and keeping the first count gives, equal items in their order", () => {
    // Pairs compared by their first number only, so the second tells whether equal items kept their order.
    const byFirst = (a: [number, number], b: [number, number]) => a[0] - b[0];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (values, count) => {
        const items = values.map((v, i) => [v, i] as [number, number]);
        expect(firstInOrder(items, count, byFirst)).toEqual([...items].sort(byFirst).slice(0, count));
      }),
      { numRuns: 300 },
    );
  });

  it("takes any iterable, and nothing for a count of zero or less", () => {
    expect(firstInOrder(new Map([["a", 3], ["b", 9], ["c", 5]]), 2, (x, y) => y[1] - x[1])).toEqual([["b", 9], ["c", 5]]);
    expect(firstInOrder([3, 1, 2], 0, (a, b) => a - b)).toEqual([]);
    expect(firstInOrder([3, 1, 2], -1, (a, b) => a - b)).toEqual([]);
    expect(firstInOrder([3, 1, 2], 10, (a, b) => a - b)).toEqual([1, 2, 3]);
  });
});
