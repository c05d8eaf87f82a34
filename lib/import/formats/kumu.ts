/**
 * Kumu: the JSON blueprint (`elements[]`, `connections[]` with `from`, `to`, `type`, `direction`, `tags`,
 * fields either at the top level or under `attributes` as in Kumu's own exports) and its two spreadsheets
 * as CSV (Elements: Label, Type, Description, Tags with `|`; Connections: From, To, Type, Direction, Tags).
 * Element types become actor kinds, connection types tie kinds, connection tags themes (actors have no
 * themes, so element tags are dropped).
 */
import { DatasetBuilder, type Origin } from "../builder";
import { findColumn, parseTable, splitList } from "../table";
import { readJsonWithList } from "../jsonFile";
import type { ImportFile } from "../types";

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** A field from the top level or from `attributes`, by any of its names (Kumu writes "element type" and "type"). */
function field(item: Loose, ...names: string[]): unknown {
  const attributes = isObject(item.attributes) ? item.attributes : {};
  for (const name of names) {
    if (item[name] !== undefined) return item[name];
    if (attributes[name] !== undefined) return attributes[name];
  }
  return undefined;
}

function tags(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(str).filter(Boolean);
  return splitList(str(value), /\|/);
}

interface Element {
  key: string[];
  label: string;
  kind: string;
  description: string;
  tags: string[];
  origin: Origin;
}

interface Connection {
  from: string;
  to: string;
  kind: string;
  direction: string;
  tags: string[];
  description: string;
  origin: Origin;
  fromOrigin: Origin;
  toOrigin: Origin;
}

/** Adds elements and connections to the builder: connections resolve by element id or label. */
function build(builder: DatasetBuilder, elements: Element[], connections: Connection[]) {
  const byKey = new Map<string, string>();
  const seen = new Map<string, Origin>();
  for (const element of elements) {
    for (const key of element.key) {
      if (!key) continue;
      if (seen.has(key) && key !== element.label) builder.problem(element.origin, `duplicate element id "${key}"`);
      seen.set(key, element.origin);
    }
    const id = builder.actor(element.label, element.origin, { kind: element.kind, description: element.description });
    if (!id) continue;
    for (const key of element.key) if (key) byKey.set(key.toLowerCase(), id);
  }
  for (const c of connections) {
    const source = byKey.get(c.from.trim().toLowerCase());
    const target = byKey.get(c.to.trim().toLowerCase());
    if (!source) builder.problem(c.fromOrigin, `connects from "${c.from}", which is not an element`);
    if (!target) builder.problem(c.toOrigin, `connects to "${c.to}", which is not an element`);
    if (!source || !target) continue;
    if (source === target) {
      builder.problem(c.toOrigin, `a connection from "${c.from}" to itself`);
      continue;
    }
    const direction = c.direction.trim().toLowerCase();
    const reversed = direction === "reverse" || direction === "reversed";
    builder.tie(
      {
        source: reversed ? target : source,
        target: reversed ? source : target,
        kind: c.kind || "connection",
        directed: direction === "" || direction === "directed" || reversed,
        summary: c.description,
        themes: c.tags.flatMap((t) => builder.theme(t) ?? []),
      },
      c.origin,
    );
  }
}

/** Reads a Kumu JSON blueprint. */
export function importKumu(files: ImportFile[]) {
  const file = files[0]!;
  const builder = new DatasetBuilder(file.name);
  const fallbackTitle = file.name.replace(/\.[^.]+$/, "");
  const json = readJsonWithList(file, builder, "elements", "a Kumu blueprint needs an elements list");
  if (!json) return { builder, fallbackTitle };
  const elements: Element[] = [];
  json.elements.forEach((raw, i) => {
    const origin = { file: file.name, column: `elements[${i}].label` };
    if (!isObject(raw)) return builder.problem(origin, "an element must be an object");
    const label = str(field(raw, "label", "name"));
    elements.push({ key: [str(raw._id), str(raw.id), label], label, kind: str(field(raw, "type", "element type")), description: str(field(raw, "description")), tags: tags(field(raw, "tags")), origin });
  });
  const connections: Connection[] = [];
  (Array.isArray(json.connections) ? json.connections : []).forEach((raw, i) => {
    const at = (f: string) => ({ file: file.name, column: `connections[${i}].${f}` });
    if (!isObject(raw)) return builder.problem(at("from"), "a connection must be an object");
    connections.push({
      from: str(raw.from),
      to: str(raw.to),
      kind: str(field(raw, "type", "connection type")),
      direction: str(field(raw, "direction", "connection direction")),
      tags: tags(field(raw, "tags")),
      description: str(field(raw, "description")),
      origin: at("type"),
      fromOrigin: at("from"),
      toOrigin: at("to"),
    });
  });
  build(builder, elements, connections);
  return { builder, fallbackTitle };
}

/** True for a Kumu Connections sheet (From and To columns), as opposed to its Elements sheet. */
export function isKumuConnections(header: readonly string[]): boolean {
  return findColumn(header, "From") !== undefined && findColumn(header, "To") !== undefined;
}

/** Reads Kumu's Elements and Connections sheets as CSV (in either order; Connections alone makes elements from its ends). */
export function importKumuCsv(files: ImportFile[]) {
  const builder = new DatasetBuilder(files[0]!.name);
  const fallbackTitle = files[0]!.name.replace(/\.[^.]+$/, "");
  const elements: Element[] = [];
  const connections: Connection[] = [];
  let sawElements = false;
  for (const file of files) {
    const { table, problems } = parseTable(file.name, file.text);
    problems.forEach((p) => builder.problem(p, p.message));
    if (problems.length) continue;
    const col = (...names: string[]) => findColumn(table.header, ...names);
    if (isKumuConnections(table.header)) {
      const [from, to, type, direction, tagCol, description] = [col("From"), col("To"), col("Type", "Connection Type"), col("Direction", "Connection Direction"), col("Tags"), col("Description")];
      for (const { row, cells } of table.rows) {
        const at = (column?: string) => ({ file: file.name, row, column });
        connections.push({
          from: cells[from!] ?? "",
          to: cells[to!] ?? "",
          kind: type ? cells[type]! : "",
          direction: direction ? cells[direction]! : "",
          tags: tags(tagCol ? cells[tagCol] : ""),
          description: description ? cells[description]! : "",
          origin: at(type),
          fromOrigin: at(from),
          toOrigin: at(to),
        });
      }
      continue;
    }
    const label = col("Label", "Name");
    if (!label) {
      builder.problem({ file: file.name, row: 1 }, "neither a Kumu Elements sheet (Label) nor a Connections sheet (From, To)");
      continue;
    }
    sawElements = true;
    const [type, description, tagCol, id] = [col("Type", "Element Type"), col("Description"), col("Tags"), col("ID", "_id")];
    for (const { row, cells } of table.rows) {
      elements.push({
        key: [id ? cells[id]! : "", cells[label] ?? ""],
        label: cells[label] ?? "",
        kind: type ? cells[type]! : "",
        description: description ? cells[description]! : "",
        tags: tags(tagCol ? cells[tagCol] : ""),
        origin: { file: file.name, row, column: label },
      });
    }
  }
  if (!sawElements) {
    // Kumu creates the elements a Connections sheet names; so do we.
    for (const c of connections) for (const name of [c.from, c.to]) if (name.trim()) elements.push({ key: [name], label: name, kind: "", description: "", tags: [], origin: c.fromOrigin });
  }
  build(builder, elements, connections);
  return { builder, fallbackTitle };
}
