/**
 * The scene: what the renderers draw, derived purely from the selection, the focus and the positions.
 * Positions come from the layout of the whole dataset (with pins on top), never from the selection,
 * so moving the window only shows, hides or fades marks; nothing moves.
 */
import type { ActorChange, Comparison, TieChange } from "@/lib/compare/changes";
import type { ActorId, TieId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import { actorEmphasis, tieEmphasis, type Emphasis, type Focus } from "@/lib/highlight";
import type { NetworkPart, VisibleTie } from "@/lib/select";
import {
  emphasisOrder,
  hitSize,
  kindShape,
  nodeRadius,
  otherKindColor,
  sizeFactor,
  tieDensity,
  tieStyle,
  type NodeShape,
  type TieDensity,
  type TieStyle,
} from "./encoding";
import type { Point, Positions } from "./layout";

/** A visible actor as drawn (x, y in layout space). */
export interface SceneNode {
  actor: Actor;
  id: ActorId;
  /** The actor's position in the dataset's actor list: per-actor figures live in flat arrays indexed by it. */
  order: number;
  x: number;
  y: number;
  r: number;
  shape: NodeShape;
  /** The fill of a kind without its own colour (known kinds are coloured by CSS). */
  color: string | undefined;
  emphasis: Emphasis;
  /** Visible ties of the actor (what its size encodes). */
  degree: number;
  /** Side of its button: fixed per actor, so its box does not change with the window. */
  hit: number;
  pinned: boolean;
  /** When comparing two windows: whether the actor is in the main window only (gained) or the compare window only (lost). */
  change: ActorChange | null;
}

/** A visible tie as drawn. `lane` spreads parallel ties between one pair (0 = straight). */
export interface SceneTie {
  id: TieId;
  visible: VisibleTie;
  /**
   * Its ends. A tie kept from an earlier scene may hold the earlier node objects of its actors, at the same
   * place and size as now: read their ids, actors, positions and sizes here, and anything else from the scene's nodes.
   */
  source: SceneNode;
  target: SceneNode;
  style: TieStyle;
  emphasis: Emphasis;
  lane: number;
  /** When comparing two windows: how the tie changed. */
  change: TieChange | null;
  /**
   * Whether its sentiment turns: inside the window (a phase boundary in it), or since the previous window
   * (a scrub, Play or story step that moved it into another phase). Drawn heavier, over a band of its colour.
   */
  turned: boolean;
}

/** Everything the renderers draw: nodes in drawing order, ties in drawing order, and faint ghosts of hidden actors. */
export interface Scene {
  nodes: SceneNode[];
  nodeById: Map<ActorId, SceneNode>;
  ties: SceneTie[];
  ghosts: Array<{ id: ActorId } & Point>;
}

/** Input of `buildScene`. */
export interface SceneInput {
  index: IndexedDataset;
  /** The part of the selection a scene draws (a whole Selection will do). */
  selection: NetworkPart;
  focus: Focus;
  layout: Positions;
  pinned: Positions;
  /** Draw hidden actors as faint marks (they keep the picture's shape while the window moves). */
  ghosts?: boolean;
  /** With Compare on: what changed since the compare window (lost ties and actors are drawn too). */
  comparison?: Comparison | null;
  /** What node size encodes instead of visible ties ("Size by"), on the same scale; null: ties. */
  sizes?: ReadonlyMap<string, number> | null;
}

/**
 * What a scene needs per dataset that never changes with the window: computed once per index. Per-tie figures
 * are flat arrays indexed by the tie's `order` and actors by their position, so the per-tie loops of a scrub
 * step read arrays instead of hashing ids.
 */
interface Fixed {
  factor: number;
  density: TieDensity;
  hit: Map<ActorId, number>;
  actorOrder: Map<ActorId, number>;
  /** Each tie's source and target as actor positions (-1: an actor the dataset does not have). */
  tieSource: Int32Array;
  tieTarget: Int32Array;
  /** For ties that share their pair of actors with other ties: a number per unordered pair, so they can share lanes (-1: none). */
  sharedPair: Int32Array;
  pairs: number;
}

const fixedByIndex = new WeakMap<IndexedDataset, Fixed>();

function fixedOf(index: IndexedDataset): Fixed {
  let fixed = fixedByIndex.get(index);
  if (!fixed) {
    const factor = sizeFactor(index.dataset.actors.length);
    const actorOrder = new Map(index.dataset.actors.map((a, i) => [a.id, i]));
    const { sharedPair, pairs } = sharedPairs(index);
    fixed = {
      factor,
      density: tieDensity(index.ties.length),
      hit: new Map(index.dataset.actors.map((a) => [a.id, hitSize(index.tiesByActor.get(a.id)?.length ?? 0, factor)])),
      actorOrder,
      tieSource: Int32Array.from(index.ties, ({ tie }) => actorOrder.get(tie.source) ?? -1),
      tieTarget: Int32Array.from(index.ties, ({ tie }) => actorOrder.get(tie.target) ?? -1),
      sharedPair,
      pairs,
    };
    fixedByIndex.set(index, fixed);
  }
  return fixed;
}

function sharedPairs(index: IndexedDataset): { sharedPair: Int32Array; pairs: number } {
  const byPair = new Map<string, number[]>();
  for (const { tie, order } of index.ties) {
    const key = tie.source < tie.target ? `${tie.source}|${tie.target}` : `${tie.target}|${tie.source}`;
    const list = byPair.get(key);
    if (list) list.push(order);
    else byPair.set(key, [order]);
  }
  const sharedPair = new Int32Array(index.ties.length).fill(-1);
  let pairs = 0;
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    for (const order of list) sharedPair[order] = pairs;
    pairs++;
  }
  return { sharedPair, pairs };
}

