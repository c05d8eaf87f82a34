/**
 * GEXF 1.2 and 1.3, static and dynamic, parsed with fast-xml-parser (not regular expressions). Nodes become
 * actors and edges ties; `start`/`end` and `spells` become spans (several spells: the first start to the
 * last end); dynamic `attvalue`s of a numeric edge attribute named like weight or sentiment become phases.
 * A DOCTYPE or entity declaration is refused before parsing: no entity is ever expanded.
 */
import { XMLParser } from "fast-xml-parser";
import { isoRange } from "@/lib/dates";
import { DatasetBuilder, type Origin } from "../builder";
import { fromParts, readDate, type ReadDate } from "../dates";
import type { ImportFile } from "../types";

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isObject);
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "");

const dayOf = (iso: string) => isoRange(iso).start;

/** The line of a character offset, for problems. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Reads a GEXF time value for a timeformat: dates as they are, integer or double years when whole. */
function gexfTime(raw: string, timeformat: string): ReadDate | { problem: string } | null {
  const text = raw.trim();
  if (!text) return null;
  if (timeformat === "integer" || timeformat === "double" || timeformat === "float" || timeformat === "long") {
    const n = Number(text);
    if (!Number.isFinite(n)) return { problem: `"${text}" is not a number (timeformat ${timeformat})` };
    if (!Number.isInteger(n)) return { problem: `"${text}" is not a whole year: only ${timeformat} times that are years can be read` };
    return fromParts(n);
  }
  const read = readDate(text);
  return read;
}

const SENTIMENT = /sentiment|valence|tone/i;
const WEIGHT = /^weight$/i;

/** Reads a GEXF file. */
export function importGexf(files: ImportFile[]) {
  const file = files[0]!;
  const builder = new DatasetBuilder(file.name);
  const fallbackTitle = file.name.replace(/\.[^.]+$/, "");
  const text = file.text.replace(/^\uFEFF/, "");
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    builder.problem({ file: file.name, line: lineAt(text, declaration.index) }, `a ${declaration[1]!.toUpperCase()} declaration is not allowed: GEXF needs none, and entities are never expanded`);
    return { builder, fallbackTitle };
  }
  let doc: Loose;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      removeNSPrefix: true,
      parseAttributeValue: false,
      parseTagValue: false,
      processEntities: true,
      htmlEntities: false,
      isArray: (name) => ["node", "edge", "attvalue", "spell", "attribute", "attributes"].includes(name),
    });
    doc = parser.parse(text, true) as Loose;
  } catch (error) {
    const message = (error as Error).message;
    const line = /Line[: ]+(\d+)/i.exec(message)?.[1];
    builder.problem({ file: file.name, ...(line && { line: Number(line) }) }, `not well-formed XML: ${message.split("\n")[0]}`);
    return { builder, fallbackTitle };
  }
  const gexf = isObject(doc.gexf) ? doc.gexf : null;
  const graph = gexf && isObject(gexf.graph) ? gexf.graph : null;
  if (!graph) {
    builder.problem({ file: file.name, column: "gexf/graph" }, "not a GEXF file: no <gexf><graph>");
    return { builder, fallbackTitle };
  }
  const meta = gexf && isObject(gexf.meta) ? gexf.meta : {};
  builder.title = str(meta.title);
  builder.description = str(meta.description);
  const timeformat = str(graph.timeformat) || "double";
  const defaultDirected = str(graph.defaultedgetype) !== "undirected";

  // Attribute titles by class and id (attvalue `for` names an id, or a title in old files).
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of list(graph.attributes)) {
    const cls = str(block.class) === "edge" ? "edge" : "node";
    for (const a of list(block.attribute)) titles[cls].set(str(a.id), str(a.title) || str(a.id));
  }

  const time = (value: unknown, origin: Origin): ReadDate | null | undefined => {
    const read = gexfTime(str(value), timeformat);
    if (read && "problem" in read) {
      builder.problem(origin, read.problem);
      return undefined;
    }
    return read;
  };
  /** The span of an element: its start/end, or its spells' first start to last end. */
  const spanOf = (el: Loose, origin: Origin): { start?: string; end?: string } | undefined | null => {
    const spells = isObject(el.spells) ? list(el.spells.spell) : [];
    const bounds = [{ start: el.start ?? el.startopen, end: el.end ?? el.endopen }, ...spells.map((s) => ({ start: s.start ?? s.startopen, end: s.end ?? s.endopen }))];
    let first: ReadDate | null = null;
    let last: ReadDate | null = null;
    let open = { start: false, end: false };
    for (const b of bounds) {
      const s = time(b.start, { ...origin, column: `${origin.column}@start` });
      const e = time(b.end, { ...origin, column: `${origin.column}@end` });
      if (s === undefined || e === undefined) return undefined;
      if (b !== bounds[0] || s || e) {
        if (!s) open = { ...open, start: true };
        if (!e) open = { ...open, end: true };
      }
      if (s && (!first || dayOf(s.iso) < dayOf(first.iso))) first = s;
      if (e && (!last || dayOf(e.iso) > dayOf(last.iso))) last = e;
    }
    if (!first && !last) return null;
    return { ...(first && !open.start && { start: first.iso }), ...(last && !open.end && { end: last.iso }) };
  };

  const nodes = isObject(graph.nodes) ? list(graph.nodes.node) : [];
  const nodeIds = new Map<string, string>();
  nodes.forEach((node, i) => {
    const origin = { file: file.name, column: `node[${i}]` };
    const id = str(node.id);
    if (!id) return builder.problem({ ...origin, column: `${origin.column}@id` }, "a node needs an id");
    if (nodeIds.has(id)) return builder.problem({ ...origin, column: `${origin.column}@id` }, `duplicate node id "${id}"`);
    const values = isObject(node.attvalues) ? list(node.attvalues.attvalue) : [];
    const kindValue = values.find((v) => /^(type|kind|category|class)$/i.test(titles.node.get(str(v.for)) ?? str(v.for)));
    const describe = values.find((v) => /^description$/i.test(titles.node.get(str(v.for)) ?? str(v.for)));
    const actor = builder.actor(str(node.label) || id, { ...origin, column: `${origin.column}@label` }, { kind: str(kindValue?.value), description: str(describe?.value) });
    if (actor) nodeIds.set(id, actor);
    spanOf(node, origin); // checked for problems; actors have no span of their own
  });

  const edges = isObject(graph.edges) ? list(graph.edges.edge) : [];
  const edgeIds = new Set<string>();
  edges.forEach((edge, i) => {
    const origin = { file: file.name, column: `edge[${i}]` };
    const id = str(edge.id);
    if (id && edgeIds.has(id)) return builder.problem({ ...origin, column: `${origin.column}@id` }, `duplicate edge id "${id}"`);
    if (id) edgeIds.add(id);
    const source = nodeIds.get(str(edge.source));
    const target = nodeIds.get(str(edge.target));
    if (!source) builder.problem({ ...origin, column: `${origin.column}@source` }, `source "${str(edge.source)}" is not a node`);
    if (!target) builder.problem({ ...origin, column: `${origin.column}@target` }, `target "${str(edge.target)}" is not a node`);
    if (!source || !target) return;
    if (source === target) return builder.problem({ ...origin, column: `${origin.column}@target` }, "an edge from a node to itself (a self-loop) cannot be drawn");
    const span = spanOf(edge, origin);
    if (span === undefined) return;
    const values = isObject(edge.attvalues) ? list(edge.attvalues.attvalue) : [];
    const phases = edgePhases(values, titles.edge, time, origin);
    if (phases === undefined) return;
    const type = str(edge.type);
    const weight = Number(str(edge.weight));
    builder.tie(
      {
        source,
        target,
        kind: str(edge.kind) || str(edge.label) || "edge",
        directed: type ? type === "directed" : defaultDirected,
        ...(str(edge.weight) && { weight }),
        ...(span && { span }),
        phases,
        summary: str(edge.label),
      },
      origin,
    );
  });
  return { builder, fallbackTitle };
}

