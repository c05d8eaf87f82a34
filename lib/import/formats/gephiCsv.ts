/**
 * Gephi's Data Laboratory spreadsheets as CSV: nodes (`Id, Label, …`) and edges (`Source, Target, Type,
 * Label, Weight`, optionally `Time Interval` as `<[start, end]>` or several `<[a, b]; [c, d]>`). A node
 * column named Type, Kind or Category gives the actor kind; an edges file alone makes nodes of its ends.
 */
import { isoRange } from "@/lib/dates";
import { DatasetBuilder } from "../builder";
import { isDateProblem, readDate, type ReadDate } from "../dates";
import { findColumn, parseTable, type Table } from "../table";
import type { ImportFile } from "../types";

/** True for an edges sheet (Source and Target columns). */
export function isGephiEdges(header: readonly string[]): boolean {
  return findColumn(header, "Source") !== undefined && findColumn(header, "Target") !== undefined;
}

/** `<[2007, 2009]>` or `<[2007, 2008); [2010, 2012]>` → the first start and the last end, or a problem. */
export function readInterval(raw: string): { start?: string; end?: string } | { problem: string } | null {
  const text = raw.trim();
  if (!text) return null;
  const inner = /^<(.*)>$/s.exec(text)?.[1];
  if (inner === undefined) return { problem: `"${text}" is not a Gephi interval like <[2007, 2009]>` };
  let first: ReadDate | null = null;
  let last: ReadDate | null = null;
  for (const piece of inner.split(";")) {
    const m = /^\s*[[(]\s*([^,]*?)\s*,\s*([^\])]*?)\s*[\])]\s*$/.exec(piece);
    if (!m) return { problem: `"${piece.trim()}" is not an interval like [2007, 2009]` };
    const bounds = [m[1]!, m[2]!].map((b) => (/^(-?inf(inity)?)$/i.test(b) ? null : readDate(b)));
    for (const b of bounds) if (isDateProblem(b)) return b;
    const [s, e] = bounds as (ReadDate | null)[];
    if (s && (!first || isoRange(s.iso).start < isoRange(first.iso).start)) first = s;
    if (e && (!last || isoRange(e.iso).end > isoRange(last.iso).end)) last = e;
  }
  return { ...(first && { start: first.iso }), ...(last && { end: last.iso }) };
}

/** Reads Gephi's nodes and edges CSVs (in either order). */
export function importGephiCsv(files: ImportFile[]) {
  const builder = new DatasetBuilder(files[0]!.name);
  const fallbackTitle = files[0]!.name.replace(/\.[^.]+$/, "");
  const tables: { name: string; table: Table }[] = [];
  for (const file of files) {
    const { table, problems } = parseTable(file.name, file.text);
    problems.forEach((p) => builder.problem(p, p.message));
    if (!problems.length) tables.push({ name: file.name, table });
  }
  if (builder.failed) return { builder, fallbackTitle };
  const nodes = tables.filter((t) => !isGephiEdges(t.table.header));
  const edges = tables.filter((t) => isGephiEdges(t.table.header));
  const byId = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const { name, table } of nodes) {
    const col = (...n: string[]) => findColumn(table.header, ...n);
    const [id, label, kind, description] = [col("Id"), col("Label"), col("Type", "Kind", "Category"), col("Description")];
    if (!id) {
      builder.problem({ file: name, row: 1 }, "a Gephi nodes sheet needs an Id column (an edges sheet needs Source and Target)");
      continue;
    }
    for (const { row, cells } of table.rows) {
      const key = (cells[id] ?? "").trim();
      if (!key) {
        builder.problem({ file: name, row, column: id }, "a node needs an Id");
        continue;
      }
      if (seen.has(key)) {
        builder.problem({ file: name, row, column: id }, `duplicate node Id "${key}" (also ${seen.get(key)})`);
        continue;
      }
      seen.set(key, `row ${row}`);
      const actor = builder.actor((label && cells[label]?.trim()) || key, { file: name, row, column: label ?? id }, { kind: kind ? cells[kind] : "", description: description ? cells[description] : "" });
      if (actor) byId.set(key, actor);
    }
  }
  for (const { name, table } of edges) {
    const col = (...n: string[]) => findColumn(table.header, ...n);
    const [source, target, type, label, weight, interval, kind] = [col("Source"), col("Target"), col("Type"), col("Label"), col("Weight"), col("Time Interval", "Interval", "Timeset"), col("Kind", "Relationship")];
    for (const { row, cells } of table.rows) {
      const at = (column?: string) => ({ file: name, row, column });
      const ends = [source!, target!].map((column) => {
        const key = (cells[column] ?? "").trim();
        // Without a nodes sheet, Gephi creates the nodes an edge names; with one, an unknown node is a mistake.
        if (!byId.has(key) && nodes.length === 0 && key) {
          const actor = builder.actor(key, at(column));
          if (actor) byId.set(key, actor);
        }
        const id = byId.get(key);
        if (!id) builder.problem(at(column), `"${key}" is not a node in the nodes sheet`);
        return id;
      });
      const [s, t] = ends;
      if (!s || !t) continue;
      if (s === t) {
        builder.problem(at(target), "an edge from a node to itself (a self-loop) cannot be drawn");
        continue;
      }
      const span = interval ? readInterval(cells[interval] ?? "") : null;
      if (span && "problem" in span) {
        builder.problem(at(interval), span.problem);
        continue;
      }
      const w = weight ? Number(cells[weight]) : NaN;
      if (weight && cells[weight]?.trim() && !Number.isFinite(w)) {
        builder.problem(at(weight), `"${cells[weight]}" is not a number`);
        continue;
      }
      const typeText = (type ? cells[type] ?? "" : "").trim().toLowerCase();
      builder.tie(
        {
          source: s,
          target: t,
          kind: (kind && cells[kind]) || (label && cells[label]) || "edge",
          directed: typeText !== "undirected",
          ...(Number.isFinite(w) && { weight: w }),
          ...(span && { span }),
          summary: label ? cells[label] : "",
        },
        at(source),
      );
    }
  }
  return { builder, fallbackTitle };
}
