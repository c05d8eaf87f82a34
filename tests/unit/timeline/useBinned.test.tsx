// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useBinned } from "@/components/timeline/useBinned";

describe("useBinned", () => {
  it("remembers what the view showed, so a moving window keeps bins or marks between the two thresholds", () => {
    const { result, rerender } = renderHook(({ count, moving }) => useBinned(count, moving), { initialProps: { count: 400, moving: false } });
    expect(result.current).toBe(true);
    rerender({ count: 250, moving: true });
    expect(result.current).toBe(true);
    rerender({ count: 151, moving: true });
    expect(result.current).toBe(true);
    rerender({ count: 150, moving: true });
    expect(result.current).toBe(false);
    // Marks now: they stay as the window widens again, up to the contract's 300.
    rerender({ count: 300, moving: true });
    expect(result.current).toBe(false);
    rerender({ count: 301, moving: true });
    expect(result.current).toBe(true);
    rerender({ count: 200, moving: true });
    expect(result.current).toBe(true);
    // At rest the contract decides.
    rerender({ count: 200, moving: false });
    expect(result.current).toBe(false);
  });

  it("starts from the contract, whatever the window is doing", () => {
    expect(renderHook(() => useBinned(250, true)).result.current).toBe(false);
    expect(renderHook(() => useBinned(301, true)).result.current).toBe(true);
  });
});
