/**
 * npm run bench:ab -- --a <build folder> --b <build folder> [--only 1k,10k] [--rounds 8] [--port 3240]
 *
 * Compares two production builds on the held-PageDown scrub (pagedown.ts), the figure the frame targets are
 * judged by. On these shared two-core machines one bench run varies by a quarter from the next, more than most
 * changes move it; runs of one build after the other also meet different load. Here both builds are served at
 * once, each has a page open in the same Chromium (no frame-rate limit), and their held rounds alternate
 * (A B, then B A, ...), so drift falls on both alike. Prints each side's pooled frames (those after steps that
 * moved the window, as `npm run bench` counts them), the median of its rounds' p95s, long tasks and the network's
 * pictures a second, and in how many paired rounds B's p95 was lower.
 * Build each side into its own folder first, e.g. `NEXT_DIST_DIR=.next-a npx next build`.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser, Page } from "@playwright/test";
import { compare, movingFrameDeltas, type Comparison, type RoundFigures, type SideSummary } from "./ab-stats";
import { launchBrowser, UNLIMITED_FRAMES_ARGS } from "./browser";
import { DATASET_KEYS, prepareDatasets } from "./datasets";
import { restMachine } from "./machine";
import { loadPage } from "./page-load";
import { heldRound } from "./pagedown";
import { readThreads, threadUse, type ThreadSample } from "./threads";
import { waitForQuiet } from "./scrub";
import { startServer, type Server } from "./server";

const ROOT = path.resolve(__dirname, "..", "..");

const { values } = parseArgs({
  options: {
    a: { type: "string" },
    b: { type: "string" },
    only: { type: "string", default: "1k,10k" },
    rounds: { type: "string", default: "8" },
    port: { type: "string", default: "3240" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const folders = { a: values.a, b: values.b };
for (const [side, folder] of Object.entries(folders)) {
  if (!folder) fail(`--${side} <build folder> is needed (build one with NEXT_DIST_DIR=<folder> npx next build)`);
  if (!existsSync(path.join(ROOT, folder, "BUILD_ID"))) fail(`--${side} ${folder}: no production build there (no BUILD_ID)`);
}
const keys = values.only.split(",").map((k) => k.trim()).filter(Boolean);
const unknown = keys.filter((k) => !DATASET_KEYS.includes(k));
if (unknown.length) fail(`unknown --only key: ${unknown.join(", ")} (known: ${DATASET_KEYS.join(", ")})`);
const rounds = Number(values.rounds);
const port = Number(values.port);
if (!Number.isInteger(rounds) || rounds < 2) fail("--rounds needs a whole number ≥ 2");
if (!Number.isInteger(port) || port < 1) fail("--port needs a port number");

const servers: Server[] = [];
let browser: Browser | null = null;
let datasetsDir: string | null = null;

async function cleanUp() {
  await browser?.close().catch(() => undefined);
  for (const server of servers) await server.stop();
  if (datasetsDir) rmSync(datasetsDir, { recursive: true, force: true });
}
// The servers run in process groups of their own: stopped on Ctrl-C too, not left serving.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}

/** One held round on `page`, as the comparison counts it. */
async function round(page: Page): Promise<RoundFigures> {
  await page.bringToFront();
  let before: ThreadSample[] | null = null;
  let after: ThreadSample[] | null = null;
  const held = await heldRound(page, { before: async () => void (before = readThreads()), after: async () => void (after = readThreads()) });
  if ("na" in held) throw new Error(`cannot hold PageDown: ${held.na}`);
  const main = before && after ? (threadUse([[before, after]])?.main ?? null) : null;
  return { deltas: movingFrameDeltas(held.run.deltas, held.run.moved), longTasks: held.longTasks.length, pictures: held.pictures, ms: held.run.t1 - held.run.t0, main };
}

const cell = (value: number | null, unit = " ms") => (value === null ? "n/a" : `${value}${unit}`);

function report(key: string, c: Comparison): string {
  const row = (name: string, s: SideSummary) =>
    `  ${name}  frames p50 ${cell(s.p50)} · p90 ${cell(s.p90)} · p95 ${cell(s.p95)} · p99 ${cell(s.p99)} · round p95 median ${cell(s.roundP95Median)} · ` +
    `long tasks ${s.longTasks} · network pictures ${s.picturesPerSecond}/s · main thread waiting ${cell(s.mainWaitingPercent, " %")}`;
  const verdict = `  B's round p95 lower in ${c.bLowerP95} of ${c.pairs} pairs; median of B − A ${cell(c.medianP95Difference)}`;
  return [`${key} (${c.a.rounds} rounds each, ${c.a.frames} and ${c.b.frames} frames)`, row("A", c.a), row("B", c.b), verdict].join("\n");
}

async function main() {
  const prepared = prepareDatasets(ROOT, keys);
  datasetsDir = prepared.dir;
  for (const [i, folder] of [folders.a!, folders.b!].entries()) {
    servers.push(await startServer({ root: ROOT, distDir: folder, port: port + i, datasetsDir: prepared.dir }));
  }
  console.log(`A: ${folders.a} on ${servers[0]!.url}\nB: ${folders.b} on ${servers[1]!.url}`);
  browser = await launchBrowser(UNLIMITED_FRAMES_ARGS);
  const results: Record<string, Comparison> = {};
  for (const dataset of prepared.datasets) {
    const pages: Page[] = [];
    for (const server of servers) {
      const url = dataset.id === prepared.bundled.id ? `${server.url}/` : `${server.url}/?dataset=${dataset.id}`;
      const load = await loadPage(browser, url, { readyTimeout: 60_000, layoutTimeout: 20_000 });
      if (load.readyMs === null) throw new Error(`${url} never became ready`);
      await waitForQuiet(load.page);
      pages.push(load.page);
    }
    await restMachine("holding PageDown");
    const figures: RoundFigures[][] = [[], []];
    for (let r = 0; r < rounds; r++) {
      // A B, B A, A B, ...: neither side always goes first.
      for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) figures[side]!.push(await round(pages[side]!));
    }
    results[dataset.key] = compare(figures[0]!, figures[1]!);
    console.log(report(dataset.key, results[dataset.key]!));
    for (const page of pages) await page.context().close();
  }
  const dir = path.join(ROOT, "bench-results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `ab-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ a: folders.a, b: folders.b, rounds, results }, null, 2));
  console.log(`results in ${path.relative(ROOT, file)}`);
}

main()
  .catch((error: Error) => {
    console.error(`bench:ab: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
