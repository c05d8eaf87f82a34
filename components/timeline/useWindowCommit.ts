"use client";
/**
 * The one path by which the timeline changes the window. Pointer and wheel gestures queue updates that
 * reach the store once per animation frame, however many events arrive in between; key presses apply at
 * once. Either way a burst after a pause starts a history entry and the rest of it replaces that entry.
 * Discrete actions (buttons, a click on a bin) apply at once as their own entry.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import type { ViewState } from "@/lib/view/state";
import { useChangeKind } from "./useChangeKind";

type Update = (view: ViewState) => ViewState;

/**
 * `commit` queues a gesture's update for the next frame (pointer moves and wheel steps arrive several per
 * frame); `step` applies one now as part of a gesture (a key press: rendering at once leaves the most time
 * before the next frame); `apply` changes the view now, as a discrete step.
 */
export interface WindowCommit {
  commit(update: Update): void;
  step(update: Update): void;
  apply(update: Update): void;
  /** The view as it will be once the queued updates are applied (gestures read it to continue from). */
  peek(): ViewState;
}

/** The window-commit functions for the dashboard's store. */
export function useWindowCommit(): WindowCommit {
  const { store } = useDashboard();
  const nextKind = useChangeKind();
  const queue = useRef<Update[]>([]);
  const frame = useRef(0);

  const flush = useCallback(() => {
    frame.current = 0;
    const updates = queue.current.splice(0);
    if (updates.length) store.setView((v) => updates.reduce((view, update) => update(view), v), nextKind());
  }, [store, nextKind]);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    },
    [],
  );

  return useMemo(
    () => ({
      commit(update) {
        queue.current.push(update);
        if (!frame.current) frame.current = requestAnimationFrame(flush);
      },
      step(update) {
        queue.current.push(update);
        cancelAnimationFrame(frame.current);
        flush();
      },
      apply(update) {
        queue.current.push(update);
        cancelAnimationFrame(frame.current);
        frame.current = 0;
        const updates = queue.current.splice(0);
        store.setView((v) => updates.reduce((view, u) => u(view), v), "discrete");
      },
      peek: () => queue.current.reduce((view, update) => update(view), store.get().view),
    }),
    [store, flush],
  );
}
