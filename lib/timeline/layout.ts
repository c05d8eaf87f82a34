/**
 * The detail view's layout: each visible event's mark, lane, row and label, with lanes sharing a fixed
 * budget of rows. Pure: the same window, width and measurements give the same picture.
 */
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { allocateRows, packLane, type PackItem, type PackOptions, type PackResult, type Span } from "./labels";
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
}

/** A lane's first row (counted from the top of the lanes) and its number of rows. */
export interface LaneRows {
  firstRow: number;
  rows: number;
}

/** The whole layout: lanes top to bottom and the placed events. */
export interface DetailLayout {
  lanes: LaneRows[];
  events: PlacedEvent[];
  totalRows: number;
}

/** Inputs of layoutDetail. */
export interface DetailInput {
  /** The dated events to draw (the selection's, in date order). */
  events: readonly IndexedEvent[];
  scale: TimeScale;
  laneCount: number;
  laneOf: (item: IndexedEvent) => number;
  /** Full width of an event's label text, in pixels. */
  labelWidth: (item: IndexedEvent) => number;
  /** Higher first: the selected and highlighted events get their labels before others. */
  priority: (item: IndexedEvent) => number;
  /** Width taken by each lane's name at the left of its first row (0 for none). */
  laneTagWidth: (lane: number) => number;
  /** Rows available for all lanes together. */
  budgetRows: number;
  /** Label width caps to try, widest first: the widest whose layout fits the budget wins (else the last). */
  maxLabels?: readonly number[];
  minLabel?: number;
}

const GAP = 8;
const LABEL_GAP = 4;
/** Inset of a label from the start of its bar. */
const BAR_INSET = 2;

/** The packer's view of a mark. */
export function packItem(mark: MarkGeometry, labelWidth: number, priority: number): PackItem {
  const point = mark.kind === "point";
  const span = { start: mark.x0, end: mark.x1 };
  return {
    dot: point ? span : null,
    bar: point ? null : span,
    labelRight: point ? mark.x1 + LABEL_GAP : mark.x0 + (mark.clipStart ? 0 : BAR_INSET),
    labelLeftEnd: mark.x0 - LABEL_GAP,
    labelWidth,
    // A span running past the window's edge is context: it yields its label to events that lie inside.
    priority: priority - (mark.clipStart || mark.clipEnd ? 0.5 : 0),
  };
}

/** Packs a lane into at most `rows` rows, using one of them for overflow marks only if it must. */
function packWithin(items: PackItem[], base: Omit<PackOptions, "maxRows">, rows: number, demand: PackResult): PackResult {
  if (rows >= demand.rows) return demand;
  const packed = packLane(items, { ...base, maxRows: rows });
  if (!packed.overflowed || rows <= 1) return packed;
  return packLane(items, { ...base, maxRows: rows - 1 });
}

/** Lays out the detail view. */
export function layoutDetail(input: DetailInput): DetailLayout {
  const { events, scale, laneCount, laneOf, labelWidth, priority, laneTagWidth, budgetRows } = input;
  const caps = input.maxLabels?.length ? input.maxLabels : [200];
  const base = (lane: number, maxLabel: number): Omit<PackOptions, "maxRows"> => {
    const tag = laneTagWidth(lane);
    return {
      width: scale.width,
      maxLabel,
      minLabel: input.minLabel ?? 76,
      gap: GAP,
      reserved: tag > 0 ? [{ start: 0, end: tag }] : [],
    };
  };

  const perLane: { item: IndexedEvent; mark: MarkGeometry; pack: PackItem }[][] = Array.from({ length: laneCount }, () => []);
  for (const item of events) {
    if (!item.dated) continue;
    const mark = markGeometry(item, scale);
    if (mark.x1 < 0 || mark.x0 > scale.width) continue;
    const lane = Math.min(Math.max(laneOf(item), 0), laneCount - 1);
    perLane[lane]!.push({ item, mark, pack: packItem(mark, labelWidth(item), priority(item)) });
  }

  // With room to spare, titles show in full; when space is short, shorter labels let more events keep one.
  let maxLabel = caps[caps.length - 1]!;
  let demands: PackResult[] = [];
  for (const cap of caps) {
    maxLabel = cap;
    demands = perLane.map((items, lane) => packLane(items.map((e) => e.pack), { ...base(lane, cap), maxRows: Infinity }));
    if (demands.reduce((n, d) => n + d.rows, 0) <= budgetRows) break;
  }
  const rows = allocateRows(
    demands.map((d) => d.rows),
    budgetRows,
  );

  const lanes: LaneRows[] = [];
  const placed: PlacedEvent[] = [];
  let firstRow = 0;
  perLane.forEach((items, lane) => {
    const pack = packWithin(
      items.map((e) => e.pack),
      base(lane, maxLabel),
      rows[lane]!,
      demands[lane]!,
    );
    const laneRows = Math.max(rows[lane]!, pack.rows);
    lanes.push({ firstRow, rows: laneRows });
    items.forEach((e, i) => {
      const p = pack.placements[i]!;
      placed.push({ item: e.item, lane, row: p.row, mark: e.mark, label: p.label, text: p.text, bar: p.bar });
    });
    firstRow += laneRows;
  });
  return { lanes, events: placed, totalRows: firstRow };
}
