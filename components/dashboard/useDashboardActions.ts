"use client";
/** What the panels around the two views can ask of the view: select, reveal, filter, clear. */
import { useEffect, useMemo } from "react";
import type { DetailsActions } from "@/components/details/actions";
import type { ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { SearchHit } from "@/lib/search";
import { revealRange } from "@/lib/view/state";
import type { ViewStore } from "@/lib/view/store";

/** Actions of Details, the theme filter and search, as store updates. */
export interface DashboardActions extends DetailsActions {
  toggleTheme: (id: ThemeId) => void;
  clearFilters: () => void;
  /** A search result is selected in both views: an actor is selected; an event is selected and brought into the window. */
  pickSearchHit: (hit: SearchHit) => void;
}

/** The dashboard's actions for a store and dataset (stable while they are). */
export function useDashboardActions(store: ViewStore, index: IndexedDataset): DashboardActions {
  return useMemo(() => {
    const set = store.setView;
    return {
      // From Details an actor is always selected (the toggle belongs to the network's own buttons).
      selectActor: (id) => set((v) => ({ ...v, actor: id, event: null, tie: null })),
      selectEvent: (id) => set((v) => ({ ...v, event: id, tie: null })),
      selectTie: (id) => set((v) => ({ ...v, tie: id, event: null })),
      showInTimeline: (start, end) => set((v) => ({ ...v, ...revealRange(v, start, end, index) })),
      showInNetwork: () => store.requestNetworkFrame(),
      toggleTheme: (id) => set((v) => ({ ...v, themes: v.themes.includes(id) ? v.themes.filter((t) => t !== id) : [...v.themes, id] })),
      clearFilters: () => set((v) => ({ ...v, themes: [], from: index.defaultWindow.from, to: index.defaultWindow.to })),
      pickSearchHit: (hit) => {
        if (hit.type === "actor") return set((v) => ({ ...v, actor: hit.id, event: null, tie: null }));
        const item = index.eventById.get(hit.id);
        set((v) => ({ ...v, event: hit.id, tie: null, ...(item?.dated ? revealRange(v, item.start, item.end, index) : {}) }));
      },
    };
  }, [store, index]);
}

/** Escape clears the selection, innermost first (event or tie, then actor), unless a text field or a popover (which Escape closes) has focus. */
export function useEscapeClears(store: ViewStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input[type=search], input[type=text], textarea, [popover]")) return;
      store.setView((v) => (v.event || v.tie ? { ...v, event: null, tie: null } : v.actor ? { ...v, actor: null } : v));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}
