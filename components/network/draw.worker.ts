/**
 * The drawing worker: draws each draw list the page sends on a canvas of its own (an OffscreenCanvas), handing the
 * picture back as an ImageBitmap, which the page shows in its bitmap canvas within its own frame.
 * Rasterising thousands of ties never holds up the page's main thread, and the picture reaches the screen
 * with the page's frame rather than as a second frame of its own (see useCanvasPainter). The page sends the
 * next list only once the previous one came back (see latestOnly.ts).
 */
import { drawList } from "./drawCanvas";
import type { DrawMessage, DrawnMessage } from "./drawProtocol";

interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<DrawMessage>) => void): void;
  postMessage(message: DrawnMessage, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

scope.addEventListener("message", (event) => {
  const { list, style } = event.data;
  const w = Math.max(1, Math.round(list.width * style.dpr));
  const h = Math.max(1, Math.round(list.height * style.dpr));
  if (!canvas || !context) {
    canvas = new OffscreenCanvas(w, h);
    context = canvas.getContext("2d");
    if (!context) return;
  }
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  drawList(context, list, style);
  const picture = canvas.transferToImageBitmap();
  scope.postMessage({ type: "drawn", picture }, [picture]);
});
