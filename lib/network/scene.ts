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
import type { Selection, VisibleTie } from "@/lib/select";
import {
  emphasisOrder,
  hitSize,
  kindShape,
  nodeRadius,
  otherKindColor,
  sizeFactor,
  tieStyle,
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
  /** With Compare on: what changed since the compare window (lost ties and actors are drawn too). */
  comparison?: Comparison | null;
  /** What node size encodes instead of visible ties ("Size by"), on the same scale; null: ties. */
  sizes?: ReadonlyMap<string, number> | null;
}

/** What a scene needs per dataset that never changes with the window: computed once per index. */
interface Fixed {
  factor: number;
  crowded: boolean;
  hit: Map<ActorId, number>;
  /** For ties that share their pair of actors with other ties: a number per unordered pair, so they can share lanes. */
  sharedPair: Map<TieId, number>;
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
      sharedPair: sharedPairs(index),
    };
    fixedByIndex.set(index, fixed);
  }
  return fixed;
}

function sharedPairs(index: IndexedDataset): Map<TieId, number> {
  const byPair = new Map<string, TieId[]>();
  for (const { tie } of index.ties) {
    const key = tie.source < tie.target ? `${tie.source}|${tie.target}` : `${tie.target}|${tie.source}`;
    const list = byPair.get(key);
    if (list) list.push(tie.id);
    else byPair.set(key, [tie.id]);
  }
  const shared = new Map<TieId, number>();
  let n = 0;
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    for (const id of list) shared.set(id, n);
    n++;
  }
  return shared;
}

/** Builds the scene for the current selection. Pure (a per-dataset cache aside). */
export function buildScene(input: SceneInput): Scene {
  return reuseFrom(null, new WeakMap(), newStepMemory(), input);
}

/**
 * What a builder remembers to tell which ties turned since the previous window: the sentiment it last drew
 * each tie with, and for the current selection, the ties whose sentiment differs from that.
 */
interface StepMemory {
  sentiment: Map<TieId, number>;
  selection: Selection | null;
  turned: Set<TieId>;
}

const newStepMemory = (): StepMemory => ({ sentiment: new Map(), selection: null, turned: new Set() });

/**
 * A scene builder that keeps what did not change: a node or tie whose inputs are the same as in the previous
 * scene is the previous object, and a scene in which nothing changed is the previous scene. A scrub step
 * that moves a few ties past the window's edges then re-renders (or redraws) only what it changed.
 */
export function createSceneBuilder(): (input: SceneInput) => Scene {
  let previous: Scene | null = null;
  // Scene ties by the visible tie they draw: the selection keeps a visible tie's object while its phase
  // holds, and entries of ties that left go with their objects.
  const byVisible = new WeakMap<VisibleTie, SceneTie>();
  const memory = newStepMemory();
  return (input) => (previous = reuseFrom(previous, byVisible, memory, input));
}

/**
 * The ties of `selection` whose sentiment differs from the one they were last drawn with. The selection keeps
 * a visible tie's object while its phase holds, so only ties it made anew (entering, or in another phase) are
 * looked at: a scrub step costs what it changed. Re-rendering the same selection (a hover, a focus) keeps the set.
 */
function turnedSinceStep(memory: StepMemory, selection: Selection, byVisible: WeakMap<VisibleTie, SceneTie>): Set<TieId> {
  if (memory.selection === selection) return memory.turned;
  const turned = new Set<TieId>();
  for (const visible of selection.ties) {
    if (byVisible.has(visible)) continue;
    const id = visible.indexed.tie.id;
    const before = memory.sentiment.get(id);
    if (before !== undefined && before !== visible.sentiment) turned.add(id);
    memory.sentiment.set(id, visible.sentiment);
  }
  memory.selection = selection;
  memory.turned = turned;
  return turned;
}

