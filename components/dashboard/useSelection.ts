"use client";
/**
 * The selection as the dashboard's parts read it. The two views take it in the frame (`useSelection`);
 * panels that follow the views take it a few steps behind (`useFollowingSelection`), rendered in a
 * transition, so they never hold up a frame.
 */
import { useMemo } from "react";
import { focusOf, type Focus } from "@/lib/highlight";
import { selectWindow, type Selection, type SelectionQuery } from "@/lib/select";
import { useFollowingQuery } from "./useFollowingQuery";
import { useDashboard, useStoreValue, useViewField } from "./viewContext";

/** The window and theme filter, as one object that keeps its identity while they are unchanged. */
export function useSelectionQuery(): SelectionQuery {
  const from = useViewField("from");
  const to = useViewField("to");
  const themes = useViewField("themes");
  return useMemo(() => ({ from, to, themes }), [from, to, themes]);
}

/** The selection for the current window and filter (shared with every other reader of the same query). */
export function useSelection(): Selection {
  const { index } = useDashboard();
  const query = useSelectionQuery();
  return useMemo(() => selectWindow(index, query), [index, query]);
}

/** The selection for panels that follow the views (see useFollowingQuery). */
export function useFollowingSelection(): Selection {
  const { index } = useDashboard();
  const query = useFollowingQuery();
  return useMemo(() => selectWindow(index, query), [index, query]);
}

/**
 * Whether the following panels are behind the views (a burst has not rested yet): a live region says
 * aria-busy meanwhile, so assistive tech (and tests) take its text once it has caught up.
 */
export function useFollowingBehind(): boolean {
  const following = useFollowingQuery();
  // A boolean of the store: its reader re-renders when it flips, not at every step of a burst.
  return useStoreValue(({ view }) => view.from !== following.from || view.to !== following.to || view.themes !== following.themes);
}

/** What the selected actor, event or tie brings into focus in a selection. */
export function useFocus(selection: Selection): Focus {
  const { index } = useDashboard();
  const actor = useViewField("actor");
  const event = useViewField("event");
  const tie = useViewField("tie");
  return useMemo(() => focusOf({ actor, event, tie }, index, selection), [actor, event, tie, index, selection]);
}
