/**
 * A clock and timers, injected where a timing policy is tested without a browser (bursts, throttles, the drawing
 * worker's pacing); the page's own `performance.now` and `setTimeout` otherwise.
 */

export interface Timing {
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** `timing` with the page's clock and timers wherever it gives none. */
export function withPageTiming(timing: Timing = {}): Required<Timing> {
  return {
    now: timing.now ?? (() => performance.now()),
    setTimer: timing.setTimer ?? ((run, ms) => setTimeout(run, ms)),
    clearTimer: timing.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)),
  };
}
