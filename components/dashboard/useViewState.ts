"use client";
/**
 * The view state lives in the URL (nuqs). This hook reads the raw parameters, resolves them against
 * the dataset with the pure functions in lib/view, and writes changes back: discrete actions push a
 * history entry (Back undoes them), continuous scrubbing replaces the current one.
 */
import { parseAsString, useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { resolveView, serializeView, type ViewState } from "@/lib/view/state";

const viewParsers = {
  from: parseAsString,
  to: parseAsString,
  themes: parseAsString,
  actor: parseAsString,
  event: parseAsString,
  tie: parseAsString,
};

/** Whether a change is a discrete step (pushed to history) or part of a continuous gesture (replaced). */
export type ChangeKind = "discrete" | "continuous";

/** The current view and a function to change it. */
export function useViewState(index: IndexedDataset) {
  const [raw, setRaw] = useQueryStates(viewParsers, { limitUrlUpdates: { method: "throttle", timeMs: 100 } });
  const view = useMemo(() => resolveView(raw, index), [raw, index]);

  const setView = useCallback(
    (update: (current: ViewState) => ViewState, kind: ChangeKind = "discrete") => {
      void setRaw((current) => serializeView(update(resolveView(current, index)), index), {
        history: kind === "discrete" ? "push" : "replace",
      });
    },
    [setRaw, index],
  );

  return { view, setView };
}
