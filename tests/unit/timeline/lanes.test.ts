import { describe, expect, it } from "vitest";
import type { ThemeId } from "@/lib/dataset/ids";
import { laneIndexer, lanesFor, NO_THEME_LABEL } from "@/lib/timeline/lanes";

const themes = [
  { id: "alpha" as ThemeId, label: "Alpha" },
  { id: "beta" as ThemeId, label: "Beta" },
  { id: "gamma" as ThemeId, label: "Gamma" },
];
const colors = new Map([
  ["alpha", "#111111"],
  ["beta", "#222222"],
  ["gamma", "#333333"],
]);
const ev = (...ids: string[]) => ({ themes: ids as ThemeId[] });

describe("lanes", () => {
  it("has one lane per theme in dataset order, in the theme colours", () => {
    const lanes = lanesFor(themes, [], colors, false);
    expect(lanes.map((l) => [l.id, l.label, l.color])).toEqual([
      ["alpha", "Alpha", "#111111"],
      ["beta", "Beta", "#222222"],
      ["gamma", "Gamma", "#333333"],
    ]);
  });

  it("puts an event in the lane of its first theme", () => {
    const laneOf = laneIndexer(lanesFor(themes, [], colors, false));
    expect(laneOf(ev("gamma", "alpha"))).toBe(2);
    expect(laneOf(ev("beta"))).toBe(1);
  });

  it("with a theme filter keeps the checked lanes and uses the event's first checked theme", () => {
    const lanes = lanesFor(themes, ["gamma", "beta"] as ThemeId[], colors, true);
    expect(lanes.map((l) => l.id)).toEqual(["beta", "gamma"]);
    const laneOf = laneIndexer(lanes);
    expect(laneOf(ev("alpha", "gamma"))).toBe(1);
  });

  it("adds a lane for events without a theme", () => {
    const lanes = lanesFor(themes, [], colors, true);
    expect(lanes.at(-1)).toMatchObject({ id: null, label: NO_THEME_LABEL });
    expect(laneIndexer(lanes)(ev())).toBe(3);
  });
});
