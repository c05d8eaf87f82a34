"use client";
import { useDeferredValue } from "react";
import { useComparison } from "@/components/dashboard/useComparison";
import { useSelection } from "@/components/dashboard/useSelection";
import type { Comparison } from "@/lib/compare/changes";
import type { Selection } from "@/lib/select";

/** The live status line of the contract: "X of Y events, A of B actors, T of U ties" (and, comparing, "G gained, L lost, C turned"). */
export function StatusLine({ counts, changes = null }: { counts: Selection["counts"]; changes?: Comparison["counts"] | null }) {
  const { events, actors, ties } = counts;
  return (
    <p role="status" aria-live="polite" className="status-line">
      <span>{events.visible} of {events.total} events</span>, <span>{actors.visible} of {actors.total} actors</span>,{" "}
      <span>{ties.visible} of {ties.total} ties</span>
      {changes && (
        <>
          {"; "}
          <span>
            {changes.gained} gained, {changes.lost} lost, {changes.turned} turned
          </span>
        </>
      )}
    </p>
  );
}

/**
 * The status line of the current selection. Its numbers come from the selection the views already computed
 * and render in a transition right after them (three numbers: cheap enough to follow every step).
 */
export function LiveStatusLine() {
  const selection = useSelection();
  const changes = useComparison(selection)?.counts ?? null;
  return <StatusLine counts={useDeferredValue(selection.counts)} changes={useDeferredValue(changes)} />;
}
