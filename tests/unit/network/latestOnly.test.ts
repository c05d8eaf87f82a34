import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACK_TIMEOUT_MS, createLatestOnlySender, REST_LIMIT_MS } from "@/components/network/latestOnly";
import type { Timing } from "@/lib/timing";

/** A fake clock with timers that run when `tick` passes their time. */
function fakeTiming() {
  let clock = 0;
  let timers: Array<{ at: number; run: () => void }> = [];
  const timing: Timing = {
    now: () => clock,
    setTimer(run, ms) {
      const timer = { at: clock + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer(timer) {
      timers = timers.filter((t) => t !== timer);
    },
  };
  const tick = (ms: number) => {
    const end = clock + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      clock = Math.max(clock, due.at);
      due.run();
    }
    clock = end;
  };
  return { timing, tick, armed: () => timers.length, now: () => clock };
}

/** A sender over a fake clock, recording what was sent (and when) and what was built. */
function harness(onBusy?: (busy: boolean) => void) {
  const time = fakeTiming();
  const sent: number[] = [];
  const sentAt: number[] = [];
  const built: number[] = [];
  const sender = createLatestOnlySender<number>(
    (n) => {
      sent.push(n);
      sentAt.push(time.now());
    },
    time.timing,
    onBusy,
  );
  const offer = (n: number, gapMs?: number, rest?: number) =>
    sender.offer(
      () => {
        built.push(n);
        return n;
      },
      gapMs,
      rest,
    );
  return { sender, offer, sent, sentAt, built, tick: time.tick, armed: time.armed, now: time.now };
}

describe("createLatestOnlySender", () => {
  it("sends at once when nothing is in flight", () => {
    const h = harness();
    h.offer(1);
    expect(h.sent).toEqual([1]);
  });

  it("while a piece is in flight, keeps only the latest offer and builds nothing until the acknowledgement", () => {
    const h = harness();
    h.offer(1);
    h.offer(2);
    h.offer(3);
    expect(h.sent).toEqual([1]);
    expect(h.built).toEqual([1]);
    h.sender.acknowledge();
    expect(h.sent).toEqual([1, 3]);
    expect(h.built).toEqual([1, 3]);
    h.sender.acknowledge();
    expect(h.sent).toEqual([1, 3]);
    h.offer(4);
    expect(h.sent).toEqual([1, 3, 4]);
  });

  it("stops waiting for an acknowledgement that never comes", () => {
    const h = harness();
    h.offer(1);
    h.tick(ACK_TIMEOUT_MS - 1);
    h.offer(2);
    expect(h.sent).toEqual([1]);
    h.tick(1);
    h.offer(3);
    expect(h.sent).toEqual([1, 3]);
    // The replaced offer is gone: the late acknowledgement of 1 sends nothing stale.
    h.sender.acknowledge();
    expect(h.sent).toEqual([1, 3]);
  });

  it("whatever the interleaving, the last offer is sent once everything is acknowledged, and no piece is sent twice", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant("ack" as const), fc.constant("offer" as const)), { minLength: 1, maxLength: 60 }), (script) => {
        const h = harness();
        let next = 0;
        for (const step of script) {
          if (step === "offer") h.offer(next++);
          else h.sender.acknowledge();
        }
        // Drain: the consumer acknowledges until nothing more is sent.
        for (let i = 0; i < 3; i++) h.sender.acknowledge();
        if (next > 0) expect(h.sent.at(-1)).toBe(next - 1);
        expect(new Set(h.sent).size).toBe(h.sent.length);
        expect(h.built).toEqual(h.sent);
        expect([...h.sent].sort((a, b) => a - b)).toEqual(h.sent);
      }),
      { numRuns: 300 },
    );
  });
});

describe("createLatestOnlySender's busy reports", () => {
  it("says busy when it sends, free when the consumer acknowledges with nothing newer, and stays busy while it sends the next", () => {
    const busy: boolean[] = [];
    const { sender } = harness((b) => busy.push(b));
    sender.offer(() => 1);
    expect(busy).toEqual([true]);
    sender.offer(() => 2);
    sender.acknowledge();
    // The newer offer went out on the acknowledgement: still busy, never free in between.
    expect(busy).toEqual([true, true]);
    sender.acknowledge();
    expect(busy).toEqual([true, true, false]);
  });

  it("stays busy while an offer waits for its gap, and is free once it went out and was acknowledged", () => {
    const busy: boolean[] = [];
    const h = harness((b) => busy.push(b));
    h.offer(1, 30);
    h.tick(10);
    h.sender.acknowledge();
    h.offer(2, 30);
    expect(busy.at(-1)).toBe(true);
    h.tick(20);
    expect(h.sent).toEqual([1, 2]);
    h.sender.acknowledge();
    expect(busy.at(-1)).toBe(false);
  });
});

describe("createLatestOnlySender's gaps", () => {
  it("sends a gapped offer no sooner than the gap after the previous piece was sent, and only the latest", () => {
    const h = harness();
    h.offer(1, 30);
    h.tick(8);
    h.sender.acknowledge();
    h.offer(2, 30);
    h.tick(8);
    h.offer(3, 30);
    expect(h.sent).toEqual([1]);
    expect(h.built).toEqual([1]);
    h.tick(13);
    expect(h.sent).toEqual([1]);
    h.tick(1);
    expect(h.sent).toEqual([1, 3]);
    expect(h.sentAt).toEqual([0, 30]);
    expect(h.built).toEqual([1, 3]);
  });

  it("does not delay a piece slower than the gap: it goes out on the acknowledgement", () => {
    const h = harness();
    h.offer(1, 30);
    h.offer(2, 30);
    h.tick(45);
    h.sender.acknowledge();
    expect(h.sent).toEqual([1, 2]);
    expect(h.sentAt).toEqual([0, 45]);
    expect(h.armed()).toBe(0);
  });

  it("sends an offer without a gap (a picture at rest) at once, in place of a gapped one still waiting", () => {
    const h = harness();
    h.offer(1, 30);
    h.sender.acknowledge();
    h.offer(2, 30);
    h.tick(5);
    h.offer(3);
    expect(h.sent).toEqual([1, 3]);
    expect(h.armed()).toBe(0);
    h.sender.acknowledge();
    h.tick(100);
    expect(h.sent).toEqual([1, 3]);
  });
});

