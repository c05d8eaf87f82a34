"use client";
/** The status line's Compare counts, "G gained, L lost, C turned" (loaded when Compare is first turned on). */
import { useComparison } from "@/components/dashboard/useComparison";
import { useFollowingSelection } from "@/components/dashboard/useSelection";

/** Follows the views like the rest of the status line (see LiveStatusLine). */
export function ChangeCounts() {
  const changes = useComparison(useFollowingSelection())?.counts ?? null;
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
