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
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Focus } from "@/lib/highlight";
import type { DrawList } from "@/lib/network/drawList";
import { createMotionPictures, MOTION_PICTURES_PER_SECOND, type MotionFrame } from "@/lib/network/motionPictures";
import { packNetwork, type PackedNetwork } from "@/lib/network/packedNetwork";
import { createWorkerRest, type WorkerRest } from "@/lib/network/workerRest";
import type { NetworkPart } from "@/lib/select";
import { createFrameMeter, type FrameMeter } from "@/lib/view/frameMeter";
import { drawList, type DrawStyle } from "./drawCanvas";
import type { DrawGate } from "./drawGate";
import type { DrawnMessage, MotionMessage, NetworkMessage, PictureMessage } from "./drawProtocol";
import { createLatestOnlySender, type LatestOnlySender } from "./latestOnly";

/** While the window moves, pictures start at least this far apart (see MOTION_PICTURES_PER_SECOND). */
const MOTION_PICTURE_GAP_MS = 1000 / MOTION_PICTURES_PER_SECOND;

/** A picture of a moving window: the selection's network part and what holds still meanwhile. */
export interface MotionInput {
  index: IndexedDataset;
  part: NetworkPart;
  focus: Focus;
  frame: MotionFrame;
}

export interface Painter {
  /** Draws a list, built only when it is drawn: with the worker still drawing, a newer offer replaces it unbuilt. */
  draw(build: () => DrawList, style: DrawStyle): void;
  /** Draws the picture of a moving window, made by the worker from a packed selection (or here, without one). */
  motion(input: MotionInput, style: DrawStyle): void;
  /** Hands the worker the dataset motion pictures will pack selections of, ahead of the first one. */
  prepare(index: IndexedDataset): void;
}

interface Drawing {
  worker: Worker;
  sender: LatestOnlySender<PictureMessage>;
  /** The worker's rest while the window moves, set by the page's frames (measured by `frames` meanwhile). */
  rest: WorkerRest;
  frames: FrameMeter;
  stop?: ReturnType<typeof setTimeout>;
  /** What the worker already holds for motion pictures: sent again only when it changes. */
  sent: { index?: IndexedDataset; part?: NetworkPart; focus?: Focus; frame?: MotionFrame };
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
  const rest = createWorkerRest();
  // Copied rather than transferred: copying the coordinates costs little next to serialising the list itself.
  const drawing: Drawing = {
    worker,
    sender: createLatestOnlySender((message) => worker.postMessage(message), undefined, (busy) => gate?.set(busy)),
    rest,
    frames: createFrameMeter((ms) => rest.frame(ms)),
    sent: {},
  };
  worker.addEventListener("message", (event: MessageEvent<DrawnMessage>) => {
    if (event.data?.type !== "drawn") return;
    if (event.data.picture) shown.transferFromImageBitmap(event.data.picture);
    drawing.rest.settle();
    drawing.sender.acknowledge(event.data.workMs);
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

/** Sends the worker `index`'s dataset unless it holds it already (it indexes the actors and ties itself). */
function sendNetwork(drawing: Drawing, index: IndexedDataset) {
  const { sent } = drawing;
  if (sent.index === index) return;
  drawing.worker.postMessage({ type: "network", network: { ...index.dataset, events: [] } } satisfies NetworkMessage);
  sent.index = index;
  sent.part = sent.focus = sent.frame = undefined;
}

/** The motion message for `input`, with only what the worker does not hold yet; notes what it now holds. */
function motionMessage(drawing: Drawing, { index, part, focus, frame }: MotionInput, style: DrawStyle): MotionMessage {
  sendNetwork(drawing, index);
  const { sent } = drawing;
  const message: MotionMessage = { type: "motion", style };
  if (sent.part !== part) message.packed = packNetwork(index, (sent.part = part));
  if (sent.focus !== focus) message.focus = sent.focus = focus;
  if (sent.frame !== frame) message.frame = sent.frame = frame;
  return message;
}

/** Motion pictures made on the main thread, for a canvas without a worker (a selection is packed once, like a step sent). */
const makersHere = new WeakMap<HTMLCanvasElement, { index: IndexedDataset; make: ReturnType<typeof createMotionPictures>; part?: NetworkPart; packed?: PackedNetwork }>();

function motionHere(canvas: HTMLCanvasElement, { index, part, focus, frame }: MotionInput, style: DrawStyle) {
  let maker = makersHere.get(canvas);
  if (maker?.index !== index) makersHere.set(canvas, (maker = { index, make: createMotionPictures(index) }));
  if (maker.part !== part || !maker.packed) maker.packed = packNetwork(index, (maker.part = part));
  drawHere(canvas, maker.make(maker.packed, focus, frame), style);
}

/** A painter for the canvas in `ref` (call it from a layout effect, once the canvas is mounted). */
export function useCanvasPainter(ref: RefObject<HTMLCanvasElement | null>, gate?: DrawGate): Painter {
  useEffect(() => {
    const canvas = ref.current;
    return () => {
      const entry = canvas ? workers.get(canvas) : undefined;
      if (!canvas || !entry) return;
      entry.stop = setTimeout(() => {
        entry.frames.stop();
        entry.worker.terminate();
        workers.delete(canvas);
      }, 1000);
    };
  }, [ref]);
  return useMemo(
    () => ({
      draw(build, style) {
        const canvas = ref.current;
        if (!canvas) return;
        const drawing = workerFor(canvas, gate);
        if (drawing) drawing.sender.offer(() => ({ type: "draw", list: build(), style }));
        else drawHere(canvas, build(), style);
      },
      motion(input, style) {
        const canvas = ref.current;
        if (!canvas) return;
        const drawing = workerFor(canvas, gate);
        if (drawing) {
          drawing.frames.poke();
          drawing.sender.offer(() => motionMessage(drawing, input, style), MOTION_PICTURE_GAP_MS, drawing.rest.rest);
        } else motionHere(canvas, input, style);
      },
      prepare(index) {
        const canvas = ref.current;
        const drawing = canvas ? workerFor(canvas, gate) : null;
        if (drawing) sendNetwork(drawing, index);
      },
    }),
    [ref, gate],
  );
}
