/** Messages between the Open data dialog and its import worker. */
import type { ColumnMapping, FormatId, ImportProblem } from "@/lib/import/types";

/**
 * Import files (their bytes, transferred) with the person's choices, or keep the last imported dataset in
 * this browser. `seq` pairs answers with requests. The dataset itself never crosses to the page: copying a
 * 100,000-event dataset into the main thread would freeze it for most of a second.
 */
export type ImportRequest =
  | { type: "import"; seq: number; files: { name: string; bytes: ArrayBuffer }[]; format?: FormatId; map?: ColumnMapping }
  | { type: "save"; seq: number };

/** An event table's header and the mapping suggested for it. */
export interface TableColumns {
  header: string[];
  suggested: ColumnMapping;
  profile: string;
}

/** What the dialog learns of an import: the dataset's id, title and counts, or the problems. */
export type ImportOutcome = { ok: true; format: FormatId; id: string; title: string; summary: string } | { ok: false; format: FormatId | null; problems: ImportProblem[] };

/** Progress while the worker runs, then the outcome; then whether the dataset was kept. */
export type ImportResponse =
  | { type: "progress"; seq: number; stage: string }
  | { type: "done"; seq: number; outcome: ImportOutcome; columns?: TableColumns }
  | { type: "saved"; seq: number; id: string }
  | { type: "save-failed"; seq: number; message: string };
