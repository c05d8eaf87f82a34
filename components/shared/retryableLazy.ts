"use client";
import { createElement, lazy, useContext, type ComponentType, type LazyExoticComponent } from "react";
import { RetryAttempt } from "./PartBoundary";

/**
 * A safety net for the second try: Turbopack's runtime fetches a failed chunk again on a new import() (the
 * e2e Retry does so without a reload), but it keeps the promise of a chunk loaded as part of a group, which
 * would fail the same way forever. When a retry fails while the server answers, the page reloads instead:
 * the whole view is in the URL, so the reader loses nothing but a moment.
 */
export async function reloadIfServerAnswers(error: unknown): Promise<never> {
  const answers = await fetch("/icon.svg", { cache: "no-store" }).then((r) => r.ok, () => false);
  if (answers) {
    window.location.reload();
    return new Promise<never>(() => undefined);
  }
  throw error;
}

/** A lazily loaded part whose code can be fetched before it first renders. */
export type LazyPart<P extends object> = ComponentType<P> & { preload: () => void };

/** Parts every first visit renders, fetched together by `preloadFirstVisitParts` (see there). */
const firstVisitParts: Array<() => void> = [];
let preloading = false;

/**
 * Starts fetching the code of every part registered with `{ firstVisit: true }`, all at once, and of those
 * registered later (parts inside a part's chunk) as soon as they register. Without it each part's chunk is
 * asked for only when the part first renders, after its parent's chunk has arrived: a chain of round trips.
 * Worse, React holds back the reveal of a part that arrives while another is still loading (up to 300 ms
 * after the last fallback it showed), so on a busy machine the views waited for the header's tools.
 */
export function preloadFirstVisitParts(): void {
  if (preloading) return;
  preloading = true;
  for (const preload of firstVisitParts) preload();
}

/**
 * `React.lazy` that can be preloaded and retried. A part whose code arrived before its first render renders
 * directly, so a preloaded part never suspends. Inside a PartBoundary, each Retry makes a fresh lazy component (React
 * keeps a rejected one for good), so the import runs again.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>, options: { firstVisit?: boolean } = {}): LazyPart<P> {
  let first: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const loadFirst = () =>
    (first ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const attempts = new Map<number, LazyExoticComponent<ComponentType<P>>>();
  function Retryable(props: P) {
    const attempt = useContext(RetryAttempt);
    let part = attempts.get(attempt);
    // Never once it has rendered through `lazy`: a different element type in the same place would remount the part.
    if (!part && attempt === 0 && loaded) return createElement(loaded, props);
    if (!part) {
      const loading = attempt === 0 ? loadFirst() : load().catch(reloadIfServerAnswers);
      part = lazy(() => loading.then((component) => ({ default: component })));
      attempts.set(attempt, part);
    }
    return createElement(part, props);
  }
  // A failed preload is not reported here: the part's first render gets the same rejection, and its boundary says so.
  const preload = () => void loadFirst().catch(() => undefined);
  if (options.firstVisit) {
    firstVisitParts.push(preload);
    if (preloading) preload();
  }
  return Object.assign(Retryable, { preload });
}
