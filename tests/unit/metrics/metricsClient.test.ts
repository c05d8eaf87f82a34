import { afterEach, describe, expect, it, vi } from "vitest";
import { keepDatasetBytes } from "@/components/shared/datasetBytes";
import { metricsClient } from "@/components/metrics/metricsClient";
import type { Dataset } from "@/lib/dataset/schema";

/** A stand-in for the metrics worker: records what the page posts, and answers nothing. */
class RecordingWorker {
  static posted: { message: { type: string }; transfer: unknown[] }[] = [];
  onmessage: unknown = null;
  onerror: unknown = null;
  postMessage(message: { type: string }, transfer: unknown[] = []) {
    RecordingWorker.posted.push({ message, transfer });
  }
  terminate() {}
}

const dataset = (id: string) => ({ id, title: id, events: [], actors: [], ties: [] }) as unknown as Dataset;

afterEach(() => {
  vi.unstubAllGlobals();
  RecordingWorker.posted = [];
});

describe("metricsClient", () => {
  it("hands the worker the bytes the dataset was fetched as, transferred, and never a clone of the object", () => {
    vi.stubGlobal("Worker", RecordingWorker);
    const fetched = dataset("fetched");
    const bytes = new TextEncoder().encode(JSON.stringify(fetched)).buffer as ArrayBuffer;
    keepDatasetBytes(fetched, bytes);
    void metricsClient(fetched).series([]);
    void metricsClient(fetched).window({ from: 0, to: 10, themes: [] });
    const [first, ...rest] = RecordingWorker.posted;
    expect(first!.message).toEqual({ type: "dataset-bytes", bytes });
    expect(first!.transfer).toEqual([bytes]);
    expect(rest.map((p) => p.message.type)).toEqual(["series", "window"]);
  });

  it("posts the object when there are no bytes (a dataset the page carried, or one of this browser)", () => {
    vi.stubGlobal("Worker", RecordingWorker);
    const carried = dataset("carried");
    void metricsClient(carried).series([]);
    expect(RecordingWorker.posted[0]!.message).toEqual({ type: "dataset", dataset: carried });
  });
});
