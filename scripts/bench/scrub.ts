/**
 * The scripted scrub: 120 keyboard steps on the slider "Window end" (60 ArrowLeft, then 60 ArrowRight) at
 * key-repeat rate (30 per second), then a 120-step pointer drag of the brush (the band between the two
 * window handles) at pointer rate (60 per second). Inputs are paced in wall-clock time, as a person's are:
 * a page that keeps up shows 16.7 ms frames throughout, one that does not shows long frames. Each input
 * waits for the previous one to be handled, so a slow page is never flooded. For each part: rAF frame
 * deltas, long tasks, script time per step (CDP), and whether the window actually moved.
 */
import type { CDPSession, Locator, Page } from "@playwright/test";
import { nextFrame, startFrames, stopFrames, type LongTask, type Probe } from "./probe";
import { percentile, round1 } from "./stats";

export const SCRUB_STEPS = 120;
/** Key auto-repeat is about 30 per second; pointer moves arrive once per frame. */
const KEY_REPEAT_MS = 1000 / 30;
const POINTER_MS = 1000 / 60;
/** A part that runs longer than this stops early (and says how many steps it made). */
const PART_BUDGET_MS = 60_000;

/** Frame-time percentiles in ms. */
export interface FrameStats {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/** The figures of one part of the scrub, or why it could not run. */
export type ScrubPart =
  | {
      steps: number;
      frames: FrameStats;
      longTaskCount: number;
      longTaskTotalMs: number;
      scriptMsPerStep: number;
      /** What the input moved: "window", "end edge", "start edge", or "nothing". */
      moved: string;
      /** Raw deltas, for combining parts. */
      deltas: number[];
    }
  | { na: string };

/** CDP Performance metrics by name. */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Percentiles of frame deltas, rounded to 0.1 ms. */
export function frameStats(deltas: readonly number[]): FrameStats {
  const pick = (p: number) => {
    const value = percentile(deltas, p);
    return value === null ? null : round1(value);
  };
  return { count: deltas.length, p50: pick(50), p95: pick(95), p99: pick(99) };
}

async function valueNow(slider: Locator): Promise<string | null> {
  return slider.getAttribute("aria-valuenow");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `step` every `intervalMs` (or as soon as the page has handled the previous one) while recording frames, long tasks and script time. */
async function measurePart(page: Page, cdp: CDPSession, steps: number, intervalMs: number, step: (i: number) => Promise<void>) {
  const before = await metrics(cdp);
  await page.evaluate(startFrames);
  await page.evaluate(nextFrame);
  const t0 = await page.evaluate(() => performance.now());
  const started = performance.now();
  let due = started;
  let done = 0;
  for (let i = 0; i < steps && performance.now() - started < PART_BUDGET_MS; i++) {
    // Pacing, not waiting for a condition: the input rate is what is being simulated.
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    await step(i);
    due = Math.max(due + intervalMs, performance.now());
    done++;
  }
  await page.evaluate(nextFrame);
  const deltas = await page.evaluate(stopFrames);
  const t1 = await page.evaluate(() => performance.now());
  const after = await metrics(cdp);
  const tasks = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.longTasks);
  const during = tasks.filter((t: LongTask) => t.start >= t0 && t.start <= t1);
  const script = ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000;
  return {
    steps: done,
    frames: frameStats(deltas),
    longTaskCount: during.length,
    longTaskTotalMs: round1(during.reduce((sum, t) => sum + t.duration, 0)),
    scriptMsPerStep: round1(script / Math.max(done, 1)),
    deltas,
  };
}

/** Keyboard part: ArrowLeft ×60 then ArrowRight ×60 on the focused "Window end" slider. */
export async function keyboardScrub(page: Page, cdp: CDPSession): Promise<ScrubPart> {
  const slider = page.getByRole("slider", { name: "Window end", exact: true });
  if ((await slider.count()) === 0) return { na: 'no slider named "Window end"' };
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  const start = await valueNow(slider);
  let middle: string | null = null;
  const half = SCRUB_STEPS / 2;
  const part = await measurePart(page, cdp, SCRUB_STEPS, KEY_REPEAT_MS, async (i) => {
    if (i === half) middle = await valueNow(slider);
    await page.keyboard.press(i < half ? "ArrowLeft" : "ArrowRight");
  });
  return { ...part, moved: middle !== null && middle !== start ? "end edge" : "nothing" };
}

/** Drag part: press in the middle of the brush and move 200 px left and back in 120 steps. */
export async function dragScrub(page: Page, cdp: CDPSession): Promise<ScrubPart> {
  const startSlider = page.getByRole("slider", { name: "Window start", exact: true });
  const endSlider = page.getByRole("slider", { name: "Window end", exact: true });
  if ((await startSlider.count()) === 0 || (await endSlider.count()) === 0) return { na: "no window sliders to find the brush by" };
  await endSlider.scrollIntoViewIfNeeded();
  const a = await startSlider.boundingBox();
  const b = await endSlider.boundingBox();
  if (!a || !b || b.x + b.width / 2 - (a.x + a.width / 2) < 4) return { na: "the brush is not visible or too narrow to grab" };
  const x = (a.x + a.width / 2 + b.x + b.width / 2) / 2;
  const y = b.y + b.height / 2;
  const before = { from: await valueNow(startSlider), to: await valueNow(endSlider) };
  let middle = before;
  const half = SCRUB_STEPS / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const part = await measurePart(page, cdp, SCRUB_STEPS, POINTER_MS, async (i) => {
    if (i === half) middle = { from: await valueNow(startSlider), to: await valueNow(endSlider) };
    // A triangle: out to -200 px over the first half, back over the second.
    const offset = i < half ? -200 * ((i + 1) / half) : -200 * (1 - (i + 1 - half) / half);
    await page.mouse.move(x + offset, y);
  });
  await page.mouse.up();
  const fromMoved = middle.from !== before.from;
  const toMoved = middle.to !== before.to;
  const moved = fromMoved && toMoved ? "window" : toMoved ? "end edge" : fromMoved ? "start edge" : "nothing";
  return { ...part, moved };
}

/** Idle frame deltas over 60 frames with no input: the floor the scrub's frame times compare against. */
export async function idleFrames(page: Page): Promise<FrameStats> {
  await page.evaluate(startFrames);
  for (let i = 0; i < 60; i++) await page.evaluate(nextFrame);
  return frameStats(await page.evaluate(stopFrames));
}

/** Waits until the page has had no long task for a second (at most 15 s): the scrub should not measure start-up work. */
export async function waitForQuiet(page: Page): Promise<boolean> {
  try {
    await page.waitForFunction(
      () => {
        const tasks = (window as unknown as { __bench: Probe }).__bench.longTasks;
        const last = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
        return performance.now() - last >= 1000;
      },
      null,
      { timeout: 15_000, polling: 200 },
    );
    return true;
  } catch {
    return false;
  }
}
