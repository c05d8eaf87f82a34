/** Which format a set of files is in, from their names and first bytes (the person can always override). */
import Papa from "papaparse";
import { parseJsonFile } from "./jsonFile";
import { findColumn } from "./table";
import type { FormatId, ImportFile, ImportProblem } from "./types";

function headerOf(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, "").slice(0, 64 * 1024).split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") ? "\t" : firstLine.includes(",") ? "," : ";";
  return (Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? []).map((h) => h.trim());
}

function jsonFormat(text: string): FormatId | null {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if (Array.isArray(o.elements) || Array.isArray(o.connections)) return "kumu";
  if (Array.isArray(o.actors) || Array.isArray(o.ties) || typeof o.$schema === "string") return "dataset";
  if (Array.isArray(o.events)) {
    const first = o.events[0] as Record<string, unknown> | undefined;
    return first && ("start_date" in first || "text" in first) ? "timelinejs" : "dataset";
  }
  return null;
}

/** One file's format, or null when nothing about it is recognised. */
export function detectFile(file: ImportFile): FormatId | null {
  const name = file.name.toLowerCase();
  const start = file.text.replace(/^\uFEFF/, "").trimStart().slice(0, 512);
  if (name.endsWith(".gexf") || start.startsWith("<?xml") || start.startsWith("<gexf")) return "gexf";
  if (name.endsWith(".json") || start.startsWith("{")) return jsonFormat(file.text);
  if (start === "") return null;
  const header = headerOf(file.text);
  const has = (...names: string[]) => names.every((n) => findColumn(header, n) !== undefined);
  if (has("Year", "Headline")) return "timelinejs-csv";
  if (has("Source", "Target")) return "gephi-csv";
  if (has("Id") && !has("From")) return header.length <= 12 && !has("Date") ? "gephi-csv" : "events-csv";
  if (has("From", "To")) return "kumu-csv";
  if (has("Label") && !has("Date")) return "kumu-csv";
  return "events-csv";
}

/** The format of all the files together, or why it cannot be told. */
export function detectFormat(files: ImportFile[]): { format: FormatId } | { problem: ImportProblem } {
  const formats = files.map(detectFile);
  const unknown = files.find((_, i) => formats[i] === null);
  if (unknown) {
    const looksJson = unknown.name.toLowerCase().endsWith(".json") || /^\s*[{[]/.test(unknown.text.replace(/^\uFEFF/, ""));
    const parsed = looksJson ? parseJsonFile(unknown) : null;
    return { problem: parsed && !parsed.ok ? parsed.problem : { file: unknown.name, message: "the format is not recognised; choose it by hand (Format, or --format on the command line)" } };
  }
  const distinct = [...new Set(formats)] as FormatId[];
  if (distinct.length > 1) {
    return { problem: { file: files[0]!.name, message: `the files look like different formats (${files.map((f, i) => `${f.name}: ${formats[i]}`).join(", ")}); import them one at a time or choose the format` } };
  }
  return { format: distinct[0]! };
}