/** Builds the scene for the current selection. Pure (a per-dataset cache aside). */
export function buildScene(input: SceneInput): Scene {
  return reuseFrom(null, newMemory(input.index), input);
}

/**
 * What a builder remembers between scenes, by tie order: the scene tie it last made for each tie (kept while
 * its visible tie, the selection's object, is the same), and the sentiment it last drew each tie with, to tell
 * which ties turned since the previous window; for the current selection, the ties whose sentiment differs.
 */
interface Memory {
  index: IndexedDataset;
  made: Array<SceneTie | undefined>;
  sentiment: Float64Array;
  selection: NetworkPart | null;
  turned: Set<TieId>;
  /** Ghost marks by actor position: the same object while the actor stays where it is, so projections can keep theirs. */
  ghosts: Array<Scene["ghosts"][number] | undefined>;
}

function newMemory(index: IndexedDataset): Memory {
  const ties = index.ties.length;
  return { index, made: new Array(ties), sentiment: new Float64Array(ties).fill(NaN), selection: null, turned: new Set(), ghosts: [] };
}

/**
 * A scene builder that keeps what did not change: a node or tie whose inputs are the same as in the previous
 * scene is the previous object, and a scene in which nothing changed is the previous scene. A scrub step
 * that moves a few ties past the window's edges then re-renders (or redraws) only what it changed.
 */
export function createSceneBuilder(): (input: SceneInput) => Scene {
  let previous: Scene | null = null;
  let memory: Memory | null = null;
  let last: SceneInput | null = null;
  return (input) => {
    if (memory?.index !== input.index) {
      memory = newMemory(input.index);
      previous = null;
    }
    // The selection keeps its network part while the network does not change (a scrub step that moved only
    // events): with everything else the same, so is the scene, unless ties marked as turned at the previous
    // step must now lose their mark.
    if (previous && last && memory.turned.size === 0 && sameNetworkInput(last, input)) {
      memory.selection = input.selection;
      last = input;
      return previous;
    }
    last = input;
    return (previous = reuseFrom(previous, memory, input));
  };
}

function sameNetworkInput(a: SceneInput, b: SceneInput): boolean {
  const s = a.selection;
  const t = b.selection;
  return (
    s.ties === t.ties &&
    s.actors === t.actors &&
    s.degrees === t.degrees &&
    a.focus === b.focus &&
    a.layout === b.layout &&
    a.pinned === b.pinned &&
    (a.ghosts ?? true) === (b.ghosts ?? true) &&
    (a.comparison ?? null) === (b.comparison ?? null) &&
    (a.sizes ?? null) === (b.sizes ?? null)
  );
}

/**
 * The ties of `selection` whose sentiment differs from the one they were last drawn with. The selection keeps
 * a visible tie's object while its phase holds, so only ties it made anew (entering, or in another phase) are
 * looked at. Re-rendering the same selection (a hover, a focus) keeps the set.
 */
function turnedSinceStep(memory: Memory, selection: NetworkPart): Set<TieId> {
  if (memory.selection === selection) return memory.turned;
  const turned = new Set<TieId>();
  for (const visible of selection.ties) {
    const order = visible.indexed.order;
    if (memory.made[order]?.visible === visible) continue;
    const before = memory.sentiment[order]!;
    if (!Number.isNaN(before) && before !== visible.sentiment) turned.add(visible.indexed.tie.id);
    memory.sentiment[order] = visible.sentiment;
  }
  memory.selection = selection;
  memory.turned = turned;
  return turned;
}

function sameNode(n: SceneNode, actor: Actor, p: Point, degree: number, r: number, emphasis: Emphasis, pinned: boolean, change: ActorChange | null): boolean {
  return n.actor === actor && n.x === p.x && n.y === p.y && n.degree === degree && n.r === r && n.emphasis === emphasis && n.pinned === pinned && n.change === change;
}

