/**
 * The timeline as a standalone SVG, laid out by the same code as the page's detail view (lib/timeline:
 * scale, lanes, marks, label packing, ticks), with the same emphasis for the selection.
 */
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { DatasetEvent } from "@/lib/dataset/schema";
import { formatDayShort } from "@/lib/dates";
import { eventEmphasis, type Emphasis, type Focus } from "@/lib/highlight";
import { themeColors } from "@/lib/palette";
import type { Selection, SelectionQuery } from "@/lib/select";
import { binEvents } from "@/lib/timeline/bins";
import { binBox, heatCells } from "@/lib/timeline/heat";
import { laneIndexer, lanesFor, type Lane } from "@/lib/timeline/lanes";
import { layoutDetail, type PlacedEvent } from "@/lib/timeline/layout";
import { ROW_HEIGHT, TEXT_HEIGHT } from "@/lib/timeline/rowGeometry";
import { timeScale } from "@/lib/timeline/scale";
import { axisTicks } from "@/lib/timeline/ticks";
import { BIN_UNITS, chooseUnit } from "@/lib/timeline/units";
import { creditLine, FONT_FAMILY, PICTURE_COLORS, titleLine, type Measure } from "./picture";
import { svgDocument, type LegendEntry } from "./svgFrame";
import { attrs, escapeXml } from "./xml";

const AXIS = 24;
const LANE_PAD = 3;
const LABEL_FONT = `12px ${FONT_FAMILY}`;
const PRIORITY: Record<Emphasis, number> = { selected: 3, related: 2, normal: 1, dimmed: 0 };
/** As on the page (the contract): above this many events in the window, bins instead of one mark per event. */
const MAX_EVENT_MARKS = 300;
const BIN_LANE_HEIGHT = 26;

/** What the timeline picture shows. */
export interface TimelinePictureInput {
  index: IndexedDataset;
  selection: Selection;
  query: SelectionQuery;
  focus: Focus;
  width: number;
  measure: Measure;
}

/** Text cut to a width with an ellipsis (SVG text does not clip itself). */
function fit(text: string, width: number, measure: Measure): string {
  if (measure(text, LABEL_FONT) <= width) return text;
  let end = text.length;
  while (end > 1 && measure(`${text.slice(0, end)}…`, LABEL_FONT) > width) end--;
  return `${text.slice(0, end)}…`;
}

function mark(p: PlacedEvent, color: string, top: number, emphasis: Emphasis, measure: Measure): string {
  const { event } = p.item;
  const expected = event.status === "expected";
  const opacity = emphasis === "dimmed" ? 0.25 : 1;
  const parts: string[] = [];
  if (emphasis === "selected" || emphasis === "related") {
    const box = p.text ?? p.bar;
    if (box) parts.push(`<rect${attrs({ x: box.start - 2, y: top, width: box.end - box.start + 4, height: 15, rx: 3, fill: PICTURE_COLORS.accent, "fill-opacity": emphasis === "selected" ? 0.22 : 0.14, stroke: emphasis === "selected" ? PICTURE_COLORS.accent : undefined, "stroke-width": emphasis === "selected" ? 2 : undefined })}/>`);
  }
  if (p.bar) {
    const fill = p.mark.kind === "imprecise" ? `url(#fade-${color.slice(1)})` : color;
    parts.push(`<rect${attrs({ x: p.bar.start, y: top + TEXT_HEIGHT, width: Math.max(1, p.bar.end - p.bar.start), height: 4, rx: 2, fill: expected ? "none" : fill, stroke: expected ? color : undefined, "stroke-dasharray": expected ? "3 2" : undefined, opacity })}/>`);
  }
  if (p.mark.kind === "point") {
    const cx = (p.mark.x0 + p.mark.x1) / 2;
    parts.push(`<circle${attrs({ cx, cy: top + 7, r: 5, fill: expected ? PICTURE_COLORS.background : color, stroke: expected ? color : PICTURE_COLORS.background, "stroke-width": expected ? 2 : 1.5, "stroke-dasharray": expected ? "2 1.5" : undefined, opacity })}/>`);
  }
  if (p.label) {
    const text = fit(event.title, p.label.end - p.label.start, measure);
    parts.push(`<text${attrs({ x: p.label.start, y: top + 11, "font-size": 12, "font-style": expected ? "italic" : undefined, "font-weight": emphasis === "selected" ? 600 : undefined, fill: emphasis === "dimmed" ? PICTURE_COLORS.muted : PICTURE_COLORS.text })}>${escapeXml(text)}</text>`);
  }
  return `<g>${parts.join("")}</g>`;
}

