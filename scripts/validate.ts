/**
 * npm run validate -- <file.json> [more.json …]: checks dataset files against the schema and prints
 * every problem with its path. Exits 1 when any file is invalid. With no argument, checks every file in
 * the datasets folder (DATASETS_DIR or data/datasets).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatProblem, parseDatasetText } from "../lib/dataset/parse";

function defaultFiles(): string[] {
  const dir = path.resolve(process.env.DATASETS_DIR ?? "data/datasets");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => path.join(dir, name));
}

const files = process.argv.slice(2);
let failed = 0;
for (const file of files.length ? files : defaultFiles()) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    failed++;
    continue;
  }
  const result = parseDatasetText(text);
  if (result.ok) {
    const { events, actors, ties, themes } = result.dataset;
    console.log(`${file}: valid (${events.length} events, ${actors.length} actors, ${ties.length} ties, ${themes.length} themes)`);
  } else {
    failed++;
    console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
