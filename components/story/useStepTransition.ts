"use client";
/**
 * Entering a story step: the step's selection and themes apply at once and its window slides there over a
 * few frames (at once under reduced motion). The whole move is one history entry, so Back returns to the
 * previous step. A change by hand during the move stops it where it is.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { useReducedMotion } from "@/components/timeline/useReducedMotion";
import type { StoryStep } from "@/lib/dataset/schema";
import { viewOfStep } from "@/lib/story/steps";
import { STEP_TRANSITION_MS, viewAt } from "@/lib/story/transition";
import type { ViewState } from "@/lib/view/state";

/** `enter(step)` moves the view to the step; `moving` is true while the window slides. */
export function useStepTransition(): { enter: (step: StoryStep) => void; moving: boolean } {
  const { store, index } = useDashboard();
  const reduced = useReducedMotion();
  const frame = useRef(0);
  const [moving, setMoving] = useState(false);

  const stop = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    setMoving(false);
  }, []);
  useEffect(() => stop, [stop]);

  const enter = useCallback(
    (step: StoryStep) => {
      cancelAnimationFrame(frame.current);
      const target = viewOfStep(step, index);
      const start = store.get().view;
      const frameTarget = () => {
        if (target.actor || target.tie) store.requestNetworkFrame();
      };
      if (reduced || (start.from === target.from && start.to === target.to)) {
        store.setView(() => target, "discrete");
        frameTarget();
        return stop();
      }
      const began = performance.now();
      let last: ViewState = viewAt(start, target, 0);
      store.setView(() => last, "discrete");
      setMoving(true);
      const tick = (now: number) => {
        // Someone changed the view meanwhile (a drag, a click, Back): theirs wins.
        if (store.get().view !== last) return stop();
        const t = (now - began) / STEP_TRANSITION_MS;
        last = viewAt(start, target, t);
        store.setView(() => last, "continuous");
        last = store.get().view;
        if (t < 1) frame.current = requestAnimationFrame(tick);
        else {
          frameTarget();
          stop();
        }
      };
      last = store.get().view;
      frame.current = requestAnimationFrame(tick);
    },
    [store, index, reduced, stop],
  );

  return { enter, moving };
}
