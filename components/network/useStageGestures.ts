"use client";
/**
 * Gestures on the stage: drag pans, the wheel zooms around the pointer, a double click zooms in, +/− zoom
 * about the centre, and a click on a tie (found by geometry, the same for SVG and canvas) selects it.
 * Node drags are handled by the actor buttons, which stop their pointerdown from reaching the stage.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from "react";
import type { Point } from "@/lib/network/layout";
import { panBy, wheelFactor, zoomAround, type Transform } from "@/lib/network/viewport";
import { ZOOM_STEP } from "./NetworkControls";

/** What the gestures need from the view, read at event time (so the listeners never go stale). */
export interface GestureTarget {
  transform: Transform;
  setTransform(t: Transform): void;
  /** Id of the tie under a stage point, or null. */
  tieAt(p: Point): string | null;
  onTieClick(id: string): void;
  onTieHover(id: string | null, p: Point | null): void;
  /** +/− pressed anywhere in the stage: zoom about the centre by this factor. */
  onZoomKey(factor: number): void;
}

const CLICK_SLOP = 4;

/** Gesture handlers for the stage element; `panning` is true while a pan drag is under way. */
export function useStageGestures(stageRef: RefObject<HTMLDivElement | null>, target: GestureTarget) {
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });
  const drag = useRef<{ pointer: number; x: number; y: number; start: Transform; moved: boolean } | null>(null);
  const [panning, setPanning] = useState(false);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY === 0) return;
      event.preventDefault();
      const box = stage.getBoundingClientRect();
      const t = latest.current;
      t.setTransform(zoomAround(t.transform, { x: event.clientX - box.left, y: event.clientY - box.top }, wheelFactor(event.deltaY, event.deltaMode)));
    };
    stage.addEventListener("wheel", onWheel, { passive: false });
    return () => stage.removeEventListener("wheel", onWheel);
  }, [stageRef]);

  const local = (event: { clientX: number; clientY: number }): Point => {
    const box = stageRef.current?.getBoundingClientRect();
    return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
  };

  return {
    panning,
    handlers: {
      onPointerDown(event: PointerEvent<HTMLDivElement>) {
        if (event.button !== 0 || (event.target as Element).closest("button, summary, a")) return;
        drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY, start: latest.current.transform, moved: false };
      },
      onPointerMove(event: PointerEvent<HTMLDivElement>) {
        const d = drag.current;
        if (!d || d.pointer !== event.pointerId) {
          if (event.pointerType === "mouse" && !(event.target as Element).closest("button")) {
            const p = local(event);
            latest.current.onTieHover(latest.current.tieAt(p), p);
          }
          return;
        }
        const dx = event.clientX - d.x;
        const dy = event.clientY - d.y;
        if (!d.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
        if (!d.moved) {
          d.moved = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          setPanning(true);
          latest.current.onTieHover(null, null);
        }
        latest.current.setTransform(panBy(d.start, dx, dy));
      },
      onPointerUp(event: PointerEvent<HTMLDivElement>) {
        const d = drag.current;
        if (!d || d.pointer !== event.pointerId) return;
        drag.current = null;
        if (d.moved) {
          setPanning(false);
          return;
        }
        const tie = latest.current.tieAt(local(event));
        if (tie) latest.current.onTieClick(tie);
      },
      onPointerCancel() {
        drag.current = null;
        setPanning(false);
      },
      onPointerLeave(event: PointerEvent<HTMLDivElement>) {
        if (event.pointerType === "mouse") latest.current.onTieHover(null, null);
      },
      onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
        const zoomIn = event.key === "+" || event.key === "=";
        if (!zoomIn && event.key !== "-" && event.key !== "_") return;
        event.preventDefault();
        latest.current.onZoomKey(zoomIn ? ZOOM_STEP : 1 / ZOOM_STEP);
      },
      onDoubleClick(event: MouseEvent<HTMLDivElement>) {
        if ((event.target as Element).closest("button, summary, a")) return;
        const t = latest.current;
        t.setTransform(zoomAround(t.transform, local(event), 1.6));
      },
    },
  };
}
