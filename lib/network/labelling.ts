/**
 * Which actors get a label, and how urgently. Always: the selected actor, the hovered or focused one, and
 * what the selection brings into focus (the selected actor's neighbours, an event's actors, a tie's ends);
 * these may sit away from their node with a leader line (`placeLabels`). The rest compete by importance in
 * the window (visible ties; the most connected may cover other nodes or take a short leader line), dimmed
 * ones after the others, and placement drops whatever would overlap, so zooming in (which spreads the nodes
 * apart) reveals more of them. Only actors on (or at the edge of) the stage are offered, at most a number
 * that grows with the stage, so a huge network costs no more per frame than a small one.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { Focus } from "@/lib/highlight";
import type { LabelCandidate } from "./labels";
import type { Projection } from "./project";

/** Labels from this priority up (the selected and the pointed actor, and what the selection brings into focus) must be shown. */
export const MUST_LABEL_FROM = 500;

/** Labels from this priority up (the prominent ones, and those that must be shown) may cover other nodes when no free spot is left. */
export const COVER_NODES_FROM = 300;

/**
 * The most connected actors in view are prominent: labelled before the rest, over other nodes or with a
 * leader line if they must. One per this many square pixels of the stage, within `PROMINENT_RANGE`.
 */
export const PIXELS_PER_PROMINENT = 13_000;

/** See `PIXELS_PER_PROMINENT`. */
export const PROMINENT_RANGE: readonly [number, number] = [10, 40];

/** Labels from this priority up (the prominent ones too) may sit away from their node with a leader line. */
export const LEADERS_FROM = 300;

/** One ranked label competes per this many square pixels of the stage (so a huge network never offers thousands). */
export const PIXELS_PER_RANKED_LABEL = 2500;

/** Room around the stage in which a node may still get a label (its label may reach into the stage). */
const MARGIN = 24;

/** Label candidates for a projection drawn in a `frame`-sized stage. */
export function labelCandidates(projection: Projection, focus: Focus, pointed: ActorId | null, frame: { width: number; height: number }): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const ranked: Array<{ p: Projection["nodes"][number]; priority: number }> = [];
  for (const p of projection.nodes) {
    const { node, sx, sy } = p;
    let priority: number;
    if (node.id === focus.selectedActor) priority = 1000;
    else if (node.id === pointed) priority = 900;
    else if (focus.active && focus.actors.has(node.id)) priority = MUST_LABEL_FROM + Math.min(node.degree, 399);
    else {
      // Off the stage: it could not be labelled anyway.
      if (sx < -MARGIN || sy < -MARGIN || sx > frame.width + MARGIN || sy > frame.height + MARGIN) continue;
      // By importance in the window; dimmed actors (outside the focus) only where room is left.
      const importance = Math.min(node.degree, 99) + (node.actor.kind === "state" ? 0.5 : 0);
      ranked.push({ p, priority: node.emphasis === "dimmed" ? importance : 100 + importance });
      continue;
    }
    out.push(candidate(p, priority));
  }
  ranked.sort((a, b) => b.priority - a.priority || (a.p.node.id < b.p.node.id ? -1 : 1));
  const area = frame.width * frame.height;
  const budget = Math.max(20, Math.ceil(area / PIXELS_PER_RANKED_LABEL));
  const prominent = Math.min(PROMINENT_RANGE[1], Math.max(PROMINENT_RANGE[0], Math.round(area / PIXELS_PER_PROMINENT)));
  for (let i = 0; i < Math.min(budget, ranked.length); i++) {
    const { p, priority } = ranked[i]!;
    // The most connected bright actors are prominent: first, and allowed over nodes and leader lines.
    out.push(candidate(p, i < prominent && priority >= 100 ? priority + 200 : priority));
  }
  return out;
}

function candidate({ node, sx, sy, r }: Projection["nodes"][number], priority: number): LabelCandidate {
  return { id: node.id, text: node.actor.name, x: sx, y: sy, r, priority, bold: node.actor.kind === "state" || priority >= 900 };
}
