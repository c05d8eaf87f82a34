"use client";
/**
 * The selection the Network view draws. While the window moves in a burst, a canvas network's pictures are made
 * by its drawing worker from the live selection (MotionFeed), so the view holds its own selection (and with it
 * its scene, projection, labels and buttons) until the window rests. The worker cannot draw a comparison or
 * sizes by a measure: then the view keeps the selection of its last picture while the worker is busy, and takes
 * up the latest one when it is free. At rest, and for the SVG picture, it draws every selection.
 */
import { useCallback, useState, useSyncExternalStore } from "react";
import { useSelection } from "@/components/dashboard/useSelection";
import { useWindowMoving } from "@/components/dashboard/useWindowBursts";
import { useHeldWhile } from "@/components/shared/useHeldWhile";
import type { ViewStore } from "@/lib/view/store";
import { createDrawGate } from "./drawGate";

export function usePacedSelection(store: ViewStore, canvas: boolean, workerCanDraw: boolean) {
  const [drawGate] = useState(createDrawGate);
  const moving = useWindowMoving(store);
  const inWorker = moving && canvas && workerCanDraw;
  const pacing = moving && canvas && !workerCanDraw;
  // Listened to only while pacing: at rest a picture's start and end re-render nothing.
  const subscribe = useCallback((listener: () => void) => (pacing ? drawGate.subscribe(listener) : () => undefined), [pacing, drawGate]);
  const drawing = useSyncExternalStore(subscribe, () => pacing && drawGate.busy(), () => false);
  const selection = useHeldWhile(useSelection(), inWorker || drawing);
  return { selection, moving, drawGate, inWorker };
}
