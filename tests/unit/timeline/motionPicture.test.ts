import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexDataset, type IndexedEvent } from "@/lib/dataset/indexed";
import type { EventId } from "@/lib/dataset/ids";
import { parseDataset } from "@/lib/dataset/parse";
import { focusOf, NO_FOCUS } from "@/lib/highlight";
import { themeColors } from "@/lib/palette";
import { selectVisible } from "@/lib/select";
import { laneIndexer, lanesFor } from "@/lib/timeline/lanes";
import { layoutDetail } from "@/lib/timeline/layout";
import { motionPicture, type RowPlacement } from "@/lib/timeline/motionPicture";
import { timeScale } from "@/lib/timeline/scale";
import { balancedWrapWidth } from "@/lib/timeline/wrap";

const file = path.join(__dirname, "..", "..", "..", "data", "datasets", "azerbaijan-us-2025.json");
const parsed = parseDataset(JSON.parse(readFileSync(file, "utf8")));
if (!parsed.ok) throw new Error("the bundled dataset does not parse");
const index = indexDataset(parsed.dataset);
const lanes = lanesFor(index.dataset.themes, [], themeColors(index.dataset.themes.map((t) => t.id)), false);
const laneOf = laneIndexer(lanes);
/** Lanes 100 px apart, rows 19 px apart from 1.5 px down: what DetailRows gives, in simple numbers. */
const rows: RowPlacement = { laneTop: (lane) => lane * 100, rowTop: (_lane, row) => 1.5 + row * 19 };

function layoutAt(width: number, maxLabel = 300) {
  const { from, to } = index.defaultWindow;
  const selection = selectVisible(index, { from, to, themes: [] });
  const measure = (t: string) => t.length * 6.5;
  return layoutDetail({
    events: selection.events.filter((e) => e.dated),
    scale: timeScale(from, to, width),
    laneCount: lanes.length,
    laneOf: (e: IndexedEvent) => laneOf(e.event),
    labelWidth: (e) => measure(e.event.title),
    wrapWidth: (e) => balancedWrapWidth(e.event.title, measure),
    priority: () => 1,
    laneTagWidth: () => 120,
    maxLaneRows: 2,
    maxLabel,
  });
}

describe("motionPicture", () => {
  const layout = layoutAt(900);
  const picture = motionPicture({ layout, rows, lanes, focus: NO_FOCUS, width: 900 });

  it("draws every placed event once, in its lane's colour, where its button's box is", () => {
    expect(picture.marks).toHaveLength(layout.events.length);
    layout.events.forEach((placed, i) => {
      const m = picture.marks[i]!;
      // The lane's 1 px border is above its marks.
      const top = placed.lane * 100 + 1 + 1.5 + placed.row * 19;
      const barTop = top + 14 * (layout.lanes[placed.lane]!.lines[placed.row] ?? 1);
      expect(m.title).toBe(placed.item.event.title);
      expect(m.color).toBe(lanes[placed.lane]!.color);
      if (placed.text) expect(m.box).toEqual({ x: placed.text.start, y: top, width: placed.text.end - placed.text.start, height: 14 * placed.lines });
      else expect(m.box).toEqual({ x: placed.bar!.start, y: barTop - 3, width: placed.bar!.end - placed.bar!.start, height: 8 });
      if (placed.mark.kind === "point") expect(m.dot).toEqual({ x: (placed.mark.x0 + placed.mark.x1) / 2, y: top + 7 });
      else expect(m.dot).toBeNull();
      if (placed.bar) expect(m.bar).toMatchObject({ x: placed.bar.start, y: barTop, width: placed.bar.end - placed.bar.start, height: 4 });
      if (placed.label) expect(m.label).toEqual({ x: placed.label.start, y: top, width: placed.label.end - placed.label.start, height: 14 * placed.lines, lines: placed.lines });
      expect(m.emphasis).toBe("normal");
      expect(m.overlay).toBeNull();
    });
  });

  it("fades both ends of an imprecise date's bar, and an end that runs past the view", () => {
    const bars = layout.events.filter((p) => p.bar);
    expect(bars.some((p) => p.mark.kind === "imprecise")).toBe(true);
    expect(bars.some((p) => p.mark.clipStart || p.mark.clipEnd)).toBe(true);
    for (const placed of bars) {
      const m = picture.marks[layout.events.indexOf(placed)]!;
      const fuzzy = placed.mark.kind === "imprecise";
      expect(m.bar).toMatchObject({ fadeStart: fuzzy || placed.mark.clipStart, fadeEnd: fuzzy || placed.mark.clipEnd });
    }
  });

  it("emphasises as the buttons do: the selected event, its related events, the rest dimmed", () => {
    const selected = layout.events.find((p) => p.label)!.item.event.id;
    const { from, to } = index.defaultWindow;
    const focus = focusOf({ actor: null, event: selected, tie: null }, index, selectVisible(index, { from, to, themes: [] }));
    const marks = motionPicture({ layout, rows, lanes, focus, width: 900 }).marks;
    expect(marks.filter((m) => m.emphasis === "selected").map((m) => m.title)).toEqual([index.eventById.get(selected)!.event.title]);
    expect(marks.some((m) => m.emphasis === "dimmed")).toBe(true);
    // A selected event with a label of its own needs no overlay.
    expect(marks.every((m) => m.overlay === null)).toBe(true);
  });

  it("overlays the title of a selected event that has no label, on the side of the view with room", () => {
    const narrow = layoutAt(420, 60);
    const unlabelled = narrow.events.filter((p) => !p.label && p.text);
    expect(unlabelled.length).toBeGreaterThan(1);
    for (const placed of unlabelled) {
      const id: EventId = placed.item.event.id;
      const focus = { ...NO_FOCUS, active: true, events: new Set([id]), selectedEvent: id };
      const mark = motionPicture({ layout: narrow, rows, lanes, focus, width: 420 }).marks[narrow.events.indexOf(placed)]!;
      expect(mark.overlay).toBe(placed.mark.x1 > 420 - 220 ? "left" : "right");
    }
  });

  it("places each '+N' summary where its box goes, in its lane's colour", () => {
    const busy = layoutAt(300);
    expect(busy.summaries.length).toBeGreaterThan(0);
    const { summaries } = motionPicture({ layout: busy, rows, lanes, focus: NO_FOCUS, width: 300 });
    expect(summaries).toEqual(busy.summaries.map((s) => ({ x: s.x0, y: s.lane * 100 + 1 + 1.5 + s.row * 19, count: s.count, color: lanes[s.lane]!.color })));
  });
});
