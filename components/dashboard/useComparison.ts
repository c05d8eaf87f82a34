"use client";
/**
 * The comparison of the main window with the compare window (Compare on), or null. The compare window's own
 * selection is computed once per compare window and filter, so a scrub of the main window costs only the
 * classification, a pass over the ties visible in either window.
 */
import { useMemo } from "react";
import { compareSelections, type Comparison } from "@/lib/compare/changes";
import { selectVisible, type Selection } from "@/lib/select";
import { useDashboard, useViewField } from "./viewContext";

/** What changed between the compare window and the main window's `selection`. */
export function useComparison(selection: Selection): Comparison | null {
  const { index } = useDashboard();
  const compare = useViewField("compare");
  const themes = useViewField("themes");
  const other = useMemo(() => (compare ? selectVisible(index, { from: compare.from, to: compare.to, themes }) : null), [index, compare, themes]);
  return useMemo(() => (other ? compareSelections(selection, other) : null), [selection, other]);
}
