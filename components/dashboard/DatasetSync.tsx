"use client";
/**
 * Keeps the dashboard's dataset current with SWR: fetches it when the page did not carry it (a large
 * dataset) and revalidates the page's copy (a cheap 304 when unchanged). It renders nothing and reports
 * what it has; it is loaded after the first paint, which keeps SWR out of the first-load bundle.
 */
import { useEffect } from "react";
import useSWR from "swr";
import type { Dataset } from "@/lib/dataset/schema";
import { fetchDataset, type DatasetFetchError } from "./fetchDataset";

/** The latest copy from the API, or why it could not be had. */
export interface Synced {
  /** The URL it came from: a report for another dataset's URL is stale. */
  url: string;
  data?: Dataset;
  error?: DatasetFetchError;
}

export function DatasetSync({ url, initial, onChange }: { url: string; initial: Dataset | null; onChange(synced: Synced): void }) {
  const { data, error } = useSWR<Dataset, DatasetFetchError>(url, fetchDataset, {
    fallbackData: initial ?? undefined,
    revalidateOnFocus: false,
  });
  useEffect(() => onChange({ url, data, error }), [url, data, error, onChange]);
  return null;
}
