/**
 * The network as a standalone SVG, written from the same draw list the page's canvas renderer draws
 * (lib/network/drawList.ts): what the view shows now, with its pan, zoom, emphasis and labels.
 */
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import { SHAPES, type DrawList } from "@/lib/network/drawList";
import { GHOST, kindsInUse, LABEL_LEADER, PIN, shapePath, STRUCTURAL_COLOR, TURN_BAND, TURN_EXTRA } from "@/lib/network/encoding";
import { sentimentColor, sentimentLabel } from "@/lib/palette";
import type { SelectionQuery } from "@/lib/select";
import { creditLine, PICTURE_COLORS, titleLine, type Measure } from "./picture";
import { svgDocument, type LegendEntry } from "./svgFrame";
import { attrs, escapeXml } from "./xml";

const r1 = (v: number) => Math.round(v * 10) / 10;

function tiePaths(list: DrawList): string {
  return list.ties
    .map((g) => {
      let d = "";
      for (let i = 0; i < g.straight.length; i += 4) d += `M${r1(g.straight[i]!)} ${r1(g.straight[i + 1]!)}L${r1(g.straight[i + 2]!)} ${r1(g.straight[i + 3]!)}`;
      for (let i = 0; i < g.curved.length; i += 6) d += `M${r1(g.curved[i]!)} ${r1(g.curved[i + 1]!)}Q${r1(g.curved[i + 2]!)} ${r1(g.curved[i + 3]!)} ${r1(g.curved[i + 4]!)} ${r1(g.curved[i + 5]!)}`;
      let heads = "";
      for (let i = 0; i < g.heads.length; i += 6) heads += `M${r1(g.heads[i]!)} ${r1(g.heads[i + 1]!)}L${r1(g.heads[i + 2]!)} ${r1(g.heads[i + 3]!)}L${r1(g.heads[i + 4]!)} ${r1(g.heads[i + 5]!)}Z`;
      const line = d ? `<path${attrs({ d, fill: "none", stroke: g.color, "stroke-width": g.width, "stroke-linecap": g.width <= 1 ? "butt" : "round", "stroke-dasharray": g.dash ? g.dash.join(" ") : undefined })}/>` : "";
      const head = heads ? `<path${attrs({ d: heads, fill: g.color })}/>` : "";
      return `<g opacity="${g.alpha}">${line}${head}</g>`;
    })
    .join("");
}

function nodeShapes(list: DrawList): string {
  const kinds = PICTURE_COLORS.kinds as Record<string, string>;
  return list.nodes
    .map((g) => {
      const color = g.color ?? kinds[g.kind] ?? PICTURE_COLORS.text;
      const width = list.crowded ? (g.ring ? 1.5 : 1) : g.ring ? 2.5 : 1.5;
      let marks = "";
      for (let i = 0; i < g.shapes.length; i++) {
        const shape = SHAPES[g.shapes[i]!] ?? "circle";
        marks += `<path transform="translate(${r1(g.xyr[3 * i]!)} ${r1(g.xyr[3 * i + 1]!)})" d="${shapePath(shape, g.xyr[3 * i + 2]!)}"/>`;
      }
      return `<g${attrs({ opacity: g.alpha, fill: g.ring ? PICTURE_COLORS.background : color, stroke: g.ring ? color : PICTURE_COLORS.background, "stroke-width": width })}>${marks}</g>`;
    })
    .join("");
}