function sameNode(n: SceneNode, actor: Actor, p: Point, degree: number, r: number, emphasis: Emphasis, pinned: boolean, change: ActorChange | null): boolean {
  return n.actor === actor && n.x === p.x && n.y === p.y && n.degree === degree && n.r === r && n.emphasis === emphasis && n.pinned === pinned && n.change === change;
}

function reuseFrom(previous: Scene | null, byVisible: WeakMap<VisibleTie, SceneTie>, memory: StepMemory, input: SceneInput): Scene {
  const { index, selection, focus, layout, pinned, ghosts = true, comparison = null, sizes = null } = input;
  const turnedNow = turnedSinceStep(memory, selection, byVisible);
  const { degrees } = selection;
  const { factor, crowded, hit, sharedPair } = fixedOf(index);
  let changed = previous === null;
  const nodes: SceneNode[] = [];
  // With Compare on, the actors and ties of the compare window only are drawn too, marked as lost.
  const actors = comparison && comparison.lostActors.length ? [...selection.actors, ...comparison.lostActors] : selection.actors;
  const visibleTies = comparison && comparison.lostTies.length ? [...selection.ties, ...comparison.lostTies] : selection.ties;
  for (const actor of actors) {
    const p = pinned.get(actor.id) ?? layout.get(actor.id);
    if (!p) continue;
    const degree = degrees.get(actor.id) ?? 0;
    const emphasis = actorEmphasis(actor.id, focus);
    const isPinned = pinned.has(actor.id);
    const change = comparison?.actors.get(actor.id) ?? null;
    const r = nodeRadius(sizes ? (sizes.get(actor.id) ?? 0) : degree, factor);
    const before = previous?.nodeById.get(actor.id);
    if (before && sameNode(before, actor, p, degree, r, emphasis, isPinned, change)) {
      nodes.push(before);
      continue;
    }
    changed = true;
    nodes.push({
      actor,
      id: actor.id,
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
    });
  }
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  // Parallel ties between one pair fan out into lanes around the straight line: count the visible ones of
  // each shared pair first (most pairs have a single tie and need no counting).
  const visibleInPair = new Map<number, number>();
  for (const visible of visibleTies) {
    const p = sharedPair.get(visible.indexed.tie.id);
    if (p !== undefined) visibleInPair.set(p, (visibleInPair.get(p) ?? 0) + 1);
  }
  const placedInPair = new Map<number, number>();
  const ties: SceneTie[] = [];
  for (const visible of visibleTies) {
    const { tie } = visible.indexed;
    const source = nodeById.get(tie.source);
    const target = nodeById.get(tie.target);
    if (!source || !target) continue;
    const p = sharedPair.get(tie.id);
    let lane = 0;
    if (p !== undefined) {
      const i = placedInPair.get(p) ?? 0;
      placedInPair.set(p, i + 1);
      lane = i - ((visibleInPair.get(p) ?? 1) - 1) / 2;
    }
    const emphasis = tieEmphasis(tie, focus);
    const change = comparison?.ties.get(tie.id) ?? null;
    const turned = visible.turns || turnedNow.has(tie.id);
    const before = byVisible.get(visible);
    if (before && before.source === source && before.target === target && before.emphasis === emphasis && before.lane === lane && before.change === change && before.turned === turned) {
      ties.push(before);
      continue;
    }
    changed = true;
    const made: SceneTie = { id: tie.id, visible, source, target, style: tieStyle(visible, emphasis, crowded, change), emphasis, lane, change, turned };
    byVisible.set(visible, made);
    ties.push(made);
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
    for (const actor of index.dataset.actors) {
      if (selection.actorIds.has(actor.id) || comparison?.actors.get(actor.id) === "lost") continue;
      const p = pinned.get(actor.id) ?? layout.get(actor.id);
      if (p) ghostMarks.push({ id: actor.id, x: p.x, y: p.y });
    }
  }
  return { nodes, nodeById, ties, ghosts: ghostMarks };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
