/**
 * How long the drawing worker rests between pictures while the window moves, set by the page's own frames: the
 * timeline, which the hand drives, keeps its frames, and the network takes the processor they leave.
 *
 * The rest is a multiple of the worker's work on its last picture (useCanvasPainter, latestOnly.ts). When a
 * picture comes back, the frames the page showed since the one before decide the next multiple: if any of them
 * ran late it doubles, up to MAX_WORKER_REST; if none did it shrinks by a quarter, down to MIN_WORKER_REST. On a
 * machine with cores to spare the page's frames stay on time and the worker draws at its pace; on two cores,
 * where the worker, the compositor and the page's main thread share the processor, it draws fewer pictures
 * while the key is held.
 */

/**
 * A late frame: over 1.2 refreshes of a 60 Hz screen. Frames that keep time on such a screen come 16.7 ms apart
 * give or take a little, and one that misses its refresh comes 33 ms after the last.
 */
export const LATE_FRAME_MS = 20;

/** The least rest, in multiples of the last picture's work (the worker then holds at most two thirds of a core). */
export const MIN_WORKER_REST = 0.5;

/** The longest rest, in multiples of the last picture's work (latestOnly.ts caps it at REST_LIMIT_MS as well). */
export const MAX_WORKER_REST = 3;

export interface WorkerRest {
  /** The rest before the next picture, in multiples of the last picture's work. */
  readonly rest: number;
  /** The page showed a frame `ms` after the previous one. */
  frame(ms: number): void;
  /** A picture came back: the frames since the last one set the next rest (none measured: it stays). */
  settle(): void;
}

export function createWorkerRest(): WorkerRest {
  let rest = MIN_WORKER_REST;
  let frames = 0;
  let late = 0;
  return {
    get rest() {
      return rest;
    },
    frame(ms) {
      frames++;
      if (ms > LATE_FRAME_MS) late++;
    },
    settle() {
      if (frames === 0) return;
      rest = late > 0 ? Math.min(MAX_WORKER_REST, rest * 2) : Math.max(MIN_WORKER_REST, rest * 0.75);
      frames = 0;
      late = 0;
    },
  };
}
