"use client";
/**
 * The selection the Network view draws. While the window moves in a burst, from its first step, a canvas
 * network's pictures are made by its drawing worker from the live selection (MotionFeed), so the view keeps the
 * selection from before the burst (and with it its scene, projection, labels and buttons) until the window
 * rests. The worker cannot draw a comparison or sizes by a measure: then, from the burst's second step, the view
 * keeps the selection of its last picture while the worker is busy, and takes up the latest one when it is free.
 * At rest, and for the SVG picture, it draws every selection.
 */
import { useCallback, useState, useSyncExternalStore } from "react";
import { useSelection } from "@/components/dashboard/useSelection";
import { useWindowBursting, useWindowMoving } from "@/components/dashboard/useWindowBursts";
import { useHeldFromBefore } from "@/components/shared/useHeldFromBefore";
import { useHeldWhile } from "@/components/shared/useHeldWhile";
import type { ViewStore } from "@/lib/view/store";
import { createDrawGate } from "./drawGate";

export function usePacedSelection(store: ViewStore, canvas: boolean, workerCanDraw: boolean) {
  const [drawGate] = useState(createDrawGate);
  const moving = useWindowMoving(store);
  // From a burst's first step: a single key press then costs the page no scene or draw list in the frame that
  // answers it (25–50 ms at 10,000 events); the view catches up when the window rests.
  const workerDraws = canvas && workerCanDraw;
  const inWorker = useWindowBursting(store) && workerDraws;
  const pacing = moving && canvas && !workerCanDraw;
  // Listened to only while pacing: at rest a picture's start and end re-render nothing.
  const subscribe = useCallback((listener: () => void) => (pacing ? drawGate.subscribe(listener) : () => undefined), [pacing, drawGate]);
  const drawing = useSyncExternalStore(subscribe, () => pacing && drawGate.busy(), () => false);
  const selection = useHeldWhile(useHeldFromBefore(useSelection(), inWorker, workerDraws), drawing);
  return { selection, moving, drawGate, inWorker };
}
