/**
 * The network part of a selection (visible ties with their phase, visible actors with their degree) packed into
 * typed arrays, and unpacked again against an index of the same dataset. This is how a held scrub's pictures
 * reach the drawing worker: a few integers per visible tie instead of the ties themselves, and the worker, which
 * holds its own index of the dataset's actors and ties, rebuilds the part the scene builder reads.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import type { NetworkPart, VisibleTie } from "@/lib/select";
import { actorFiguresOf } from "@/lib/selection/actorFigures";

export interface PackedNetwork {
  /** Visible ties by their order in the dataset, in the selection's order. */
  ties: Int32Array;
  /** For each of `ties`: the position of the phase in force in the tie's phases, or -1 for none. */
  phases: Int32Array;
  /** For each of `ties`: 1 when its sentiment turns inside the window. */
  turns: Uint8Array;
  /** Visible actors by their position in the dataset's actor list, in the selection's order. */
  actors: Int32Array;
  /** For each of `actors`: its visible ties (0 when it has none). */
  degrees: Int32Array;
}

const actorOrders = new WeakMap<IndexedDataset, Map<ActorId, number>>();

function actorOrderOf(index: IndexedDataset): Map<ActorId, number> {
  let orders = actorOrders.get(index);
  if (!orders) actorOrders.set(index, (orders = new Map(index.dataset.actors.map((a, i) => [a.id, i]))));
  return orders;
}

/** Packs the network part of a selection of `index`. */
export function packNetwork(index: IndexedDataset, part: NetworkPart): PackedNetwork {
  const n = part.ties.length;
  const ties = new Int32Array(n);
  const phases = new Int32Array(n);
  const turns = new Uint8Array(n);
  part.ties.forEach((visible, i) => {
    ties[i] = visible.indexed.order;
    phases[i] = visible.phase ? visible.indexed.phases.indexOf(visible.phase) : -1;
    turns[i] = visible.turns ? 1 : 0;
  });
  // Never changed once made, so they can be handed on as they are.
  const figures = actorFiguresOf(part.actors);
  if (figures) return { ties, phases, turns, actors: figures.positions, degrees: figures.degrees };
  const orders = actorOrderOf(index);
  const actors = new Int32Array(part.actors.length);
  const degrees = new Int32Array(part.actors.length);
  part.actors.forEach((actor, i) => {
    actors[i] = orders.get(actor.id) ?? -1;
    degrees[i] = part.degrees.get(actor.id) ?? 0;
  });
  return { ties, phases, turns, actors, degrees };
}

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

const samePacked = (a: PackedNetwork, b: PackedNetwork) =>
  sameArray(a.ties, b.ties) && sameArray(a.phases, b.phases) && sameArray(a.turns, b.turns) && sameArray(a.actors, b.actors) && sameArray(a.degrees, b.degrees);

/**
 * An unpacker for packs of `index`'s selections, one per step of the window. Like the selection, it keeps the
 * identities the scene builder relies on: a visible tie in the same phase is the same object as before, and a
 * pack equal to the previous one gives a new part (a new step) holding the previous lists, so a step that
 * changed nothing in the network costs no new scene.
 */
export function createNetworkUnpacker(index: IndexedDataset): (packed: PackedNetwork) => NetworkPart {
  const made: Array<VisibleTie | undefined> = new Array(index.ties.length);
  let previous: { packed: PackedNetwork; part: NetworkPart } | null = null;
  return (packed) => {
    if (previous?.packed === packed) return previous.part;
    if (previous && samePacked(previous.packed, packed)) {
      previous = { packed, part: { ...previous.part } };
      return previous.part;
    }
    const ties: VisibleTie[] = [];
    packed.ties.forEach((order, i) => {
      const indexed = index.ties[order];
      if (!indexed) return;
      const phase = indexed.phases[packed.phases[i]!] ?? null;
      const turns = packed.turns[i] === 1;
      let visible = made[order];
      if (!visible || visible.phase !== phase || visible.turns !== turns) {
        made[order] = visible = { indexed, phase, sentiment: phase ? phase.phase.sentiment : indexed.tie.sentiment, turns };
      }
      ties.push(visible);
    });
    const actors: Actor[] = [];
    const actorIds = new Set<ActorId>();
    const degrees = new Map<ActorId, number>();
    packed.actors.forEach((order, i) => {
      const actor = index.dataset.actors[order];
      if (!actor) return;
      actors.push(actor);
      actorIds.add(actor.id);
      if (packed.degrees[i]! > 0) degrees.set(actor.id, packed.degrees[i]!);
    });
    const part = { ties, actors, actorIds, degrees };
    previous = { packed, part };
    return part;
  };
}
