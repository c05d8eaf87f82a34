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

/**
 * `React.lazy` that can be retried: inside a PartBoundary, each Retry makes a fresh lazy component (React
 * keeps a rejected one for good), so the import runs again.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const attempts = new Map<number, LazyExoticComponent<ComponentType<P>>>();
  function Retryable(props: P) {
    const attempt = useContext(RetryAttempt);
    let part = attempts.get(attempt);
    if (!part) {
      part = lazy(() => load().then((component) => ({ default: component }), attempt > 0 ? reloadIfServerAnswers : undefined));
      attempts.set(attempt, part);
    }
    return createElement(part, props);
  }
  return Retryable;
}
