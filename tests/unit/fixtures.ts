import { readFileSync } from "node:fs";
import path from "node:path";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";

/** The raw JSON of a fixture in tests/fixtures (a fresh copy each call, safe to mutate in a test). */
export function rawFixture(name = "mini"): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(__dirname, "..", "fixtures", `${name}.json`), "utf8"));
}

/** A parsed and indexed fixture. */
export function indexedFixture(name = "mini") {
  const result = parseDataset(rawFixture(name));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return indexDataset(result.dataset);
}
