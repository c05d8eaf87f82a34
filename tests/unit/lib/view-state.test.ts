import { describe, expect, it } from "vitest";
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import { defaultCompareRange, describeIgnored, ignoredParams, moveWindowEdge, resolveView, revealRange, serializeView, shiftWindow, type RawViewParams } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
const d = (iso: string) => parseIsoDay(iso)!;
const defaults = { from: d("2024-10-01"), to: d("2025-01-31"), themes: [], actor: null, event: null, tie: null, step: null, compare: null };

describe("resolveView", () => {
  it("uses the dataset's defaults when parameters are missing", () => {
    expect(resolveView({}, index)).toEqual(defaults);
  });

  it("reads every valid parameter", () => {
    const view = resolveView({ from: "2024-11-01", to: "2024-12-31", themes: "beta,alpha", actor: "north", event: "summit", tie: "east-club" }, index);
    expect(view).toEqual({ from: d("2024-11-01"), to: d("2024-12-31"), themes: ["beta", "alpha"], actor: "north", event: "summit", tie: "east-club", step: null, compare: null });
  });

  it.each([
    ["a script in from", { from: "<script>alert(1)</script>" }],
    ["an impossible date", { to: "2025-02-30" }],
    ["a month instead of a day", { from: "2024-11" }],
    ["an unknown actor", { actor: "atlantis" }],
    ["markup as an actor", { actor: '<img src=x onerror="alert(1)">' }],
    ["an unknown event", { event: "nope" }],
    ["markup in themes", { themes: "<script>" }],
    ["an empty themes list", { themes: ",,," }],
    ["a very long value", { themes: "alpha,".repeat(5000) }],
  ])("drops %s", (_label, raw) => {
    expect(resolveView(raw, index)).toEqual(defaults);
  });

  it("keeps the valid themes of a mixed list, once each", () => {
    expect(resolveView({ themes: "alpha,<b>,alpha,zeta" }, index).themes).toEqual(["alpha"]);
  });

  it("falls back to the default window when from is after to", () => {
    const view = resolveView({ from: "2025-01-10", to: "2024-12-01" }, index);
    expect([view.from, view.to]).toEqual([defaults.from, defaults.to]);
  });

  it("clamps dates to the dataset's extent", () => {
    const view = resolveView({ from: "1900-01-01", to: "2100-01-01" }, index);
    expect([view.from, view.to]).toEqual([index.extent.start, index.extent.end]);
  });
});

describe("serializeView", () => {
  it("leaves defaults out and round-trips the rest", () => {
    expect(serializeView(defaults, index)).toEqual({ from: null, to: null, themes: null, actor: null, event: null, tie: null, step: null, compare: null });
    const view = resolveView({ from: "2024-11-01", to: "2024-12-31", themes: "alpha", actor: "south" }, index);
    const params = serializeView(view, index);
    expect(params).toMatchObject({ from: "2024-11-01", to: "2024-12-31", themes: "alpha", actor: "south" });
    expect(resolveView(params, index)).toEqual(view);
  });
});

describe("window moves", () => {
  it("never lets start pass end, nor leave the extent", () => {
    const view = resolveView({}, index);
    expect(toIsoDay(moveWindowEdge(view, "from", d("2026-01-01"), index).from)).toBe("2025-01-31");
    expect(toIsoDay(moveWindowEdge(view, "to", d("2020-01-01"), index).to)).toBe("2024-10-01");
    expect(moveWindowEdge(view, "to", d("2100-01-01"), index).to).toBe(index.extent.end);
  });

  it("shifts the whole window keeping its length", () => {
    const view = resolveView({}, index);
    const shifted = shiftWindow(view, 10, index);
    expect(shifted.to - shifted.from).toBe(view.to - view.from);
    expect(shifted.from).toBe(view.from + 10);
    expect(shiftWindow(view, 1e6, index).to).toBe(index.extent.end);
  });

  it("keeps the window's length when revealing something at the end of the extent", () => {
    const view = resolveView({}, index);
    const moved = revealRange(view, index.extent.end, index.extent.end, index);
    expect(moved.to).toBe(index.extent.end);
    expect(moved.to - moved.from).toBe(view.to - view.from);
  });

  it("reveals a range outside the window and leaves one inside alone", () => {
    const view = resolveView({}, index);
    expect(revealRange(view, d("2024-12-05"), d("2024-12-06"), index)).toEqual({ from: view.from, to: view.to });
    const moved = revealRange(view, d("2016-01-01"), d("2016-12-31"), index);
    expect(moved.from).toBeLessThanOrEqual(d("2016-01-01"));
    expect(moved.to).toBeGreaterThanOrEqual(d("2016-12-31"));
  });
});

