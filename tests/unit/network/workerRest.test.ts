import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWorkerRest, LATE_FRAME_MS, MAX_WORKER_REST, MIN_WORKER_REST } from "@/lib/network/workerRest";

const ON_TIME = 9;
const LATE = 30;

/** A rest after `intervals` picture intervals, each a list of frame lengths. */
function after(intervals: number[][]) {
  const rest = createWorkerRest();
  for (const frames of intervals) {
    for (const ms of frames) rest.frame(ms);
    rest.settle();
  }
  return rest.rest;
}

describe("the drawing worker's rest while the window moves", () => {
  it("starts at the least rest", () => {
    expect(createWorkerRest().rest).toBe(MIN_WORKER_REST);
  });

  it("doubles after an interval with a late frame, up to the longest rest", () => {
    expect(after([[ON_TIME, LATE, ON_TIME]])).toBe(MIN_WORKER_REST * 2);
    expect(after([[LATE], [LATE]])).toBe(MIN_WORKER_REST * 4);
    expect(after(Array.from({ length: 20 }, () => [LATE]))).toBe(MAX_WORKER_REST);
  });

  it("shrinks by a quarter after an interval whose frames were all on time, down to the least rest", () => {
    expect(after([[LATE], [LATE], [ON_TIME, ON_TIME]])).toBe(MIN_WORKER_REST * 4 * 0.75);
    expect(after([[LATE], [ON_TIME], [ON_TIME], [ON_TIME], [ON_TIME]])).toBe(MIN_WORKER_REST);
  });

  it("counts a frame as late only past a 60 Hz refresh with some room", () => {
    expect(after([[1000 / 60 + 1]])).toBe(MIN_WORKER_REST);
    expect(after([[LATE_FRAME_MS]])).toBe(MIN_WORKER_REST);
    expect(after([[LATE_FRAME_MS + 0.1]])).toBe(MIN_WORKER_REST * 2);
  });

  it("stays as it is when a picture comes back with no frame measured (the window at rest)", () => {
    const rest = createWorkerRest();
    rest.frame(LATE);
    rest.settle();
    rest.settle();
    rest.settle();
    expect(rest.rest).toBe(MIN_WORKER_REST * 2);
  });

  it("judges each interval by its own frames only", () => {
    // The late frame of the first interval does not count again in the second.
    expect(after([[LATE], [ON_TIME]])).toBe(MIN_WORKER_REST * 2 * 0.75);
  });

  it("keeps within its bounds and answers late frames with a longer rest, whatever the frames", () => {
    const frames = fc.array(fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 8 }), { maxLength: 40 });
    fc.assert(
      fc.property(frames, (intervals) => {
        const rest = createWorkerRest();
        for (const interval of intervals) {
          const before = rest.rest;
          for (const ms of interval) rest.frame(ms);
          rest.settle();
          expect(rest.rest).toBeGreaterThanOrEqual(MIN_WORKER_REST);
          expect(rest.rest).toBeLessThanOrEqual(MAX_WORKER_REST);
          if (interval.length === 0) expect(rest.rest).toBe(before);
          else if (interval.some((ms) => ms > LATE_FRAME_MS)) expect(rest.rest).toBe(Math.min(MAX_WORKER_REST, before * 2));
          else expect(rest.rest).toBe(Math.max(MIN_WORKER_REST, before * 0.75));
        }
      }),
    );
  });
});
