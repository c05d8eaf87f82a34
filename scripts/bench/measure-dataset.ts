/**
 * Every in-browser figure for one dataset: data-ready over a few fresh loads, layout, the paced scrubs, DOM
 * and heap, trusted PageDown presses (Event Timing), and the held-PageDown scrub on one more load in the
 * browser without a frame-rate limit.
 */
import type { Browser } from "@playwright/test";
import type { BenchDataset } from "./datasets";
import { trustedPageDown, type EventTimingResult } from "./event-timing";
import type { LayoutFigures } from "./layout-figures";
import { loadPage, type Load } from "./page-load";
import { restMachine } from "./machine";
import { pagedownScrub, type PagedownResult } from "./pagedown";
import { dragScrub, frameStats, idleFrames, keyboardScrub, metrics, waitForQuiet, type FrameStats, type ScrubPart } from "./scrub";
import { median, round1 } from "./stats";

/** The scrub as a whole (both parts' frames together), or why it could not run. */
export type ScrubTotal =
  | { frames: FrameStats; longTaskCount: number; longTaskTotalMs: number; scriptMsPerStep: number; steps: number }
  | { na: string };

/** Everything measured for one dataset. */
export interface DatasetResult {
  dataset: BenchDataset;
  url: string;
  dataReady: { runsMs: (number | null)[]; medianMs: number | null };
  documentBytes: number | null;
  layout: { runs: LayoutFigures[]; medianMs: number | null; method: string; longestTaskMs: number | null };
  idleFrames: FrameStats | null;
  scrub: { keyboard: ScrubPart; drag: ScrubPart; total: ScrubTotal };
  dom: { elementsAfterReady: number | null; nodesAfterReady: number | null; elementsAfterScrub: number | null };
  heapMB: { afterReady: number | null; afterScrub: number | null };
  /** Trusted PageDown presses after the paced scrubs, same page. */
  eventTiming: EventTimingResult;
  /** The held-PageDown scrub, on its own load in the unlimited-frame-rate browser. */
  pagedown: PagedownResult;
}

const READY_TIMEOUT = 120_000;
/** A load slower than this is not repeated (keeps the whole run under ten minutes). */
const SLOW_LOAD_MS = 15_000;

const toMB = (bytes: number | undefined) => (bytes === undefined ? null : round1(bytes / 1e6));

function combine(parts: ScrubPart[]): ScrubTotal {
  const ran = parts.filter((p): p is Exclude<ScrubPart, { na: string }> => !("na" in p));
  if (ran.length === 0) return { na: parts.map((p) => ("na" in p ? p.na : "")).join("; ") };
  const steps = ran.reduce((sum, p) => sum + p.steps, 0);
  return {
    frames: frameStats(ran.flatMap((p) => p.deltas)),
    longTaskCount: ran.reduce((sum, p) => sum + p.longTaskCount, 0),
    longTaskTotalMs: round1(ran.reduce((sum, p) => sum + p.longTaskTotalMs, 0)),
    scriptMsPerStep: round1(ran.reduce((sum, p) => sum + p.scriptMsPerStep * p.steps, 0) / Math.max(steps, 1)),
    steps,
  };
}

/** One more load in `unlimited` (the browser without a frame-rate limit), waited until quiet, then the held-PageDown scrub. */
async function measurePagedown(unlimited: Browser, url: string, waitForLayout: boolean): Promise<PagedownResult> {
  const { page, context, readyMs } = await loadPage(unlimited, url, { readyTimeout: READY_TIMEOUT, layoutTimeout: waitForLayout ? 20_000 : 0 });
  try {
    if (readyMs === null) return { na: "page never ready" };
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    if (!(await waitForQuiet(page))) console.log("    (page still had long tasks after 15 s; holding PageDown anyway)");
    await restMachine("holding PageDown");
    return await pagedownScrub(page, cdp);
  } finally {
    await context.close();
  }
}

