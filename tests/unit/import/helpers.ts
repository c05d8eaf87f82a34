import { readFileSync } from "node:fs";
import path from "node:path";
import { formatImportProblem, importFiles, type FormatId, type ImportFile, type ImportOptions } from "@/lib/import";
import type { Dataset } from "@/lib/dataset/schema";

const DIR = path.join(__dirname, "..", "..", "fixtures", "import");

/** A sample file from tests/fixtures/import. */
export function sample(name: string): ImportFile {
  return { name, text: readFileSync(path.join(DIR, name), "utf8") };
}

/** Imports and expects success, with the problems in the error otherwise. */
export function imported(files: ImportFile[], options: ImportOptions & { format?: FormatId } = {}): Dataset {
  const result = importFiles(files, options);
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join("\n"));
  return result.dataset;
}

/** Imports and expects failure: the problems as `file:row:column: message` lines. */
export function problems(files: ImportFile[], options: ImportOptions & { format?: FormatId } = {}): string[] {
  const result = importFiles(files, options);
  if (result.ok) throw new Error("expected the import to fail");
  return result.problems.map(formatImportProblem);
}

/** Every text a person sees in a dataset. */
export function allText(dataset: Dataset): string {
  return JSON.stringify([dataset.title, dataset.description, dataset.actors, dataset.events, dataset.ties, dataset.themes, dataset.periods]);
}
