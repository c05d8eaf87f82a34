/** Messages between the Open data dialog and its import worker. */
import type { ColumnMapping, FormatId, ImportResult } from "@/lib/import/types";

/** Files to import (their bytes, transferred), with the person's choices. `seq` pairs answers with requests. */
export interface ImportRequest {
  seq: number;
  files: { name: string; bytes: ArrayBuffer }[];
  format?: FormatId;
  map?: ColumnMapping;
}

/** An event table's header and the mapping suggested for it. */
export interface TableColumns {
  header: string[];
  suggested: ColumnMapping;
  profile: string;
}

/** Progress while the worker runs, then the outcome. */
export type ImportResponse =
  | { type: "progress"; seq: number; stage: string }
  | { type: "done"; seq: number; result: ImportResult; columns?: TableColumns; summary?: string };
