/** Messages between the page and the layout worker. */
import type { LayoutGraph } from "@/lib/network/graph";

/** Page → worker: lay out this graph. */
export interface LayoutRequest {
  graph: LayoutGraph;
}

/** Worker → page: progress after each chunk of ticks, then the positions (x, y per node, in node order). */
export type LayoutReply =
  | { type: "progress"; key: string; done: number; total: number }
  | { type: "done"; key: string; total: number; xy: Float64Array }
  | { type: "error"; key: string; message: string };
