"use client";
import { useDashboard, useViewField } from "@/components/dashboard/viewContext";
import { useFollowingSelection } from "@/components/dashboard/useSelection";
import { Suspense } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import type { DetailsActions } from "./actions";
import { Details } from "./Details";

const LiveChanges = retryableLazy(() => import("./LiveChanges").then((m) => m.LiveChanges));

/** Details of what is selected, with the selection following the views (a few steps behind while the window moves). */
export function LiveDetails({ actions }: { actions: DetailsActions }) {
  const { index } = useDashboard();
  const selection = useFollowingSelection();
  const selected = { actor: useViewField("actor"), event: useViewField("event"), tie: useViewField("tie") };
  const compare = useViewField("compare");
  const changes = compare ? (
    <PartBoundary name="The Changes list">
      <Suspense fallback={null}>
        <LiveChanges selection={selection} compare={compare} onSelectTie={actions.selectTie} />
      </Suspense>
    </PartBoundary>
  ) : null;
  return <Details index={index} selection={selection} selected={selected} actions={actions} footer={changes} />;
}
