"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import useSWR from "swr";
import { Details } from "@/components/details/Details";
import type { DetailsActions } from "@/components/details/actions";
import { ThemeFilter } from "@/components/filters/ThemeFilter";
import { LazyNetwork } from "@/components/network/LazyNetwork";
import { Search } from "@/components/search/Search";
import { StatusLine } from "@/components/status/StatusLine";
import { TableView } from "@/components/table/TableView";
import { Timeline } from "@/components/timeline/Timeline";
import type { ThemeId } from "@/lib/dataset/ids";
import { indexDataset } from "@/lib/dataset/indexed";
import type { Dataset } from "@/lib/dataset/schema";
import { focusOf } from "@/lib/highlight";
import type { SearchHit } from "@/lib/search";
import { selectVisible } from "@/lib/select";
import { revealRange } from "@/lib/view/state";
import { fetchDataset, rememberDataset, type DatasetFetchError } from "./fetchDataset";
import { useViewState } from "./useViewState";

interface Props {
  datasetId: string;
  /** The server's copy, so the first paint needs no round-trip; SWR keeps it current. */
  initial: Dataset;
  /** The ETag of the server's copy. */
  etag: string;
  /** Something the reader should know about how this view was chosen (e.g. an unknown dataset was asked for). */
  notice?: string;
}

/** The client root: one dataset, one view state, one selection, and the views that render it. */
export function Dashboard({ datasetId, initial, etag, notice }: Props) {
  const url = `/api/datasets/${datasetId}`;
  rememberDataset(url, etag, initial);
  const { data, error } = useSWR<Dataset, DatasetFetchError>(url, fetchDataset, {
    fallbackData: initial,
    revalidateOnFocus: false,
  });
  const dataset = data ?? initial;
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const { view, setView } = useViewState(index);
  const { from, to, themes } = view;
  const selection = useMemo(() => selectVisible(index, { from, to, themes }), [index, from, to, themes]);
  const focus = useMemo(() => focusOf(view, index, selection), [view, index, selection]);

  const [drawn, setDrawn] = useState({ timeline: false, network: false });
  const onTimelineReady = useCallback(() => setDrawn((d) => (d.timeline ? d : { ...d, timeline: true })), []);
  const onNetworkReady = useCallback(() => setDrawn((d) => (d.network ? d : { ...d, network: true })), []);

  const actions: DetailsActions = useMemo(
    () => ({
      // From Details an actor is always selected (the toggle belongs to the network's own buttons).
      selectActor: (id) => setView((v) => ({ ...v, actor: id, event: null, tie: null })),
      selectEvent: (id) => setView((v) => ({ ...v, event: id, tie: null })),
      selectTie: (id) => setView((v) => ({ ...v, tie: id, event: null })),
      showInTimeline: (start, end) => setView((v) => ({ ...v, ...revealRange(v, start, end, index) })),
    }),
    [setView, index],
  );
  const toggleTheme = useCallback(
    (id: ThemeId) =>
      setView((v) => ({ ...v, themes: v.themes.includes(id) ? v.themes.filter((t) => t !== id) : [...v.themes, id] })),
    [setView],
  );
  // A search result is selected in both views: an actor is selected; an event is selected and brought into the window.
  const pickSearchHit = useCallback(
    (hit: SearchHit) => {
      if (hit.type === "actor") return setView((v) => ({ ...v, actor: hit.id, event: null, tie: null }));
      const item = index.eventById.get(hit.id);
      setView((v) => ({ ...v, event: hit.id, tie: null, ...(item?.dated ? revealRange(v, item.start, item.end, index) : {}) }));
    },
    [setView, index],
  );
  const clearFilters = useCallback(
    () => setView((v) => ({ ...v, themes: [], from: index.defaultWindow.from, to: index.defaultWindow.to })),
    [setView, index],
  );

  // Escape clears the selection, innermost first (event or tie, then actor), unless a text field has focus.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input[type=search], input[type=text], textarea")) return;
      setView((v) => (v.event || v.tie ? { ...v, event: null, tie: null } : v.actor ? { ...v, actor: null } : v));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [setView]);

  const viewProps = { index, selection, focus, view, setView };
  return (
    <main className="dashboard" data-ready={drawn.timeline && drawn.network ? "true" : "false"}>
      <header className="dashboard-header">
        <div>
          <h1>{dataset.title}</h1>
        </div>
        <div className="header-tools">
          <Search index={index} onPick={pickSearchHit} />
          <StatusLine counts={selection.counts} />
        </div>
      </header>
      {notice && <p className="banner">{notice}</p>}
      {error && (
        <p className="banner" role="alert">
          {error.message} Showing the last good copy.
        </p>
      )}
      <ThemeFilter index={index} view={view} onToggle={toggleTheme} onClear={clearFilters} />
      <div className="views">
        <Timeline {...viewProps} onReady={onTimelineReady} />
        <LazyNetwork {...viewProps} onReady={onNetworkReady} />
        <Details index={index} selection={selection} view={view} actions={actions} />
      </div>
      <TableView index={index} selection={selection} onSelectEvent={actions.selectEvent} onSelectTie={actions.selectTie} />
    </main>
  );
}
