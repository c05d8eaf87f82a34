import { describe, expect, it } from "vitest";
import { clamp } from "@/lib/math";

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
