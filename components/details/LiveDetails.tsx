"use client";
import { useDashboard, useViewField } from "@/components/dashboard/viewContext";
import { useComparison } from "@/components/dashboard/useComparison";
import { useFollowingSelection } from "@/components/dashboard/useSelection";
import { ChangesList } from "./ChangesList";
import type { DetailsActions } from "./actions";
import { Details } from "./Details";

/** Details of what is selected, with the selection following the views (a few steps behind while the window moves). */
export function LiveDetails({ actions }: { actions: DetailsActions }) {
  const { index } = useDashboard();
  const selection = useFollowingSelection();
  const selected = { actor: useViewField("actor"), event: useViewField("event"), tie: useViewField("tie") };
  const compare = useViewField("compare");
  const comparison = useComparison(selection);
  const changes = comparison && compare ? <ChangesList comparison={comparison} compare={compare} index={index} onSelectTie={actions.selectTie} /> : null;
  return <Details index={index} selection={selection} selected={selected} actions={actions} footer={changes} />;
}
