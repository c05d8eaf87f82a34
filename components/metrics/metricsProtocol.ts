/** Messages between the page and the metrics worker. */
import type { Dataset } from "@/lib/dataset/schema";
import type { ActorSeries, WindowMeasures } from "@/lib/metrics/measures";

/** Page → worker: the dataset (once), then requests, each with an id its reply carries. */
export type MetricsRequest =
  | { type: "dataset"; dataset: Dataset }
  | { type: "series"; id: number; themes: string[] }
  | { type: "window"; id: number; from: number; to: number; themes: string[] };

/** Worker → page. */
export type MetricsReply =
  | { type: "series"; id: number; series: ActorSeries; ms: number }
  | { type: "window"; id: number; measures: WindowMeasures }
  | { type: "error"; id: number; message: string };
