/**
 * Hands work to a consumer that acknowledges each piece (the drawing worker), keeping at most one piece in
 * flight. While one is in flight, newer offers replace each other and are not even built: only the latest is
 * built and sent, when the acknowledgement comes. A fast scrub then builds and copies a draw list per picture
 * the worker actually draws, not per step, and the worker never falls behind drawing pictures already stale.
 */

/** How long an acknowledgement may take before the sender stops waiting for it (a lost message must never freeze the picture). */
export const ACK_TIMEOUT_MS = 1000;

export interface LatestOnlySender<T> {
  /** Offers the next piece, built only when it is sent. */
  offer(build: () => T): void;
  /** The consumer finished the piece in flight. */
  acknowledge(): void;
}

export function createLatestOnlySender<T>(send: (piece: T) => void, now: () => number = () => performance.now(), onBusy?: (busy: boolean) => void): LatestOnlySender<T> {
  let sentAt: number | null = null;
  let pending: (() => T) | null = null;
  const dispatch = (build: () => T) => {
    sentAt = now();
    onBusy?.(true);
    send(build());
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
      sentAt = null;
      const next = pending;
      pending = null;
      if (next) dispatch(next);
      else onBusy?.(false);
    },
  };
}
