import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACK_TIMEOUT_MS, createLatestOnlySender } from "@/components/network/latestOnly";

/** A sender over a fake clock, recording what was sent and what was built. */
function harness() {
  let clock = 0;
  const sent: number[] = [];
  const built: number[] = [];
  const sender = createLatestOnlySender<number>((n) => sent.push(n), () => clock);
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
    const sender = createLatestOnlySender<number>(() => undefined, () => 0, (b) => busy.push(b));
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
