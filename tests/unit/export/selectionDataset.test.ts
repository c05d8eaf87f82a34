import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ThemeId } from "@/lib/dataset/ids";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset, parseDatasetText } from "@/lib/dataset/parse";
import { parseIsoDay } from "@/lib/dates";
import { datasetJsonParts, selectionDataset } from "@/lib/export/selectionDataset";
import { selectVisible, type SelectionQuery } from "@/lib/select";
import { indexedFixture } from "../fixtures";

function bundled() {
  const text = readFileSync(path.join(__dirname, "../../../data/datasets/azerbaijan-us-2025.json"), "utf8");
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error("bundled dataset invalid");
  return indexDataset(result.dataset);
}

/** Exports the selection, parses it back as a user opening the file would, and selects its default view. */
function roundTrip(index: ReturnType<typeof bundled>, query: SelectionQuery) {
  const selection = selectVisible(index, query);
  const exported = selectionDataset(index, selection, query);
  const reparsed = parseDataset(JSON.parse(JSON.stringify(exported)));
  if (!reparsed.ok) throw new Error(reparsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  const reopened = indexDataset(reparsed.dataset);
  const again = selectVisible(reopened, { ...reopened.defaultWindow, themes: [] });
  return { selection, exported, reopened, again };
}

describe("selection as a dataset", () => {
  const index = bundled();
  const queries: [string, SelectionQuery][] = [
    ["the whole extent", { from: index.extent.start, to: index.extent.end, themes: [] }],
    ["a window", { from: parseIsoDay("2025-01-01")!, to: parseIsoDay("2025-03-31")!, themes: [] }],
    ["a window and a theme", { from: parseIsoDay("2024-06-01")!, to: parseIsoDay("2025-06-30")!, themes: ["peace-process" as ThemeId] }],
  ];

  it.each(queries)("validates and reopens with the same counts: %s", (_name, query) => {
    const { selection, exported, again } = roundTrip(index, query);
    expect(exported.events.length).toBe(selection.counts.events.visible);
    expect(again.counts.events).toEqual({ visible: selection.counts.events.visible, total: selection.counts.events.visible });
    expect(again.counts.actors).toEqual({ visible: selection.counts.actors.visible, total: selection.counts.actors.visible });
    expect(again.counts.ties).toEqual({ visible: selection.counts.ties.visible, total: selection.counts.ties.visible });
  });

  it("keeps only what the selection needs, and the dataset's source", () => {
    const query = queries[2]![1];
    const { selection, exported } = roundTrip(index, query);
    expect(exported.events.length).toBeLessThan(index.dataset.events.length);
    expect(new Set(exported.actors.map((a) => a.id))).toEqual(selection.actorIds);
    const themesUsed = new Set([...exported.events.flatMap((e) => e.themes), ...exported.ties.flatMap((t) => t.themes), ...query.themes]);
    expect(new Set(exported.themes.map((t) => t.id))).toEqual(themesUsed);
    expect(exported.source).toEqual(index.dataset.source);
    expect(exported.asOf).toBe(index.dataset.asOf);
    expect(exported.id).toMatch(/^[a-z0-9-]+$/);
  });

  it("drops references that would dangle (a tie's events outside the window, an affiliation not selected)", () => {
    const mini = indexedFixture();
    const first = mini.events.find((e) => e.dated)!;
    const query = { from: first.start, to: first.start, themes: [] };
    const { exported } = roundTrip(mini, query);
    const eventIds = new Set(exported.events.map((e) => e.id));
    const actorIds = new Set(exported.actors.map((a) => a.id));
    for (const t of exported.ties) for (const e of t.events ?? []) expect(eventIds.has(e)).toBe(true);
    for (const a of exported.actors) if (a.affiliation) expect(actorIds.has(a.affiliation)).toBe(true);
  });

  it("does not modify the dataset it reads", () => {
    const mini = indexedFixture();
    const before = JSON.stringify(mini.dataset);
    selectionDataset(mini, selectVisible(mini, { from: mini.extent.start, to: mini.extent.start + 10, themes: [] }), { from: mini.extent.start, to: mini.extent.start + 10, themes: [] });
    expect(JSON.stringify(mini.dataset)).toBe(before);
  });
});

describe("dataset JSON in parts", () => {
  it("joins into the dataset's JSON, with lists split into parts", () => {
    const mini = indexedFixture();
    const query = { from: mini.extent.start, to: mini.extent.end, themes: [] };
    const dataset = selectionDataset(mini, selectVisible(mini, query), query);
    const parts = [...datasetJsonParts(dataset, 2)];
    expect(JSON.parse(parts.join(""))).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(parts.length).toBeGreaterThan(8);
    const empty = { ...dataset, events: [], ties: [] };
    expect(JSON.parse([...datasetJsonParts(empty)].join(""))).toEqual(JSON.parse(JSON.stringify(empty)));
  });
});
