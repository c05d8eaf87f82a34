"use client";
/**
 * The selection query once the store's window and theme filter have stood still for a while: for work too
 * heavy to follow a scrub at any rate (betweenness takes a third of a second at 10,000 events). Keyed on the
 * store itself, not on the panels' throttled query: that one changes only every FOLLOW_MS during a held key,
 * so it looks at rest between its updates while the window is still moving, and the work would compete with
 * every scrub step for the processor.
 */
import { useEffect, useState } from "react";
import type { SelectionQuery } from "@/lib/select";
import { createRestTimer } from "@/lib/view/burst";
import type { StoreState, ViewStore } from "@/lib/view/store";
import { useDashboard } from "./viewContext";

const queryOf = (state: StoreState): SelectionQuery => ({ from: state.view.from, to: state.view.to, themes: state.view.themes });

/**
 * The store's window and themes, as they were when they last rested `restMs`; null until `restMs` after the
 * first render, so heavy work does not start while the page is still loading (at 50,000 events it competed
 * with the network's layout for the second core).
 */
export function useRestingQuery(restMs: number): SelectionQuery | null {
  const { store } = useDashboard();
  // Kept with the store it came from: another dataset's store starts from null again.
  const [rested, setRested] = useState<{ store: ViewStore; query: SelectionQuery } | null>(null);
  useEffect(() => {
    const settle = () => {
      const next = queryOf(store.get());
      setRested((r) => (r && r.store === store && r.query.from === next.from && r.query.to === next.to && r.query.themes === next.themes ? r : { store, query: next }));
    };
    const timer = createRestTimer(restMs, settle);
    timer.poke();
    const unwatch = store.watch((s) => `${s.view.from}|${s.view.to}|${s.view.themes.join(",")}`, () => timer.poke());
    return () => {
      unwatch();
      timer.cancel();
    };
  }, [store, restMs]);
  return rested?.store === store ? rested.query : null;
}
