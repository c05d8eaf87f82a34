"use client";
/**
 * The selection query for panels that follow the views (details, theme counts, the table). While
 * the window moves they update at most every FOLLOW_MS, in a transition: a scrub step renders only the two
 * views, and the panels catch up in the gaps (and exactly, once the gesture ends).
 */
import { startTransition, useEffect, useState } from "react";
import type { SelectionQuery } from "@/lib/select";
import type { StoreState } from "@/lib/view/store";
import { useDashboard } from "./viewContext";

/** How far behind the views the following panels may be while the window moves. */
export const FOLLOW_MS = 200;

const queryOf = (state: StoreState): SelectionQuery => ({ from: state.view.from, to: state.view.to, themes: state.view.themes });

/** The window and theme filter, following the store at most every FOLLOW_MS (the latest value always arrives). */
export function useFollowingQuery(): SelectionQuery {
  const { store } = useDashboard();
  const [query, setQuery] = useState(() => queryOf(store.get()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const deliver = () => {
      timer = null;
      last = performance.now();
      const next = queryOf(store.get());
      startTransition(() => setQuery((q) => (q.from === next.from && q.to === next.to && q.themes === next.themes ? q : next)));
    };
    // The store may have moved between the first render and this effect.
    deliver();
    const stop = store.watch(
      (s) => `${s.view.from}|${s.view.to}|${s.view.themes.join(",")}`,
      () => {
        if (timer !== null) return;
        timer = setTimeout(deliver, Math.max(0, last + FOLLOW_MS - performance.now()));
      },
    );
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
  return query;
}
