/** Messages between the page and the metrics worker. */
import type { Dataset } from "@/lib/dataset/schema";
import type { ActorSeries, WindowMeasures } from "@/lib/metrics/measures";

/** Page → worker: the dataset (once: the bytes it was fetched as, else the object), then requests, each with an id its reply carries. */
export type MetricsRequest =
  | { type: "dataset"; dataset: Dataset }
  | { type: "dataset-bytes"; bytes: ArrayBuffer }
  | { type: "series"; id: number; themes: string[] }
  | { type: "window"; id: number; from: number; to: number; themes: string[] };

/** Worker → page. */
export type MetricsReply =
  | { type: "series"; id: number; series: ActorSeries; ms: number }
  | { type: "window"; id: number; measures: WindowMeasures }
  | { type: "error"; id: number; message: string };
