/** Window arithmetic shared by the full and the incremental selection: what meets a window, in which phase. */
import type { IndexedDataset, IndexedPhase, IndexedTie, Interval } from "@/lib/dataset/indexed";

/** A visible tie with the phase in force in the window (the latest one that meets it), if it has phases. */
export interface VisibleTie {
  indexed: IndexedTie;
  phase: IndexedPhase | null;
  /** The sentiment in force: the phase's, else the tie's own. */
  sentiment: number;
  /** Its sentiment changes inside the window: phases of different sentiment both meet it. */
  turns: boolean;
}

/** True when the interval meets the inclusive window [from, to]. */
export function intersects(interval: Interval, from: number, to: number): boolean {
  return interval.start <= to && interval.end >= from;
}

/** The phase in force for a window: the latest phase that meets it; null when no phase does. */
export function phaseInForce(tie: IndexedTie, from: number, to: number): IndexedPhase | null {
  for (let i = tie.phases.length - 1; i >= 0; i--) {
    if (intersects(tie.phases[i]!, from, to)) return tie.phases[i]!;
  }
  return null;
}

/** Whether a tie is visible in the window, and with which phase. */
export function tieInWindow(tie: IndexedTie, from: number, to: number): VisibleTie | null {
  if (!intersects(tie, from, to)) return null;
  if (tie.phases.length === 0) return { indexed: tie, phase: null, sentiment: tie.tie.sentiment, turns: false };
  const phase = phaseInForce(tie, from, to);
  if (!phase) return null;
  const sentiment = phase.phase.sentiment;
  const turns = tie.phases.some((p) => p.phase.sentiment !== sentiment && intersects(p, from, to));
  return { indexed: tie, phase, sentiment, turns };
}

/**
 * A tie with no day anywhere (no span, no dated phase) says nothing about when: it is shown only between
 * actors that are in the window by their own events or dated ties, so it never holds an actor in the window
 * (except in a network without any day, which is shown whole: see isStaticNetwork).
 */
export function isTimeless(tie: IndexedTie): boolean {
  if (Number.isFinite(tie.start) || Number.isFinite(tie.end)) return false;
  return tie.phases.every((p) => !Number.isFinite(p.start) && !Number.isFinite(p.end));
}

const staticNetworks = new WeakMap<IndexedDataset, boolean>();

/**
 * A dataset with no day anywhere (no dated event, no tie with a span or a dated phase): a network without
 * time, such as a Kumu map or a Gephi file without spells. The window rule above would show nothing of it, so
 * it is shown whole in every window: every actor, and every tie. A theme filter keeps the actors of the ties
 * that pass it.
 */
export function isStaticNetwork(index: IndexedDataset): boolean {
  let known = staticNetworks.get(index);
  if (known === undefined) staticNetworks.set(index, (known = index.events.every((e) => !e.dated) && index.ties.every(isTimeless)));
  return known;
}
