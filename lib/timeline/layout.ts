/**
 * The detail view's layout: each visible event's mark, lane, row and label. Lanes grow to the rows their
 * titles need (up to a cap; the view scrolls vertically), titles wrap onto two lines where one is too wide,
 * and a stretch too busy even for the cap is summarised as "+N". Pure: the same window, width and
 * measurements give the same picture, whatever is selected.
 */
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { packLane, type PackItem, type Span } from "./labels";
import { markGeometry, type MarkGeometry } from "./marks";
import type { TimeScale } from "./scale";

/** An event placed in the detail view: lane, row, mark, and what it takes in the row's text and bar tracks. */
export interface PlacedEvent {
  item: IndexedEvent;
  lane: number;
  row: number;
  mark: MarkGeometry;
  label: Span | null;
  /** The point and its label, or a span's label, in the text track (null for an unlabelled span). */
  text: Span | null;
  /** A span's bar (null for a point). */
  bar: Span | null;
  /** Text lines of the label (1 when it has none). */
  lines: 1 | 2;
}

/** A lane's first row (counted from the top of the lanes), its number of rows and each row's text lines. */
export interface LaneRows {
  firstRow: number;
  rows: number;
  /** 1 or 2 per row: a row holding a title wrapped onto two lines is taller. */
  lines: number[];
}

/** Events of a busy stretch of one lane that found no room for their titles, shown as one "+N" mark. */
export interface LaneSummary {
  lane: number;
  /** The lane's row the "+N" mark sits in (its last). */
  row: number;
  /** Pixel extent of the summarised marks. */
  x0: number;
  x1: number;
  /** Epoch days under the summarised marks as drawn (inclusive; a long span counts only where it is visible). */
  from: number;
  to: number;
  count: number;
}

/** The whole layout: lanes top to bottom, the placed events, and the busy stretches summarised per lane. */
export interface DetailLayout {
  lanes: LaneRows[];
  events: PlacedEvent[];
  totalRows: number;
  summaries: LaneSummary[];
}

/** An overlaid title goes left of its mark when the mark is this close to the view's right edge. */
const OVERLAY_ROOM = 220;

/**
 * Where the selected event's title goes when the layout had no room for it: over its neighbours, right of the
 * mark (left of it near the view's right edge). Null for any other event, or one with a label of its own.
 */
export function overlaySide(placed: PlacedEvent, selected: boolean, width: number): "left" | "right" | null {
  if (!selected || placed.label) return null;
  return placed.mark.x1 > width - OVERLAY_ROOM ? "left" : "right";
}

/** Inputs of layoutDetail. */
export interface DetailInput {
  /** The dated events to draw (the selection's, in date order). */
  events: readonly IndexedEvent[];
  scale: TimeScale;
  laneCount: number;
  laneOf: (item: IndexedEvent) => number;
  /** Full width of an event's title on one line, in pixels. */
  labelWidth: (item: IndexedEvent) => number;
  /** Width of the title wrapped onto two balanced lines (0: it does not wrap). */
  wrapWidth?: (item: IndexedEvent) => number;
  /**
   * Higher first. It must not depend on the selection: selecting an event or an actor never moves rows
   * (the selected event's title is shown over the layout when the layout has no room for it).
   */
  priority: (item: IndexedEvent) => number;
  /** Width taken by each lane's name at the left of its first row (0 for none). */
  laneTagWidth: (lane: number) => number;
  /** Rows one lane may grow to; events beyond them lose their titles and are summarised as "+N". */
  maxLaneRows: number;
  /** The widest a label is drawn on one line; wider titles wrap onto two lines of at most this width. */
  maxLabel: number;
}

const GAP = 8;
const LABEL_GAP = 4;
/** Inset of a label from the start of its bar. */
const BAR_INSET = 2;
/** Unlabelled marks closer than this many pixels are summarised together. */
const SUMMARY_JOIN = 36;

/** The packer's view of a mark. */
export function packItem(mark: MarkGeometry, labelWidth: number, priority: number, wrapWidth = 0): PackItem {
  const point = mark.kind === "point";
  const span = { start: mark.x0, end: mark.x1 };
  return {
    dot: point ? span : null,
    bar: point ? null : span,
    labelRight: point ? mark.x1 + LABEL_GAP : mark.x0 + (mark.clipStart ? 0 : BAR_INSET),
    labelLeftEnd: mark.x0 - LABEL_GAP,
    labelWidth,
    wrapWidth,
    // A span running past the window's edge is context: it yields its label to events that lie inside.
    priority: priority - (mark.clipStart || mark.clipEnd ? 0.5 : 0),
  };
}

/** Groups a lane's unlabelled events into runs of nearby marks. */
export function summarise(placed: readonly PlacedEvent[], lane: number, row: number, scale: TimeScale): LaneSummary[] {
  const bare = placed.filter((p) => !p.label).sort((a, b) => a.mark.x0 - b.mark.x0);
  const out: LaneSummary[] = [];
  for (const p of bare) {
    const last = out[out.length - 1];
    if (last && p.mark.x0 - last.x1 < SUMMARY_JOIN) {
      last.x1 = Math.max(last.x1, p.mark.x1);
      last.count++;
    } else out.push({ lane, row, x0: p.mark.x0, x1: p.mark.x1, from: 0, to: 0, count: 1 });
  }
  for (const s of out) {
    s.from = Math.floor(scale.invert(s.x0));
    s.to = Math.max(s.from, Math.ceil(scale.invert(s.x1)) - 1);
  }
  return out;
}

/** Lays out the detail view. */
export function layoutDetail(input: DetailInput): DetailLayout {
  const { events, scale, laneCount, laneOf, labelWidth, priority, laneTagWidth } = input;
  const wrapWidth = input.wrapWidth ?? (() => 0);
  const perLane: { item: IndexedEvent; mark: MarkGeometry; pack: PackItem }[][] = Array.from({ length: laneCount }, () => []);
  for (const item of events) {
    if (!item.dated) continue;
    const mark = markGeometry(item, scale);
    if (mark.x1 < 0 || mark.x0 > scale.width) continue;
    const lane = Math.min(Math.max(laneOf(item), 0), laneCount - 1);
    perLane[lane]!.push({ item, mark, pack: packItem(mark, labelWidth(item), priority(item), wrapWidth(item)) });
  }

  const lanes: LaneRows[] = [];
  const placed: PlacedEvent[] = [];
  const summaries: LaneSummary[] = [];
  let firstRow = 0;
  perLane.forEach((items, lane) => {
    const tag = laneTagWidth(lane);
    const pack = packLane(
      items.map((e) => e.pack),
      { width: scale.width, maxLabel: input.maxLabel, gap: GAP, reserved: tag > 0 ? [{ start: 0, end: tag }] : [], maxRows: input.maxLaneRows },
    );
    const here = items.map((e, i) => {
      const p = pack.placements[i]!;
      return { item: e.item, lane, row: p.row, mark: e.mark, label: p.label, text: p.text, bar: p.bar, lines: p.lines };
    });
    placed.push(...here);
    // A lane that ran out of rows says how many titles it could not show, in a row of its own under them.
    const lost = pack.rows >= input.maxLaneRows ? summarise(here, lane, pack.rows, scale) : [];
    summaries.push(...lost);
    const rows = pack.rows + (lost.length > 0 ? 1 : 0);
    lanes.push({ firstRow, rows, lines: lost.length > 0 ? [...pack.rowLines, 1] : pack.rowLines });
    firstRow += rows;
  });
  return { lanes, events: placed, totalRows: firstRow, summaries };
}
