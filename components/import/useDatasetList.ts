"use client";
/** The datasets the picker lists: the server's (from the API) and this browser's (from IndexedDB), read after the first paint. */
import { useEffect, useState } from "react";

/** One entry of the Dataset picker. */
export interface DatasetEntry {
  id: string;
  title: string;
  local: boolean;
}

export function useDatasetList(current: { id: string; title: string }): DatasetEntry[] {
  const [entries, setEntries] = useState<DatasetEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const server = fetch("/api/datasets")
      .then((r) => (r.ok ? (r.json() as Promise<{ id: string; title: string }[]>) : []))
      .catch(() => []);
    const local = import("./localDatasets").then((m) => m.listLocalDatasets()).catch(() => []);
    void Promise.all([server, local]).then(([s, l]) => {
      if (live) setEntries([...s.map((d) => ({ id: d.id, title: d.title, local: false })), ...l.map((d) => ({ id: d.id, title: d.title, local: true }))]);
    });
    return () => {
      live = false;
    };
  }, []);
  const list = entries ?? [];
  // The open dataset is always an option, even before the lists arrive.
  return list.some((e) => e.id === current.id) ? list : [{ id: current.id, title: current.title, local: current.id.startsWith("local-") }, ...list];
}
