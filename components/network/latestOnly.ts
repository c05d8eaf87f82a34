/**
 * Hands work to a consumer that acknowledges each piece (the drawing worker), keeping at most one piece in
 * flight. While one is in flight, newer offers replace each other and are not even built: only the latest is
 * built and sent, when the acknowledgement comes. A fast scrub then builds and copies a draw list per picture
 * the worker actually draws, not per step, and the worker never falls behind drawing pictures already stale.
 *
 * After each piece the consumer rests as long as the piece took before it gets the next, unless that would make
 * pieces come less often than every SLOWEST_CYCLE_MS. On two cores, a worker drawing back to back took a whole
 * core through a held scrub, and the page's main thread then waited for a core in its slowest frames. A picture
 * that takes 4 ms still allows over 100 a second, and the rest never makes pictures come less often than 12 a
 * second.
 */

/** How long an acknowledgement may take before the sender stops waiting for it (a lost message must never freeze the picture). */
export const ACK_TIMEOUT_MS = 1000;
/** The consumer's rest after a piece, per millisecond the piece took (it works at most half the time). */
export const REST_PER_BUSY = 1;
/** A piece and the rest after it take at most this long, unless the piece alone takes longer (12 a second). */
export const SLOWEST_CYCLE_MS = 83;

export interface LatestOnlySender<T> {
  /** Offers the next piece, built only when it is sent. */
  offer(build: () => T): void;
  /** The consumer finished the piece in flight. */
  acknowledge(): void;
}

export interface LatestOnlyOptions {
  now?: () => number;
  /** Whether a piece is in flight or the consumer rests (true), or it is free (false). */
  onBusy?: (busy: boolean) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
}

export function createLatestOnlySender<T>(send: (piece: T) => void, options: LatestOnlyOptions = {}): LatestOnlySender<T> {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const onBusy = options.onBusy;
  /** When the piece in flight was sent, or when the rest began; null when the consumer is free. */
  let sentAt: number | null = null;
  let resting = false;
  let pending: (() => T) | null = null;
  const dispatch = (build: () => T) => {
    sentAt = now();
    onBusy?.(true);
    send(build());
  };
  const sendPending = () => {
    resting = false;
    sentAt = null;
    const next = pending;
    pending = null;
    if (next) dispatch(next);
    else onBusy?.(false);
  };
  return {
    offer(build) {
      if (sentAt !== null && now() - sentAt < ACK_TIMEOUT_MS) {
        pending = build;
        return;
      }
      pending = null;
      dispatch(build);
    },
    acknowledge() {
      // A late acknowledgement (of a piece given up on) while resting: the rest goes on.
      if (resting) return;
      const busyFor = sentAt === null ? 0 : now() - sentAt;
      const rest = Math.min(busyFor * REST_PER_BUSY, SLOWEST_CYCLE_MS - busyFor);
      if (!pending || rest < 1) return sendPending();
      resting = true;
      sentAt = now();
      setTimer(sendPending, rest);
    },
  };
}
