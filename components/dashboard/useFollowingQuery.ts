"use client";
/**
 * The selection query for panels that follow the views (details, theme counts, the status line, the table).
 * A click or any other discrete change reaches them at once. While the window moves in a burst (a held key,
 * a drag, Play) they update at most every FOLLOW_MS, and REST_MS after the burst stops, in a transition: a
 * scrub step renders only the two views, and the panels catch up in the gaps (and exactly, once the gesture
 * ends). One follower per store times the updates for every panel, so all of them move in one render.
 */
import { startTransition, useEffect, useState } from "react";
import type { SelectionQuery } from "@/lib/select";
import { BURST_REST_MS, createBurstThrottle } from "@/lib/view/burst";
import type { StoreState, ViewStore } from "@/lib/view/store";
import { useDashboard } from "./viewContext";

/** How far behind the views the following panels may be while the window moves. */
export const FOLLOW_MS = 500;
/** How long after a burst's last step the panels show its end. */
export const REST_MS = BURST_REST_MS;

const queryOf = (state: StoreState): SelectionQuery => ({ from: state.view.from, to: state.view.to, themes: state.view.themes });
const sameQuery = (a: SelectionQuery, b: SelectionQuery) => a.from === b.from && a.to === b.to && a.themes === b.themes;

interface Follower {
  query: SelectionQuery;
  listeners: Set<(query: SelectionQuery) => void>;
  stop: () => void;
}

const followers = new WeakMap<ViewStore, Follower>();

/** The store's follower, watching the store while any panel listens. */
function follow(store: ViewStore, listener: (query: SelectionQuery) => void): () => void {
  let follower = followers.get(store);
  if (!follower) {
    const f: Follower = { query: queryOf(store.get()), listeners: new Set(), stop: () => undefined };
    const throttle = createBurstThrottle({
      intervalMs: FOLLOW_MS,
      run() {
        const next = queryOf(store.get());
        if (sameQuery(f.query, next)) return;
        f.query = next;
        startTransition(() => {
          for (const l of f.listeners) l(next);
        });
      },
    });
    const unwatch = store.watch(
      (s) => `${s.view.from}|${s.view.to}|${s.view.themes.join(",")}`,
      (_key, kind) => (kind === "continuous" ? throttle.request() : throttle.runNow()),
    );
    f.stop = () => {
      unwatch();
      throttle.cancel();
      followers.delete(store);
    };
    followers.set(store, (follower = f));
  }
  const own = follower;
  own.listeners.add(listener);
  // A panel that mounts after the store moved starts from where the follower is.
  listener(own.query);
  return () => {
    own.listeners.delete(listener);
    if (own.listeners.size === 0) own.stop();
  };
}

/** The window and theme filter, following the store (the latest value always arrives). */
export function useFollowingQuery(): SelectionQuery {
  const { store } = useDashboard();
  const [query, setQuery] = useState(() => followers.get(store)?.query ?? queryOf(store.get()));
  useEffect(() => follow(store, (next) => setQuery((q) => (sameQuery(q, next) ? q : next))), [store]);
  return query;
}
