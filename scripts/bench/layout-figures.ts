/**
 * The network layout's figures from what the page recorded. Hooks, in order of preference: the Network
 * region's `data-layout-ms` attribute; `performance.mark("layout-settled")` (minus `"layout-start"` when
 * present, else from navigation start); the first frame at which the Network region carried
 * `data-layout="settled"` (from navigation start). Pure, so it is unit-tested.
 */
import type { LongTask } from "./probe";

/** The layout figures of one load, or why there are none. */
export interface LayoutFigures {
  ms: number | null;
  method: string;
  /** The longest main-thread task overlapping the layout's run, and the window [start, end] used (ms since navigation). */
  longestTaskMs: number | null;
  window: [number, number] | null;
}

/** What the page recorded about the layout (ms since navigation start). */
export interface LayoutReading {
  attrMs: number | null;
  settledMark: number | null;
  startMark: number | null;
  runningAt: number | null;
  settledAt: number | null;
  readyAt: number | null;
  now: number;
  longTasks: LongTask[];
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
  // Settled before the page was ready: the layout ran inside start-up work it cannot be told apart from.
  if (start >= end) return { ms, method, longestTaskMs: null, window: null };
  let longest = 0;
  for (const task of r.longTasks) {
    if (task.start < end && task.start + task.duration > start) longest = Math.max(longest, task.duration);
  }
  return { ms, method, longestTaskMs: longest, window: [start, end] };
}
