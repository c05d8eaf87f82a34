/**
 * Figures the incremental selection knows about the visible actors it lists (the window tracker counted them as
 * it went), kept beside the list. The drawing worker's packer reads them rather than looking each actor up by id:
 * at 10k, a thousand lookups in two maps for each picture. A module of its own, so the worker's code does not
 * take in the selection's.
 */
import type { Actor } from "@/lib/dataset/schema";

/** For each of a list of visible actors: its position in the dataset's actor list, and its visible ties. */
export interface ActorFigures {
  positions: Int32Array;
  degrees: Int32Array;
}

const figures = new WeakMap<readonly Actor[], ActorFigures>();

/** Keeps `of` for the list `actors` (neither changes afterwards). */
export function keepActorFigures(actors: readonly Actor[], of: ActorFigures): void {
  figures.set(actors, of);
}

/** The figures kept for `actors`, or undefined for a list the incremental selection did not make. */
export function actorFiguresOf(actors: readonly Actor[]): ActorFigures | undefined {
  return figures.get(actors);
}
