/**
 * Hands work to a consumer that acknowledges each piece (the drawing worker), keeping at most one piece in
 * flight. While one is in flight, newer offers replace each other and are not even built: only the latest is
 * built and sent, when the acknowledgement comes. A fast scrub then builds and copies a draw list per picture
 * the worker actually draws, not per step, and the worker never falls behind drawing pictures already stale.
 *
 * An offer may also ask for a gap since the previous piece was sent, and for a rest after the previous piece came
 * back in proportion to the consumer's work on it (the network's pictures while the window moves: see
 * useCanvasPainter): until both have passed it waits like one made while a piece is in flight.
 */
import { withPageTiming, type Timing } from "@/lib/timing";

/** How long an acknowledgement may take before the sender stops waiting for it (a lost message must never freeze the picture). */
export const ACK_TIMEOUT_MS = 1000;

/** A rest never lasts longer than this: one slow piece (a garbage collection, code run for the first time) must not hold back the next for long. */
export const REST_LIMIT_MS = 200;

export interface LatestOnlySender<T> {
  /**
   * Offers the next piece, built only when it is sent, and not before `gapMs` after the previous one was sent
   * nor before `rest` times the consumer's work on the previous piece (at most REST_LIMIT_MS) after it was
   * acknowledged.
   */
  offer(build: () => T, gapMs?: number, rest?: number): void;
  /** The consumer finished the piece in flight, having worked `workMs` on it by its own clock (else the round trip counts). */
  acknowledge(workMs?: number): void;
}

export function createLatestOnlySender<T>(send: (piece: T) => void, timing: Timing = {}, onBusy?: (busy: boolean) => void): LatestOnlySender<T> {
  const { now, setTimer, clearTimer } = withPageTiming(timing);
  /** When the piece in flight was sent (null: none is). */
  let sentAt: number | null = null;
  let lastSentAt = -Infinity;
  /** When the last piece was acknowledged, and how long the consumer worked on it. */
  let lastAckAt = -Infinity;
  let lastWork = 0;
  let pending: { build: () => T; gapMs: number; rest: number } | null = null;
  let timer: unknown = null;
  const dispatch = (build: () => T) => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    pending = null;
    sentAt = lastSentAt = now();
    onBusy?.(true);
    send(build());
  };
  const inFlight = () => sentAt !== null && now() - sentAt < ACK_TIMEOUT_MS;
  /** Sends the pending offer if nothing is in flight and its gap and rest have passed; else waits for them. */
  const sendPending = () => {
    if (!pending || inFlight()) return;
    const due = Math.max(lastSentAt + pending.gapMs, lastAckAt + Math.min(REST_LIMIT_MS, pending.rest * lastWork));
    if (now() >= due) dispatch(pending.build);
    else if (timer === null) {
      // Waiting counts as busy, as a piece in flight does: the views need not prepare newer pieces meanwhile.
      onBusy?.(true);
      timer = setTimer(() => {
        timer = null;
        sendPending();
      }, due - now());
    }
  };
  return {
    offer(build, gapMs = 0, rest = 0) {
      pending = { build, gapMs, rest };
      sendPending();
    },
    acknowledge(workMs) {
      if (sentAt !== null) {
        lastAckAt = now();
        lastWork = workMs ?? lastAckAt - sentAt;
      }
      sentAt = null;
      if (pending) sendPending();
      else onBusy?.(false);
    },
  };
}
