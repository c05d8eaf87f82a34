// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDigitStamps } from "@/components/timeline/digitStamps";

/** A 2D context that measures every digit 6 px wide (a 12 px font box) and records what is drawn. */
function fakeContext() {
  const calls: Array<{ op: string; args: unknown[] }> = [];
  const record = (op: string) => (...args: unknown[]) => void calls.push({ op, args });
  return {
    calls,
    font: "",
    fillStyle: "",
    textBaseline: "",
    measureText: (text: string) => ({ width: 6 * text.length, fontBoundingBoxAscent: 9, fontBoundingBoxDescent: 3 }),
    setTransform: record("setTransform"),
    fillText: record("fillText"),
    drawImage: record("drawImage"),
  };
}

afterEach(() => vi.restoreAllMocks());

describe("createDigitStamps", () => {
  it("renders each digit once, then stamps numbers centred on x with their bottom at y, on whole device pixels", () => {
    const sheet = fakeContext();
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(sheet as never);
    const draw = createDigitStamps("10px sans-serif", "#222", 2)!;
    expect(sheet.calls.filter((c) => c.op === "fillText").map((c) => c.args[0])).toEqual([..."0123456789"]);
    expect(sheet.fillStyle).toBe("#222");

    const target = fakeContext();
    draw(target as never, "307", 50.3, 40);
    const stamps = target.calls.filter((c) => c.op === "drawImage").map((c) => c.args.slice(1));
    // Cells of 6 + 2 px (16 device px at dpr 2), 12 px high; "307" is 18 px wide, so it starts at 50.3 − 9.
    expect(stamps).toEqual([
      [3 * 16, 0, 16, 24, 40.5, 28, 8, 12],
      [0 * 16, 0, 16, 24, 46.5, 28, 8, 12],
      [7 * 16, 0, 16, 24, 52.5, 28, 8, 12],
    ]);
    expect(target.calls.some((c) => c.op === "fillText")).toBe(false);
  });

  it("gives nothing where there is no 2D canvas", () => {
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    expect(createDigitStamps("10px sans-serif", "#222", 1)).toBeNull();
  });
});
