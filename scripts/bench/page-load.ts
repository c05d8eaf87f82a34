/**
 * One fresh load of the dashboard in Chromium: time from navigation to `<main data-ready="true">`, the
 * document's transfer size, and the network layout's settle time with the longest main-thread task while
 * the layout ran. The layout hook is read in this order: the Network region's `data-layout-ms` attribute,
 * `performance.mark("layout-settled")` (minus `"layout-start"` when present), then the first frame at which
 * the Network region carries `data-layout="settled"` (from navigation start).
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { NAME_SHIM } from "./browser";
import { layoutFigures, type LayoutFigures, type LayoutReading } from "./layout-figures";
import { installProbe, type Probe } from "./probe";

/** One load: the page is kept open for the scrub. */
export interface Load {
  context: BrowserContext;
  page: Page;
  readyMs: number | null;
  documentBytes: number | null;
  layout: LayoutFigures;
}

function readLayout(): LayoutReading {
  const probe = (window as unknown as { __bench: Probe }).__bench;
  const network = document.querySelector('[aria-label="Network"]');
  const attr = network?.getAttribute("data-layout-ms");
  const mark = (name: string) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? null;
  return {
    attrMs: attr !== null && attr !== undefined && attr !== "" && Number.isFinite(Number(attr)) ? Number(attr) : null,
    settledMark: mark("layout-settled"),
    startMark: mark("layout-start"),
    runningAt: probe.layoutRunningAt,
    settledAt: probe.layoutSettledAt,
    readyAt: probe.readyAt,
    now: performance.now(),
    longTasks: probe.longTasks,
  };
}

function layoutHookSettled(): boolean {
  const probe = (window as unknown as { __bench: Probe }).__bench;
  const network = document.querySelector('[aria-label="Network"]');
  return (
    probe.layoutSettledAt !== null ||
    performance.getEntriesByName("layout-settled", "mark").length > 0 ||
    Boolean(network?.getAttribute("data-layout-ms"))
  );
}

/** Loads `url` in a fresh context (cold cache) and waits for data-ready, then for the layout hook. */
export async function loadPage(browser: Browser, url: string, options: { readyTimeout: number; layoutTimeout: number }): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: "commit", timeout: options.readyTimeout });
  let readyMs: number | null = null;
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.readyAt !== null, null, {
      timeout: options.readyTimeout,
      polling: 100,
    });
    readyMs = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.readyAt);
  } catch {
    return { context, page, readyMs: null, documentBytes: null, layout: { ms: null, method: "n/a: page never ready", longestTaskMs: null, window: null } };
  }
  let documentBytes: number | null = null;
  if (response) {
    await response.finished();
    documentBytes = (await response.request().sizes()).responseBodySize;
  }
  if (options.layoutTimeout > 0) {
    await page.waitForFunction(layoutHookSettled, null, { timeout: options.layoutTimeout, polling: 100 }).catch(() => undefined);
  }
  const layout = layoutFigures(await page.evaluate(readLayout));
  return { context, page, readyMs, documentBytes, layout };
}
