/**
 * A network as GEXF 1.3, dynamic, for Gephi: actors are nodes (kind and affiliation as attributes), ties are
 * edges whose span is a spell, whose phases are dynamic values of `sentiment`, and whose kind, status and weight
 * (when the dataset has weights) are attributes. Dates are written as days (timeformat "date"): a month- or
 * year-precision bound covers its whole month or year. The export writes the view's actors and ties, each tie
 * with its whole span and phases, so Gephi's timeline still shows when it held.
 */
import { toIsoDay } from "@/lib/dates";
import type { IndexedDataset, IndexedTie } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import { attrs, escapeXml } from "./xml";
import { optionalField } from "./tables";

/** The GEXF 1.3 namespace and its schema location. */
export const GEXF_NS = "http://gexf.net/1.3";
const SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

/** An interval's bounds as GEXF dates; an open (infinite) bound is left out, which GEXF reads as unbounded. */
function bounds(start: number, end: number): { start?: string; end?: string } {
  return {
    start: Number.isFinite(start) ? toIsoDay(start) : undefined,
    end: Number.isFinite(end) ? toIsoDay(end) : undefined,
  };
}

function edge(t: IndexedTie): string {
  const { tie } = t;
  const weight = optionalField(tie, "weight");
  const head = `<edge${attrs({
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: tie.directed ? "directed" : "undirected",
    label: tie.kind,
    weight: typeof weight === "number" ? weight : undefined,
  })}>`;
  const values = [
    `<attvalue${attrs({ for: "kind", value: tie.kind })}/>`,
    `<attvalue${attrs({ for: "status", value: tie.status })}/>`,
    `<attvalue${attrs({ for: "summary", value: tie.summary })}/>`,
  ];
  if (t.phases.length === 0) values.push(`<attvalue${attrs({ for: "sentiment", value: tie.sentiment })}/>`);
  for (const p of t.phases) values.push(`<attvalue${attrs({ for: "sentiment", value: p.phase.sentiment, ...bounds(p.start, p.end) })}/>`);
  const spell = Number.isFinite(t.start) || Number.isFinite(t.end) ? `<spells><spell${attrs(bounds(t.start, t.end))}/></spells>` : "";
  return `      ${head}<attvalues>${values.join("")}</attvalues>${spell}</edge>`;
}

/** Nodes or edges per part of the document (see networkGexfParts). */
const ITEMS_PER_PART = 2000;

/** Lines in parts of `perPart`, each part ending with a newline. */
function* linesInParts<T>(items: readonly T[], line: (item: T) => string, perPart: number): Generator<string> {
  for (let i = 0; i < items.length; i += perPart) yield `${items.slice(i, i + perPart).map(line).join("\n")}\n`;
}

/** Which actors and ties a document holds: by default the whole dataset's. */
export interface GexfNetwork {
  actors: readonly Actor[];
  ties: readonly IndexedTie[];
}

/** A dataset's network as a GEXF 1.3 document in parts (a caller can yield to the browser between them). */
export function* networkGexfParts(index: IndexedDataset, today: string, network?: GexfNetwork, perPart = ITEMS_PER_PART): Generator<string> {
  const { dataset } = index;
  const { actors, ties } = network ?? { actors: dataset.actors, ties: index.ties };
  const node = (a: Actor) => {
    const values = [`<attvalue${attrs({ for: "kind", value: a.kind })}/>`];
    if (a.affiliation) values.push(`<attvalue${attrs({ for: "affiliation", value: a.affiliation })}/>`);
    return `      <node${attrs({ id: a.id, label: a.name })}><attvalues>${values.join("")}</attvalues></node>`;
  };
  const source = dataset.source;
  const credit = source ? ` Source: ${source.title}${source.publisher ? `, ${source.publisher}` : ""} (${source.date}).` : " Imported data.";
  yield [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="${GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}" version="1.3">`,
    `  <meta${attrs({ lastmodifieddate: today })}>`,
    `    <creator>Linked timeline and relationship dashboard</creator>`,
    `    <title>${escapeXml(dataset.title)}</title>`,
    `    <description>${escapeXml(`${dataset.description}${credit}`.trim())}</description>`,
    `  </meta>`,
    `  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">`,
    `    <attributes class="node" mode="static">`,
    `      <attribute id="kind" title="kind" type="string"/>`,
    `      <attribute id="affiliation" title="affiliation" type="string"/>`,
    `    </attributes>`,
    `    <attributes class="edge" mode="static">`,
    `      <attribute id="kind" title="kind" type="string"/>`,
    `      <attribute id="status" title="status" type="string"/>`,
    `      <attribute id="summary" title="summary" type="string"/>`,
    `    </attributes>`,
    `    <attributes class="edge" mode="dynamic">`,
    `      <attribute id="sentiment" title="sentiment" type="integer"/>`,
    `    </attributes>`,
    `    <nodes>`,
    ``,
  ].join("\n");
  yield* linesInParts(actors, node, perPart);
  yield `    </nodes>\n    <edges>\n`;
  yield* linesInParts(ties, edge, perPart);
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}

/** A dataset's network (by default the whole) as a GEXF 1.3 document. `today` is the file's last-modified date (YYYY-MM-DD). */
export function networkGexf(index: IndexedDataset, today: string, network?: GexfNetwork): string {
  return [...networkGexfParts(index, today, network)].join("");
}
