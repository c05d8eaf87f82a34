import { describe, expect, it } from "vitest";
import { createBurstThrottle, createRestTimer } from "@/lib/view/burst";
import { fakeClock } from "../fakeClock";

/** A throttle on a fake clock: `advance` moves time and fires due timers; `runs` holds the times it ran. */
function harness(intervalMs: number, restMs: number) {
  const clock = fakeClock();
  const runs: number[] = [];
  const throttle = createBurstThrottle({ intervalMs, restMs, ...clock, run: () => runs.push(clock.now()) });
  return { throttle, runs, advance: clock.advance };
}

describe("burst throttle", () => {
  it("runs a lone change at once, then at most once per interval while changes come, and once when they rest", () => {
    const { throttle, runs, advance } = harness(500, 150);
    for (let i = 0; i < 60; i++) {
      throttle.request();
      advance(20);
    }
    // Changes from 0 to 1180 ms: at once, at 500 and 1000, and 150 ms after the last one.
    advance(1000);
    expect(runs).toEqual([0, 500, 1000, 1180 + 150]);
  });

  it("runs at once on runNow, restarting the interval; flush runs only what is pending; cancel forgets it", () => {
    const { throttle, runs, advance } = harness(500, 150);
    throttle.request();
    advance(100);
    throttle.request();
    throttle.runNow();
    expect(runs).toEqual([0, 100]);
    advance(1000);
    expect(runs).toEqual([0, 100]);
    throttle.flush();
    expect(runs).toEqual([0, 100]);
    throttle.ran();
    throttle.request();
    throttle.cancel();
    advance(1000);
    expect(runs).toEqual([0, 100]);
    throttle.ran();
    throttle.request();
    expect(runs).toEqual([0, 100]);
    throttle.flush();
    expect(runs).toEqual([0, 100, 2100]);
  });

  it("arms a handful of timers for a burst of a hundred changes, not one per change", () => {
    const clock = fakeClock();
    let armed = 0;
    const runs: number[] = [];
    const setTimer = (run: () => void, ms: number) => (armed++, clock.setTimer(run, ms));
    const throttle = createBurstThrottle({ intervalMs: 500, restMs: 150, ...clock, setTimer, run: () => runs.push(clock.now()) });
    for (let i = 0; i < 100; i++) {
      throttle.request();
      clock.advance(10);
    }
    clock.advance(1000);
    expect(runs).toEqual([0, 500, 1000]);
    expect(armed).toBeLessThanOrEqual(10);
  });
});

describe("rest timer", () => {
  it("runs once, the rest time after the last poke, with a timer armed about once per rest time", () => {
    const clock = fakeClock();
    let armed = 0;
    const runs: number[] = [];
    const setTimer = (run: () => void, ms: number) => (armed++, clock.setTimer(run, ms));
    const timer = createRestTimer(150, () => runs.push(clock.now()), { ...clock, setTimer });
    for (let i = 0; i < 60; i++) {
      timer.poke();
      clock.advance(16);
    }
    clock.advance(1000);
    expect(runs).toEqual([59 * 16 + 150]);
    // The pokes span 944 ms: one timer, armed again each time it fires early (about every 150 ms), not 60.
    expect(armed).toBeLessThanOrEqual(Math.ceil((59 * 16) / 150) + 2);
    timer.poke();
    timer.cancel();
    clock.advance(1000);
    expect(runs).toHaveLength(1);
  });
});
