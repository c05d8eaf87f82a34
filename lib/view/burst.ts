/**
 * Bursts of view changes (a held key, a drag, Play): when one has ended, and a throttle for work that follows
 * a burst at a bounded rate (the URL, the panels that follow the views). Timers and the clock are injected,
 * so the policy is tested without a DOM.
 */

import { withPageTiming, type Timing } from "@/lib/timing";

/** A burst has ended when the view has not changed for this long. */
export const BURST_REST_MS = 150;

/** What a throttle needs from its host. */
export interface BurstThrottleOptions extends Timing {
  /** While a burst lasts, at most one run per this many milliseconds. */
  intervalMs: number;
  /** A burst that made no change for this long has ended: what it left pending runs then. */
  restMs?: number;
  run(): void;
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

/**
 * One timer for a deadline that moves later at every change: it is armed once and, when it fires before the
 * deadline, armed again for the rest. A held scrub changes the view at every frame, and several watchers
 * clearing and setting a timer at each step cost more than what they watch.
 */
function createDeadlineTimer(options: Timing, run: () => void) {
  const { now, setTimer, clearTimer } = withPageTiming(options);
  let deadline = Infinity;
  let timer: unknown = null;
  const fire = () => {
    const wait = deadline - now();
    if (wait > 0) {
      timer = setTimer(fire, wait);
      return;
    }
    timer = null;
    deadline = Infinity;
    run();
  };
  const cancel = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    deadline = Infinity;
  };
  return {
    /** Runs at `at` (a time of `now`), unless set again or cancelled before. */
    set(at: number) {
      // A timer already armed for a later time would fire late: armed again (only when the deadline moves earlier).
      if (timer !== null && at < deadline) cancel();
      deadline = at;
      if (timer === null) timer = setTimer(fire, Math.max(0, at - now()));
    },
    cancel,
    get armed() {
      return timer !== null;
    },
  };
}

/** Calls `run` once nothing has `poke`d it for `ms`. */
export interface RestTimer {
  poke(): void;
  cancel(): void;
}

export function createRestTimer(ms: number, run: () => void, options: Timing = {}): RestTimer {
  const { now } = withPageTiming(options);
  const timer = createDeadlineTimer(options, run);
  return {
    poke: () => timer.set(now() + ms),
    cancel: () => timer.cancel(),
  };
}

/** Creates a burst throttle. */
export function createBurstThrottle(options: BurstThrottleOptions): BurstThrottle {
  const { now } = withPageTiming(options);
  const restMs = options.restMs ?? BURST_REST_MS;
  let last = -Infinity;
  const runNow = () => {
    timer.cancel();
    last = now();
    options.run();
  };
  const timer = createDeadlineTimer(options, runNow);
  const cancel = () => timer.cancel();
  return {
    request() {
      const t = now();
      const due = Math.min(last + options.intervalMs, t + restMs);
      if (due <= t) runNow();
      else timer.set(due);
    },
    flush() {
      if (timer.armed) runNow();
    },
    runNow,
    cancel,
    ran() {
      last = now();
    },
  };
}
