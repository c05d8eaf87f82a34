"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { playEnd, playInterval, playStart, playStep } from "@/lib/timeline/playback";
import { useReducedMotion } from "./useReducedMotion";

/** Play/pause for the window: steps forward on a timer until the analysis date (or the extent's end), then stops by itself. */
export function usePlayback() {
  const { index, store } = useDashboard();
  const [playing, setPlaying] = useState(false);
  const reduced = useReducedMotion();
  // Where this playback stops, fixed when it starts.
  const stopAt = useRef(index.extent.end);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = playStep(store.get().view, { start: index.extent.start, end: stopAt.current }, reduced);
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
    const start = playStart(store.get().view, index.extent);
    stopAt.current = playEnd(start, index.extent, index.asOf);
    store.setView((v) => ({ ...v, ...start }), "discrete");
    setPlaying(true);
  }, [playing, store, index]);

  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop, reduced };
}
