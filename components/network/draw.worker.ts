/**
 * The drawing worker: owns the network canvas (transferred as an OffscreenCanvas) and draws the latest draw
 * list once per frame, so rasterising thousands of ties never holds up the page's main thread. It says when a
 * list is drawn: the page waits for that before it builds and sends the next (see latestOnly.ts).
 */
import { drawList } from "./drawCanvas";
import type { DrawMessage, DrawnMessage } from "./drawProtocol";

interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<DrawMessage>) => void): void;
  postMessage(message: DrawnMessage): void;
  requestAnimationFrame?(callback: () => void): number;
}

const scope = self as unknown as WorkerScope;
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
let latest: Extract<DrawMessage, { type: "draw" }> | null = null;
let scheduled = false;

function draw() {
  scheduled = false;
  const message = latest;
  latest = null;
  if (!message || !canvas || !context) return;
  const { list, style } = message;
  const w = Math.max(1, Math.round(list.width * style.dpr));
  const h = Math.max(1, Math.round(list.height * style.dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  drawList(context, list, style);
  scope.postMessage({ type: "drawn" });
}

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "init") {
    canvas = message.canvas;
    context = canvas.getContext("2d");
    return;
  }
  // Several lists may arrive within a frame (a fast scrub): only the latest is drawn.
  latest = message;
  if (scheduled) return;
  scheduled = true;
  if (scope.requestAnimationFrame) scope.requestAnimationFrame(draw);
  else setTimeout(draw, 0);
});