describe("createLatestOnlySender's rests", () => {
  /**
   * When the second of two offers goes out: the first is sent at 0 and in flight for `inFlight` ms, the second is
   * offered meanwhile, then the consumer acknowledges the first (saying it worked `work` ms on it, or not).
   */
  function secondSentAt({ gap = 0, rest, inFlight, work }: { gap?: number; rest: number; inFlight: number; work?: number }) {
    const h = harness();
    h.offer(1, gap, rest);
    h.tick(inFlight);
    h.offer(2, gap, rest);
    h.sender.acknowledge(work);
    h.tick(1000);
    expect(h.sent).toEqual([1, 2]);
    return h.sentAt[1];
  }

  it("after a piece came back, waits `rest` times the consumer's work on it before the next", () => {
    expect(secondSentAt({ rest: 1, inFlight: 40, work: 25 })).toBe(65);
    expect(secondSentAt({ rest: 0.5, inFlight: 40, work: 30 })).toBe(55);
    expect(secondSentAt({ rest: 2, inFlight: 10, work: 10 })).toBe(30);
  });

  it("counts the round trip as the work when the consumer does not say", () => {
    expect(secondSentAt({ rest: 1, inFlight: 40 })).toBe(80);
  });

  it("keeps the gap when the piece was quick, and the rest when it was slow", () => {
    expect(secondSentAt({ gap: 30, rest: 1, inFlight: 5, work: 5 })).toBe(30);
    expect(secondSentAt({ gap: 30, rest: 1, inFlight: 25, work: 20 })).toBe(45);
  });

  it("rests no longer than REST_LIMIT_MS after a very slow piece", () => {
    expect(secondSentAt({ rest: 2, inFlight: 400, work: 400 })).toBe(400 + REST_LIMIT_MS);
  });

  it("does not hold back an offer without a rest (the picture at rest after a burst)", () => {
    const h = harness();
    h.offer(1, 30, 1);
    h.tick(50);
    h.sender.acknowledge();
    h.offer(2);
    expect(h.sentAt).toEqual([0, 50]);
  });

  it("takes no rest after a piece whose acknowledgement never came", () => {
    const h = harness();
    h.offer(1, 0, 1);
    h.tick(ACK_TIMEOUT_MS);
    h.offer(2, 0, 1);
    expect(h.sentAt).toEqual([0, ACK_TIMEOUT_MS]);
  });

  it("whatever the interleaving of offers, acknowledgements and time, a piece keeps its gap and its rest, and the last offer goes out once", () => {
    type Step = { kind: "offer"; gap: number; rest: number } | { kind: "ack" } | { kind: "tick"; ms: number };
    const step = fc.oneof(
      fc.record({ kind: fc.constant("offer" as const), gap: fc.constantFrom(0, 20, 33), rest: fc.constantFrom(0, 0.5, 1, 2) }),
      fc.constant({ kind: "ack" as const }),
      fc.record({ kind: fc.constant("tick" as const), ms: fc.integer({ min: 1, max: 60 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), (script: Step[]) => {
        const h = harness();
        const offers: Array<{ gap: number; rest: number }> = [];
        // The time of each acknowledgement that found a piece in flight, by the piece it acknowledged.
        const backAt = new Map<number, number>();
        // What the consumer says it worked on each piece (when it says: odd pieces leave it to the round trip).
        const workOf = (piece: number) => (piece % 2 === 0 ? (piece * 7) % 50 : undefined);
        const acknowledge = () => {
          const last = h.sent.length - 1;
          if (last >= 0 && !backAt.has(last) && h.now() - h.sentAt[last]! < ACK_TIMEOUT_MS) backAt.set(last, h.now());
          h.sender.acknowledge(last >= 0 ? workOf(h.sent[last]!) : undefined);
        };
        for (const s of script) {
          if (s.kind === "offer") {
            offers.push(s);
            h.offer(offers.length - 1, s.gap, s.rest);
          } else if (s.kind === "ack") acknowledge();
          else h.tick(s.ms);
        }
        // Drain: time passes and the consumer acknowledges until nothing more is sent (extra acknowledgements,
        // with nothing in flight, are ignored).
        for (let i = 0; i < 4; i++) {
          h.tick(200);
          acknowledge();
        }
        if (offers.length > 0) expect(h.sent.at(-1)).toBe(offers.length - 1);
        expect(new Set(h.sent).size).toBe(h.sent.length);
        expect(h.built).toEqual(h.sent);
        for (let i = 1; i < h.sent.length; i++) {
          const { gap, rest } = offers[h.sent[i]!]!;
          expect(h.sentAt[i]! - h.sentAt[i - 1]!).toBeGreaterThanOrEqual(gap);
          const back = backAt.get(i - 1);
          if (back === undefined || back > h.sentAt[i]!) continue;
          const work = workOf(h.sent[i - 1]!) ?? back - h.sentAt[i - 1]!;
          expect(h.sentAt[i]!).toBeGreaterThanOrEqual(back + Math.min(REST_LIMIT_MS, rest * work));
        }
      }),
      { numRuns: 300 },
    );
  });
});
