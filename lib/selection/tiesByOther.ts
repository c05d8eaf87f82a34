/** An actor's visible ties grouped by the actor at their other end (Details lists one item per other actor). */
import type { ActorId } from "@/lib/dataset/ids";
import type { VisibleTie } from "./window";

/** The ties between one actor and another, in the order they came. */
export interface TiesWith {
  other: ActorId;
  ties: VisibleTie[];
}

/**
 * The ties of `actor` among `ties`, grouped by the other actor: one group per other actor, groups in the order
 * of each one's first tie, ties within a group in their own order. Ties not touching `actor` are left out.
 */
export function tiesByOther(ties: readonly VisibleTie[], actor: ActorId): TiesWith[] {
  const groups = new Map<ActorId, TiesWith>();
  for (const t of ties) {
    const { source, target } = t.indexed.tie;
    if (source !== actor && target !== actor) continue;
    const other = source === actor ? target : source;
    const group = groups.get(other);
    if (group) group.ties.push(t);
    else groups.set(other, { other, ties: [t] });
  }
  return [...groups.values()];
}
