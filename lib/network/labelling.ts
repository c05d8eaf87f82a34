/**
 * Which actors get a label, and how urgently: the selected actor, then the hovered or focused one,
 * then the selected actor's neighbours, then states and hubs; everyone else only when zoomed in. Placement
 * (`placeLabels`) then drops whatever would overlap.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { Focus } from "@/lib/highlight";
import type { LabelCandidate } from "./labels";
import type { Projection } from "./project";

/** Labels from this priority up (states, neighbours, the selected and the pointed actor) may cover other nodes if they must. */
export const COVER_NODES_FROM = 300;

/** Actors with at least this many visible ties count as hubs and are labelled like states. */
export const HUB_DEGREE = 6;

/** Zoom from which every visible actor may be labelled, not just the prominent ones. */
export const LABEL_ALL_FROM_SCALE = 1.3;

/** Label candidates for a projection. */
export function labelCandidates(projection: Projection, focus: Focus, pointed: ActorId | null, scale: number): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (const { node, sx, sy, r } of projection.nodes) {
    let priority: number;
    if (node.id === focus.selectedActor) priority = 1000;
    else if (node.id === pointed) priority = 900;
    else if (focus.active && focus.actors.has(node.id)) priority = 500 + node.degree;
    else if ((node.actor.kind === "state" || node.degree >= HUB_DEGREE) && node.emphasis !== "dimmed") priority = 300 + node.degree;
    else if (scale >= LABEL_ALL_FROM_SCALE && node.emphasis !== "dimmed") priority = 100 + node.degree;
    else continue;
    out.push({ id: node.id, text: node.actor.name, x: sx, y: sy, r, priority, bold: node.actor.kind === "state" || priority >= 900 });
  }
  return out;
}
