/** The start every JSON importer shares: parse the file, and find the list the format is built around. */
import type { DatasetBuilder } from "./builder";
import type { ImportFile } from "./types";

type Loose = Record<string, unknown>;

/**
 * The file's JSON object when it parses and holds an array at `listKey`; otherwise null, with the problem
 * (not JSON, or no such list, `missing` saying what the format needs) told to the builder.
 */
export function readJsonWithList<K extends string>(file: ImportFile, builder: DatasetBuilder, listKey: K, missing: string): (Loose & Record<K, unknown[]>) | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    builder.problem({ file: file.name }, `not valid JSON: ${(error as Error).message}`);
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || !Array.isArray((json as Loose)[listKey])) {
    builder.problem({ file: file.name, column: listKey }, missing);
    return null;
  }
  return json as Loose & Record<K, unknown[]>;
}
