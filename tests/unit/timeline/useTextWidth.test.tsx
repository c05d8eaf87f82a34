// @vitest-environment jsdom
import { cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useTextWidth } from "@/components/timeline/useTextWidth";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const measurer = (font: string) => renderHook(() => useTextWidth(font)).result.current;

describe("useTextWidth", () => {
  it("measures with the canvas when there is a 2D context, once per string, in the given font", () => {
    const context = { font: "", measureText: vi.fn((text: string) => ({ width: 7 * text.length })) };
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const measure = measurer("600 11px");
    expect(measure("Summit")).toBe(42);
    expect(measure("Summit")).toBe(42);
    expect(context.measureText).toHaveBeenCalledTimes(1);
    expect(context.font).toMatch(/^600 11px/);
  });

  it("estimates from the length and the font size when getContext returns null", () => {
    // tests/unit/setup.ts makes getContext return null, as a browser without 2D canvas does.
    const measure = measurer("12px");
    expect(measure("abcd")).toBeCloseTo(4 * 12 * 0.55);
    expect(measurer("600 11px")("abcd")).toBeCloseTo(4 * 11 * 0.55);
  });

  it("estimates when getContext throws", () => {
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(() => {
      throw new Error("canvas disabled");
    });
    expect(measurer("10px")("abcde")).toBeCloseTo(5 * 10 * 0.55);
  });
});
