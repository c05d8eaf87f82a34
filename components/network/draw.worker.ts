/**
 * The drawing worker: draws each picture the page sends on a canvas of its own (an OffscreenCanvas), handing it
 * back as an ImageBitmap, which the page shows in its bitmap canvas within its own frame. Rasterising thousands
 * of ties never holds up the page's main thread, and the picture reaches the screen with the page's frame
 * rather than as a second frame of its own (see useCanvasPainter). The page sends the next picture only once
 * the previous one came back (see latestOnly.ts).
 *
 * A picture comes as a draw list (at rest) or, while the window moves in a burst, as a packed selection that
 * the worker turns into a draw list itself (motionPictures.ts), so a held scrub costs the page's main thread
 * no scene, projection or draw list.
 */
import { indexDataset } from "@/lib/dataset/indexed";
import type { Focus } from "@/lib/highlight";
import type { DrawList } from "@/lib/network/drawList";
import { createMotionPictures, type MotionFrame } from "@/lib/network/motionPictures";
import type { PackedNetwork } from "@/lib/network/packedNetwork";
import { drawList, type DrawStyle } from "./drawCanvas";
import type { DrawnMessage, MotionMessage, NetworkMessage, PictureMessage } from "./drawProtocol";

interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<PictureMessage | NetworkMessage>) => void): void;
  postMessage(message: DrawnMessage, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
let motion: { make: ReturnType<typeof createMotionPictures>; packed?: PackedNetwork; focus?: Focus; frame?: MotionFrame } | null = null;

function motionList(message: MotionMessage): DrawList | null {
  if (!motion) return null;
  if (message.packed) motion.packed = message.packed;
  if (message.focus) motion.focus = message.focus;
  if (message.frame) motion.frame = message.frame;
  if (!motion.packed || !motion.focus || !motion.frame) return null;
  return motion.make(motion.packed, motion.focus, motion.frame);
}

function draw(list: DrawList, style: DrawStyle): ImageBitmap | null {
  const w = Math.max(1, Math.round(list.width * style.dpr));
  const h = Math.max(1, Math.round(list.height * style.dpr));
  if (!canvas || !context) {
    canvas = new OffscreenCanvas(w, h);
    context = canvas.getContext("2d");
    if (!context) return null;
  }
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  drawList(context, list, style);
  return canvas.transferToImageBitmap();
}

scope.addEventListener("message", (event) => {
  const started = performance.now();
  const message = event.data;
  if (message.type === "network") {
    motion = { make: createMotionPictures(indexDataset(message.network)) };
    return;
  }
  const list = message.type === "motion" ? motionList(message) : message.list;
  const picture = list ? draw(list, message.style) : null;
  // Answered even without a picture, so the page never waits for one that will not come.
  scope.postMessage({ type: "drawn", picture, workMs: performance.now() - started }, picture ? [picture] : []);
});
