// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useHeldWhile } from "@/components/shared/useHeldWhile";

describe("useHeldWhile", () => {
  it("follows the value, holds the one of the render where holding began, and follows again when released", () => {
    const { result, rerender } = renderHook(({ value, hold }: { value: { n: number }; hold: boolean }) => useHeldWhile(value, hold), { initialProps: { value: { n: 1 }, hold: false } });
    expect(result.current).toEqual({ n: 1 });
    const second = { n: 2 };
    rerender({ value: second, hold: false });
    expect(result.current).toBe(second);
    const third = { n: 3 };
    rerender({ value: third, hold: true });
    expect(result.current).toBe(third);
    for (let n = 4; n < 8; n++) {
      rerender({ value: { n }, hold: true });
      expect(result.current).toBe(third);
    }
    const released = { n: 8 };
    rerender({ value: released, hold: false });
    expect(result.current).toBe(released);
    // Holding again holds the new value, not the one held before.
    rerender({ value: { n: 9 }, hold: true });
    rerender({ value: { n: 10 }, hold: true });
    expect(result.current).toEqual({ n: 9 });
  });
});
