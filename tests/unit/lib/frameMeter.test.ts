import { describe, expect, it } from "vitest";
import { createFrameMeter, IDLE_FRAMES, PAUSE_MS, type FrameSource } from "@/lib/view/frameMeter";

/** Animation frames run by hand: `frame(t)` runs the callbacks waiting for the next frame at time `t`. */
function fakeFrames() {
  let waiting = new Map<number, (time: number) => void>();
  let next = 1;
  const source: FrameSource = {
    request(callback) {
      waiting.set(next, callback);
      return next++;
    },
    cancel(handle) {
      waiting.delete(handle as number);
    },
  };
  const frame = (time: number) => {
    const run = [...waiting.values()];
    waiting = new Map();
    for (const callback of run) callback(time);
  };
  return { source, frame, pending: () => waiting.size };
}

/** A meter on hand-run frames, poked once, recording the lengths it reports. */
function pokedMeter(idleFrames = IDLE_FRAMES) {
  const frames = fakeFrames();
  const seen: number[] = [];
  const meter = createFrameMeter((ms) => seen.push(ms), { source: frames.source, idleFrames });
  meter.poke();
  return { frames, seen, meter };
}

describe("the frame meter", () => {
  it("reports each frame's length from the second frame after a poke", () => {
    const { frames, seen } = pokedMeter();
    frames.frame(100);
    frames.frame(108);
    frames.frame(133);
    expect(seen).toEqual([8, 25]);
  });

  it("runs one loop however often it is poked", () => {
    const { frames, seen, meter } = pokedMeter();
    meter.poke();
    frames.frame(0);
    meter.poke();
    expect(frames.pending()).toBe(1);
    frames.frame(16);
    expect(seen).toEqual([16]);
  });

  it("stops by itself once it has gone unpoked for its idle frames, and starts afresh when poked again", () => {
    const { frames, seen, meter } = pokedMeter(3);
    for (let i = 0; i <= 3; i++) frames.frame(i * 10);
    expect(meter.running).toBe(false);
    expect(frames.pending()).toBe(0);
    expect(seen).toEqual([10, 10, 10]);
    // A new run does not count the time it was stopped as a frame.
    meter.poke();
    frames.frame(500);
    frames.frame(516);
    expect(seen).toEqual([10, 10, 10, 16]);
  });

  it("keeps running while pokes keep coming", () => {
    const { frames, meter } = pokedMeter();
    for (let i = 0; i < 3 * IDLE_FRAMES; i++) {
      if (i % 10 === 0) meter.poke();
      frames.frame(i * 16);
    }
    expect(meter.running).toBe(true);
  });

  it("does not report a pause (a hidden tab) as a frame", () => {
    const { frames, seen } = pokedMeter();
    frames.frame(0);
    frames.frame(PAUSE_MS + 1);
    frames.frame(PAUSE_MS + 18);
    expect(seen).toEqual([17]);
  });

  it("stops at once when told to", () => {
    const { frames, seen, meter } = pokedMeter();
    frames.frame(0);
    meter.stop();
    expect(meter.running).toBe(false);
    expect(frames.pending()).toBe(0);
    frames.frame(16);
    expect(seen).toEqual([]);
  });
});
