"use client";
/**
 * While the window moves in a burst, the canvas network's pictures are made by its drawing worker: this feeds
 * it the live selection at every step (packed: a few integers per visible tie), while the Network view holds
 * its scene, projection, labels and buttons until the window rests. The page's main thread then spends
 * nothing on the network during a held scrub (a picture at 10,000 ties took it 5–10 ms).
 */
import { useLayoutEffect } from "react";
import { useFocus, useSelection } from "@/components/dashboard/useSelection";
import { useDashboard } from "@/components/dashboard/viewContext";
import type { MotionFrame } from "@/lib/network/motionPictures";
import type { DrawStyle } from "./drawCanvas";
import type { Painter } from "./useCanvasPainter";

export function MotionFeed({ painter, frame, style }: { painter: Painter; frame: MotionFrame; style: DrawStyle }) {
  const { index } = useDashboard();
  const part = useSelection();
  const focus = useFocus(part);
  // Offered before the browser paints, like the canvas's own pictures; built only when the worker takes it.
  useLayoutEffect(() => painter.motion({ index, part, focus, frame }, style), [painter, index, part, focus, frame, style]);
  return null;
}
