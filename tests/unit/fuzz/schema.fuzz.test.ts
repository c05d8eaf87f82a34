import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset, parseDatasetText } from "@/lib/dataset/parse";
import { rawFixture } from "../fixtures";

const SLOW_MS = 500;
const PATH = /^(\(root\)|[A-Za-z_$][\w$]*(\[\d+\]|\.[A-Za-z_$][\w$]*)*)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside the fixture, as keys. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

const base = rawFixture() as unknown as Json;
const allPaths = paths(base);

/** The fixture with one value replaced by something else, or removed. */
const mutated = fc.tuple(fc.nat({ max: allPaths.length - 1 }), fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 50 }), fc.integer(), fc.constantFrom("north", "alpha", "2024-13-01", "", null)))
  .map(([which, replacement]) => {
    const copy = structuredClone(base) as Record<string | number, Json>;
    const path = allPaths[which]!;
    let parent = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const last = path[path.length - 1]!;
    if (replacement === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = replacement as Json;
    return copy;
  });

function check(run: () => ReturnType<typeof parseDataset>) {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.path).toMatch(PATH);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  }
  return result;
}

describe("the dataset schema under random and mutated input", () => {
  it("anything at all: never throws; parses or gives problems with paths", () => {
    fc.assert(fc.property(fc.anything(), (input) => void check(() => parseDataset(input))), { numRuns: 500 });
  });

  it("the fixture with one value changed or removed: never throws; parses or names where", () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        if (!check(() => parseDataset(input)).ok) rejected++;
      }),
      { numRuns: 500 },
    );
    // The mutations reach the schema's rules: most of them break something it checks.
    expect(rejected).toBeGreaterThan(100);
  });

  it("the fixture's text with bytes changed: never throws; invalid JSON is a problem at (root)", () => {
    const text = JSON.stringify(rawFixture());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: text.length - 1 }), fc.string({ unit: "binary", maxLength: 3 })), { minLength: 1, maxLength: 4 }), (edits) => {
        let mutatedText = text;
        for (const [at, insert] of edits) mutatedText = mutatedText.slice(0, at) + insert + mutatedText.slice(at + 1);
        const result = check(() => parseDatasetText(mutatedText));
        let isJson = true;
        try {
          JSON.parse(mutatedText);
        } catch {
          isJson = false;
        }
        if (!isJson) expect(result).toMatchObject({ ok: false, problems: [{ path: "(root)" }] });
      }),
      { numRuns: 300 },
    );
  });
});
