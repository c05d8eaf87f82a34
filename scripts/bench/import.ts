/**
 * Import speed (issue 10): a synthetic event table of 10,000 and 100,000 rows (three actors each), imported
 * on the command line (`npm run import`, wall time including Node's start, and the importer alone) and in
 * the page (the Open data dialog's worker, from choosing the file to the counts preview), with the longest
 * main-thread task meanwhile (the page must stay responsive).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { importFiles } from "../../lib/import";
import { syntheticEventsCsv } from "../../lib/synthetic/eventTable";
import { NAME_SHIM } from "./browser";

/** The figures for one table size. */
export interface ImportResult {
  rows: number;
  megabytes: number;
  /** The importer alone, in this process (parse, build, schema). */
  inProcessMs: number;
  /** `npm run import -- file --out x.json` as a person runs it (tsx start-up included). */
  cliMs: number;
  /** Choosing the file in the dialog to the counts preview. */
  browserMs: number | null;
  /** The longest main-thread task while the worker imported, and how many there were over 50 ms. */
  longestTaskMs: number | null;
  longTasks: number | null;
  counts: string;
}

async function inBrowser(browser: Browser, baseUrl: string, file: string): Promise<{ ms: number; longest: number; count: number } | null> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(NAME_SHIM);
    await page.goto(baseUrl);
    await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Open data" }).click();
    const dialog = page.getByRole("dialog", { name: "Open data" });
    await dialog.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __import: { start: number; end: number; tasks: { start: number; duration: number }[] } };
      w.__import = { start: 0, end: 0, tasks: [] };
      document.addEventListener("change", () => (w.__import.start = performance.now()), true);
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__import.tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: "longtask" });
      new MutationObserver(() => {
        if (!w.__import.end && document.querySelector("dialog")?.textContent?.includes("Ready to import")) w.__import.end = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await dialog.getByLabel("Data files").setInputFiles(file);
    await page.waitForFunction(() => (window as unknown as { __import: { end: number } }).__import.end > 0, undefined, { timeout: 120_000 });
    const r = await page.evaluate(() => (window as unknown as { __import: { start: number; end: number; tasks: { start: number; duration: number }[] } }).__import);
    const during = r.tasks.filter((t) => t.start + t.duration >= r.start && t.start <= r.end);
    return { ms: Math.round(r.end - r.start), longest: Math.round(Math.max(0, ...during.map((t) => t.duration))), count: during.length };
  } catch (error) {
    console.log(`  import in the page failed: ${(error as Error).message.split("\n")[0]}`);
    return null;
  } finally {
    await context.close();
  }
}

/** Measures one table size on the command line and, given a browser and a server, in the page. */
export async function measureImport(root: string, rows: number, browser: Browser | null, baseUrl: string | null): Promise<ImportResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  try {
    const text = syntheticEventsCsv(rows);
    const file = path.join(dir, `events-${rows}.csv`);
    writeFileSync(file, text);
    let started = performance.now();
    const result = importFiles([{ name: file, text }]);
    const inProcessMs = Math.round(performance.now() - started);
    if (!result.ok) throw new Error(`the synthetic table did not import: ${result.problems[0]?.message}`);
    started = performance.now();
    const cli = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "import.ts"), file, "--out", path.join(dir, "out.json")], { encoding: "utf8" });
    const cliMs = Math.round(performance.now() - started);
    if (cli.status !== 0) throw new Error(`npm run import failed: ${cli.stderr.trim().split("\n").at(-1)}`);
    const page = browser && baseUrl ? await inBrowser(browser, baseUrl, file) : null;
    return {
      rows,
      megabytes: Math.round((text.length / 1e6) * 10) / 10,
      inProcessMs,
      cliMs,
      browserMs: page?.ms ?? null,
      longestTaskMs: page?.longest ?? null,
      longTasks: page?.count ?? null,
      counts: cli.stderr.trim().split("\n").at(-1) ?? "",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
