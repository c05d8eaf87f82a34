"use client";
import { useCallback, useMemo, useState } from "react";
import useSWR from "swr";
import { LiveDetails } from "@/components/details/LiveDetails";
import { ThemeFilter } from "@/components/filters/ThemeFilter";
import { LazyNetwork } from "@/components/network/LazyNetwork";
import { Search } from "@/components/search/Search";
import { LiveStatusLine } from "@/components/status/StatusLine";
import { TableView } from "@/components/table/TableView";
import { Timeline } from "@/components/timeline/Timeline";
import { indexDataset } from "@/lib/dataset/indexed";
import type { Dataset } from "@/lib/dataset/schema";
import { resolveView, type RawViewParams } from "@/lib/view/state";
import { createViewStore } from "@/lib/view/store";
import { readViewParams } from "@/lib/view/url";
import { fetchDataset, rememberDataset, type DatasetFetchError } from "./fetchDataset";
import { useDashboardActions, useEscapeClears } from "./useDashboardActions";
import { useUrlSync } from "./useUrlSync";
import { DashboardProvider } from "./viewContext";

interface Props {
  datasetId: string;
  /** The server's copy, so the first paint needs no round-trip; SWR keeps it current. */
  initial: Dataset;
  /** The ETag of the server's copy. */
  etag: string;
  /** The view parameters of the request's URL (the server renders the same view the client starts with). */
  params: RawViewParams;
  /** Something the reader should know about how this view was chosen (e.g. an unknown dataset was asked for). */
  notice?: string;
}

/**
 * The client root: one dataset, one view store, and the parts that read it. The root itself subscribes to
 * nothing, so a scrub step re-renders only the parts whose slice of the view changed.
 */
export function Dashboard({ datasetId, initial, etag, params, notice }: Props) {
  const url = `/api/datasets/${datasetId}`;
  rememberDataset(url, etag, initial);
  const { data, error } = useSWR<Dataset, DatasetFetchError>(url, fetchDataset, {
    fallbackData: initial,
    revalidateOnFocus: false,
  });
  const dataset = data ?? initial;
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  // A new copy of the dataset starts from the URL as it is now (the server's params before hydration).
  const store = useMemo(
    () => createViewStore(resolveView(typeof window === "undefined" ? params : readViewParams(window.location.search), index)),
    [index, params],
  );
  useUrlSync(store, index);
  useEscapeClears(store);
  const actions = useDashboardActions(store, index);
  const context = useMemo(() => ({ index, store }), [index, store]);

  const [drawn, setDrawn] = useState({ timeline: false, network: false });
  const onTimelineReady = useCallback(() => setDrawn((d) => (d.timeline ? d : { ...d, timeline: true })), []);
  const onNetworkReady = useCallback(() => setDrawn((d) => (d.network ? d : { ...d, network: true })), []);

  return (
    <DashboardProvider value={context}>
      <main className="dashboard" data-ready={drawn.timeline && drawn.network ? "true" : "false"}>
        <header className="dashboard-header">
          <div>
            <h1>{dataset.title}</h1>
          </div>
          <div className="header-tools">
            <Search index={index} onPick={actions.pickSearchHit} />
            <LiveStatusLine />
          </div>
        </header>
        {notice && <p className="banner">{notice}</p>}
        {error && (
          <p className="banner" role="alert">
            {error.message} Showing the last good copy.
          </p>
        )}
        <ThemeFilter onToggle={actions.toggleTheme} onClear={actions.clearFilters} />
        <div className="views">
          <Timeline onReady={onTimelineReady} />
          <LazyNetwork onReady={onNetworkReady} />
          <LiveDetails actions={actions} />
        </div>
        <TableView onSelectEvent={actions.selectEvent} onSelectTie={actions.selectTie} />
      </main>
    </DashboardProvider>
  );
}
