/**
 * The layout worker: runs the force layout off the main thread in chunks, posting progress between
 * them so the page can show it, and the positions at the end as a transferable array.
 */
import { createLayoutRun } from "@/lib/network/layout";
import type { LayoutReply, LayoutRequest } from "./layoutProtocol";

interface WorkerScope {
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<LayoutRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
/** Report progress about this often (ms). */
const CHUNK_MS = 40;
let current = 0;

scope.addEventListener("message", (event) => {
  const { graph } = event.data;
  const job = ++current;
  const run = createLayoutRun(graph);
  const chunk = () => {
    if (job !== current) return; // superseded by a newer request
    try {
      const started = performance.now();
      while (run.done < run.total && performance.now() - started < CHUNK_MS) run.step(2);
      if (run.done < run.total) {
        scope.postMessage({ type: "progress", key: graph.key, done: run.done, total: run.total });
        setTimeout(chunk, 0);
        return;
      }
      const positions = run.positions();
      const xy = new Float64Array(graph.nodes.length * 2);
      graph.nodes.forEach((node, i) => {
        const p = positions.get(node.id);
        xy[2 * i] = p?.x ?? 0;
        xy[2 * i + 1] = p?.y ?? 0;
      });
      scope.postMessage({ type: "done", key: graph.key, total: run.total, xy }, [xy.buffer]);
    } catch (error) {
      scope.postMessage({ type: "error", key: graph.key, message: error instanceof Error ? error.message : String(error) });
    }
  };
  chunk();
});
