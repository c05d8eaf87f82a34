"use client";
/** Runs imports in a worker: the latest request wins; progress and the outcome come back as state. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ColumnMapping, FormatId } from "@/lib/import/types";
import type { ImportOutcome, ImportRequest, ImportResponse, TableColumns } from "./importProtocol";

/** Where an import stands. */
export type ImportState = { status: "idle" } | { status: "running"; stage: string } | { status: "done"; outcome: ImportOutcome; columns?: TableColumns };

/** The worker, the state of the latest import, and a way to keep its dataset in this browser. */
export function useImportWorker() {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const saving = useRef<{ resolve: (id: string) => void; reject: (error: Error) => void } | null>(null);
  const [state, setState] = useState<ImportState>({ status: "idle" });

  useEffect(() => () => worker.current?.terminate(), []);

  const ensureWorker = useCallback(() => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL("./import.worker.ts", import.meta.url));
    w.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === "saved") saving.current?.resolve(message.id);
      else if (message.type === "save-failed") saving.current?.reject(new Error(message.message));
      else if (message.seq !== seq.current) return; // an answer to a request since replaced
      else if (message.type === "progress") setState({ status: "running", stage: message.stage });
      else setState({ status: "done", outcome: message.outcome, columns: message.columns });
    };
    worker.current = w;
    return w;
  }, []);

  const run = useCallback(
    async (files: File[], format: FormatId | undefined, map: ColumnMapping | undefined) => {
      const current = ++seq.current;
      setState({ status: "running", stage: "Reading the files" });
      const w = ensureWorker();
      const payload = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
      if (current !== seq.current) return;
      const request: ImportRequest = { type: "import", seq: current, files: payload, format, map };
      w.postMessage(request, payload.map((f) => f.bytes));
    },
    [ensureWorker],
  );

  /** Keeps the last imported dataset in this browser; resolves with its id. */
  const save = useCallback(
    () =>
      new Promise<string>((resolve, reject) => {
        saving.current = { resolve, reject };
        const request: ImportRequest = { type: "save", seq: seq.current };
        ensureWorker().postMessage(request);
      }),
    [ensureWorker],
  );

  return { state, run, save };
}
