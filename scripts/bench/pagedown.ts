/**
 * The held-PageDown scrub, the one the frame targets are judged by: from the full window, with "Window end"
 * focused, one synthetic PageDown keydown in every animation frame for 120 frames, in a Chromium whose
 * frame rate is not limited (see UNLIMITED_FRAMES_ARGS), so each frame lasts as long as the work of one
 * step. The loop runs entirely in the page; Node only reads the figures afterwards: rAF-to-rAF frame deltas,
 * long tasks, CDP script / style / layout / task time per step, and how many steps moved the window.
 * The scrub is held three times from the full window and the frames pooled: on these shared machines one
 * round of 120 frames varies by a quarter from run to run, which hides the effect of most changes.
 */
import type { CDPSession, Page } from "@playwright/test";
import { movingFrameDeltas } from "./ab-stats";
import { fullWindowEndFocused, readWindow, type WindowText } from "./full-window";
import { nextFrame, type LongTask, type Probe } from "./probe";
import { frameStats, idleFrames, metrics, type FrameStats } from "./scrub";
import { round1 } from "./stats";
import { readThreads, threadUse, type ThreadSample, type ThreadUse } from "./threads";

export const PAGEDOWN_STEPS = 120;
/** Rounds of the scrub whose frames are pooled. */
export const PAGEDOWN_ROUNDS = 3;
/** The loop stops dispatching after this long (and says how many steps it made). */
const BUDGET_MS = 60_000;

/** The figures of the held-PageDown scrub, or why it could not run. */
export type PagedownResult =
  | {
      /** Steps of all rounds together. */
      steps: number;
      rounds: number;
      /** Steps after which the next frame showed "Window end" at a new value. */
      moved: number;
      windowBefore: WindowText;
      windowAfter: WindowText;
      frames: FrameStats;
      /** Frames that followed a step which moved the window (frames that draw nothing are paced at ~60 Hz). */
      movingFrames: FrameStats;
      /** Frames with no input in the same browser: the floor. */
      idleFrames: FrameStats;
      /** Long tasks of all rounds together. */
      longTaskCount: number;
      longTaskTotalMs: number;
      /** CDP Performance.getMetrics deltas divided by steps. */
      perStepMs: { script: number; style: number; layout: number; task: number };
      /** Pictures the canvas network showed a second during the rounds (0: the SVG network, drawn in each frame). */
      networkPicturesPerSecond: number;
      /** The processors during the rounds: the page's main thread, and every other thread (null: no /proc). */
      threads: ThreadUse | null;
      deltas: number[];
    }
  | { na: string };

export interface InPageRun {
  deltas: number[];
  moved: boolean[];
  t0: number;
  t1: number;
}

