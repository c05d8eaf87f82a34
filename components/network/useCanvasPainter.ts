"use client";
/**
 * Where the network canvas is drawn: in a worker where the browser can, else on the main thread. Either way
 * the caller hands over a way to build the draw list, and a style.
 *
 * The worker draws on a canvas of its own and hands each picture back as an ImageBitmap, which the page's
 * canvas (a "bitmaprenderer") takes over without a copy and shows with the page's next frame. A canvas given
 * to the worker with transferControlToOffscreen would send every picture to the compositor as a frame of its
 * own: on two cores that second stream of frames, not the drawing, cost a held scrub at 10k about a fifth of
 * its frame time (a worker that drew almost nothing each step measured the same as one drawing every tie).
 */
import { useEffect, useMemo, type RefObject } from "react";
import type { DrawList } from "@/lib/network/drawList";
import { drawList, type DrawStyle } from "./drawCanvas";
import type { DrawGate } from "./drawGate";
import type { DrawMessage, DrawnMessage } from "./drawProtocol";
import { createLatestOnlySender, type LatestOnlySender } from "./latestOnly";

/**
 * Draws a list on the canvas. The list is built only when it is drawn: with the worker still drawing the
 * previous one, a newer offer replaces it unbuilt.
 */
export type Painter = (build: () => DrawList, style: DrawStyle) => void;

interface Drawing {
  worker: Worker;
  sender: LatestOnlySender<DrawMessage>;
  stop?: ReturnType<typeof setTimeout>;
}

/**
 * A canvas has one kind of context for good (a bitmap renderer once a worker draws for it): keep the worker
 * with the element. When the component unmounts the worker stops a moment later, unless a remount of the same
 * element (development's double mount) takes it up again.
 */
const workers = new WeakMap<HTMLCanvasElement, Drawing>();

function workerFor(canvas: HTMLCanvasElement, gate: DrawGate | undefined): Drawing | null {
  const known = workers.get(canvas);
  if (known) {
    clearTimeout(known.stop);
    return known;
  }
  if (typeof Worker === "undefined" || typeof OffscreenCanvas === "undefined" || typeof OffscreenCanvas.prototype.transferToImageBitmap !== "function") return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./draw.worker.ts", import.meta.url));
  } catch {
    return null;
  }
  const shown = canvas.getContext("bitmaprenderer");
  if (!shown) {
    worker.terminate();
    return null;
  }
  // Copied rather than transferred: copying the coordinates costs little next to serialising the list itself.
  const drawing: Drawing = { worker, sender: createLatestOnlySender((message) => worker.postMessage(message), undefined, (busy) => gate?.set(busy)) };
  worker.addEventListener("message", (event: MessageEvent<DrawnMessage>) => {
    if (event.data?.type !== "drawn") return;
    shown.transferFromImageBitmap(event.data.picture);
    drawing.sender.acknowledge();
  });
  workers.set(canvas, drawing);
  return drawing;
}

function drawHere(canvas: HTMLCanvasElement, list: DrawList, style: DrawStyle) {
  const w = Math.max(1, Math.round(list.width * style.dpr));
  const h = Math.max(1, Math.round(list.height * style.dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const context = canvas.getContext("2d");
  if (context) drawList(context, list, style);
}

/** A painter for the canvas in `ref` (call it from a layout effect, once the canvas is mounted). */
export function useCanvasPainter(ref: RefObject<HTMLCanvasElement | null>, gate?: DrawGate): Painter {
  useEffect(() => {
    const canvas = ref.current;
    return () => {
      const entry = canvas ? workers.get(canvas) : undefined;
      if (!canvas || !entry) return;
      entry.stop = setTimeout(() => {
        entry.worker.terminate();
        workers.delete(canvas);
      }, 1000);
    };
  }, [ref]);
  return useMemo(
    () => (build, style) => {
      const canvas = ref.current;
      if (!canvas) return;
      const drawing = workerFor(canvas, gate);
      if (drawing) drawing.sender.offer(() => ({ type: "draw", list: build(), style }));
      else drawHere(canvas, build(), style);
    },
    [ref, gate],
  );
}