describe("the compare window", () => {
  it("reads `compare=from..to`, clamps it to the extent and drops malformed or reversed ranges", () => {
    expect(resolveView({ compare: "2024-12-01..2024-12-31" }, index).compare).toEqual({ from: d("2024-12-01"), to: d("2024-12-31") });
    expect(resolveView({ compare: "1900-01-01..2024-12-31" }, index).compare).toEqual({ from: index.extent.start, to: d("2024-12-31") });
    for (const bad of ["2024-12-31..2024-12-01", "2024-12-01", "2024-12-01..", "..2024-12-01", "2024-12-01..2024-12-31..2025-01-01", "2024-02-30..2024-03-01", "x".repeat(40)]) {
      expect(resolveView({ compare: bad }, index).compare).toBeNull();
    }
  });

  it("round-trips through the URL and is left out when off", () => {
    const view = resolveView({ compare: "2024-11-01..2024-11-30" }, index);
    expect(serializeView(view, index).compare).toBe("2024-11-01..2024-11-30");
    expect(resolveView(serializeView(view, index), index)).toEqual(view);
    expect(serializeView(defaults, index).compare).toBeNull();
  });

  it("starts as long as the main window and right before it, inside the extent", () => {
    const main = { from: d("2025-01-01"), to: d("2025-01-31") };
    expect(defaultCompareRange(main, index)).toEqual({ from: d("2024-12-01"), to: d("2024-12-31") });
    const early = { from: index.extent.start + 3, to: index.extent.start + 40 };
    const range = defaultCompareRange(early, index);
    expect(range.from).toBe(index.extent.start);
    expect(range.to - range.from).toBe(37);
  });
});

describe("ignoredParams", () => {
  const left = (raw: RawViewParams) => ignoredParams(raw, resolveView(raw, index), index);

  it("names nothing for a link the view took whole, or for no parameters", () => {
    expect(left({})).toEqual([]);
    expect(left({ from: "2024-11-01", to: "2024-12-31", themes: "beta,alpha", actor: "north", event: "summit", tie: "east-club", compare: "2024-10-01..2024-10-31" })).toEqual([]);
    // A day outside the dataset is brought inside it, not left out.
    expect(left({ from: "1900-01-01" })).toEqual([]);
  });

  it("names each parameter the view left out, and why, without repeating its value", () => {
    const ignored = left({ from: "<script>", themes: "alpha,nope", actor: "nobody", event: "x", tie: "y", step: "z", compare: "2025-01-01..2024-01-01" });
    expect(ignored.map((p) => p.key)).toEqual(["from", "themes", "actor", "event", "tie", "step", "compare"]);
    const text = describeIgnored(ignored);
    expect(text).toMatch(/^Part of this link could not be used and was left out: from \(not a date \(YYYY-MM-DD\)\), themes \(a theme this dataset does not have\), actor \(no such actor in this dataset\)/);
    expect(text).not.toMatch(/script|nobody|nope/);
  });

  it("names both ends of a window given in the wrong order", () => {
    expect(left({ from: "2025-01-10", to: "2024-12-01" })).toEqual([
      { key: "from", reason: "after the window's end" },
      { key: "to", reason: "before the window's start" },
    ]);
  });
});

