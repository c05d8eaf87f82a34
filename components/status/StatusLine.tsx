"use client";
import { Suspense, type ReactNode } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { useFollowingBehind, useFollowingSelection } from "@/components/dashboard/useSelection";
import { useViewField } from "@/components/dashboard/viewContext";
import type { Selection } from "@/lib/select";

const ChangeCounts = retryableLazy(() => import("./ChangeCounts").then((m) => m.ChangeCounts));

/** The live status line of the contract: "X of Y events, A of B actors, T of U ties" (and, comparing, "G gained, L lost, C turned"). */
export function StatusLine({ counts, changes = null, behind = false }: { counts: Selection["counts"]; changes?: ReactNode; behind?: boolean }) {
  const { events, actors, ties } = counts;
  return (
    <p role="status" aria-live="polite" aria-busy={behind || undefined} className="status-line">
      <span>{events.visible} of {events.total} events</span>, <span>{actors.visible} of {actors.total} actors</span>,{" "}
      <span>{ties.visible} of {ties.total} ties</span>
      {changes}
    </p>
  );
}

/**
 * The status line of the current selection. It follows the views like the other panels (useFollowingQuery):
 * a click at once, a burst a few times a second, in a transition, so a scrub step renders only the two views
 * (and a screen reader hears the counts when the scrub pauses, not sixty times a second).
 */
export function LiveStatusLine() {
  const comparing = useViewField("compare") !== null;
  const changes = comparing ? (
    <PartBoundary name="The compare counts">
      <Suspense fallback={null}>
        <ChangeCounts />
      </Suspense>
    </PartBoundary>
  ) : null;
  return <StatusLine counts={useFollowingSelection().counts} changes={changes} behind={useFollowingBehind()} />;
}
