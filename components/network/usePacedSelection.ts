"use client";
/**
 * The selection the Network view draws. A large network is drawn by a worker that takes a few frames per
 * picture at 10,000 ties, while a held key moves the window every frame: building the scene and its projection
 * for every step (a pass over every visible tie each) made pictures the worker never drew. So while the window
 * moves in a burst and the worker is busy, the view keeps the selection of its last picture, and takes up the
 * latest one when the worker is free. At rest, and for the SVG picture, it draws every selection.
 */
import { useCallback, useState, useSyncExternalStore } from "react";
import { useSelection } from "@/components/dashboard/useSelection";
import { useWindowMoving } from "@/components/dashboard/useWindowBursts";
import { useHeldWhile } from "@/components/shared/useHeldWhile";
import type { ViewStore } from "@/lib/view/store";
import { createDrawGate } from "./drawGate";

export function usePacedSelection(store: ViewStore, canvas: boolean) {
  const [drawGate] = useState(createDrawGate);
  const moving = useWindowMoving(store);
  const pacing = moving && canvas;
  // Listened to only while pacing: at rest a picture's start and end re-render nothing.
  const subscribe = useCallback((listener: () => void) => (pacing ? drawGate.subscribe(listener) : () => undefined), [pacing, drawGate]);
  const drawing = useSyncExternalStore(subscribe, () => pacing && drawGate.busy(), () => false);
  const selection = useHeldWhile(useSelection(), drawing);
  return { selection, moving, drawGate };
}
