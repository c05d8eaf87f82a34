"use client";
/**
 * The store's bursts of window changes (a held key, a drag, Play): the views draw differently while the window
 * moves (no fades, labels held, marks on a canvas) and catch up when it rests.
 */
import { useEffect, useState } from "react";
import { BURST_REST_MS, createRestTimer } from "@/lib/view/burst";
import type { ViewStore } from "@/lib/view/store";

/** While a burst lasts, labels are placed afresh this often. */
export const REFRESH_MS = 400;

/**
 * Follows the store's bursts of window changes: `step` for each "continuous" change of the window, `rest` for a
 * discrete one (a click, the first step of a burst: shown whole at once) and BURST_REST_MS after a burst's last
 * step. Returns the unsubscribe.
 */
function watchWindowBursts(store: ViewStore, on: { step(): void; rest(): void }): () => void {
  const idle = createRestTimer(BURST_REST_MS, () => on.rest());
  const stop = store.listen((state, previous, kind) => {
    if (state.view.from === previous.view.from && state.view.to === previous.view.to) return;
    if (kind !== "continuous") {
      idle.cancel();
      return on.rest();
    }
    on.step();
    idle.poke();
  });
  return () => {
    stop();
    idle.cancel();
  };
}

/**
 * null while the window rests; during a burst of "continuous" window changes, a number that changes every
 * REFRESH_MS (when it changes, what is held is let go once).
 */
export function useBurstClock(store: ViewStore): number | null {
  const [clock, setClock] = useState<number | null>(null);
  useEffect(() => {
    let refresh: ReturnType<typeof setInterval> | undefined;
    const stop = watchWindowBursts(store, {
      step() {
        if (refresh !== undefined) return;
        setClock(0);
        refresh = setInterval(() => setClock((n) => (n ?? 0) + 1), REFRESH_MS);
      },
      rest() {
        clearInterval(refresh);
        refresh = undefined;
        setClock(null);
      },
    });
    return () => {
      stop();
      clearInterval(refresh);
    };
  }, [store]);
  return clock;
}

/**
 * True from the second window change of a burst of "continuous" changes until the burst rests: a single key
 * press, or the first step of a hold, is still a step whose changes the network fades in and out; the rest of
 * a hold, a drag or Play is motion, drawn at once.
 */
export function useWindowMoving(store: ViewStore): boolean {
  const [moving, setMoving] = useState(false);
  useEffect(() => {
    let steps = 0;
    return watchWindowBursts(store, {
      step() {
        if (++steps >= 2) setMoving(true);
      },
      rest() {
        steps = 0;
        setMoving(false);
      },
    });
  }, [store]);
  return moving;
}

/**
 * True from the first window change of a burst of "continuous" changes until it rests (a single key press is a
 * burst of one step): what the canvas network's worker draws by itself, from the live selection.
 */
export function useWindowBursting(store: ViewStore): boolean {
  const [bursting, setBursting] = useState(false);
  useEffect(
    () =>
      watchWindowBursts(store, {
        step: () => setBursting(true),
        rest: () => setBursting(false),
      }),
    [store],
  );
  return bursting;
}
