// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useHeldFromBefore } from "@/components/shared/useHeldFromBefore";

describe("useHeldFromBefore", () => {
  it("follows the value, and while holding gives the value of the last render before the hold, even in the render where it began", () => {
    const { result, rerender } = renderHook(({ value, hold }: { value: string; hold: boolean }) => useHeldFromBefore(value, hold), { initialProps: { value: "a", hold: false } });
    expect(result.current).toBe("a");
    rerender({ value: "b", hold: false });
    expect(result.current).toBe("b");
    rerender({ value: "c", hold: true });
    expect(result.current).toBe("b");
    rerender({ value: "d", hold: true });
    expect(result.current).toBe("b");
    rerender({ value: "e", hold: false });
    expect(result.current).toBe("e");
  });

  it("without tracking, renders once per change and gives the value itself", () => {
    let renders = 0;
    const { result, rerender } = renderHook(
      ({ value }: { value: string }) => {
        renders++;
        return useHeldFromBefore(value, false, false);
      },
      { initialProps: { value: "a" } },
    );
    const before = renders;
    rerender({ value: "b" });
    expect(result.current).toBe("b");
    expect(renders - before).toBe(1);
  });
});
