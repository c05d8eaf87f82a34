import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveView, serializeView } from "@/lib/view/state";
import { readViewParams, shapedViewParams, VIEW_KEYS, withViewParams } from "@/lib/view/url";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
/** Far above what one parse takes (well under a millisecond): a regular expression gone quadratic would show. */
const SLOW_MS = 200;

/** Values near the valid ones (ids and days of the fixture) as well as anything at all. */
const nearValid = fc.oneof(
  fc.constantFrom("north", "south", "alpha", "beta", "summit", "east-club", "2024-11-01", "2025-01-31", "2024-02-30", "0000-01-01", "-0602-03-04", ""),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom("alpha", "beta", "gamma", "", " ", "<b>"), { maxLength: 8 }).map((ids) => ids.join(",")),
  fc.string({ maxLength: 5000 }),
);

const queryString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.dictionary(fc.constantFrom(...VIEW_KEYS, "dataset", "x", "from ", "FROM"), nearValid).map((params) => `?${new URLSearchParams(params).toString()}`),
  fc.webQueryParameters().map((q) => `?${q}`),
);

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  return result;
}

describe("the URL-state parser under random and mutated input", () => {
  it("never throws, and always gives a view inside the dataset: start ≤ end, known ids only", () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const view = timed(() => resolveView(readViewParams(search), index));
        expect(view.from).toBeLessThanOrEqual(view.to);
        expect(view.from).toBeGreaterThanOrEqual(Math.min(index.extent.start, index.defaultWindow.from));
        expect(view.to).toBeLessThanOrEqual(Math.max(index.extent.end, index.defaultWindow.to));
        for (const theme of view.themes) expect(index.themeById.has(theme)).toBe(true);
        expect(new Set(view.themes).size).toBe(view.themes.length);
        if (view.actor) expect(index.actorById.has(view.actor)).toBe(true);
        if (view.event) expect(index.eventById.has(view.event)).toBe(true);
        if (view.tie) expect(index.tieById.has(view.tie)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a view written into any query string reads back as the same view, leaving other parameters alone", () => {
    fc.assert(
      fc.property(queryString, queryString, (source, host) => {
        const view = resolveView(readViewParams(source), index);
        const written = withViewParams(host, serializeView(view, index));
        expect(resolveView(readViewParams(written), index)).toEqual(view);
        const others = (search: string) => [...new URLSearchParams(search)].filter(([key]) => !(VIEW_KEYS as readonly string[]).includes(key));
        expect(others(written)).toEqual(others(host));
      }),
      { numRuns: 500 },
    );
  });

  it("the server's filter passes only shaped values, whatever the request holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...VIEW_KEYS, "dataset"), fc.oneof(nearValid, fc.anything(), fc.array(nearValid))), (raw) => {
        const shaped = timed(() => shapedViewParams(raw));
        for (const value of Object.values(shaped)) {
          if (value !== null) expect(value).toMatch(/^[-a-z0-9,]+$/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
