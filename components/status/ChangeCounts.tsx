"use client";
/** The status line's Compare counts, "G gained, L lost, C turned" (loaded when Compare is first turned on). */
import { useDeferredValue } from "react";
import { useComparison } from "@/components/dashboard/useComparison";
import { useSelection } from "@/components/dashboard/useSelection";

export function ChangeCounts() {
  const changes = useDeferredValue(useComparison(useSelection())?.counts ?? null);
  if (!changes) return null;
  return (
    <>
      {"; "}
      <span>
        {changes.gained} gained, {changes.lost} lost, {changes.turned} turned
      </span>
    </>
  );
}
