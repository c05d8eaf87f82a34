/**
 * Datasets as JSON files in a folder (DATASETS_DIR or data/datasets), read at request time so a new
 * file needs no rebuild, validated once and cached until the file changes (by mtime and size). The file
 * is looked at again at most every DATASETS_RECHECK_MS (default 1000 ms), so a busy endpoint does not
 * pay a file-system call per request.
 * Server-only: it uses the file system.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { isIdShaped } from "@/lib/dataset/ids";
import { parseDatasetText, type Problem } from "@/lib/dataset/parse";
import type { Dataset } from "@/lib/dataset/schema";

/** The dataset shown when none is asked for. */
export const DEFAULT_DATASET_ID = "azerbaijan-us-2025";

/** The outcome of loading one dataset by id. */
export type LoadResult =
  | { status: "ok"; dataset: Dataset; json: string; etag: string }
  | { status: "invalid"; problems: Problem[] }
  | { status: "not-found" }
  | { status: "bad-id" };

/** A line of the dataset list. */
export interface DatasetSummary {
  id: string;
  title: string;
  events: number;
  actors: number;
  ties: number;
}

interface CacheEntry {
  key: string;
  checkedAt: number;
  result: Exclude<LoadResult, { status: "not-found" | "bad-id" }>;
}

const cache = new Map<string, CacheEntry>();

/** The folder datasets are read from. */
export function datasetsDir(): string {
  // The folder is chosen at run time, so the bundler must not trace it into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATASETS_DIR ?? path.join(process.cwd(), "data", "datasets"));
}

function parseFile(text: string): CacheEntry["result"] {
  const parsed = parseDatasetText(text);
  if (!parsed.ok) return { status: "invalid", problems: parsed.problems };
  const json = JSON.stringify(parsed.dataset);
  const etag = `"${createHash("sha1").update(json).digest("base64url")}"`;
  return { status: "ok", dataset: parsed.dataset, json, etag };
}

function recheckMs(): number {
  const value = Number(process.env.DATASETS_RECHECK_MS);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}

/** Loads one dataset by id (its file name), from the cache when the file has not changed. */
export async function loadDataset(id: string): Promise<LoadResult> {
  // The contract's 400 is for characters outside [a-z0-9-]; other odd shapes simply name no file (404).
  if (!/^[a-z0-9-]+$/.test(id)) return { status: "bad-id" };
  if (!isIdShaped(id)) return { status: "not-found" };
  const file = path.join(datasetsDir(), `${id}.json`);
  const now = Date.now();
  const recent = cache.get(file);
  if (recent && now - recent.checkedAt < recheckMs()) return recent.result;
  let key: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { status: "not-found" };
    key = `${info.mtimeMs}:${info.size}`;
  } catch {
    return { status: "not-found" };
  }
  const cached = cache.get(file);
  if (cached?.key === key) {
    cached.checkedAt = now;
    return cached.result;
  }
  const result = parseFile(await readFile(file, "utf8"));
  if (result.status === "ok") {
    const mismatch = result.dataset.id !== id;
    if (mismatch) {
      const problem = { path: "id", message: `dataset id "${result.dataset.id}" does not match its file name "${id}.json"` };
      const invalid = { status: "invalid" as const, problems: [problem] };
      cache.set(file, { key, checkedAt: now, result: invalid });
      return invalid;
    }
  }
  cache.set(file, { key, checkedAt: now, result });
  return result;
}

/** The ids of every dataset file in the folder, sorted. */
export async function listDatasetIds(): Promise<string[]> {
  try {
    const names = await readdir(datasetsDir());
    return names
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length))
      .filter(isIdShaped)
      .sort();
  } catch {
    return [];
  }
}

/** Summaries of every valid dataset (invalid files are left out of the list; their endpoint explains why). */
export async function listDatasets(): Promise<DatasetSummary[]> {
  const ids = await listDatasetIds();
  const results = await Promise.all(ids.map(async (id) => ({ id, result: await loadDataset(id) })));
  return results.flatMap(({ id, result }) =>
    result.status === "ok"
      ? [{ id, title: result.dataset.title, events: result.dataset.events.length, actors: result.dataset.actors.length, ties: result.dataset.ties.length }]
      : [],
  );
}
