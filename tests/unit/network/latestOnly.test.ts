import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACK_TIMEOUT_MS, createLatestOnlySender, REST_PER_BUSY, SLOWEST_CYCLE_MS } from "@/components/network/latestOnly";
import { fakeClock } from "../fakeClock";

/** A sender over a fake clock, recording what was sent and what was built. */
function harness() {
  let clock = 0;
  const sent: number[] = [];
  const built: number[] = [];
  const sender = createLatestOnlySender<number>((n) => sent.push(n), { now: () => clock });
  const offer = (n: number) =>
    sender.offer(() => {
      built.push(n);
      return n;
    });
  return { sender, offer, sent, built, tick: (ms: number) => (clock += ms) };
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
    const sender = createLatestOnlySender<number>(() => undefined, { now: () => 0, onBusy: (b) => busy.push(b) });
    sender.offer(() => 1);
    expect(busy).toEqual([true]);
    sender.offer(() => 2);
    sender.acknowledge();
    // The newer offer went out on the acknowledgement: still busy, never free in between.
    expect(busy).toEqual([true, true]);
    sender.acknowledge();
    expect(busy).toEqual([true, true, false]);
  });
});

describe("createLatestOnlySender's rest between pieces", () => {
  it("sends the next piece after a rest as long as the last one took, within a cycle of SLOWEST_CYCLE_MS, staying busy meanwhile", () => {
    const clock = fakeClock();
    const sent: number[] = [];
    const busy: boolean[] = [];
    const sender = createLatestOnlySender<number>((n) => sent.push(n), { now: clock.now, setTimer: clock.setTimer, onBusy: (b) => busy.push(b) });
    sender.offer(() => 1);
    clock.advance(10);
    sender.offer(() => 2);
    sender.offer(() => 3);
    sender.acknowledge();
    // 1 took 10 ms: the next waits 10 ms, and offers meanwhile replace it.
    clock.advance(10 * REST_PER_BUSY - 1);
    expect(sent).toEqual([1]);
    sender.offer(() => 4);
    // A late acknowledgement during the rest does not cut it short.
    sender.acknowledge();
    expect(sent).toEqual([1]);
    clock.advance(1);
    expect(sent).toEqual([1, 4]);
    expect(busy).not.toContain(false);
    // With nothing newer, the sender is free at once.
    clock.advance(1000);
    sender.offer(() => 5);
    sender.acknowledge();
    expect(busy.at(-1)).toBe(false);
    // A 60 ms piece rests only what is left of the cycle; one slower than the cycle does not rest.
    sender.offer(() => 6);
    clock.advance(60);
    sender.offer(() => 7);
    sender.acknowledge();
    clock.advance(SLOWEST_CYCLE_MS - 60 - 1);
    expect(sent).toEqual([1, 4, 5, 6]);
    clock.advance(1);
    expect(sent).toEqual([1, 4, 5, 6, 7]);
    clock.advance(SLOWEST_CYCLE_MS + 10);
    sender.offer(() => 8);
    sender.acknowledge();
    expect(sent).toEqual([1, 4, 5, 6, 7, 8]);
  });
});