/** The draw list as SVG markup, in the order the canvas draws it. */
export function drawListSvg(list: DrawList): string {
  let ghosts = "";
  for (let i = 0; i < list.ghosts.length; i += 2) ghosts += `<circle cx="${r1(list.ghosts[i]!)}" cy="${r1(list.ghosts[i + 1]!)}" r="${GHOST.radius}"/>`;
  const rings = list.rings
    .map((r) => `<circle${attrs({ cx: r1(r.x), cy: r1(r.y), r: r1(r.r), fill: "none", stroke: r.accent ? PICTURE_COLORS.accent : PICTURE_COLORS.text, "stroke-width": r.width, "stroke-dasharray": r.dashed ? "2 2" : undefined, opacity: r.alpha })}/>`)
    .join("");
  let pins = "";
  for (let i = 0; i < list.pins.length; i += 2) pins += `<circle cx="${r1(list.pins[i]!)}" cy="${r1(list.pins[i + 1]!)}" r="${PIN.radius}"/>`;
  const leaders = list.labels
    .flatMap((l) => (l.leader ? [`<line${attrs({ x1: r1(l.leader.x1), y1: r1(l.leader.y1), x2: r1(l.leader.x2), y2: r1(l.leader.y2), opacity: LABEL_LEADER.opacity * l.alpha })}/>`] : []))
    .join("");
  const labels = list.labels
    .map((l) => `<text${attrs({ x: r1(l.x), y: r1(l.y), dy: "0.35em", "text-anchor": l.anchor, "font-weight": l.bold ? 600 : undefined, opacity: l.alpha })}>${escapeXml(l.text)}</text>`)
    .join("");
  return [
    `<g fill="${PICTURE_COLORS.ghost}" opacity="${GHOST.opacity}">${ghosts}</g>`,
    `<g>${tiePaths(list)}</g>`,
    `<g>${rings}</g>`,
    `<g>${nodeShapes(list)}</g>`,
    `<g fill="${PICTURE_COLORS.text}" stroke="${PICTURE_COLORS.background}" stroke-width="1">${pins}</g>`,
    `<g stroke="${PICTURE_COLORS.text}" stroke-width="${LABEL_LEADER.width}">${leaders}</g>`,
    // The halo is the text's own stroke painted under its fill (paint-order), as the canvas strokes then fills.
    `<g font-size="11" fill="${PICTURE_COLORS.text}" stroke="${PICTURE_COLORS.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${labels}</g>`,
  ].join("");
}

function line(color: string, extra = ""): string {
  return `<line x1="0" y1="6" x2="16" y2="6" stroke="${color}" stroke-width="2"${extra}/>`;
}

/** The network's legend: the kinds the dataset uses by shape and colour, ties by sentiment, and the other marks. */
export function networkLegend(actors: readonly Actor[]): LegendEntry[] {
  const kinds = PICTURE_COLORS.kinds as Record<string, string>;
  return [
    ...kindsInUse(actors).map(({ kind, label, shape, color }) => {
      const ring = shape === "ring";
      const fill = color ?? kinds[kind] ?? PICTURE_COLORS.text;
      return { swatch: `<path transform="translate(8 6)" d="${shapePath(shape, 5)}" fill="${ring ? "#fff" : fill}" stroke="${ring ? fill : "none"}" stroke-width="2"/>`, label };
    }),
    ...[-2, -1, 0, 1, 2].map((s) => ({ swatch: line(sentimentColor(s)), label: `${sentimentLabel(s)} tie` })),
    { swatch: line(STRUCTURAL_COLOR), label: "leads or belongs to" },
    { swatch: line(sentimentColor(0), ` stroke-dasharray="5 3"`), label: "expected" },
    { swatch: `${line(sentimentColor(0))}<path d="M10,2L16,6L10,10Z" fill="${sentimentColor(0)}"/>`, label: "directed" },
    {
      swatch: `<line x1="2" y1="6" x2="14" y2="6" stroke="${sentimentColor(1)}" stroke-width="${2 + TURN_EXTRA + TURN_BAND.extra}" stroke-opacity="${TURN_BAND.opacity}" stroke-linecap="round"/><line x1="2" y1="6" x2="14" y2="6" stroke="${sentimentColor(1)}" stroke-width="${2 + TURN_EXTRA}"/>`,
      label: "sentiment turns in the window or since the last step",
    },
    { swatch: `<circle cx="8" cy="6" r="2.5" fill="${PICTURE_COLORS.ghost}" opacity="${GHOST.opacity}"/>`, label: "not in the window" },
  ];
}

/** What the network picture shows. */
export interface NetworkPictureInput {
  index: IndexedDataset;
  query: SelectionQuery;
  counts: { actors: { visible: number; total: number }; ties: { visible: number; total: number } };
  list: DrawList;
  measure: Measure;
}

/** The frame's words for the network picture. */
export function networkWords({ index, query, counts }: Pick<NetworkPictureInput, "index" | "query" | "counts">) {
  const { title, subtitle } = titleLine(index, query.from, query.to, query.themes);
  return { title, subtitle: `${subtitle} · ${counts.actors.visible} of ${counts.actors.total} actors, ${counts.ties.visible} of ${counts.ties.total} ties`, credit: creditLine(index) };
}

/** The network picture as an SVG document. */
export function networkSvg(input: NetworkPictureInput): { svg: string } {
  const words = networkWords(input);
  const chart = `<rect width="${input.list.width}" height="${input.list.height}" fill="none" stroke="${PICTURE_COLORS.border}"/>${drawListSvg(input.list)}`;
  return { svg: svgDocument({ ...words, chart, chartWidth: input.list.width, chartHeight: input.list.height, legend: networkLegend(input.index.dataset.actors), measure: input.measure }) };
}
