"use client";
import { useCallback, useEffect, useState } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { playInterval, playStart, playStep } from "@/lib/timeline/playback";
import { useReducedMotion } from "./useReducedMotion";

/** Play/pause for the window: steps forward on a timer until the extent's end, then stops by itself. */
export function usePlayback() {
  const { index, store } = useDashboard();
  const [playing, setPlaying] = useState(false);
  const reduced = useReducedMotion();

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = playStep(store.get().view, index.extent, reduced);
      if (!next) {
        setPlaying(false);
        return;
      }
      store.setView((v) => ({ ...v, ...next }), "continuous");
    }, playInterval(reduced));
    return () => clearInterval(timer);
  }, [playing, reduced, index, store]);

  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // One history entry for the whole playback, so Back returns to where it started.
    store.setView((v) => ({ ...v, ...playStart(v, index.extent) }), "discrete");
    setPlaying(true);
  }, [playing, store, index]);

  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop, reduced };
}
