/**
 * The scene: what the renderers draw, derived purely from the selection, the focus and the positions.
 * Positions come from the layout of the whole dataset (with pins on top), never from the selection,
 * so moving the window only shows, hides or fades marks; nothing moves.
 */
import type { ActorId, TieId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import { actorEmphasis, tieEmphasis, type Emphasis, type Focus } from "@/lib/highlight";
import type { Selection, VisibleTie } from "@/lib/select";
import {
  emphasisOrder,
  hitSize,
  KIND_SHAPE,
  nodeRadius,
  sizeFactor,
  tieStyle,
  visibleDegrees,
  type NodeShape,
  type TieStyle,
} from "./encoding";
import type { Point, Positions } from "./layout";

/** A visible actor as drawn (x, y in layout space). */
export interface SceneNode {
  actor: Actor;
  id: ActorId;
  x: number;
  y: number;
  r: number;
  shape: NodeShape;
  emphasis: Emphasis;
  /** Visible ties of the actor (what its size encodes). */
  degree: number;
  /** Side of its button: fixed per actor, so its box does not change with the window. */
  hit: number;
  pinned: boolean;
}

/** A visible tie as drawn. `lane` spreads parallel ties between one pair (0 = straight). */
export interface SceneTie {
  id: TieId;
  visible: VisibleTie;
  source: SceneNode;
  target: SceneNode;
  style: TieStyle;
  emphasis: Emphasis;
  lane: number;
}

/** Everything the renderers draw: nodes in drawing order, ties in drawing order, and faint ghosts of hidden actors. */
export interface Scene {
  nodes: SceneNode[];
  nodeById: Map<ActorId, SceneNode>;
  ties: SceneTie[];
  ghosts: Array<{ id: ActorId } & Point>;
}

/** Above this many ties in the dataset, unemphasised ties are drawn lighter. */
export const CROWDED_TIES = 1000;

/** Input of `buildScene`. */
export interface SceneInput {
  index: IndexedDataset;
  selection: Selection;
  focus: Focus;
  layout: Positions;
  pinned: Positions;
  /** Draw hidden actors as faint marks (they keep the picture's shape while the window moves). */
  ghosts?: boolean;
}

/** What a scene needs per dataset that never changes with the window: computed once per index. */
interface Fixed {
  factor: number;
  crowded: boolean;
  hit: Map<ActorId, number>;
  /** Unordered pair of each tie, so parallel ties can share lanes. */
  pair: Map<TieId, string>;
}

const fixedByIndex = new WeakMap<IndexedDataset, Fixed>();

function fixedOf(index: IndexedDataset): Fixed {
  let fixed = fixedByIndex.get(index);
  if (!fixed) {
    const factor = sizeFactor(index.dataset.actors.length);
    fixed = {
      factor,
      crowded: index.ties.length > CROWDED_TIES,
      hit: new Map(index.dataset.actors.map((a) => [a.id, hitSize(index.tiesByActor.get(a.id)?.length ?? 0, factor)])),
      pair: new Map(
        index.ties.map(({ tie }) => [tie.id, tie.source < tie.target ? `${tie.source}|${tie.target}` : `${tie.target}|${tie.source}`]),
      ),
    };
    fixedByIndex.set(index, fixed);
  }
  return fixed;
}

/** Builds the scene for the current selection. Pure (a per-dataset cache aside). */
export function buildScene({ index, selection, focus, layout, pinned, ghosts = true }: SceneInput): Scene {
  const degrees = visibleDegrees(selection.ties);
  const { factor, crowded, hit, pair } = fixedOf(index);
  const nodes: SceneNode[] = [];
  for (const actor of selection.actors) {
    const p = pinned.get(actor.id) ?? layout.get(actor.id);
    if (!p) continue;
    const degree = degrees.get(actor.id) ?? 0;
    nodes.push({
      actor,
      id: actor.id,
      x: p.x,
      y: p.y,
      r: nodeRadius(degree, factor),
      shape: KIND_SHAPE[actor.kind],
      emphasis: actorEmphasis(actor.id, focus),
      degree,
      hit: hit.get(actor.id) ?? 24,
      pinned: pinned.has(actor.id),
    });
  }
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  // Parallel ties between one pair fan out into lanes around the straight line.
  const pairs = new Map<string, VisibleTie[]>();
  for (const visible of selection.ties) {
    const key = pair.get(visible.indexed.tie.id)!;
    const list = pairs.get(key);
    if (list) list.push(visible);
    else pairs.set(key, [visible]);
  }
  const ties: SceneTie[] = [];
  for (const list of pairs.values()) {
    list.forEach((visible, i) => {
      const { tie } = visible.indexed;
      const source = nodeById.get(tie.source);
      const target = nodeById.get(tie.target);
      if (!source || !target) return;
      const emphasis = tieEmphasis(tie, focus);
      ties.push({ id: tie.id, visible, source, target, style: tieStyle(visible, emphasis, crowded), emphasis, lane: i - (list.length - 1) / 2 });
    });
  }
  // Without a focus everything is "normal": the order is already right.
  if (focus.active) {
    ties.sort((a, b) => emphasisOrder(a.emphasis) - emphasisOrder(b.emphasis));
    nodes.sort((a, b) => emphasisOrder(a.emphasis) - emphasisOrder(b.emphasis));
  }

  const ghostMarks: Scene["ghosts"] = [];
  if (ghosts) {
    for (const actor of index.dataset.actors) {
      if (selection.actorIds.has(actor.id)) continue;
      const p = pinned.get(actor.id) ?? layout.get(actor.id);
      if (p) ghostMarks.push({ id: actor.id, x: p.x, y: p.y });
    }
  }
  return { nodes, nodeById, ties, ghosts: ghostMarks };
}