/**
 * Phases from a tie's dynamic values: a numeric "sentiment" attribute gives the sentiment (clamped to −2…+2),
 * any other dynamic value becomes a neutral phase noting it ("weight 3").
 */
function edgePhases(values: Loose[], titles: Map<string, string>, time: (v: unknown, o: Origin) => ReadDate | null | undefined, origin: Origin): Record<string, unknown>[] | undefined {
  const dynamic = values.filter((v) => v.start !== undefined || v.end !== undefined);
  const phases: { start?: string; end?: string; sentiment: number; note: string }[] = [];
  for (const [i, v] of dynamic.entries()) {
    const at = { ...origin, column: `${origin.column}.attvalue[${i}]` };
    const s = time(v.start, at);
    const e = time(v.end, at);
    if (s === undefined || e === undefined) return undefined;
    const title = titles.get(str(v.for)) ?? str(v.for);
    const value = str(v.value);
    const number = Number(value);
    const sentiment = SENTIMENT.test(title) && Number.isFinite(number) ? Math.max(-2, Math.min(2, Math.round(number))) : 0;
    phases.push({ ...(s && { start: s.iso }), ...(e && { end: e.iso }), sentiment, note: WEIGHT.test(title) ? `weight ${value}` : `${title} ${value}` });
  }
  // Phases must follow one another: sorted by start, overlapping ones (values of different attributes) dropped.
  const from = (iso?: string) => (iso ? isoRange(iso).start : -Infinity);
  phases.sort((a, b) => from(a.start) - from(b.start));
  const kept: typeof phases = [];
  for (const p of phases) {
    const previous = kept[kept.length - 1];
    if (previous && (!previous.end || from(p.start) <= isoRange(previous.end).end)) continue;
    kept.push(p);
  }
  return kept;
}
