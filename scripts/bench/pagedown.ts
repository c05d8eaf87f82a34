/**
 * The held-PageDown scrub, the one the frame targets are judged by: from the full window, with "Window end"
 * focused, one synthetic PageDown keydown in every animation frame for 120 frames, in a Chromium whose
 * frame rate is not limited (see UNLIMITED_FRAMES_ARGS), so each frame lasts as long as the work of one
 * step. The loop runs entirely in the page; Node only reads the figures afterwards: rAF-to-rAF frame deltas,
 * long tasks, CDP script / style / layout / task time per step, and how many steps moved the window.
 */
import type { CDPSession, Page } from "@playwright/test";
import { fullWindowEndFocused, readWindow, type WindowText } from "./full-window";
import { nextFrame, type LongTask, type Probe } from "./probe";
import { frameStats, idleFrames, metrics, type FrameStats } from "./scrub";
import { round1 } from "./stats";

export const PAGEDOWN_STEPS = 120;
/** The loop stops dispatching after this long (and says how many steps it made). */
const BUDGET_MS = 60_000;

/** The figures of the held-PageDown scrub, or why it could not run. */
export type PagedownResult =
  | {
      steps: number;
      /** Steps after which the next frame showed "Window end" at a new value. */
      moved: number;
      windowBefore: WindowText;
      windowAfter: WindowText;
      frames: FrameStats;
      /** Frames that followed a step which moved the window (frames that draw nothing are paced at ~60 Hz). */
      movingFrames: FrameStats;
      /** Frames with no input in the same browser: the floor. */
      idleFrames: FrameStats;
      longTaskCount: number;
      longTaskTotalMs: number;
      /** CDP Performance.getMetrics deltas divided by steps. */
      perStepMs: { script: number; style: number; layout: number; task: number };
      deltas: number[];
    }
  | { na: string };

interface InPageRun {
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

const perStep = (after: Record<string, number>, before: Record<string, number>, name: string, steps: number) =>
  round1((((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / Math.max(steps, 1));

/** The held-PageDown scrub on a loaded, quiet page (in the unlimited-frame-rate browser). */
export async function pagedownScrub(page: Page, cdp: CDPSession): Promise<PagedownResult> {
  const ready = await fullWindowEndFocused(page);
  if ("na" in ready) return ready;
  const idle = await idleFrames(page);
  const handle = await ready.slider.elementHandle();
  if (!handle) return { na: '"Window end" went away' };
  const before = await metrics(cdp);
  const run = await handle.evaluate(holdPageDown, [PAGEDOWN_STEPS, BUDGET_MS] as [number, number]);
  const after = await metrics(cdp);
  // Long-task entries arrive after their task: give the observer two frames.
  await page.evaluate(nextFrame);
  await page.evaluate(nextFrame);
  const tasks = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.longTasks);
  const during = tasks.filter((t: LongTask) => t.start >= run.t0 && t.start <= run.t1);
  const steps = run.moved.length;
  return {
    steps,
    moved: run.moved.filter(Boolean).length,
    windowBefore: ready.window,
    windowAfter: await readWindow(page),
    frames: frameStats(run.deltas),
    movingFrames: frameStats(run.deltas.filter((_, i) => run.moved[i])),
    idleFrames: idle,
    longTaskCount: during.length,
    longTaskTotalMs: round1(during.reduce((sum, t) => sum + t.duration, 0)),
    perStepMs: {
      script: perStep(after, before, "ScriptDuration", steps),
      style: perStep(after, before, "RecalcStyleDuration", steps),
      layout: perStep(after, before, "LayoutDuration", steps),
      task: perStep(after, before, "TaskDuration", steps),
    },
    deltas: run.deltas.map(round1),
  };
}
