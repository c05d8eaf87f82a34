/**
 * Writes the view's query string to the history at a bounded rate. While a gesture runs, the URL is written
 * at most once per interval; when the gesture rests, what it left is written at once (lib/view/burst.ts).
 * A gesture's first change pushes an entry and the rest replace it, so Back undoes a whole drag or key burst.
 * A history write is not free (3–4 ms each on a busy page, measured while scrubbing), so a scrub writes the
 * URL about once a second and at its end, never in every frame. A query string may be given as a function, built
 * only if it is written: most steps of a scrub never are. Timers and the clock are injected, so the policy is
 * tested without a DOM.
 */

import { createBurstThrottle, type BurstThrottleOptions } from "./burst";

/** Whether a write adds a history entry or replaces the current one. */
export type HistoryMode = "push" | "replace";

/** What the writer needs from its host: the throttle's timing (see ./burst), and the write itself. */
export interface UrlWriterOptions extends Omit<BurstThrottleOptions, "run"> {
  write(search: string, mode: HistoryMode): void;
}

/** A query string, or how to build it when it is written. */
export type Search = string | (() => string);

/** A throttled writer. */
export interface UrlWriter {
  /** Asks for `search` to be written with `mode`: now, when the gesture rests, or when the interval ends. */
  request(search: Search, mode: HistoryMode): void;
  /** Writes what is pending now (for example before the page is hidden). */
  flush(): void;
  /** Forgets what is pending (the view was replaced by the URL itself). */
  cancel(): void;
}

const built = (search: Search) => (typeof search === "string" ? search : search());

/** Creates a throttled URL writer. */
export function createUrlWriter(options: UrlWriterOptions): UrlWriter {
  let written: string | null = null;
  // Only replaces wait (a push is written at once), so the latest one is all that is pending.
  let pending: Search | null = null;
  const write = (search: string, mode: HistoryMode) => {
    written = search;
    options.write(search, mode);
  };
  const throttle = createBurstThrottle({
    intervalMs: options.intervalMs,
    restMs: options.restMs,
    now: options.now,
    setTimer: options.setTimer,
    clearTimer: options.clearTimer,
    run() {
      const search = pending === null ? null : built(pending);
      pending = null;
      if (search !== null && search !== written) write(search, "replace");
    },
  });

  return {
    request(search, mode) {
      if (mode === "push") {
        // A new gesture: what the last one left pending belongs to its own entry, written first.
        throttle.flush();
        write(built(search), "push");
        throttle.ran();
        return;
      }
      if (search === written) {
        // The URL already says this: whatever was pending is out of date.
        pending = null;
        throttle.cancel();
        return;
      }
      pending = search;
      throttle.request();
    },
    flush: () => throttle.flush(),
    cancel() {
      throttle.cancel();
      pending = null;
    },
  };
}
