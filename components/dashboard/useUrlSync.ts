"use client";
/**
 * The URL follows the view store: each change is written to the history (throttled while a gesture runs,
 * one entry per gesture), and Back/Forward put the URL's view back into the store.
 */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { ignoredParams, resolveView, serializeView, type IgnoredParam } from "@/lib/view/state";
import type { ViewStore } from "@/lib/view/store";
import { readViewParams, withShownDataset, withViewParams } from "@/lib/view/url";
import { createUrlWriter, type HistoryMode } from "@/lib/view/urlWriter";

/** At most one history write per this many milliseconds while scrubbing (and one when the scrub rests). */
export const URL_WRITE_INTERVAL_MS = 1000;

/**
 * Writes `search` into the current history entry (mode "replace") or a new one. Next wraps
 * history.pushState/replaceState to re-render its router on every call, which costs a frame while scrubbing;
 * the view is not router state. So this writes through the unwrapped methods, keeping the entry's state (Next's
 * own marker and tree), and Back and Forward still restore Next's page.
 */
function writeHistory(search: string, mode: HistoryMode) {
  const url = `${location.pathname}${search}${location.hash}`;
  const write = mode === "push" ? History.prototype.pushState : History.prototype.replaceState;
  try {
    write.call(history, history.state, "", url);
  } catch {
    // Browsers limit history writes per second; the next write carries the state anyway.
  }
}

const NONE: readonly IgnoredParam[] = [];
const unchanging = () => () => undefined;

/**
 * Keeps the URL and the store in step for as long as the component is mounted; `datasetId` is the dataset shown.
 * Returns the view parameters of the address the page opened with that the view left out (read after the page
 * has hydrated: the server never sees values that do not have a parameter's shape).
 */
export function useUrlSync(store: ViewStore, index: IndexedDataset, datasetId: string): readonly IgnoredParam[] {
  // Read from the address the store was made from (before the effect below rewrites it); none while hydrating.
  const opened = useMemo(() => (typeof window === "undefined" ? NONE : ignoredParams(readViewParams(location.search), store.get().view, index)), [store, index]);
  const ignored = useSyncExternalStore(unchanging, () => opened, () => NONE);
  useEffect(() => {
    // An unknown or malformed dataset in the URL opened the default, and a parameter the view could not take was
    // left out: the link now names what is shown.
    const search = withShownDataset(location.search, datasetId) ?? location.search;
    const corrected = opened.length ? withViewParams(search, serializeView(store.get().view, index)) : search;
    if (corrected !== location.search) writeHistory(corrected, "replace");
  }, [store, index, datasetId, opened]);

  useEffect(() => {
    const writer = createUrlWriter({ intervalMs: URL_WRITE_INTERVAL_MS, write: writeHistory });
    const stop = store.listen((state, previous, kind) => {
      if (kind === "restore" || state.view === previous.view) return;
      // Built only if written: most steps of a scrub are not (see urlWriter.ts).
      writer.request(() => withViewParams(location.search, serializeView(state.view, index)), kind === "discrete" ? "push" : "replace");
    });
    const onPopState = () => {
      writer.cancel();
      store.setView(() => resolveView(readViewParams(location.search), index), "restore");
    };
    // A throttled write still pending when the page is hidden would be lost with it.
    const onHide = () => writer.flush();
    window.addEventListener("popstate", onPopState);
    window.addEventListener("pagehide", onHide);
    return () => {
      writer.flush();
      stop();
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("pagehide", onHide);
    };
  }, [store, index]);
  return ignored;
}
