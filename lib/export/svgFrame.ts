/**
 * A standalone SVG document around a chart: the title line, the chart, a legend and the credit line.
 * Everything is drawn with presentation attributes (no stylesheet, no classes), text stays text, and fonts are
 * named with fallbacks, so the file looks the same in a browser, in Inkscape or in a slide.
 */
import { FONT_FAMILY, PICTURE_COLORS, type Measure } from "./picture";
import { attrs, escapeXml } from "./xml";

/** One legend entry: a swatch (SVG markup drawn in a 16×12 box at 0,0) and its words. */
export interface LegendEntry {
  swatch: string;
  label: string;
}

/** What goes into the frame. The chart's markup is drawn at 0,0 in a box of chartWidth × chartHeight. */
export interface FrameInput {
  title: string;
  subtitle: string;
  credit: string;
  chart: string;
  chartWidth: number;
  chartHeight: number;
  legend: readonly LegendEntry[];
  measure: Measure;
}

/** Where the parts of a frame sit (the PNG export draws a canvas chart into `chart`). */
export interface FrameLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
}

const PAD = 16;
const TITLE_FONT = `600 18px ${FONT_FAMILY}`;
const LEGEND_FONT = `12px ${FONT_FAMILY}`;
const ROW = 20;

/** Legend entries flowed into rows that fit the width. */
function legendRows(entries: readonly LegendEntry[], width: number, measure: Measure) {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = 22 + measure(entry.label, LEGEND_FONT) + 16;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ entry, x, row });
    x += w;
  }
  return { placed, rows: entries.length ? row + 1 : 0 };
}

/** The frame's geometry for a chart, its words and legend: wide enough for the chart and for each line of text. */
export function frameLayout(input: Omit<FrameInput, "chart">): FrameLayout {
  const { measure } = input;
  const inner = Math.ceil(
    Math.max(input.chartWidth, measure(input.title, TITLE_FONT), measure(input.subtitle, `13px ${FONT_FAMILY}`), measure(input.credit, `11px ${FONT_FAMILY}`)),
  );
  const width = inner + 2 * PAD;
  const { rows } = legendRows(input.legend, inner, input.measure);
  const chartY = PAD + 48;
  const height = chartY + input.chartHeight + 12 + rows * ROW + 8 + 16 + PAD;
  return { width, height, chart: { x: PAD, y: chartY, width: input.chartWidth, height: input.chartHeight } };
}

/** The whole SVG document. */
export function svgDocument(input: FrameInput): string {
  const layout = frameLayout(input);
  const { placed, rows } = legendRows(input.legend, layout.width - 2 * PAD, input.measure);
  const legendY = layout.chart.y + layout.chart.height + 12;
  const legend = placed
    .map(
      ({ entry, x, row }) =>
        `<g transform="translate(${x} ${row * ROW})">${entry.swatch}<text${attrs({ x: 22, y: 10, "font-size": 12 })}>${escapeXml(entry.label)}</text></g>`,
    )
    .join("");
  const creditY = legendY + rows * ROW + 8 + 12;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` })} font-family="${escapeXml(FONT_FAMILY)}" fill="${PICTURE_COLORS.text}">`,
    `<title>${escapeXml(`${input.title} · ${input.subtitle}`)}</title>`,
    `<rect width="100%" height="100%" fill="${PICTURE_COLORS.background}"/>`,
    `<text${attrs({ x: PAD, y: PAD + 16, "font-size": 18, "font-weight": 600 })}>${escapeXml(input.title)}</text>`,
    `<text${attrs({ x: PAD, y: PAD + 36, "font-size": 13, fill: PICTURE_COLORS.muted })}>${escapeXml(input.subtitle)}</text>`,
    `<g transform="translate(${layout.chart.x} ${layout.chart.y})">${input.chart}</g>`,
    `<g transform="translate(${PAD} ${legendY})">${legend}</g>`,
    `<text${attrs({ x: PAD, y: creditY, "font-size": 11, fill: PICTURE_COLORS.muted })}>${escapeXml(input.credit)}</text>`,
    `</svg>`,
    ``,
  ].join("\n");
}

