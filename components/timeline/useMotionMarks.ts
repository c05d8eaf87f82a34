"use client";
/**
 * While the window moves in a burst, hundreds of marks as buttons would be restyled, laid out and painted at
 * every step: the detail view holds them (hidden) instead, and a canvas draws the same layout until the window
 * rests. The canvas loads after the first paint, before any burst can start; until it has, nothing is held,
 * so marks are never hidden with nothing drawn in their place.
 */
import { lazy, useEffect, useState } from "react";
import { useHeldWhile } from "@/components/shared/useHeldWhile";
import type { MarksInput } from "./DetailLanes";

const loadMotionMarks = () => import("./MotionMarks").then((m) => ({ default: m.MotionMarks }));

/** The canvas of marks in motion (render it once `useMotionMarks` says it has loaded). */
export const MotionMarks = lazy(loadMotionMarks);

/**
 * The marks' input to render (`current`, or while the window moves, the one of the step the burst began: marks
 * that replace bins mid-burst then mount when it rests), whether the canvas has loaded, and whether it draws.
 */
export function useMotionMarks(current: MarksInput, moving: boolean) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    loadMotionMarks().then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const holding = moving && loaded;
  return { marks: useHeldWhile(current, holding), loaded, drawing: holding && current.layout !== null };
}
