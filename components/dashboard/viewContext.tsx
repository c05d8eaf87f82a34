"use client";
/**
 * The dashboard's context: the indexed dataset and the view store. Components read the slice they draw with
 * `useViewField`/`useStoreValue` (React re-renders only those whose slice changed) and derive the selection
 * with the hooks in useSelection.ts.
 */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { PrecomputedLayout } from "@/lib/network/precomputed";
import type { StoreState, ViewStore } from "@/lib/view/store";
import type { ViewState } from "@/lib/view/state";

/** What every part of the dashboard shares. */
export interface DashboardContextValue {
  index: IndexedDataset;
  store: ViewStore;
  /** The network layout computed on the server, when it did (the Network uses it instead of laying out). */
  layout?: PrecomputedLayout | null;
}

const DashboardContext = createContext<DashboardContextValue | null>(null);

/** Provides the dataset and the view store to the dashboard's parts. */
export const DashboardProvider = DashboardContext.Provider;

/** The dataset and the store; throws outside a DashboardProvider (a wiring error, not a user's). */
export function useDashboard(): DashboardContextValue {
  const value = useContext(DashboardContext);
  if (!value) throw new Error("useDashboard needs a DashboardProvider above it");
  return value;
}

/** A value derived from the store's state; the component re-renders only when it changes (Object.is). */
export function useStoreValue<T>(select: (state: StoreState) => T): T {
  const { store } = useDashboard();
  const snapshot = () => select(store.get());
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** One field of the view. */
export function useViewField<K extends keyof ViewState>(key: K): ViewState[K] {
  return useStoreValue((state) => state.view[key]);
}
