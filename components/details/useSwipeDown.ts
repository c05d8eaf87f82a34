"use client";
import { useRef, type PointerEvent, type RefObject } from "react";

/** How far down (px) a drag must end to close the sheet. */
const CLOSE_DISTANCE = 80;
/** A flick closes from a shorter drag: at least this far (px) at this average speed (px/ms). */
const FLICK_DISTANCE = 24;
const FLICK_SPEED = 0.5;

interface Drag {
  pointer: number;
  y: number;
  time: number;
  dy: number;
}

/**
 * A downward swipe on a sheet's bar (pointer handlers for the bar): the sheet follows the finger down and
 * closes when let go far enough down or flicked; otherwise it slides back. Presses on buttons are theirs.
 */
export function useSwipeDown(sheet: RefObject<HTMLElement | null>, onClose: () => void) {
  const drag = useRef<Drag | null>(null);
  const follow = (dy: number) => {
    const node = sheet.current;
    if (!node) return;
    if (dy > 0) node.style.setProperty("transform", `translateY(${dy}px)`);
    else node.style.removeProperty("transform");
    // No easing while the finger leads; the slide back eases (details.css).
    node.toggleAttribute("data-dragging", drag.current !== null);
  };
  const end = (e: PointerEvent<HTMLElement>, cancelled: boolean) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    const speed = d.dy / Math.max(1, e.timeStamp - d.time);
    if (!cancelled && (d.dy >= CLOSE_DISTANCE || (d.dy >= FLICK_DISTANCE && speed >= FLICK_SPEED))) onClose();
    else follow(0);
  };
  return {
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (!e.isPrimary || e.button !== 0 || (e.target as Element).closest("button")) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { pointer: e.pointerId, y: e.clientY, time: e.timeStamp, dy: 0 };
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      const d = drag.current;
      if (!d || d.pointer !== e.pointerId) return;
      d.dy = Math.max(0, e.clientY - d.y);
      follow(d.dy);
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => end(e, false),
    onPointerCancel: (e: PointerEvent<HTMLElement>) => end(e, true),
  };
}
