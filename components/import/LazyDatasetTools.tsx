"use client";
/**
 * The header's dataset tools and the page of a dataset kept in this browser, both rendered in the browser
 * only and loaded after the first paint: the picker's lists come from the API and IndexedDB anyway, and
 * keeping them out of the first-load bundle keeps it within its budget. A failed load stays local (Retry).
 */
import { Suspense, type ComponentProps } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { useInBrowser } from "@/components/shared/useInBrowser";
import type { DatasetTools } from "./DatasetTools";
import type { LocalDashboard } from "./LocalDashboard";

const DatasetToolsPart = retryableLazy(() => import("./DatasetTools").then((m) => m.DatasetTools), { firstVisit: true });
const LocalDashboardPart = retryableLazy(() => import("./LocalDashboard").then((m) => m.LocalDashboard));

/** The Dataset picker, Open data and Remove dataset. */
export function LazyDatasetTools(props: ComponentProps<typeof DatasetTools>) {
  const inBrowser = useInBrowser();
  return (
    <PartBoundary name="The dataset tools">
      {inBrowser && (
        <Suspense fallback={null}>
          <DatasetToolsPart {...props} />
        </Suspense>
      )}
    </PartBoundary>
  );
}

/** The dashboard of a dataset of this browser (IndexedDB): nothing of it exists on the server. */
export function LazyLocalDashboard(props: ComponentProps<typeof LocalDashboard>) {
  const inBrowser = useInBrowser();
  const loading = <p className="muted state-page">Loading the dataset…</p>;
  return <PartBoundary name="This browser's dataset">{inBrowser ? <Suspense fallback={loading}>{<LocalDashboardPart {...props} />}</Suspense> : loading}</PartBoundary>;
}
