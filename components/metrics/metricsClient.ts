"use client";
/**
 * The page's side of the metrics worker: one worker per dataset, answers as promises, series cached per
 * theme filter and window measures for the last few windows. Without a worker (or when it fails) the same
 * code runs on the main thread, loaded on demand.
 */
import type { Dataset } from "@/lib/dataset/schema";
import { takeDatasetBytes } from "@/components/shared/datasetBytes";
import { indexDataset } from "@/lib/dataset/indexed";
import type { SelectionQuery } from "@/lib/select";
import type { ActorSeries, WindowMeasures } from "@/lib/metrics/measures";
import type { MetricsReply, MetricsRequest } from "./metricsProtocol";

/** What the dashboard asks of the metrics. */
export interface MetricsClient {
  series(themes: readonly string[]): Promise<ActorSeries>;
  window(query: SelectionQuery): Promise<WindowMeasures>;
}

/** A request that asks for an answer (the dataset itself is sent once, when the worker starts). */
type AskRequest = Exclude<MetricsRequest, { type: "dataset" | "dataset-bytes" }>;
type Pending = { resolve: (reply: MetricsReply) => void; reject: (error: Error) => void };
const WINDOW_CACHE = 8;
const clients = new WeakMap<Dataset, MetricsClient>();

/** The metrics client of a dataset (one worker however many parts ask). */
export function metricsClient(dataset: Dataset): MetricsClient {
  let client = clients.get(dataset);
  if (!client) clients.set(dataset, (client = createClient(dataset)));
  return client;
}

/** The main-thread fallback: the worker's own functions, loaded when first needed. */
async function onMainThread(dataset: Dataset, request: AskRequest): Promise<MetricsReply> {
  const [{ computeSeries }, { windowMeasures }] = await Promise.all([import("@/lib/metrics/series"), import("@/lib/metrics/window")]);
  const index = indexDataset(dataset);
  const themes = request.themes as never[];
  if (request.type === "series") return { type: "series", id: request.id, series: computeSeries(index, themes), ms: 0 };
  return { type: "window", id: request.id, measures: windowMeasures(index, { from: request.from, to: request.to, themes }) };
}

function createClient(dataset: Dataset): MetricsClient {
  let worker: Worker | null = null;
  let broken = typeof Worker === "undefined";
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const [, p] of pending) p.reject(new Error("metrics worker failed"));
    pending.clear();
  };
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL("./metrics.worker.ts", import.meta.url));
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<MetricsReply>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    worker.onerror = failAll;
    const bytes = takeDatasetBytes(dataset);
    if (bytes) worker.postMessage({ type: "dataset-bytes", bytes } satisfies MetricsRequest, [bytes]);
    else worker.postMessage({ type: "dataset", dataset } satisfies MetricsRequest);
    return worker;
  };
  const ask = async (request: AskRequest): Promise<MetricsReply> => {
    const w = start();
    if (!w) return onMainThread(dataset, request);
    try {
      return await new Promise<MetricsReply>((resolve, reject) => {
        pending.set(request.id, { resolve, reject });
        w.postMessage(request);
      });
    } catch {
      return onMainThread(dataset, request);
    }
  };

  const seriesByThemes = new Map<string, Promise<ActorSeries>>();
  const windows = new Map<string, Promise<WindowMeasures>>();
  return {
    series(themes) {
      const key = themes.join(",");
      let result = seriesByThemes.get(key);
      if (!result) {
        result = ask({ type: "series", id: nextId++, themes: [...themes] }).then((reply) => {
          if (reply.type !== "series") throw new Error(reply.type === "error" ? reply.message : "unexpected reply");
          return reply.series;
        });
        // A failure is not remembered: the next ask tries again.
        result.catch(() => seriesByThemes.delete(key));
        seriesByThemes.set(key, result);
      }
      return result;
    },
    window({ from, to, themes }) {
      const key = `${from}|${to}|${themes.join(",")}`;
      let result = windows.get(key);
      if (!result) {
        result = ask({ type: "window", id: nextId++, from, to, themes: [...themes] }).then((reply) => {
          if (reply.type !== "window") throw new Error(reply.type === "error" ? reply.message : "unexpected reply");
          return reply.measures;
        });
        result.catch(() => windows.delete(key));
        if (windows.size >= WINDOW_CACHE) windows.delete(windows.keys().next().value!);
        windows.set(key, result);
      }
      return result;
    },
  };
}
