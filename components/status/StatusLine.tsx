"use client";
import { useDeferredValue } from "react";
import { useSelection } from "@/components/dashboard/useSelection";
import type { Selection } from "@/lib/select";

/** The live status line of the contract: "X of Y events, A of B actors, T of U ties". */
export function StatusLine({ counts }: { counts: Selection["counts"] }) {
  const { events, actors, ties } = counts;
  return (
    <p role="status" aria-live="polite" className="status-line">
      <span>{events.visible} of {events.total} events</span>, <span>{actors.visible} of {actors.total} actors</span>,{" "}
      <span>{ties.visible} of {ties.total} ties</span>
    </p>
  );
}

/**
 * The status line of the current selection. Its numbers come from the selection the views already computed
 * and render in a transition right after them (three numbers: cheap enough to follow every step).
 */
export function LiveStatusLine() {
  return <StatusLine counts={useDeferredValue(useSelection().counts)} />;
}
