"use client";
/**
 * The selection query for panels that follow the views (details, theme counts, the table). A click or any
 * other discrete change reaches them at once. While the window moves in a burst (a held key, a drag, Play)
 * they update at most every FOLLOW_MS, and REST_MS after the burst stops, in a transition: a scrub step
 * renders only the two views, and the panels catch up in the gaps (and exactly, once the gesture ends).
 */
import { startTransition, useEffect, useState } from "react";
import type { SelectionQuery } from "@/lib/select";
import type { StoreState } from "@/lib/view/store";
import { useDashboard } from "./viewContext";

/** How far behind the views the following panels may be while the window moves. */
export const FOLLOW_MS = 500;
/** How long after a burst's last step the panels show its end. */
export const REST_MS = 150;

const queryOf = (state: StoreState): SelectionQuery => ({ from: state.view.from, to: state.view.to, themes: state.view.themes });

/** The window and theme filter, following the store (the latest value always arrives). */
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
      (_key, kind) => {
        if (timer !== null) clearTimeout(timer);
        if (kind !== "continuous") return deliver();
        // Whichever comes first: the burst's next due update, or its rest.
        const now = performance.now();
        timer = setTimeout(deliver, Math.max(0, Math.min(last + FOLLOW_MS, now + REST_MS) - now));
      },
    );
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
  return query;
}
