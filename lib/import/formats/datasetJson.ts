/** Our own dataset JSON: validated exactly as `npm run validate` does; problems name the field path. */
import { parseDatasetText } from "@/lib/dataset/parse";
import { parseJsonFile } from "../jsonFile";
import type { ImportFile, ImportOptions, ImportResult } from "../types";

/** Reads a dataset file, with --id and --title applied on top. */
export function importDatasetJson(files: ImportFile[], options: ImportOptions = {}): ImportResult {
  const file = files[0]!;
  const parsed = parseJsonFile(file);
  if (!parsed.ok) return { ok: false, format: "dataset", problems: [parsed.problem] };
  const json = parsed.value;
  if (json && typeof json === "object" && !Array.isArray(json)) {
    if (options.id) (json as Record<string, unknown>).id = options.id;
    if (options.title) (json as Record<string, unknown>).title = options.title;
  }
  const result = parseDatasetText(JSON.stringify(json));
  if (result.ok) return { ok: true, format: "dataset", dataset: result.dataset };
  return { ok: false, format: "dataset", problems: result.problems.map((p) => ({ file: file.name, column: p.path, message: p.message })) };
}
