/** The datasets the benchmark measures, written into a temporary DATASETS_DIR beside a copy of the bundled ones. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateSyntheticDataset } from "../../lib/synthetic/generate";

/** One dataset to measure. */
export interface BenchDataset {
  /** The name on the command line and in the table: bundled, 1k, 10k, 50k. */
  key: string;
  id: string;
  events: number;
  actors: number;
  ties: number;
}

/** The synthetic sizes: events / actors / ties. */
export const SYNTHETIC_SIZES = [
  { key: "1k", events: 1_000, actors: 100, ties: 500 },
  { key: "10k", events: 10_000, actors: 1_000, ties: 5_000 },
  { key: "50k", events: 50_000, actors: 2_000, ties: 10_000 },
] as const;

/** Every key `--only` accepts for a dataset. */
export const DATASET_KEYS = ["bundled", ...SYNTHETIC_SIZES.map((s) => s.key)];

const BUNDLED_ID = "azerbaijan-us-2025";
/** One seed for every run, so figures compare across runs. */
const SEED = 1;

/** Copies data/datasets/*.json and generates the chosen synthetic sizes into a new temporary folder. */
export function prepareDatasets(root: string, keys: readonly string[]): { dir: string; bundled: BenchDataset; datasets: BenchDataset[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-datasets-"));
  const source = path.join(root, "data", "datasets");
  const datasets: BenchDataset[] = [];
  const files = readdirSync(source).filter((name) => name.endsWith(".json"));
  for (const name of files) copyFileSync(path.join(source, name), path.join(dir, name));
  const file = files.includes(`${BUNDLED_ID}.json`) ? `${BUNDLED_ID}.json` : files[0];
  if (!file) throw new Error(`no dataset in ${source}`);
  const data = JSON.parse(readFileSync(path.join(source, file), "utf8")) as { id: string; events: unknown[]; actors: unknown[]; ties: unknown[] };
  const bundled = { key: "bundled", id: data.id, events: data.events.length, actors: data.actors.length, ties: data.ties.length };
  if (keys.includes("bundled")) datasets.push(bundled);
  for (const size of SYNTHETIC_SIZES) {
    if (!keys.includes(size.key)) continue;
    const started = performance.now();
    const dataset = generateSyntheticDataset({ events: size.events, actors: size.actors, ties: size.ties, seed: SEED });
    const json = JSON.stringify(dataset);
    writeFileSync(path.join(dir, `${dataset.id}.json`), json);
    const ms = Math.round(performance.now() - started);
    console.log(`  generated ${dataset.id} (${size.events} events, ${size.actors} actors, ${size.ties} ties, ${(json.length / 1e6).toFixed(1)} MB) in ${ms} ms`);
    datasets.push({ key: size.key, id: dataset.id, events: size.events, actors: size.actors, ties: size.ties });
  }
  return { dir, bundled, datasets };
}