function reuseFrom(previous: Scene | null, memory: Memory, input: SceneInput): Scene {
  const { index, selection, focus, layout, pinned, ghosts = true, comparison = null, sizes = null } = input;
  const turnedNow = turnedSinceStep(memory, selection);
  const { degrees } = selection;
  const { factor, density, hit, actorOrder, tieSource, tieTarget, sharedPair, pairs } = fixedOf(index);
  let changed = previous === null;
  const nodes: SceneNode[] = [];
  const nodeAt: Array<SceneNode | undefined> = new Array(index.dataset.actors.length);
  // With Compare on, the actors and ties of the compare window only are drawn too, marked as lost.
  const actors = comparison && comparison.lostActors.length ? [...selection.actors, ...comparison.lostActors] : selection.actors;
  const visibleTies = comparison && comparison.lostTies.length ? [...selection.ties, ...comparison.lostTies] : selection.ties;
  for (const actor of actors) {
    const p = pinned.get(actor.id) ?? layout.get(actor.id);
    const order = actorOrder.get(actor.id);
    if (!p || order === undefined) continue;
    const degree = degrees.get(actor.id) ?? 0;
    const emphasis = actorEmphasis(actor.id, focus);
    const isPinned = pinned.has(actor.id);
    const change = comparison?.actors.get(actor.id) ?? null;
    const r = nodeRadius(sizes ? (sizes.get(actor.id) ?? 0) : degree, factor);
    const before = previous?.nodeById.get(actor.id);
    let node: SceneNode;
    if (before && sameNode(before, actor, p, degree, r, emphasis, isPinned, change)) node = before;
    else {
      changed = true;
      node = {
        actor,
        id: actor.id,
        order,
        x: p.x,
        y: p.y,
        r,
        shape: kindShape(actor.kind),
        color: otherKindColor(actor.kind, index.dataset.actors),
        emphasis,
        degree,
        hit: hit.get(actor.id) ?? 24,
        pinned: isPinned,
        change,
      };
    }
    nodes.push(node);
    nodeAt[order] = node;
  }
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  // Parallel ties between one pair fan out into lanes around the straight line: count the visible ones of
  // each shared pair first (most pairs have a single tie and need no counting).
  const inPair = pairs ? new Uint16Array(pairs) : null;
  const placedInPair = pairs ? new Uint16Array(pairs) : null;
  if (inPair) {
    for (const visible of visibleTies) {
      const pair = sharedPair[visible.indexed.order]!;
      if (pair >= 0) inPair[pair]!++;
    }
  }
  const ties: SceneTie[] = [];
  const { made } = memory;
  for (const visible of visibleTies) {
    const { tie, order } = visible.indexed;
    const source = nodeAt[tieSource[order]!];
    const target = nodeAt[tieTarget[order]!];
    if (!source || !target) continue;
    const pair = sharedPair[order]!;
    let lane = 0;
    if (pair >= 0 && inPair && placedInPair) lane = placedInPair[pair]!++ - (inPair[pair]! - 1) / 2;
    const emphasis = focus.active ? tieEmphasis(tie, focus) : "normal";
    const change = comparison?.ties.get(tie.id) ?? null;
    const turned = visible.turns || (turnedNow.size > 0 && turnedNow.has(tie.id));
    const before = made[order];
    if (
      before &&
      before.visible === visible &&
      sameSpot(before.source, source) &&
      sameSpot(before.target, target) &&
      before.emphasis === emphasis &&
      before.lane === lane &&
      before.change === change &&
      before.turned === turned
    ) {
      ties.push(before);
      continue;
    }
    changed = true;
    const next: SceneTie = { id: tie.id, visible, source, target, style: tieStyle(visible, emphasis, density, change), emphasis, lane, change, turned };
    made[order] = next;
    ties.push(next);
  }
  // Without a focus everything is "normal": the order is already right.
  if (focus.active) {
    ties.sort((a, b) => emphasisOrder(a.emphasis) - emphasisOrder(b.emphasis));
    nodes.sort((a, b) => emphasisOrder(a.emphasis) - emphasisOrder(b.emphasis));
  }
  const drawn = selection.actorIds.size + (comparison?.lostActors.length ?? 0);
  if (!changed && previous && sameItems(previous.nodes, nodes) && sameItems(previous.ties, ties) && previous.ghosts.length === index.dataset.actors.length - drawn) {
    return previous;
  }

  const ghostMarks: Scene["ghosts"] = [];
  if (ghosts) {
    index.dataset.actors.forEach((actor, order) => {
      if (selection.actorIds.has(actor.id) || comparison?.actors.get(actor.id) === "lost") return;
      const p = pinned.get(actor.id) ?? layout.get(actor.id);
      if (!p) return;
      let ghost = memory.ghosts[order];
      if (ghost?.x !== p.x || ghost.y !== p.y) memory.ghosts[order] = ghost = { id: actor.id, x: p.x, y: p.y };
      ghostMarks.push(ghost);
    });
  }
  return { nodes, nodeById, ties, ghosts: ghostMarks };
}

/**
 * Whether a tie's end (always the same actor) is where it was and as large: then the tie keeps its object even
 * though the node is new (its degree or emphasis changed), and so keeps its projected curve. Most of a large
 * network's ties end at hubs, whose degree changes at nearly every scrub step while their size, capped, does not.
 */
function sameSpot(before: SceneNode, now: SceneNode): boolean {
  return before === now || (before.x === now.x && before.y === now.y && before.r === now.r);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
