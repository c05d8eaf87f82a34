"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ViewProps } from "@/components/dashboard/viewProps";
import { playInterval, playStart, playStep } from "@/lib/timeline/playback";
import { useReducedMotion } from "./useReducedMotion";

/** Play/pause for the window: steps forward on a timer until the extent's end, then stops by itself. */
export function usePlayback({ index, view, setView }: Pick<ViewProps, "index" | "view" | "setView">) {
  const [playing, setPlaying] = useState(false);
  const reduced = useReducedMotion();
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  }, [view]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = playStep(latest.current, index.extent, reduced);
      if (!next) {
        setPlaying(false);
        return;
      }
      setView((v) => ({ ...v, ...(playStep(v, index.extent, reduced) ?? {}) }), "continuous");
    }, playInterval(reduced));
    return () => clearInterval(timer);
  }, [playing, reduced, index, setView]);

  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // One history entry for the whole playback, so Back returns to where it started.
    setView((v) => ({ ...v, ...playStart(v, index.extent) }), "discrete");
    setPlaying(true);
  }, [playing, setView, index]);

  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop, reduced };
}
