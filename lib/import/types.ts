/** What every importer takes and gives: files in, a dataset or a list of problems out. */
import type { Dataset } from "@/lib/dataset/schema";

/** One file's name and text (already decoded; see decode.ts). */
export interface ImportFile {
  name: string;
  text: string;
}

/** The ids of the formats, as the command line and the dialog name them. */
export const FORMAT_IDS = ["dataset", "timelinejs", "timelinejs-csv", "kumu", "kumu-csv", "gexf", "gephi-csv", "events-csv"] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** Human names of the formats, for the dialog's Format select and stderr. */
export const FORMAT_NAMES: Record<FormatId, string> = {
  dataset: "Dataset JSON (this dashboard's own)",
  timelinejs: "TimelineJS 3 JSON",
  "timelinejs-csv": "TimelineJS spreadsheet (CSV)",
  kumu: "Kumu JSON blueprint",
  "kumu-csv": "Kumu spreadsheets (Elements and Connections CSV)",
  gexf: "GEXF 1.2/1.3",
  "gephi-csv": "Gephi spreadsheets (nodes and edges CSV)",
  "events-csv": "Event table (CSV or TSV; ACLED, ICEWS or mapped columns)",
};

/** The fields an event table's columns map to. */
export const MAP_FIELDS = ["date", "end", "title", "actors", "themes", "url", "description"] as const;
export type MapField = (typeof MAP_FIELDS)[number];

/** Which columns feed each field (several for actors, themes, title and description). */
export type ColumnMapping = Partial<Record<MapField, string[]>>;

/** What the person asked for beyond the files. */
export interface ImportOptions {
  id?: string;
  title?: string;
  /** Columns chosen by the person, over the ones recognised from the headers. */
  map?: ColumnMapping;
  /** Called now and then while rows are read (the page's worker shows it). */
  onProgress?: (done: number, total: number) => void;
}

/** One problem, located as precisely as the format allows: a row (the header is row 1) or a line, and a column or field. */
export interface ImportProblem {
  file: string;
  row?: number;
  line?: number;
  column?: string;
  message: string;
}

/** The outcome of an import. */
export type ImportResult = { ok: true; dataset: Dataset; format: FormatId } | { ok: false; problems: ImportProblem[]; format: FormatId | null };

/** `<file>:<row or line>:<column or field>: <message>`, with `-` where a part does not apply. */
export function formatImportProblem(p: ImportProblem): string {
  return `${p.file}:${p.row ?? p.line ?? "-"}:${p.column ?? "-"}: ${p.message}`;
}
