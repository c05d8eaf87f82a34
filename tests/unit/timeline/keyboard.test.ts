import { describe, expect, it } from "vitest";
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import { sliderKeyTarget, stepWindowEdge } from "@/lib/timeline/keyboard";
import { resolveView } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";

const day = (iso: string) => parseIsoDay(iso)!;
const index = indexedFixture();
const view = resolveView({}, index); // 2024-10-01 .. 2025-01-31
const step = (edge: "from" | "to", key: string, v = view) => {
  const next = stepWindowEdge(v, edge, key, index);
  return next && { from: toIsoDay(next.from), to: toIsoDay(next.to) };
};

describe("slider keys", () => {
  it("moves an edge one day with the arrows", () => {
    expect(step("to", "ArrowLeft")).toEqual({ from: "2024-10-01", to: "2025-01-30" });
    expect(step("to", "ArrowRight")).toEqual({ from: "2024-10-01", to: "2025-02-01" });
    expect(step("from", "ArrowUp")).toEqual({ from: "2024-10-02", to: "2025-01-31" });
    expect(step("from", "ArrowDown")).toEqual({ from: "2024-09-30", to: "2025-01-31" });
  });

  it("moves an edge one calendar month with PageUp/PageDown, clamping to the month's end", () => {
    expect(step("to", "PageDown")).toEqual({ from: "2024-10-01", to: "2024-12-31" });
    expect(step("to", "PageUp")).toEqual({ from: "2024-10-01", to: "2025-02-28" });
    expect(step("from", "PageUp")).toEqual({ from: "2024-11-01", to: "2025-01-31" });
    const mid = { ...view, to: day("2025-01-15") };
    expect(step("to", "PageDown", mid)).toEqual({ from: "2024-10-01", to: "2024-12-15" });
  });

  it("keeps a month's last day the last day over many PageDowns (not stuck on the 28th after February)", () => {
    let v = { ...view, from: day("2020-01-01"), to: day("2024-12-31") };
    const ends: string[] = [];
    for (let i = 0; i < 12; i++) {
      v = stepWindowEdge(v, "to", "PageDown", index) ?? v;
      ends.push(toIsoDay(v.to));
    }
    expect(ends).toEqual(["2024-11-30", "2024-10-31", "2024-09-30", "2024-08-31", "2024-07-31", "2024-06-30", "2024-05-31", "2024-04-30", "2024-03-31", "2024-02-29", "2024-01-31", "2023-12-31"]);
  });

  it("jumps to the dataset's first and last day with Home/End", () => {
    expect(step("from", "Home")!.from).toBe(toIsoDay(index.extent.start));
    expect(step("to", "End")!.to).toBe(toIsoDay(index.extent.end));
  });

  it("never lets start pass end", () => {
    expect(step("from", "End")).toEqual({ from: "2025-01-31", to: "2025-01-31" });
    expect(step("to", "Home")).toEqual({ from: "2024-10-01", to: "2024-10-01" });
    const oneDay = { ...view, from: day("2024-12-05"), to: day("2024-12-05") };
    expect(step("from", "ArrowRight", oneDay)).toEqual({ from: "2024-12-05", to: "2024-12-05" });
    expect(step("to", "PageDown", oneDay)).toEqual({ from: "2024-12-05", to: "2024-12-05" });
  });

  it("stays inside the extent", () => {
    const atEnd = { ...view, to: index.extent.end };
    expect(stepWindowEdge(atEnd, "to", "ArrowRight", index)!.to).toBe(index.extent.end);
  });

  it("ignores other keys", () => {
    expect(sliderKeyTarget("a", 10, { start: 0, end: 20 })).toBeNull();
    expect(stepWindowEdge(view, "to", "Enter", index)).toBeNull();
  });
});
