/** Parsing a dataset at the edge where it enters (file or upload): all problems at once, each with its path. */
import type { z } from "zod";
import { datasetSchema, type Dataset } from "./schema";

/** One problem found in a dataset: where (`ties[12].target`) and what. */
export interface Problem {
  path: string;
  message: string;
}

/** The outcome of parsing: a trusted dataset, or every problem found. */
export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** `["ties", 12, "target"]` → `ties[12].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}

function toProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || "(root)", message: issue.message }));
}

/** Validates raw JSON data as a dataset. Never throws. */
export function parseDataset(input: unknown): ParseResult {
  const result = datasetSchema.safeParse(input);
  return result.success ? { ok: true, dataset: result.data } : { ok: false, problems: toProblems(result.error) };
}

/** Parses dataset text (a file's contents), reporting invalid JSON as a problem too. */
export function parseDatasetText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "(root)", message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseDataset(json);
}

/** A problem as one line: `ties[12].target: unknown actor "armnia"`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}
