/** Importing files: detect (or take) the format, run its importer, build through the schema. */
import type { Dataset } from "@/lib/dataset/schema";
import type { DatasetBuilder } from "./builder";
import { detectFormat } from "./detect";
import { importDatasetJson } from "./formats/datasetJson";
import { importEventsCsv } from "./formats/eventsCsv";
import { importGephiCsv } from "./formats/gephiCsv";
import { importGexf } from "./formats/gexf";
import { importKumu, importKumuCsv } from "./formats/kumu";
import { importTimelineJs } from "./formats/timelinejs";
import { importTimelineJsCsv } from "./formats/timelinejsCsv";
import { FORMAT_IDS, type FormatId, type ImportFile, type ImportOptions, type ImportResult } from "./types";

export * from "./types";
export { detectFile, detectFormat } from "./detect";

type BuilderImporter = (files: ImportFile[], options: ImportOptions) => { builder: DatasetBuilder; fallbackTitle: string };

const IMPORTERS: Record<Exclude<FormatId, "dataset">, BuilderImporter> = {
  timelinejs: importTimelineJs,
  "timelinejs-csv": importTimelineJsCsv,
  kumu: importKumu,
  "kumu-csv": importKumuCsv,
  gexf: importGexf,
  "gephi-csv": importGephiCsv,
  "events-csv": importEventsCsv,
};

/** Formats that read one file; the others take two spreadsheets. */
const SINGLE_FILE = new Set<FormatId>(["dataset", "timelinejs", "timelinejs-csv", "kumu", "gexf", "events-csv"]);

/** True when the text names a format. */
export function isFormatId(value: string): value is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(value);
}

/** Imports files as one dataset. Pure: never throws for bad input, reports problems instead. */
export function importFiles(files: ImportFile[], options: ImportOptions & { format?: FormatId } = {}): ImportResult {
  if (files.length === 0) return { ok: false, format: null, problems: [{ file: "-", message: "no file given" }] };
  let format = options.format;
  if (!format) {
    const detected = detectFormat(files);
    if ("problem" in detected) return { ok: false, format: null, problems: [detected.problem] };
    format = detected.format;
  }
  if (SINGLE_FILE.has(format) && files.length > 1) {
    return { ok: false, format, problems: [{ file: files[1]!.name, message: `${format} reads one file at a time (${files.length} given)` }] };
  }
  if (format === "dataset") return importDatasetJson(files, options);
  try {
    const { builder, fallbackTitle } = IMPORTERS[format](files, options);
    const built = builder.build(options, fallbackTitle);
    return built.ok ? { ok: true, format, dataset: built.dataset } : { ok: false, format, problems: built.problems };
  } catch (error) {
    // A bug of ours must not look like a crash of the page: report it as a problem of the file.
    return { ok: false, format, problems: [{ file: files[0]!.name, message: `could not be imported: ${(error as Error).message}` }] };
  }
}

/** `N events, N actors, N ties, N themes, N periods`. */
export function summarize(dataset: Dataset): string {
  return `${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.ties.length} ties, ${dataset.themes.length} themes, ${dataset.periods?.length ?? 0} periods`;
}
