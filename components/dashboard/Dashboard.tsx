"use client";
import { Suspense, useCallback, useMemo, useState } from "react";
import { LiveDetails } from "@/components/details/LiveDetails";
import "@/components/export/findings.css";
import { FindingsToolsPlaceholder } from "@/components/export/FindingsToolsPlaceholder";
import { ThemeFilter } from "@/components/filters/ThemeFilter";
import { LazyNetwork } from "@/components/network/LazyNetwork";
import { LazyDatasetTools } from "@/components/import/LazyDatasetTools";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { preloadFirstVisitParts, retryableLazy } from "@/components/shared/retryableLazy";
import { LiveStatusLine } from "@/components/status/StatusLine";
import { StoryShell } from "@/components/story/StoryShell";
import { TableView } from "@/components/table/TableView";
import { Timeline } from "@/components/timeline/Timeline";
import { indexDataset } from "@/lib/dataset/indexed";
import type { Dataset } from "@/lib/dataset/schema";
import type { PrecomputedLayout } from "@/lib/network/precomputed";
import { describeIgnored, resolveView, type RawViewParams } from "@/lib/view/state";
import { createViewStore } from "@/lib/view/store";
import { readViewParams } from "@/lib/view/url";
import type { Synced } from "./DatasetSync";
import { rememberDataset, type DatasetFetchError } from "./fetchDataset";
import { useDashboardActions, useEscapeClears } from "./useDashboardActions";
import { useUrlSync } from "./useUrlSync";
import { DashboardProvider } from "./viewContext";

/** Export, Copy link and Cite: not needed for the first paint, so kept out of the first-load bundle. */
const FindingsTools = retryableLazy(() => import("@/components/export/FindingsTools").then((m) => m.FindingsTools), { firstVisit: true });
// Only datasets with a story need its panel: loaded on demand, outside the first-load bundle.
// The search box arrives in the server's HTML; its code (the box, the results list) follows the first load.
const Search = retryableLazy(() => import("@/components/search/Search").then((m) => m.Search), { firstVisit: true });
const Story = retryableLazy(() => import("@/components/story/Story").then((m) => m.Story));
const DatasetSync = retryableLazy(() => import("./DatasetSync").then((m) => m.DatasetSync), { firstVisit: true });

// In the browser, the parts of a first visit are fetched while the page hydrates, all at once.
if (typeof window !== "undefined") preloadFirstVisitParts();

interface Props {
  datasetId: string;
  /**
   * The server's copy, so the first paint needs no round-trip (DatasetSync keeps it current); null for a large
   * dataset, which the client fetches from the API instead of parsing it out of the page's payload.
   */
  initial: Dataset | null;
  /** The dataset's title, shown while a large dataset loads. */
  title: string;
  /** The ETag of the server's copy. */
  etag: string;
  /** The network layout the server computed for this dataset version (null: the client lays it out). */
  layout: PrecomputedLayout | null;
  /** The view parameters of the request's URL (the server renders the same view the client starts with). */
  params: RawViewParams;
  /** Something the reader should know about how this view was chosen (e.g. an unknown dataset was asked for). */
  notice?: string;
  /** A dataset of this browser (IndexedDB): there is nothing to fetch or revalidate. */
  local?: boolean;
  /** Another layout of the dashboard's parts (the /embed route's), rendered inside its provider instead of the full page. */
  children?: React.ReactNode;
}

/** The client root: the dataset (from the page or the API), then the dashboard for it. */
export function Dashboard({ datasetId, initial, title, etag, layout, params, notice, local = false, children }: Props) {
  const url = `/api/datasets/${datasetId}`;
  if (initial && !local) rememberDataset(url, etag, initial);
  const [synced, setSynced] = useState<Synced | null>(null);
  const { data, error } = synced?.url === url ? synced : {};
  const dataset = data ?? initial;
  const sync = local ? null : (
    <PartBoundary name="Updates of the dataset">
      <Suspense fallback={null}>
        <DatasetSync url={url} initial={initial} onChange={setSynced} />
      </Suspense>
    </PartBoundary>
  );
  // DatasetSync keeps one place in the tree, so it is not remounted (and does not fetch again) when the data arrives.
  return (
    <>
      {dataset ? (
        <DashboardView datasetId={datasetId} dataset={dataset} layout={layout} params={params} notice={notice} error={error}>
          {children}
        </DashboardView>
      ) : (
        <main className="dashboard" data-ready="false" aria-busy="true">
          <header className="dashboard-header">
            <h1>{title}</h1>
          </header>
          <p className={error ? "banner" : "muted"} role={error ? "alert" : "status"}>
            {error ? error.message : "Loading the dataset…"}
          </p>
        </main>
      )}
      {sync}
    </>
  );
}

