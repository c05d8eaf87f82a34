/**
 * Datasets as JSON files in a folder (DATASETS_DIR or data/datasets), read at request time so a new
 * file needs no rebuild, validated once and cached until the file changes (by inode, mtime and size). The
 * file is looked at again at most every DATASETS_RECHECK_MS (default 1000 ms), so a busy endpoint does not
 * pay a file-system call per request. Requests that arrive while a version is being read share that one
 * read and parse. Each valid version keeps its response bytes ready in every coding (`encodedBody.ts`).
 * Server-only: it uses the file system.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isIdShaped } from "@/lib/dataset/ids";
import { parseDatasetText, type Problem } from "@/lib/dataset/parse";
import type { Dataset } from "@/lib/dataset/schema";
import { encodeBody, type EncodedBody } from "./encodedBody";
import { maxDatasetBytes, readDatasetFile, versionKey } from "./readDatasetFile";

/** The dataset shown when none is asked for. */
export const DEFAULT_DATASET_ID = "azerbaijan-us-2025";

/** The outcome of loading one dataset by id. */
export type LoadResult =
  | { status: "ok"; dataset: Dataset; json: string; etag: string; body: EncodedBody }
  | { status: "invalid"; problems: Problem[] }
  | { status: "too-large"; size: number; limit: number }
  | { status: "refused"; reason: string }
  | { status: "unreadable"; reason: string }
  | { status: "busy" }
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

type Cached = Exclude<LoadResult, { status: "not-found" | "bad-id" | "busy" }>;

interface CacheEntry {
  key: string;
  checkedAt: number;
  result: Cached;
}

const cache = new Map<string, CacheEntry>();
/** Loads in progress, by file: concurrent first requests wait for the same read and parse. */
const pending = new Map<string, Promise<LoadResult>>();

/** The folder datasets are read from. */
export function datasetsDir(): string {
  // The folder is chosen at run time, so the bundler must not trace it into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATASETS_DIR ?? path.join(process.cwd(), "data", "datasets"));
}

function parseFile(id: string, text: string): Cached {
  const parsed = parseDatasetText(text);
  if (!parsed.ok) return { status: "invalid", problems: parsed.problems };
  if (parsed.dataset.id !== id) {
    const message = `dataset id "${parsed.dataset.id}" does not match its file name "${id}.json"`;
    return { status: "invalid", problems: [{ path: "id", message }] };
  }
  const json = JSON.stringify(parsed.dataset);
  const body = encodeBody(json);
  return { status: "ok", dataset: parsed.dataset, json, etag: body.etag, body };
}

function recheckMs(): number {
  const value = Number(process.env.DATASETS_RECHECK_MS);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}

// The size limit is part of the key: raising DATASET_MAX_BYTES must let a file that was too large through.
async function statKey(file: string): Promise<string | null> {
  try {
    return `${versionKey(await stat(file))}@${maxDatasetBytes()}`;
  } catch {
    return null;
  }
}

/** Looks at the file and reads and parses it when its version is not the cached one. */
async function refresh(id: string, dir: string, file: string): Promise<LoadResult> {
  const now = Date.now();
  const key = await statKey(file);
  const cached = cache.get(file);
  if (key === null) {
    // Deleted (or a dangling link): forget it, so neither memory nor a stale answer outlives the file.
    cache.delete(file);
    const read = await readDatasetFile(dir, `${id}.json`);
    return read.status === "unreadable" || read.status === "refused" ? read : { status: "not-found" };
  }
  if (cached?.key === key) {
    cached.checkedAt = now;
    return cached.result;
  }
  const read = await readDatasetFile(dir, `${id}.json`);
  if (read.status === "missing") {
    cache.delete(file);
    return { status: "not-found" };
  }
  // A writer is still at work: the last good version is better than a half-written one, or a 503.
  if (read.status === "busy") return cached?.result.status === "ok" ? cached.result : read;
  const result = read.status === "read" ? parseFile(id, read.text) : read;
  cache.set(file, { key: read.status === "read" ? `${read.key}@${maxDatasetBytes()}` : key, checkedAt: now, result });
  return result;
}

/** Loads one dataset by id (its file name), from the cache when the file has not changed. Never throws. */
export async function loadDataset(id: string): Promise<LoadResult> {
  // The contract's 400 is for characters outside [a-z0-9-]; other odd shapes simply name no file (404).
  if (!/^[a-z0-9-]+$/.test(id)) return { status: "bad-id" };
  if (!isIdShaped(id)) return { status: "not-found" };
  const dir = datasetsDir();
  const file = path.join(dir, `${id}.json`);
  const recent = cache.get(file);
  if (recent && Date.now() - recent.checkedAt < recheckMs()) return recent.result;
  const running = pending.get(file);
  if (running) return running;
  const load = refresh(id, dir, file)
    .catch((error: unknown): LoadResult => ({ status: "unreadable", reason: (error as Error).message }))
    .finally(() => pending.delete(file));
  pending.set(file, load);
  return load;
}

/**
 * Whether the server holds a read of this dataset (any version): then loading it costs a stat of its file at
 * most, and the page need not stream a loading state first. A well-formed id only; never reads anything.
 */
export function isDatasetCached(id: string): boolean {
  return /^[a-z0-9-]+$/.test(id) && isIdShaped(id) && cache.has(path.join(datasetsDir(), `${id}.json`));
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

/** Drops cached versions of files that are no longer in the folder (nobody may ask for them again). */
function forgetAllBut(ids: string[]) {
  const dir = datasetsDir();
  const keep = new Set(ids.map((id) => path.join(dir, `${id}.json`)));
  for (const file of cache.keys()) if (path.dirname(file) === dir && !keep.has(file)) cache.delete(file);
}

/**
 * Summaries of every valid dataset. Invalid, oversized, unreadable or refused files are left out of the
 * list (their endpoint explains why), so one bad file never takes the list down.
 */
export async function listDatasets(): Promise<DatasetSummary[]> {
  const ids = await listDatasetIds();
  forgetAllBut(ids);
  const results = await Promise.all(ids.map(async (id) => ({ id, result: await loadDataset(id) })));
  return results.flatMap(({ id, result }) =>
    result.status === "ok"
      ? [{ id, title: result.dataset.title, events: result.dataset.events.length, actors: result.dataset.actors.length, ties: result.dataset.ties.length }]
      : [],
  );
}

/** How many dataset versions are cached (for tests: deleted files must leave the cache). */
export function cachedDatasetCount(): number {
  return cache.size;
}
