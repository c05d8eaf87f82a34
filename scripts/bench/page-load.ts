/**
 * One fresh load of the dashboard in Chromium: time from navigation to `<main data-ready="true">`, the
 * document's transfer size, and the network layout's settle time with the longest main-thread task while
 * the layout ran. The layout hook is read in this order: the Network region's `data-layout-ms` attribute,
 * `performance.mark("layout-settled")` (minus `"layout-start"` when present), then the first frame at which
 * the Network region carries `data-layout="settled"` (from navigation start).
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { NAME_SHIM } from "./browser";
import { installProbe, type LongTask, type Probe } from "./probe";

/** The layout figures of one load, or why there are none. */
export interface LayoutFigures {
  ms: number | null;
  method: string;
  /** The longest main-thread task overlapping the layout's run, and the window [start, end] used (ms since navigation). */
  longestTaskMs: number | null;
  window: [number, number] | null;
}

/** One load: the page is kept open for the scrub. */
export interface Load {
  context: BrowserContext;
  page: Page;
  readyMs: number | null;
  documentBytes: number | null;
  layout: LayoutFigures;
}

interface LayoutReading {
  attrMs: number | null;
  settledMark: number | null;
  startMark: number | null;
  runningAt: number | null;
  settledAt: number | null;
  readyAt: number | null;
  now: number;
  longTasks: LongTask[];
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

/** Turns a reading into figures (see the module comment for the order of hooks). */
export function layoutFigures(r: LayoutReading): LayoutFigures {
  let ms: number | null = null;
  let method = "n/a: no hook (data-layout-ms, mark layout-settled or data-layout=settled) on the Network region";
  if (r.attrMs !== null) {
    ms = r.attrMs;
    method = "data-layout-ms attribute";
  } else if (r.settledMark !== null) {
    ms = r.startMark !== null ? r.settledMark - r.startMark : r.settledMark;
    method = r.startMark !== null ? "marks layout-start → layout-settled" : "mark layout-settled (from navigation)";
  } else if (r.settledAt !== null) {
    ms = r.settledAt;
    method = 'data-layout="settled" (from navigation)';
  }
  if (ms === null) return { ms, method, longestTaskMs: null, window: null };
  const end = r.settledMark ?? r.settledAt ?? r.now;
  const start = r.startMark ?? (r.attrMs !== null ? end - r.attrMs : null) ?? r.runningAt ?? r.readyAt ?? 0;
  let longest = 0;
  for (const task of r.longTasks) {
    if (task.start < end && task.start + task.duration > start) longest = Math.max(longest, task.duration);
  }
  return { ms, method, longestTaskMs: longest, window: [start, end] };
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