/**
 * Measures one dataset at `url` with `runs` fresh loads; the last load is then scrubbed and pressed, and
 * one more load in `unlimited` holds PageDown.
 */
export async function measureDataset(browser: Browser, unlimited: Browser, url: string, dataset: BenchDataset, runs: number): Promise<DatasetResult> {
  const readyRuns: (number | null)[] = [];
  const layouts: LayoutFigures[] = [];
  let documentBytes: number | null = null;
  let load: Load | null = null;
  for (let i = 0; i < runs; i++) {
    await load?.context.close();
    // Only the first load waits long for a layout hook: if there is none, the later ones need not wait.
    const hookSeen = layouts.some((l) => l.ms !== null);
    load = await loadPage(browser, url, { readyTimeout: READY_TIMEOUT, layoutTimeout: i === 0 || hookSeen ? 20_000 : 0 });
    readyRuns.push(load.readyMs === null ? null : round1(load.readyMs));
    layouts.push(load.layout);
    documentBytes = load.documentBytes ?? documentBytes;
    console.log(`    load ${i + 1}/${runs}: data-ready ${load.readyMs === null ? "timeout" : `${Math.round(load.readyMs)} ms`}, layout ${load.layout.ms === null ? "n/a" : `${Math.round(load.layout.ms)} ms`}`);
    if (load.readyMs === null || load.readyMs > SLOW_LOAD_MS) break;
  }
  const okReady = readyRuns.filter((v): v is number => v !== null);
  const layoutMs = layouts.map((l) => l.ms).filter((v): v is number => v !== null);
  const longest = layouts.map((l) => l.longestTaskMs).filter((v): v is number => v !== null);
  const result: DatasetResult = {
    dataset,
    url,
    dataReady: { runsMs: readyRuns, medianMs: median(okReady) },
    documentBytes,
    layout: {
      runs: layouts,
      medianMs: layoutMs.length ? round1(median(layoutMs)!) : null,
      method: layouts.find((l) => l.ms !== null)?.method ?? layouts[0]?.method ?? "n/a",
      longestTaskMs: longest.length ? round1(Math.max(...longest)) : null,
    },
    idleFrames: null,
    scrub: { keyboard: { na: "page never ready" }, drag: { na: "page never ready" }, total: { na: "page never ready" } },
    dom: { elementsAfterReady: null, nodesAfterReady: null, elementsAfterScrub: null },
    heapMB: { afterReady: null, afterScrub: null },
    eventTiming: { na: "page never ready" },
    pagedown: { na: "page never ready" },
  };
  if (!load || load.readyMs === null) {
    await load?.context.close();
    return result;
  }

  const { page, context } = load;
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const quiet = await waitForQuiet(page);
  if (!quiet) console.log("    (page still had long tasks after 15 s; scrubbing anyway)");
  // Collect garbage first, so the heap figure is what the page keeps, not what it has yet to free.
  await cdp.send("HeapProfiler.collectGarbage");
  const ready = await metrics(cdp);
  result.dom.elementsAfterReady = await page.evaluate(() => document.querySelectorAll("*").length);
  result.dom.nodesAfterReady = ready.Nodes ?? null;
  result.heapMB.afterReady = toMB(ready.JSHeapUsedSize);
  result.idleFrames = await idleFrames(page);

  await restMachine("scrubbing");
  const keyboard = await keyboardScrub(page, cdp);
  const drag = await dragScrub(page, cdp);
  result.scrub = { keyboard, drag, total: combine([keyboard, drag]) };
  await cdp.send("HeapProfiler.collectGarbage");
  const after = await metrics(cdp);
  result.dom.elementsAfterScrub = await page.evaluate(() => document.querySelectorAll("*").length);
  result.heapMB.afterScrub = toMB(after.JSHeapUsedSize);
  result.eventTiming = await trustedPageDown(page);
  await context.close();
  result.pagedown = await measurePagedown(unlimited, url, layoutMs.length > 0);
  return result;
}
