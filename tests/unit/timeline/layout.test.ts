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
import { balancedWrapWidth } from "@/lib/timeline/wrap";
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
  maxLaneRows: number,
  from = index.defaultWindow.from,
  to = index.defaultWindow.to,
  maxLabel = 300,
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
    wrapWidth: (e) => balancedWrapWidth(e.event.title, (t) => t.length * 6.5),
    priority: () => 1,
    laneTagWidth: () => 120,
    maxLaneRows,
    maxLabel,
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

  it("shows at least 90% of the bundled default window's titles whole, at desktop and phone widths", () => {
    const index = bundled();
    for (const width of [700, 350]) {
      const { result } = layout(index, width, 8);
      expectNoLabelOverlap(result);
      const whole = result.events.filter((p) => p.label && p.label.end - p.label.start >= (p.lines === 1 ? p.item.event.title.length * 6.5 : 0));
      expect(whole.length / result.events.length, `at ${width}px`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("labels everything when the lanes may grow", () => {
    const index = bundled();
    const { result } = layout(index, 880, 200);
    expect(result.events.every((p) => p.label !== null)).toBe(true);
    expect(result.summaries).toEqual([]);
  });

  it("wraps titles wider than the cap onto two lines instead of cutting them", () => {
    const index = bundled();
    const { result } = layout(index, 880, 200, index.defaultWindow.from, index.defaultWindow.to, 150);
    const wide = result.events.filter((p) => p.item.event.title.length * 6.5 > 150);
    expect(wide.length).toBeGreaterThan(0);
    for (const p of wide) if (p.label) expect(p.lines).toBe(2);
    for (const p of result.events) if (p.label) expect(p.label.end - p.label.start).toBeLessThanOrEqual(150 + 1e-6);
  });

  it("summarises a lane that runs out of rows as +N, counting every event without a title", () => {
    const index = bundled();
    const { result } = layout(index, 350, 1);
    const bare = result.events.filter((p) => !p.label);
    expect(bare.length).toBeGreaterThan(0);
    const counted = result.summaries.reduce((n, s) => n + s.count, 0);
    expect(counted).toBe(bare.length);
    for (const s of result.summaries) {
      const lane = result.lanes[s.lane]!;
      // The "+N" row is the lane's own last row, under its events.
      expect(s.row).toBe(lane.rows - 1);
      for (const p of result.events) if (p.lane === s.lane) expect(p.row).toBeLessThan(s.row);
    }
  });

  it("keeps the labels of the whole extent apart too", () => {
    const index = bundled();
    const { result } = layout(index, 880, 20, index.extent.start, index.extent.end);
    expectNoLabelOverlap(result);
  });
});
