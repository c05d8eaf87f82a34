"use client";
import { useCallback, useEffect, useRef, type MouseEvent, type PointerEvent, type RefObject } from "react";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { panWindow, roundWindow, toFloatWindow, zoomWindow, type FloatWindow } from "@/lib/timeline/zoom";
import type { WindowCommit } from "./useWindowCommit";

interface Options {
  index: IndexedDataset;
  window: WindowCommit;
  onInteract: () => void;
}

const DRAG_THRESHOLD = 4;

/**
 * Zoom and pan of the detail view: the wheel zooms about the pointer (a trackpad pinch arrives as a wheel with
 * ctrlKey), a horizontal wheel or shift+wheel pans, dragging pans, two touch pointers pinch. All of it works on
 * a fractional window, so many small steps add up, and commits the rounded window once per animation frame.
 */
export function useDetailGestures(ref: RefObject<HTMLDivElement | null>, { index, window: win, onInteract }: Options) {
  const latest = useRef({ index, win, onInteract });
  useEffect(() => {
    latest.current = { index, win, onInteract };
  }, [index, win, onInteract]);

  const floating = useRef<FloatWindow | null>(null);

  /** The fractional window, restarted from the view when the view changed by other means. */
  const current = useCallback((): FloatWindow => {
    const { win: w, index: ix } = latest.current;
    const v = w.peek();
    const f = floating.current;
    if (f) {
      const r = roundWindow(f, ix.extent);
      if (r.from === v.from && r.to === v.to) return f;
    }
    return toFloatWindow(v.from, v.to);
  }, []);

  const commit = useCallback((w: FloatWindow) => {
    const { win: c, index: ix } = latest.current;
    const r = roundWindow(w, ix.extent);
    c.commit((v) => (v.from === r.from && v.to === r.to ? v : { ...v, ...r }));
    floating.current = w;
  }, []);

  // Wheel: a native listener, because React's is passive and the page must not scroll while zooming.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 0) return;
      e.preventDefault();
      latest.current.onInteract();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? rect.height : 1;
      let dx = e.deltaX * unit;
      let dy = e.deltaY * unit;
      if (e.shiftKey && dx === 0) [dx, dy] = [dy, 0];
      const w = current();
      const daysPerPx = (w.end - w.start) / rect.width;
      const extent = latest.current.index.extent;
      if (Math.abs(dx) > Math.abs(dy)) commit(panWindow(w, dx * daysPerPx, extent));
      else {
        const focus = w.start + (e.clientX - rect.left) * daysPerPx;
        commit(zoomWindow(w, focus, Math.exp(dy * (e.ctrlKey ? 0.01 : 0.0015)), extent));
      }
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [ref, current, commit]);

  // Pointers: one pans once it moves past a threshold (so clicks on events still work), two pinch.
  const pointers = useRef(new Map<number, number>());
  const gesture = useRef<{ startX: number; window: FloatWindow; dragging: boolean; pinch?: { dist: number; focus: number } } | null>(null);
  const suppressClickUntil = useRef(0);

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (e.pointerType === "mouse" && e.button !== 0) return;
      // A mouse has one pointer: forget any whose release happened outside the view.
      if (e.pointerType !== "touch") pointers.current.clear();
      pointers.current.set(e.pointerId, e.clientX);
      const w = current();
      if (pointers.current.size === 2) {
        const [a, b] = [...pointers.current.values()] as [number, number];
        const rect = e.currentTarget.getBoundingClientRect();
        const focus = w.start + (((a + b) / 2 - rect.left) / rect.width) * (w.end - w.start);
        gesture.current = { startX: e.clientX, window: w, dragging: true, pinch: { dist: Math.max(Math.abs(a - b), 1), focus } };
        e.currentTarget.setPointerCapture?.(e.pointerId);
      } else {
        gesture.current = { startX: e.clientX, window: w, dragging: false };
      }
    },
    [current],
  );

  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const g = gesture.current;
      if (!g || !pointers.current.has(e.pointerId)) return;
      pointers.current.set(e.pointerId, e.clientX);
      const rect = e.currentTarget.getBoundingClientRect();
      const extent = latest.current.index.extent;
      if (g.pinch && pointers.current.size >= 2) {
        const [a, b] = [...pointers.current.values()] as [number, number];
        const factor = g.pinch.dist / Math.max(Math.abs(a - b), 1);
        commit(zoomWindow(g.window, g.pinch.focus, factor, extent));
        return;
      }
      const dx = e.clientX - g.startX;
      if (!g.dragging) {
        if (Math.abs(dx) < DRAG_THRESHOLD) return;
        g.dragging = true;
        latest.current.onInteract();
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }
      const daysPerPx = (g.window.end - g.window.start) / Math.max(rect.width, 1);
      commit(panWindow(g.window, -dx * daysPerPx, extent));
    },
    [commit],
  );

  const onPointerUp = useCallback((e: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(e.pointerId);
    const g = gesture.current;
    if (g?.dragging) suppressClickUntil.current = performance.now() + 400;
    if (pointers.current.size === 0) gesture.current = null;
    else if (g) gesture.current = { ...g, pinch: undefined, startX: [...pointers.current.values()][0]!, window: floating.current ?? g.window };
  }, []);

  // A drag that ends over an event must not also select it.
  const onClickCapture = useCallback((e: MouseEvent<HTMLDivElement>) => {
    if (performance.now() > suppressClickUntil.current) return;
    suppressClickUntil.current = 0;
    e.stopPropagation();
    e.preventDefault();
  }, []);

  /** Zooms about a day (or the window's middle) by a factor; for keys and double-clicks. */
  const zoomBy = useCallback(
    (factor: number, focus?: number) => {
      const w = current();
      const ix = latest.current.index;
      const next = zoomWindow(w, focus ?? (w.start + w.end) / 2, factor, ix.extent);
      floating.current = next;
      latest.current.win.apply((v) => ({ ...v, ...roundWindow(next, ix.extent) }));
    },
    [current],
  );

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onClickCapture, zoomBy };
}