interface ViewProps {
  /** The dataset shown (the default, when the URL asked for one that does not exist). */
  datasetId: string;
  dataset: Dataset;
  layout: PrecomputedLayout | null;
  params: RawViewParams;
  notice?: string;
  error?: DatasetFetchError;
  children?: React.ReactNode;
}

/**
 * One dataset, one view store, and the parts that read it. It subscribes to nothing itself, so a scrub step
 * re-renders only the parts whose slice of the view changed.
 */
function DashboardView({ datasetId, dataset, layout, params, notice, error, children }: ViewProps) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  // A new copy of the dataset starts from the URL as it is now (the server's params before hydration).
  const store = useMemo(
    () => createViewStore(resolveView(typeof window === "undefined" ? params : readViewParams(window.location.search), index)),
    [index, params],
  );
  const ignored = useUrlSync(store, index, datasetId);
  useEscapeClears(store);
  const actions = useDashboardActions(store, index);
  const context = useMemo(() => ({ index, store, layout }), [index, store, layout]);

  const [drawn, setDrawn] = useState({ timeline: false, network: false });
  const onTimelineReady = useCallback(() => setDrawn((d) => (d.timeline ? d : { ...d, timeline: true })), []);
  const onNetworkReady = useCallback(() => setDrawn((d) => (d.network ? d : { ...d, network: true })), []);

  if (children) return <DashboardProvider value={context}>{children}</DashboardProvider>;
  return (
    <DashboardProvider value={context}>
      <main className="dashboard" data-ready={drawn.timeline && drawn.network ? "true" : "false"}>
        <header className="dashboard-header">
          <div>
            <h1>{dataset.title}</h1>
            {/* The tools load after the first paint; their row is reserved so nothing below moves when they arrive. */}
            <div className="dataset-tools">
              <LazyDatasetTools id={dataset.id} title={dataset.title} />
            </div>
          </div>
          <div className="header-tools">
            <div className="findings-row">
              <PartBoundary name="Search">
                <Suspense fallback={<div className="search-placeholder" aria-hidden="true" />}>
                  <Search index={index} onPick={actions.pickSearchHit} />
                </Suspense>
              </PartBoundary>
              <PartBoundary name="Export, Copy link and Cite">
                <Suspense fallback={<FindingsToolsPlaceholder />}>
                  <FindingsTools />
                </Suspense>
              </PartBoundary>
            </div>
            <LiveStatusLine />
          </div>
        </header>
        {notice && <p className="banner">{notice}</p>}
        {ignored.length > 0 && <p className="banner">{describeIgnored(ignored)}</p>}
        {error && (
          <p className="banner" role="alert">
            {error.message} Showing the last good copy.
          </p>
        )}
        {dataset.story && (
          <PartBoundary name="The story">
            <Suspense fallback={<StoryShell story={dataset.story} />}>
              <Story story={dataset.story} />
            </Suspense>
          </PartBoundary>
        )}
        <ThemeFilter onToggle={actions.toggleTheme} onClear={actions.clearFilters} />
        <div className="views">
          <Timeline onReady={onTimelineReady} />
          <LazyNetwork onReady={onNetworkReady} />
          <LiveDetails actions={actions} />
          {/* Under the charts, so on wide screens Details (a column of its own) stays beside it too. */}
          <TableView onSelectEvent={actions.selectEvent} onSelectTie={actions.selectTie} />
        </div>
      </main>
    </DashboardProvider>
  );
}
