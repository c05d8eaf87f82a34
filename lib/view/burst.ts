/**
 * Bursts of view changes (a held key, a drag, Play): when one has ended, and a throttle for work that follows
 * a burst at a bounded rate (the URL, the panels that follow the views). Timers and the clock are injected,
 * so the policy is tested without a DOM.
 */

/** A burst has ended when the view has not changed for this long. */
export const BURST_REST_MS = 150;

/** What a throttle needs from its host. */
export interface BurstThrottleOptions {
  /** While a burst lasts, at most one run per this many milliseconds. */
  intervalMs: number;
  /** A burst that made no change for this long has ended: what it left pending runs then. */
  restMs?: number;
  run(): void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** A throttle for the changes of a burst. */
export interface BurstThrottle {
  /** A change: it runs at once when the last run is an interval old, else at the interval's end or the burst's rest, whichever comes first. */
  request(): void;
  /** Runs what is pending now (nothing when nothing is). */
  flush(): void;
  /** Runs now, pending or not, and starts a new interval. */
  runNow(): void;
  /** Forgets what is pending. */
  cancel(): void;
  /** Notes a run made outside the throttle: the interval starts again from now. */
  ran(): void;
}

/** Creates a burst throttle. */
export function createBurstThrottle(options: BurstThrottleOptions): BurstThrottle {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const restMs = options.restMs ?? BURST_REST_MS;
  let last = -Infinity;
  let timer: unknown = null;
  const cancel = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const runNow = () => {
    cancel();
    last = now();
    options.run();
  };
  return {
    request() {
      cancel();
      const t = now();
      const due = Math.min(last + options.intervalMs, t + restMs);
      if (due <= t) runNow();
      else timer = setTimer(runNow, due - t);
    },
    flush() {
      if (timer !== null) runNow();
    },
    runNow,
    cancel,
    ran() {
      last = now();
    },
  };
}
