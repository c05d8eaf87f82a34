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

/** The mini fixture with a three-step story: a window only, an actor in a window, and a tie with a theme. */
export function storyFixture() {
  const raw = rawFixture();
  raw.story = {
    title: "How the north turned",
    steps: [
      { id: "autumn", title: "Autumn", text: "The first meeting.", sources: [{ paragraph: 1 }], view: { from: "2024-10-01", to: "2024-10-31" } },
      { id: "summit", title: "The summit", text: "Leaders met.", sources: [{ paragraph: 1 }], view: { from: "2024-12-01", to: "2024-12-31", actor: "north", event: "summit" } },
      { id: "hope", title: "Hope", text: "A hopeful tie.", sources: [{ paragraph: 1 }], view: { themes: ["alpha"], tie: "leader-hope" } },
    ],
  };
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return indexDataset(result.dataset);
}

/** The mini fixture as a network without time: no events, no tie with a span or a phase, and one actor without ties. */
export function staticFixture() {
  const raw = rawFixture();
  raw.events = [];
  (raw.actors as unknown[]).push({ id: "loner", name: "Loner", kind: "person" });
  for (const tie of raw.ties as Array<Record<string, unknown>>) {
    delete tie.span;
    delete tie.phases;
    delete tie.events;
  }
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return indexDataset(result.dataset);
}
