/**
 * CSV and TSV through papaparse (quotes, embedded newlines, both separators); rows keep their numbers as a
 * person counts them in a spreadsheet: the header is row 1.
 */
import Papa from "papaparse";
import type { ImportProblem } from "./types";

/** A table: its header and its rows, each row's cells by column name, with its row number. */
export interface Table {
  header: string[];
  rows: { row: number; cells: Record<string, string> }[];
}

/** Parses a CSV or TSV file. Problems carry the row (header = 1). */
export function parseTable(file: string, text: string): { table: Table; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const empty: Table = { header: [], rows: [] };
  if (body.trim() === "") return { table: empty, problems: [{ file, message: "the file is empty" }] };
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = firstLine.includes("\t") ? "\t" : firstLine.includes(",") ? "," : firstLine.includes(";") ? ";" : ",";
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: "greedy" });
  for (const error of parsed.errors.slice(0, 20)) {
    const row = error.row === undefined ? undefined : error.row + 1;
    const message =
      error.code === "MissingQuotes" ? "a quoted cell is never closed (unbalanced quotes)" : error.code === "InvalidQuotes" ? "a quote inside a cell is not escaped (write it twice: \"\")" : error.message;
    if (error.code === "UndetectableDelimiter") continue;
    problems.push({ file, ...(row !== undefined && { row }), message });
  }
  const [headerRow, ...data] = parsed.data;
  const header = (headerRow ?? []).map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name && seen.has(name)) problems.push({ file, row: 1, column: name, message: `column "${name}" appears twice` });
    seen.add(name);
    if (!name && data.some((r) => (r[i] ?? "").trim() !== "")) problems.push({ file, row: 1, column: `column ${i + 1}`, message: "a column with data has no name" });
  });
  const rows = data.map((cells, i) => {
    const record: Record<string, string> = {};
    header.forEach((name, c) => {
      if (name) record[name] = cells[c] ?? "";
    });
    return { row: i + 2, cells: record };
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ file, row: 1, message: "the file has a header but no rows" });
  return { table: { header, rows }, problems };
}

/** The first header among the candidates the table has (compared without case, spaces or underscores). */
export function findColumn(header: readonly string[], ...candidates: string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const wanted = candidates.map(norm);
  for (const w of wanted) {
    const hit = header.find((h) => norm(h) === w);
    if (hit) return hit;
  }
  return undefined;
}

/** Splits a multi-valued cell: `a; b | c` → `["a", "b", "c"]`. */
export function splitList(cell: string | undefined, separators = /[;|]/): string[] {
  if (!cell) return [];
  return cell
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}
