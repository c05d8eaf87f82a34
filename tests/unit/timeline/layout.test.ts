import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { indexDataset, type IndexedEvent } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { themeColors } from "@/lib/palette";
import { selectVisible } from "@/lib/select";
import { laneIndexer, lanesFor } from "@/lib/timeline/lanes";
import { layoutDetail, type DetailLayout } from "@/lib/timeline/layout";
import { timeScale } from "@/lib/timeline/scale";
import { indexedFixture } from "../fixtures";

function bundled() {
  const file = path.join(__dirname, "..", "..", "..", "data", "datasets", "azerbaijan-us-2025.json");
  const result = parseDataset(JSON.parse(readFileSync(file, "utf8")));
  if (!result.ok) throw new Error("the bundled dataset does not parse");
  return indexDataset(result.dataset);
}

function layout(
  index: ReturnType<typeof indexedFixture>,
  width: number,
  budgetRows: number,
  from = index.defaultWindow.from,
  to = index.defaultWindow.to,
  maxLabels?: number[],
) {
  const selection = selectVisible(index, { from, to, themes: [] });
  const lanes = lanesFor(index.dataset.themes, [], themeColors(index.dataset.themes.map((t) => t.id)), false);
  const laneOf = laneIndexer(lanes);
  const events = selection.events.filter((e) => e.dated);
  const result = layoutDetail({
    events,
    scale: timeScale(from, to, width),
    laneCount: lanes.length,
    laneOf: (e: IndexedEvent) => laneOf(e.event),
    labelWidth: (e) => e.event.title.length * 6.5,
    priority: () => 1,
    laneTagWidth: () => 120,
    budgetRows,
    maxLabels,
  });
  return { result, events, laneOf };
}

/** No two labels in the same lane row share pixels, and no label covers another event's point. */
function expectNoLabelOverlap({ events }: DetailLayout) {
  for (const a of events) {
    if (!a.label) continue;
    for (const b of events) {
      if (a === b || a.lane !== b.lane || a.row !== b.row || !b.text) continue;
      expect(a.label.end <= b.text.start || b.text.end <= a.label.start, `${a.item.event.id} vs ${b.item.event.id}`).toBe(true);
    }
  }
}

describe("layoutDetail", () => {
  it("places every visible dated event once, in its first theme's lane", () => {
    const index = indexedFixture();
    const { result, events, laneOf } = layout(index, 800, 20);
    expect(result.events.map((p) => p.item.event.id).sort()).toEqual(events.map((e) => e.event.id).sort());
    for (const p of result.events) expect(p.lane).toBe(laneOf(p.item.event));
    expectNoLabelOverlap(result);
  });

  it("stacks lanes one under another without gaps or overlaps", () => {
    const { result } = layout(bundled(), 880, 18);
    let next = 0;
    for (const lane of result.lanes) {
      expect(lane.firstRow).toBe(next);
      expect(lane.rows).toBeGreaterThanOrEqual(1);
      next += lane.rows;
    }
    expect(result.totalRows).toBe(next);
  });

  it("fits the bundled cluster into the row budget without any label overlap, at desktop and phone widths", () => {
    const index = bundled();
    for (const [width, budget] of [
      [880, 20],
      [350, 18],
    ] as const) {
      const { result } = layout(index, width, budget);
      expect(result.totalRows).toBeLessThanOrEqual(budget);
      expectNoLabelOverlap(result);
      expect(result.events.filter((p) => p.label).length).toBeGreaterThan(10);
    }
  });

  it("labels everything when the budget allows", () => {
    const index = bundled();
    const { result } = layout(index, 880, 200);
    expect(result.events.every((p) => p.label !== null)).toBe(true);
  });

  it("shows titles in full when there is room, and shortens them when there is not", () => {
    const index = bundled();
    const width = (p: { label: { start: number; end: number } | null }) => (p.label ? p.label.end - p.label.start : 0);
    const roomy = layout(index, 880, 200, index.defaultWindow.from, index.defaultWindow.to, [1000, 120]).result;
    expect(Math.max(...roomy.events.map(width))).toBeGreaterThan(120);
    const tight = layout(index, 880, 18, index.defaultWindow.from, index.defaultWindow.to, [1000, 120]).result;
    expect(Math.max(...tight.events.map(width))).toBeLessThanOrEqual(120 + 1e-6);
  });

  it("keeps the labels of the whole extent apart too", () => {
    const index = bundled();
    const { result } = layout(index, 880, 20, index.extent.start, index.extent.end);
    expectNoLabelOverlap(result);
  });
});
