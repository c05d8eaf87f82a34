/** Names of exported files: `<dataset-id>-<what>.<ext>` (the contract), e.g. `azerbaijan-us-2025-events.csv`. */

/** What an export holds, as it appears in its file name. */
export type ExportWhat = "timeline" | "network" | "events" | "actors" | "ties" | "selection";

/** The file name of an export. */
export function exportFileName(datasetId: string, what: ExportWhat, ext: "png" | "svg" | "csv" | "json" | "gexf"): string {
  return `${datasetId}-${what}.${ext}`;
}
