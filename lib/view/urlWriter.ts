/**
 * Writes the view's query string to the history at a bounded rate. While a gesture runs, the URL is written
 * at most once per interval; when the gesture rests (no change for restMs), what it left is written at once.
 * A gesture's first change pushes an entry and the rest replace it, so Back undoes a whole drag or key burst.
 * A history write is not free (3–4 ms each on a busy page, measured while scrubbing), so a scrub writes the
 * URL about once a second and at its end, never in every frame. Timers and the clock are injected, so the
 * policy is tested without a DOM.
 */

/** Whether a write adds a history entry or replaces the current one. */
export type HistoryMode = "push" | "replace";

/** What the writer needs from its host. */
export interface UrlWriterOptions {
  /** While a gesture runs, at most one write per this many milliseconds. */
  intervalMs: number;
  /** A gesture that made no change for this long has ended: what it left pending is written then. */
  restMs: number;
  write(search: string, mode: HistoryMode): void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** A throttled writer. */
export interface UrlWriter {
  /** Asks for `search` to be written with `mode`: now, when the gesture rests, or when the interval ends. */
  request(search: string, mode: HistoryMode): void;
  /** Writes what is pending now (for example before the page is hidden). */
  flush(): void;
  /** Forgets what is pending (the view was replaced by the URL itself). */
  cancel(): void;
}

/** Creates a throttled URL writer. */
export function createUrlWriter(options: UrlWriterOptions): UrlWriter {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let lastWrite = -Infinity;
  let written: string | null = null;
  let pending: { search: string; mode: HistoryMode } | null = null;
  let timer: unknown = null;

  const write = (search: string, mode: HistoryMode) => {
    if (mode === "replace" && search === written) return;
    lastWrite = now();
    written = search;
    options.write(search, mode);
  };
  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const flush = () => {
    stopTimer();
    const p = pending;
    pending = null;
    if (p) write(p.search, p.mode);
  };

  return {
    request(search, mode) {
      if (mode === "push") {
        // A new gesture: what the last one left pending belongs to its own entry, written first.
        flush();
        write(search, "push");
        return;
      }
      // Only replaces wait (a push is written at once, above), so the latest one is all that is pending.
      pending = { search, mode };
      stopTimer();
      // Whichever comes first: the end of the interval since the last write, or the gesture's rest.
      const t = now();
      const due = Math.min(lastWrite + options.intervalMs, t + options.restMs);
      if (due <= t) flush();
      else timer = setTimer(flush, due - t);
    },
    flush,
    cancel() {
      stopTimer();
      pending = null;
    },
  };
}
