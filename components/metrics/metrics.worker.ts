/**
 * The metrics worker: actors' measures over time and per window (graphology-metrics), off the main thread.
 * Betweenness costs a breadth-first search per actor; on thousands of actors that is seconds of work that
 * must never hold up a scrub.
 */
import { datasetFromBytes } from "@/components/shared/datasetBytes";
import { indexDataset, type IndexedDataset } from "@/lib/dataset/indexed";
import type { ThemeId } from "@/lib/dataset/ids";
import { computeSeries } from "@/lib/metrics/series";
import { windowMeasures } from "@/lib/metrics/window";
import type { MetricsReply, MetricsRequest } from "./metricsProtocol";

interface WorkerScope {
  postMessage(message: MetricsReply, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<MetricsRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let index: IndexedDataset | null = null;

scope.addEventListener("message", ({ data }) => {
  if (data.type === "dataset" || data.type === "dataset-bytes") {
    index = indexDataset(data.type === "dataset" ? data.dataset : datasetFromBytes(data.bytes));
    return;
  }
  try {
    if (!index) throw new Error("no dataset yet");
    const themes = data.themes as ThemeId[];
    if (data.type === "series") {
      const started = performance.now();
      const series = computeSeries(index, themes);
      scope.postMessage({ type: "series", id: data.id, series, ms: performance.now() - started }, [series.degree.buffer, series.weighted.buffer, series.betweenness.buffer]);
    } else {
      const measures = windowMeasures(index, { from: data.from, to: data.to, themes });
      scope.postMessage({ type: "window", id: data.id, measures }, [measures.degree.buffer, measures.betweenness.buffer]);
    }
  } catch (error) {
    scope.postMessage({ type: "error", id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
});
