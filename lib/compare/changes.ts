/**
 * What changed between two windows: each tie is gained (visible in the main window only), lost (in the
 * compare window only), turned (in both, with a different sentiment in force) or unchanged; each actor
 * present in one window only is gained or lost. Pure, from two selections of the same theme filter.
 */
import type { ActorId, TieId } from "@/lib/dataset/ids";
import type { Actor } from "@/lib/dataset/schema";
import type { Selection, VisibleTie } from "@/lib/select";

export type TieChange = "gained" | "lost" | "turned" | "unchanged";
export type ActorChange = "gained" | "lost";

/** A tie that changed, for the Changes list: its sentiment in force before (compare) and after (main). */
export interface ChangedTie {
  change: Exclude<TieChange, "unchanged">;
  visible: VisibleTie;
  before: number | null;
  after: number | null;
}

/** The comparison of the main window with the compare window. */
export interface Comparison {
  /** The change of every tie visible in either window. */
  ties: Map<TieId, TieChange>;
  /** Ties visible in the compare window only (the network draws them although the main window hides them). */
  lostTies: VisibleTie[];
  /** Actors visible in one window only. */
  actors: Map<ActorId, ActorChange>;
  /** Actors visible in the compare window only, in the dataset's order. */
  lostActors: Actor[];
  /** Gained, then lost, then turned ties, each group in the dataset's order. */
  changed: ChangedTie[];
  counts: { gained: number; lost: number; turned: number };
}

/** The compare window's ties by id: built once per compare selection, which stays put while the main window scrubs. */
const tiesById = new WeakMap<Selection, Map<TieId, VisibleTie>>();
function byId(selection: Selection): Map<TieId, VisibleTie> {
  let map = tiesById.get(selection);
  if (!map) {
    map = new Map(selection.ties.map((visible) => [visible.indexed.tie.id, visible]));
    tiesById.set(selection, map);
  }
  return map;
}

/** Compares the main window's selection with the compare window's (same themes). */
export function compareSelections(main: Selection, other: Selection): Comparison {
  const before = byId(other);

  const ties = new Map<TieId, TieChange>();
  const gained: ChangedTie[] = [];
  const turned: ChangedTie[] = [];
  for (const visible of main.ties) {
    const id = visible.indexed.tie.id;
    const old = before.get(id);
    if (!old) {
      ties.set(id, "gained");
      gained.push({ change: "gained", visible, before: null, after: visible.sentiment });
    } else if (old.sentiment !== visible.sentiment) {
      ties.set(id, "turned");
      turned.push({ change: "turned", visible, before: old.sentiment, after: visible.sentiment });
    } else ties.set(id, "unchanged");
  }
  const lost: ChangedTie[] = [];
  const lostTies: VisibleTie[] = [];
  for (const visible of other.ties) {
    const id = visible.indexed.tie.id;
    if (ties.has(id)) continue;
    ties.set(id, "lost");
    lostTies.push(visible);
    lost.push({ change: "lost", visible, before: visible.sentiment, after: null });
  }

  const actors = new Map<ActorId, ActorChange>();
  for (const id of main.actorIds) if (!other.actorIds.has(id)) actors.set(id, "gained");
  const lostActors = other.actors.filter((actor) => !main.actorIds.has(actor.id));
  for (const actor of lostActors) actors.set(actor.id, "lost");

  return {
    ties,
    lostTies,
    actors,
    lostActors,
    changed: [...gained, ...lost, ...turned],
    counts: { gained: gained.length, lost: lost.length, turned: turned.length },
  };
}
