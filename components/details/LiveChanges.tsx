"use client";
/** The Changes list of the selection Details follows (loaded when Compare is first turned on). */
import { useComparison } from "@/components/dashboard/useComparison";
import { useDashboard } from "@/components/dashboard/viewContext";
import type { TieId } from "@/lib/dataset/ids";
import type { Selection } from "@/lib/select";
import type { DayRange } from "@/lib/view/state";
import { ChangesList } from "./ChangesList";

export function LiveChanges({ selection, compare, onSelectTie }: { selection: Selection; compare: DayRange; onSelectTie: (id: TieId) => void }) {
  const { index } = useDashboard();
  const comparison = useComparison(selection);
  return comparison ? <ChangesList comparison={comparison} compare={compare} index={index} onSelectTie={onSelectTie} /> : null;
}
