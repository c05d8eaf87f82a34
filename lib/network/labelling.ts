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

/** At most this many states and hubs compete for labels (the most connected first) when zoomed out. */
export const MAX_PROMINENT = 40;

/** Label candidates for a projection. */
export function labelCandidates(projection: Projection, focus: Focus, pointed: ActorId | null, scale: number): LabelCandidate[] {
  const zoomedIn = scale >= LABEL_ALL_FROM_SCALE;
  // In a large network only the most connected states and hubs are labelled until the reader zooms in.
  const prominent = projection.nodes
    .filter(({ node }) => (node.actor.kind === "state" || node.degree >= HUB_DEGREE) && node.emphasis !== "dimmed")
    .sort((a, b) => b.node.degree - a.node.degree || (a.node.id < b.node.id ? -1 : 1));
  const prominentIds = new Set((zoomedIn ? prominent : prominent.slice(0, MAX_PROMINENT)).map((p) => p.node.id));
  const out: LabelCandidate[] = [];
  for (const { node, sx, sy, r } of projection.nodes) {
    let priority: number;
    if (node.id === focus.selectedActor) priority = 1000;
    else if (node.id === pointed) priority = 900;
    else if (focus.active && focus.actors.has(node.id)) priority = 500 + node.degree;
    else if (prominentIds.has(node.id)) priority = 300 + node.degree;
    else if (zoomedIn && node.emphasis !== "dimmed") priority = 100 + node.degree;
    else continue;
    out.push({ id: node.id, text: node.actor.name, x: sx, y: sy, r, priority, bold: node.actor.kind === "state" || priority >= 900 });
  }
  return out;
}
