"use client";
import dynamic from "next/dynamic";

/**
 * The header's dataset tools, loaded after the first paint: the picker's lists come from the API and
 * IndexedDB anyway, and keeping them out of the first-load bundle keeps it within its budget.
 */
export const LazyDatasetTools = dynamic(() => import("./DatasetTools").then((m) => m.DatasetTools), { ssr: false });

/** A dataset of this browser: its page has nothing to render on the server, so its code loads on demand. */
export const LazyLocalDashboard = dynamic(() => import("./LocalDashboard").then((m) => m.LocalDashboard), { ssr: false });
