"use client";
/** A dataset of this browser, opened at ?dataset=local-<slug>: read from IndexedDB, then the dashboard for it. */
import Link from "next/link";
import { useEffect, useState } from "react";
import { Dashboard } from "@/components/dashboard/Dashboard";
import type { Dataset } from "@/lib/dataset/schema";
import type { RawViewParams } from "@/lib/view/state";
import { loadLocalDataset } from "./localDatasets";

type State = { status: "loading" } | { status: "missing" } | { status: "ok"; dataset: Dataset };

export function LocalDashboard({ id, params }: { id: string; params: RawViewParams }) {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    let live = true;
    loadLocalDataset(id)
      .then((dataset) => live && setState(dataset ? { status: "ok", dataset } : { status: "missing" }))
      .catch(() => live && setState({ status: "missing" }));
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => {
    if (state.status === "ok") document.title = `${state.dataset.title} · Linked timeline and network`;
  }, [state]);
  if (state.status === "ok") return <Dashboard datasetId={id} local initial={state.dataset} title={state.dataset.title} etag="" layout={null} params={params} />;
  return (
    <main className="state-page" data-ready="false" aria-busy={state.status === "loading"}>
      <h1>{state.status === "loading" ? "Opening the dataset…" : `No dataset named “${id}” in this browser`}</h1>
      {state.status === "missing" && (
        <p>
          It may have been removed, or opened in another browser. <Link href="/">Open the default dataset</Link>.
        </p>
      )}
    </main>
  );
}
