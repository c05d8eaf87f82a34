"use client";
/**
 * The overview's pointer and key gestures on the window: a handle drag moves that edge, a brush drag moves the
 * window, a drag on the track draws a new window and a click there centres the window; the sliders' keys step
 * an edge. Updates go through the window-commit hook (one store change per frame while dragging).
 */
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { clamp } from "@/lib/math";
import { sliderKeyTarget, stepWindowEdge, type WindowEdge } from "@/lib/timeline/keyboard";
import { moveWindowEdge, shiftWindow } from "@/lib/view/state";
import type { WindowCommit } from "./useWindowCommit";

type Drag =
  | { type: "edge"; edge: WindowEdge; offset: number }
  | { type: "move"; startX: number; from: number; to: number }
  | { type: "new"; anchor: number; startX: number; moved: boolean };

interface Input {
  /** The overview's track: pointer positions are read against it. */
  track: RefObject<HTMLDivElement | null>;
  /** The days the track shows (the focus range). */
  domain: { start: number; end: number };
  window: WindowCommit;
  index: IndexedDataset;
  onInteract: () => void;
  /** Told when a drag starts and ends (the focus range holds still during a drag). */
  setDragging: (dragging: boolean) => void;
}

/** The handlers of the overview's handles, brush and track. */
export function useOverviewDrag({ track: ref, domain, window: win, index, onInteract, setDragging }: Input) {
  const { start, end } = domain;
  const span = end + 1 - start;
  const drag = useRef<Drag | null>(null);

  const dayAt = (clientX: number) => {
    const rect = ref.current!.getBoundingClientRect();
    return start + ((clientX - rect.left) / Math.max(rect.width, 1)) * span;
  };
  const pxPerDay = () => (ref.current?.getBoundingClientRect().width ?? 1) / span;

  const capture = (e: PointerEvent<HTMLElement>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDragging(true);
    onInteract();
  };

  const onHandleDown = (edge: WindowEdge) => (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    e.currentTarget.focus();
    capture(e);
    const now = win.peek();
    const edgeDay = edge === "from" ? now.from : now.to + 1;
    drag.current = { type: "edge", edge, offset: dayAt(e.clientX) - edgeDay };
  };
  const onBrushDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    capture(e);
    const now = win.peek();
    drag.current = { type: "move", startX: e.clientX, from: now.from, to: now.to };
  };
  const onTrackDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    capture(e);
    drag.current = { type: "new", anchor: Math.floor(dayAt(e.clientX)), startX: e.clientX, moved: false };
  };

  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    if (d.type === "edge") {
      const day = dayAt(e.clientX) - d.offset;
      const value = d.edge === "from" ? Math.round(day) : Math.round(day) - 1;
      win.commit((v) => moveWindowEdge(v, d.edge, value, index));
    } else if (d.type === "move") {
      const days = Math.round((e.clientX - d.startX) / pxPerDay());
      win.commit((v) => shiftWindow({ ...v, from: d.from, to: d.to }, days, index));
    } else {
      if (!d.moved && Math.abs(e.clientX - d.startX) < 3) return;
      d.moved = true;
      const day = clamp(Math.floor(dayAt(e.clientX)), start, end);
      const from = Math.min(d.anchor, day);
      const to = Math.max(d.anchor, day);
      win.commit((v) => ({ ...v, from, to }));
    }
  };
  const onUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    setDragging(false);
    if (d?.type === "new" && !d.moved) {
      // A click on the track centres the window there, keeping its length.
      const centre = dayAt(e.clientX);
      win.apply((v) => shiftWindow(v, Math.round(centre - (v.from + v.to + 1) / 2), index));
    }
  };

  const onKey = (edge: WindowEdge) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (sliderKeyTarget(e.key, 0, index.extent) === null) return;
    e.preventDefault();
    onInteract();
    const key = e.key;
    win.step((v) => stepWindowEdge(v, edge, key, index) ?? v);
  };


  // Move and up events reach the track by bubbling from whichever child captured the pointer.
  const pointerHandlers = { onPointerMove: onMove, onPointerUp: onUp, onPointerCancel: onUp };
  return { onHandleDown, onBrushDown, onTrackDown, onKey, pointerHandlers };
}
