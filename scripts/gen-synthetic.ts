/**
 * npm run gen:synthetic -- --events N --actors M --ties K [--seed S] [--id ID] [--out file.json] [--pretty]
 * Writes a synthetic dataset (valid against the schema) to stdout or to a file. With --out, the id
 * defaults to the file's name so the loader accepts it (a dataset's id must equal its file name).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateSyntheticDataset } from "../lib/synthetic/generate";

const USAGE = "usage: gen-synthetic --events N --actors M --ties K [--seed S] [--id ID] [--out file.json] [--pretty]";

function count(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) {
    console.error(`--${name} needs a whole number ≥ 0\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    events: { type: "string" },
    actors: { type: "string" },
    ties: { type: "string" },
    seed: { type: "string", default: "1" },
    id: { type: "string" },
    out: { type: "string" },
    pretty: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const events = count("events", values.events);
const actors = count("actors", values.actors);
const ties = count("ties", values.ties);
const id = values.id ?? (values.out ? path.basename(values.out, ".json") : undefined);
const started = performance.now();
let dataset;
try {
  dataset = generateSyntheticDataset({ events, actors, ties, seed: values.seed, id });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const json = JSON.stringify(dataset, null, values.pretty ? 2 : undefined) + "\n";
if (values.out) {
  writeFileSync(values.out, json);
  const ms = Math.round(performance.now() - started);
  console.error(`${values.out}: ${dataset.id} (${events} events, ${actors} actors, ${ties} ties, ${(json.length / 1e6).toFixed(1)} MB) in ${ms} ms`);
} else {
  process.stdout.write(json);
}