/** Too many events for a mark each: calendar bins with a heat cell per lane, as the page's detail view draws them. */
function binnedMarks(input: TimelinePictureInput, lanes: readonly Lane[], laneOf: (event: DatasetEvent) => number) {
  const { selection, query, width } = input;
  const scale = timeScale(query.from, query.to, width);
  const unit = chooseUnit(scale.pxPerDay, 16, BIN_UNITS);
  const bins = binEvents(selection.dated, query.from, query.to, unit, (e) => laneOf(e.event), lanes.length);
  const cells = heatCells(bins, lanes, scale, BIN_LANE_HEIGHT).map(
    (c) => `<rect${attrs({ x: c.x, y: AXIS + c.y, width: c.width, height: c.height, fill: c.color, opacity: Math.round(c.alpha * 100) / 100 })}/>`,
  );
  const counts = bins.flatMap((bin) => {
    const box = binBox(bin, scale);
    return bin.count > 0 && box.span >= 26
      ? [`<text${attrs({ x: box.left + box.span / 2, y: AXIS + lanes.length * BIN_LANE_HEIGHT - 4, "font-size": 10, "text-anchor": "middle", fill: PICTURE_COLORS.text })}>${bin.count}</text>`]
      : [];
  });
  return { marks: [...cells, ...counts].join(""), height: AXIS + lanes.length * BIN_LANE_HEIGHT + 4 };
}

/** The chart part of the timeline picture: axis, lanes and marks, and its height. */
export function timelineChart(input: TimelinePictureInput) {
  const { index, selection, query, focus, width, measure } = input;
  const colors = themeColors(index.dataset.themes.map((t) => t.id));
  const unthemed = index.events.some((e) => e.event.themes.length === 0);
  const lanes = lanesFor(index.dataset.themes, query.themes, colors, unthemed);
  const laneOfEvent = laneIndexer(lanes);
  const scale = timeScale(query.from, query.to, width);
  const tagWidths = lanes.map((l) => Math.ceil(Math.min(measure(l.label, `600 11px ${FONT_FAMILY}`), 140)) + 30);
  const binned = selection.events.length > MAX_EVENT_MARKS ? binnedMarks(input, lanes, laneOfEvent) : null;
  const layout = binned ? { lanes: lanes.map((_, i) => ({ firstRow: i, rows: 1, lines: [1] })), events: [], totalRows: lanes.length, summaries: [] } : layoutDetail({
    events: selection.dated,
    scale,
    laneCount: lanes.length,
    laneOf: (e) => laneOfEvent(e.event),
    labelWidth: (e) => Math.ceil(measure(e.event.title, LABEL_FONT)) + 2,
    priority: (e) => PRIORITY[eventEmphasis(e.event, focus)] + (e.event.basis === "article" ? 0.3 : 0),
    laneTagWidth: (i) => tagWidths[i] ?? 0,
    // A picture is not bound to the panel's height: each lane gets the rows its labels need, within reason.
    // Titles are drawn on one line here (no wrapping in the picture yet), so the cap is generous.
    maxLaneRows: 12,
    maxLabel: 360,
  });
  const laneTop = (i: number) => (binned ? AXIS + i * BIN_LANE_HEIGHT : AXIS + (layout.lanes[i]?.firstRow ?? 0) * ROW_HEIGHT + i * LANE_PAD);
  const laneHeight = (i: number) => (binned ? BIN_LANE_HEIGHT : (layout.lanes[i]?.rows ?? 1) * ROW_HEIGHT + LANE_PAD);
  const height = binned ? binned.height : AXIS + layout.totalRows * ROW_HEIGHT + lanes.length * LANE_PAD + 4;

  const defs = lanes
    .map((l) => `<linearGradient id="fade-${l.color.slice(1)}"><stop offset="0" stop-color="${l.color}" stop-opacity="0.15"/><stop offset="0.3" stop-color="${l.color}"/><stop offset="0.7" stop-color="${l.color}"/><stop offset="1" stop-color="${l.color}" stop-opacity="0.15"/></linearGradient>`)
    .join("");
  const bands = lanes
    .map((lane, i) => {
      const top = laneTop(i);
      const h = laneHeight(i);
      return `<g><rect${attrs({ x: 0, y: top, width, height: h, fill: i % 2 ? PICTURE_COLORS.laneOdd : PICTURE_COLORS.background })}/><rect${attrs({ x: 4, y: top + 5, width: 8, height: 8, rx: 2, fill: lane.color })}/><text${attrs({ x: 16, y: top + 13, "font-size": 11, "font-weight": 600, fill: PICTURE_COLORS.muted })}>${escapeXml(fit(lane.label, (tagWidths[i] ?? 30) - 24, measure))}</text></g>`;
    })
    .join("");
  const ticks = axisTicks(scale, { minSpacing: 70, charWidth: 6.4 })
    .map((t) => `<g><line${attrs({ x1: t.x, x2: t.x, y1: AXIS - 6, y2: height, stroke: PICTURE_COLORS.border, "stroke-width": t.major ? 1 : 0.5 })}/>${t.label ? `<text${attrs({ x: t.x + 3, y: 14, "font-size": 11, fill: PICTURE_COLORS.muted })}>${escapeXml(t.label)}</text>` : ""}</g>`)
    .join("");
  // The as-of line only where the dataset has an analysis date (imported data may not).
  const asOfX = index.asOf === null ? -1 : scale.x(index.asOf + 1);
  const asOf = asOfX >= 0 && asOfX <= width ? `<line${attrs({ x1: asOfX, x2: asOfX, y1: AXIS - 6, y2: height, stroke: PICTURE_COLORS.text, "stroke-dasharray": "4 3" })}/>` : "";
  const marks = binned ? binned.marks : layout.events.map((p) => mark(p, lanes[p.lane]?.color ?? "#7F7F7F", laneTop(p.lane) + LANE_PAD / 2 + p.row * ROW_HEIGHT, eventEmphasis(p.item.event, focus), measure)).join("");
  const chart = `<defs>${defs}</defs><g>${bands}</g><g>${ticks}</g>${asOf}<g>${marks}</g>`;
  return { chart, height, lanes };
}

