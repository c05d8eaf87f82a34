/**
 * Trusted PageDown presses measured by Event Timing: from the full window, with "Window end" focused, 40
 * presses with page.keyboard.press (real input through the browser), one frame apart. A `keydown` entry's
 * duration is from the input to the next paint after its handlers, rounded to 8 ms. The observer uses the
 * smallest threshold the API allows (16 ms), so presses faster than that leave no entry: they count as 16 ms.
 */
import type { Page } from "@playwright/test";
import { fullWindowEndFocused, readWindow, type WindowText } from "./full-window";
import { nextFrame } from "./probe";
import { percentile } from "./stats";

export const PRESSES = 40;
/** Event Timing's smallest durationThreshold: presses faster than this are not reported. */
const THRESHOLD_MS = 16;

/** The figures of the trusted presses, or why they could not run. */
export type EventTimingResult =
  | {
      presses: number;
      /** Presses after which "Window end" showed a new value one frame later. */
      moved: number;
      windowBefore: WindowText;
      windowAfter: WindowText;
      /** keydown entries seen (the others were under the threshold). */
      reported: number;
      /** Durations of the reported keydowns, longest first. */
      reportedMs: number[];
      /** Over all presses, unreported ones counted as 16 ms. */
      p50: number | null;
      p95: number | null;
      max: number | null;
    }
  | { na: string };

interface TimedEvent {
  name: string;
  startTime: number;
  duration: number;
}

type EventLog = { entries: TimedEvent[]; observers: PerformanceObserver[] };

/** Runs in the page: starts observing `event` (threshold 16 ms) and `first-input` entries; returns the time. */
function observeEvents(threshold: number): number {
  const log: EventLog = { entries: [], observers: [] };
  (window as unknown as { __eventTiming: EventLog }).__eventTiming = log;
  const keep = (list: PerformanceObserverEntryList) => {
    for (const e of list.getEntries()) log.entries.push({ name: e.name, startTime: e.startTime, duration: e.duration });
  };
  for (const type of ["event", "first-input"]) {
    const observer = new PerformanceObserver(keep);
    // durationThreshold is part of Event Timing, not yet in TypeScript's DOM types.
    observer.observe({ type, buffered: true, ...(type === "event" ? { durationThreshold: threshold } : {}) } as PerformanceObserverInit);
    log.observers.push(observer);
  }
  return performance.now();
}

/** Runs in the page: stops observing and returns every entry seen (pending ones included). */
function stopObserving(): TimedEvent[] {
  const log = (window as unknown as { __eventTiming: EventLog }).__eventTiming;
  for (const observer of log.observers) {
    for (const e of observer.takeRecords()) log.entries.push({ name: e.name, startTime: e.startTime, duration: e.duration });
    observer.disconnect();
  }
  return log.entries;
}

/** PRESSES trusted PageDown presses on "Window end" from the full window, with their Event Timing durations. */
export async function trustedPageDown(page: Page): Promise<EventTimingResult> {
  const ready = await fullWindowEndFocused(page);
  if ("na" in ready) return ready;
  const slider = ready.slider;
  const t0 = await page.evaluate(observeEvents, THRESHOLD_MS);
  let moved = 0;
  for (let i = 0; i < PRESSES; i++) {
    const before = await slider.getAttribute("aria-valuenow");
    await page.keyboard.press("PageDown");
    await page.evaluate(nextFrame);
    if ((await slider.getAttribute("aria-valuenow")) !== before) moved++;
  }
  // Entries are queued after the paint that ends them: two more frames, then take whatever is pending.
  await page.evaluate(nextFrame);
  await page.evaluate(nextFrame);
  const entries = await page.evaluate(stopObserving);
  // One keydown may come as both an "event" and a "first-input" entry: keep one per start time.
  const byStart = new Map<number, number>();
  for (const e of entries) if (e.name === "keydown" && e.startTime >= t0) byStart.set(e.startTime, Math.max(e.duration, byStart.get(e.startTime) ?? 0));
  const reportedMs = [...byStart.values()].sort((a, b) => b - a);
  const all = [...reportedMs, ...Array<number>(Math.max(0, PRESSES - reportedMs.length)).fill(THRESHOLD_MS)];
  return {
    presses: PRESSES,
    moved,
    windowBefore: ready.window,
    windowAfter: await readWindow(page),
    reported: reportedMs.length,
    reportedMs,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    max: percentile(all, 100),
  };
}
