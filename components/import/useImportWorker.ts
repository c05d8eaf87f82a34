"use client";
/** Runs imports in a worker: the latest request wins, progress and the outcome come back as state. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ColumnMapping, FormatId, ImportResult } from "@/lib/import/types";
import type { ImportRequest, ImportResponse, TableColumns } from "./importProtocol";

/** Where an import stands. */
export type ImportState =
  | { status: "idle" }
  | { status: "running"; stage: string }
  | { status: "done"; result: ImportResult; columns?: TableColumns; summary?: string };

/** The worker and the state of the latest import. */
export function useImportWorker() {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [state, setState] = useState<ImportState>({ status: "idle" });

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(async (files: File[], format: FormatId | undefined, map: ColumnMapping | undefined) => {
    const current = ++seq.current;
    setState({ status: "running", stage: "Reading the files" });
    if (!worker.current) {
      worker.current = new Worker(new URL("./import.worker.ts", import.meta.url));
      worker.current.onmessage = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.seq !== seq.current) return; // an answer to a request since replaced
        if (message.type === "progress") setState({ status: "running", stage: message.stage });
        else setState({ status: "done", result: message.result, columns: message.columns, summary: message.summary });
      };
    }
    const payload = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
    if (current !== seq.current) return;
    const request: ImportRequest = { seq: current, files: payload, format, map };
    worker.current.postMessage(request, payload.map((f) => f.bytes));
  }, []);

  const reset = useCallback(() => {
    seq.current++;
    setState({ status: "idle" });
  }, []);

  return { state, run, reset };
}
