// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useBinned } from "@/components/timeline/useBinned";

describe("useBinned", () => {
  it("remembers what the view showed, so a moving window keeps bins or marks between the two thresholds", () => {
    // [events in the window, the window moving, bins expected]
    const steps: Array<[number, boolean, boolean]> = [
      [250, true, true], // bins before: kept while moving
      [151, true, true],
      [150, true, false], // down to the motion threshold: marks
      [300, true, false], // marks now: kept as the window widens, up to the contract's 300
      [301, true, true],
      [200, true, true],
      [200, false, false], // at rest the contract decides
    ];
    const { result, rerender } = renderHook(({ count, moving }) => useBinned(count, moving), { initialProps: { count: 400, moving: false } });
    expect(result.current).toBe(true);
    for (const [count, moving, bins] of steps) {
      rerender({ count, moving });
      expect([count, moving, result.current]).toEqual([count, moving, bins]);
    }
  });

  it("starts from the contract, whatever the window is doing", () => {
    expect(renderHook(() => useBinned(250, true)).result.current).toBe(false);
    expect(renderHook(() => useBinned(301, true)).result.current).toBe(true);
  });
});
