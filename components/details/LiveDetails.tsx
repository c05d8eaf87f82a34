"use client";
import { useDashboard, useViewField } from "@/components/dashboard/viewContext";
import { useDeferredSelection } from "@/components/dashboard/useSelection";
import type { DetailsActions } from "./actions";
import { Details } from "./Details";

/** Details of what is selected, with the selection a step behind the views while the window moves. */
export function LiveDetails({ actions }: { actions: DetailsActions }) {
  const { index } = useDashboard();
  const selection = useDeferredSelection();
  const selected = { actor: useViewField("actor"), event: useViewField("event"), tie: useViewField("tie") };
  return <Details index={index} selection={selection} selected={selected} actions={actions} />;
}