/** The timeline picture as an SVG document. */
export function timelineSvg(input: TimelinePictureInput): { svg: string } {
  const { index, query, measure, width, selection } = input;
  const { chart, height, lanes } = timelineChart(input);
  const swatch = (markup: string) => markup;
  const c = PICTURE_COLORS.muted;
  const legend: LegendEntry[] = [
    ...lanes.map((l) => ({ swatch: `<rect x="2" y="1" width="12" height="10" rx="2" fill="${l.color}"/>`, label: l.label })),
    { swatch: swatch(`<circle cx="8" cy="6" r="5" fill="${c}"/>`), label: "Day" },
    { swatch: `<rect x="0" y="4" width="16" height="4" rx="2" fill="${c}"/>`, label: "Dated span" },
    { swatch: `<rect x="0" y="4" width="16" height="4" rx="2" fill="${c}" fill-opacity="0.45"/>`, label: "Month or year only" },
    { swatch: `<circle cx="8" cy="6" r="4.5" fill="#fff" stroke="${c}" stroke-width="2" stroke-dasharray="2 1.5"/>`, label: "Expected" },
    ...(index.asOf === null ? [] : [{ swatch: `<line x1="8" x2="8" y1="0" y2="12" stroke="${PICTURE_COLORS.text}" stroke-dasharray="4 3"/>`, label: `As of ${formatDayShort(index.asOf)}` }]),
  ];
  const { title, subtitle } = titleLine(index, query.from, query.to, query.themes);
  const undated = selection.undated.length ? ` · ${selection.undated.length} undated ${selection.undated.length === 1 ? "event" : "events"} not drawn` : "";
  const svg = svgDocument({ title, subtitle: `${subtitle} · ${selection.counts.events.visible} of ${selection.counts.events.total} events${undated}`, credit: creditLine(index), chart, chartWidth: width, chartHeight: height, legend, measure });
  return { svg };
}
