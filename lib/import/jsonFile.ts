/** The start every JSON importer shares: parse the file, and find the list the format is built around. */
import type { DatasetBuilder } from "./builder";
import type { ImportFile, ImportProblem } from "./types";

type Loose = Record<string, unknown>;

/** The line and column (from 1) of a character position in a text. */
function lineAndColumn(text: string, position: number): { line: number; column: string } {
  const before = text.slice(0, position);
  return { line: before.split("\n").length, column: String(position - before.lastIndexOf("\n")) };
}

/**
 * A file's JSON value, or why it is not JSON, located where the parser stopped: a file cut short ends too early,
 * and otherwise the engine's own words say what it expected (without the excerpt of the file some engines quote).
 */
export function parseJsonFile(file: ImportFile): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  const text = file.text.replace(/^\uFEFF/, "");
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const said = (error as Error).message;
    const position = /position (\d+)/.exec(said)?.[1];
    const end = text.trimEnd().length;
    if (/unexpected end/i.test(said) || (end > 0 && position === String(end))) {
      return { ok: false, problem: { file: file.name, ...lineAndColumn(text, end), message: "not valid JSON: the text ends too early (is the file complete?)" } };
    }
    const reason = said.replace(/,? ".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "");
    return { ok: false, problem: { file: file.name, ...(position ? lineAndColumn(text, Number(position)) : {}), message: `not valid JSON: ${reason}` } };
  }
}

/**
 * The file's JSON object when it parses and holds an array at `listKey`; otherwise null, with the problem
 * (not JSON, or no such list, `missing` saying what the format needs) told to the builder.
 */
export function readJsonWithList<K extends string>(file: ImportFile, builder: DatasetBuilder, listKey: K, missing: string): (Loose & Record<K, unknown[]>) | null {
  const parsed = parseJsonFile(file);
  if (!parsed.ok) {
    builder.problem(parsed.problem, parsed.problem.message);
    return null;
  }
  const json = parsed.value;
  if (typeof json !== "object" || json === null || Array.isArray(json) || !Array.isArray((json as Loose)[listKey])) {
    builder.problem({ file: file.name, column: listKey }, missing);
    return null;
  }
  return json as Loose & Record<K, unknown[]>;
}
