/**
 * Measures the page's frames (from one animation frame to the next) while something keeps poking it, and stops
 * on its own a while after the last poke, so an idle page runs no frame loop. The frame source is injected, so
 * the meter is tested without a browser.
 */

/** Animation frames: the page's requestAnimationFrame unless a test gives its own. */
export interface FrameSource {
  request(callback: (time: number) => void): unknown;
  cancel(handle: unknown): void;
}

const pageFrames: FrameSource = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle as number),
};

/** The meter stops after this many frames without a poke. */
export const IDLE_FRAMES = 30;

/** A gap between frames longer than this is a pause (a hidden tab draws no frames), not a slow frame. */
export const PAUSE_MS = 1000;

export interface FrameMeter {
  /** Keeps the meter running (starting it if it has stopped). */
  poke(): void;
  /** Stops it now. */
  stop(): void;
  readonly running: boolean;
}

/** A meter that calls `onFrame` with each frame's length while it runs. */
export function createFrameMeter(onFrame: (ms: number) => void, { idleFrames = IDLE_FRAMES, source = pageFrames } = {}): FrameMeter {
  let handle: unknown = null;
  let previous: number | null = null;
  let sincePoke = 0;
  const tick = (time: number) => {
    if (previous !== null && time - previous <= PAUSE_MS) onFrame(time - previous);
    previous = time;
    if (++sincePoke > idleFrames) {
      handle = null;
      previous = null;
      return;
    }
    handle = source.request(tick);
  };
  return {
    poke() {
      sincePoke = 0;
      if (handle === null) handle = source.request(tick);
    },
    stop() {
      if (handle !== null) source.cancel(handle);
      handle = null;
      previous = null;
    },
    get running() {
      return handle !== null;
    },
  };
}