/** Runs in the page: one PageDown keydown on `el` in each of `steps` animation frames, recording frame deltas. */
function holdPageDown(el: Element, [steps, budgetMs]: [number, number]): Promise<InPageRun> {
  (window as unknown as { __bench: Probe }).__bench.stopped = true;
  return new Promise((resolve) => {
    const deltas: number[] = [];
    const moved: boolean[] = [];
    let last: number | null = null;
    let previous: string | null = null;
    let done = 0;
    const t0 = performance.now();
    const tick = (time: number) => {
      const value = el.getAttribute("aria-valuenow");
      if (last !== null) deltas.push(time - last);
      // This frame shows the effect of the previous step.
      if (previous !== null) moved.push(value !== previous);
      last = time;
      if (done === steps || performance.now() - t0 > budgetMs) {
        resolve({ deltas, moved, t0, t1: performance.now() });
        return;
      }
      previous = value;
      el.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", code: "PageDown", bubbles: true, cancelable: true }));
      done++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** A CDP duration metric's growth between two readings, in seconds. */
const delta = (after: Record<string, number>, before: Record<string, number>, name: string) => (after[name] ?? 0) - (before[name] ?? 0);

/** One held round's readings. */
export interface HeldRound {
  window: WindowText;
  run: InPageRun;
  longTasks: LongTask[];
  /** Pictures the canvas network showed during the round. */
  pictures: number;
}

/** Work to do right before and right after the held keys (reading CDP metrics, for example). */
interface RoundHooks {
  before?: () => Promise<void>;
  after?: () => Promise<void>;
}

/** From the full window, holds PageDown on "Window end" for PAGEDOWN_STEPS frames. */
export async function heldRound(page: Page, hooks: RoundHooks = {}): Promise<HeldRound | { na: string }> {
  const ready = await fullWindowEndFocused(page);
  if ("na" in ready) return ready;
  const handle = await ready.slider.elementHandle();
  if (!handle) return { na: '"Window end" went away' };
  const picturesSoFar = () => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.networkPictures);
  await hooks.before?.();
  const picturesBefore = await picturesSoFar();
  const run = await handle.evaluate(holdPageDown, [PAGEDOWN_STEPS, BUDGET_MS] as [number, number]);
  const pictures = (await picturesSoFar()) - picturesBefore;
  await hooks.after?.();
  // Long-task entries arrive after their task: give the observer two frames.
  await page.evaluate(nextFrame);
  await page.evaluate(nextFrame);
  const all = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.longTasks);
  return { window: ready.window, run, longTasks: all.filter((t: LongTask) => t.start >= run.t0 && t.start <= run.t1), pictures };
}

/** The held-PageDown scrub on a loaded, quiet page (in the unlimited-frame-rate browser), PAGEDOWN_ROUNDS times, pooled. */
export async function pagedownScrub(page: Page, cdp: CDPSession): Promise<PagedownResult> {
  let windowBefore: WindowText | null = null;
  let idle: FrameStats | null = null;
  const deltas: number[] = [];
  const moved: boolean[] = [];
  const tasks: LongTask[] = [];
  const totals = { script: 0, style: 0, layout: 0, task: 0 };
  let pictures = 0;
  let heldMs = 0;
  const threadPairs: [ThreadSample[], ThreadSample[]][] = [];
  for (let round = 0; round < PAGEDOWN_ROUNDS; round++) {
    let before: Record<string, number> = {};
    let after: Record<string, number> = {};
    let threadsBefore: ThreadSample[] | null = null;
    const held = await heldRound(page, {
      before: async () => {
        // The idle frames: once, on the full window like the rounds.
        idle ??= await idleFrames(page);
        before = await metrics(cdp);
        threadsBefore = readThreads();
      },
      after: async () => {
        const threadsAfter = readThreads();
        if (threadsBefore && threadsAfter) threadPairs.push([threadsBefore, threadsAfter]);
        after = await metrics(cdp);
      },
    });
    if ("na" in held) return held;
    windowBefore ??= held.window;
    pictures += held.pictures;
    heldMs += held.run.t1 - held.run.t0;
    tasks.push(...held.longTasks);
    deltas.push(...held.run.deltas);
    moved.push(...held.run.moved);
    totals.script += delta(after, before, "ScriptDuration");
    totals.style += delta(after, before, "RecalcStyleDuration");
    totals.layout += delta(after, before, "LayoutDuration");
    totals.task += delta(after, before, "TaskDuration");
  }
  const steps = moved.length;
  const perStep = (seconds: number) => round1((seconds * 1000) / Math.max(steps, 1));
  return {
    steps,
    rounds: PAGEDOWN_ROUNDS,
    moved: moved.filter(Boolean).length,
    windowBefore: windowBefore!,
    windowAfter: await readWindow(page),
    frames: frameStats(deltas),
    movingFrames: frameStats(movingFrameDeltas(deltas, moved)),
    idleFrames: idle!,
    longTaskCount: tasks.length,
    longTaskTotalMs: round1(tasks.reduce((sum, t) => sum + t.duration, 0)),
    perStepMs: { script: perStep(totals.script), style: perStep(totals.style), layout: perStep(totals.layout), task: perStep(totals.task) },
    networkPicturesPerSecond: round1((pictures * 1000) / Math.max(heldMs, 1)),
    threads: threadPairs.length === PAGEDOWN_ROUNDS ? threadUse(threadPairs) : null,
    deltas: deltas.map(round1),
  };
}
