/**
 * The selection of a theme scope, kept up to date as the window moves. An item's visibility changes only
 * when a window edge crosses one of its boundary days, so a step re-examines just the items with a boundary
 * between the old and the new edge (found by binary search in the scope's sorted days), and counts each
 * actor's visible items so the visible actors need no pass over every event. The result equals a full
 * computation for any window (tests/unit/lib/select-incremental.test.ts checks this on random windows).
 */
import type { ActorId, ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset, IndexedEvent } from "@/lib/dataset/indexed";
import { lowerBound } from "@/lib/math";
import type { SortedDays, ThemeScope } from "./scope";
import { isStaticNetwork, isTimeless, tieInWindow, type VisibleTie } from "./window";

/** Visibility of a scope's items for one window; `update` moves it to another. */
export interface WindowTracker {
  readonly from: number;
  readonly to: number;
  /** Whether each of the scope's dated events is in the window. */
  readonly eventIn: Uint8Array;
  /** Each of the scope's ties as visible (with its phase in force), or null. */
  readonly ties: ReadonlyArray<VisibleTie | null>;
  /** Visible items that put an actor in the window (events and dated ties), by the actor's position in the dataset. */
  readonly actorItems: Int32Array;
  /** Visible ties per actor (its degree in the window), by the actor's position in the dataset. */
  readonly actorTies: Int32Array;
  /** Events in the window per theme, by the theme's position in the dataset. */
  readonly themeEvents: Int32Array;
  /** The scope's dated events in the window. */
  readonly eventCount: number;
  /**
   * Counts changes of the network (a tie shown, hidden or in another phase; an actor entering or leaving the
   * window): while it stays the same, the visible ties, actors and degrees are the same as before.
   */
  readonly networkVersion: number;
  update(from: number, to: number): void;
}

/** Positions in `sorted` whose day lies in [lo, hi) (lo inclusive) or (lo, hi] (`openLow`). */
function eachInRange(sorted: SortedDays, lo: number, hi: number, openLow: boolean, visit: (item: number) => void) {
  const { days, items } = sorted;
  const first = openLow ? lowerBound(days, Math.floor(lo) + 1) : lowerBound(days, lo);
  const last = openLow ? lowerBound(days, Math.floor(hi) + 1) : lowerBound(days, hi);
  for (let i = first; i < last; i++) visit(items[i]!);
}

/** Creates a tracker for a scope, starting at the window [from, to]. */
export function createWindowTracker(index: IndexedDataset, scope: ThemeScope, from: number, to: number): WindowTracker {
  const actorPosition = new Map<ActorId, number>(index.dataset.actors.map((a, i) => [a.id, i]));
  const themePosition = new Map<ThemeId, number>(index.dataset.themes.map((t, i) => [t.id, i]));
  const eventActors = scope.dated.map((e) => Int32Array.from(e.event.actors, (a) => actorPosition.get(a) ?? -1));
  // Each theme once per event, however often the event lists it.
  const themesOf = (e: IndexedEvent) => Int32Array.from(new Set(e.event.themes), (t) => themePosition.get(t) ?? -1);
  const eventThemes = scope.dated.map(themesOf);
  const tieActors = scope.ties.map(({ tie }) => [actorPosition.get(tie.source) ?? -1, actorPosition.get(tie.target) ?? -1]);
  const eventIn = new Uint8Array(scope.dated.length);
  const ties: Array<VisibleTie | null> = new Array(scope.ties.length).fill(null);
  const actorItems = new Int32Array(index.dataset.actors.length);
  const actorTies = new Int32Array(index.dataset.actors.length);
  const themeEvents = new Int32Array(index.dataset.themes.length);
  // Undated events are always in the window.
  for (const e of scope.undated) {
    for (const a of e.event.actors) {
      const p = actorPosition.get(a);
      if (p !== undefined) actorItems[p]!++;
    }
    for (const t of themesOf(e)) if (t >= 0) themeEvents[t]!++;
  }

  // A network without time is shown whole: its actors are always in the window (see isStaticNetwork).
  if (isStaticNetwork(index)) {
    if (!scope.key) actorItems.fill(1);
    else for (const pair of tieActors) for (const a of new Set(pair)) if (a >= 0) actorItems[a]!++;
  }

  // Timeless ties follow their actors: shown while both are in the window by other items.
  const timeless = new Uint8Array(scope.ties.length);
  const timelessOf: number[][] = index.dataset.actors.map(() => []);
  scope.ties.forEach((tie, i) => {
    if (!isTimeless(tie)) return;
    timeless[i] = 1;
    for (const a of new Set(tieActors[i]!)) if (a >= 0) timelessOf[a]!.push(i);
  });
  const checkTimeless = (i: number) => {
    const [a, b] = tieActors[i]! as [number, number];
    const now = a >= 0 && b >= 0 && actorItems[a]! > 0 && actorItems[b]! > 0;
    if (now === !!ties[i]) return;
    state.networkVersion++;
    ties[i] = now ? { indexed: scope.ties[i]!, phase: null, sentiment: scope.ties[i]!.tie.sentiment, turns: false } : null;
    for (const x of tieActors[i]!) if (x >= 0) actorTies[x]! += now ? 1 : -1;
  };

  const count = (actors: ArrayLike<number>, delta: number) => {
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      if (a < 0) continue;
      const before = actorItems[a]!;
      actorItems[a] = before + delta;
      // The actor entered or left the window: its timeless ties may appear or go.
      if ((before === 0) !== (before + delta === 0)) {
        state.networkVersion++;
        for (const t of timelessOf[a]!) checkTimeless(t);
      }
    }
  };
  // Each item is looked at once per update even when several of its boundaries moved past an edge.
  const seenEvent = new Uint32Array(scope.dated.length);
  const seenTie = new Uint32Array(scope.ties.length);
  let stamp = 0;

  const checkEvent = (i: number) => {
    if (seenEvent[i] === stamp) return;
    seenEvent[i] = stamp;
    const e = scope.dated[i]!;
    const now = e.start <= state.to && e.end >= state.from ? 1 : 0;
    if (now !== eventIn[i]) {
      eventIn[i] = now;
      state.eventCount += now ? 1 : -1;
      count(eventActors[i]!, now ? 1 : -1);
      for (const t of eventThemes[i]!) if (t >= 0) themeEvents[t]! += now ? 1 : -1;
    }
  };
  const checkTie = (i: number) => {
    if (timeless[i] || seenTie[i] === stamp) return;
    seenTie[i] = stamp;
    const before = ties[i] ?? null;
    const after = tieInWindow(scope.ties[i]!, state.from, state.to);
    if (before && after && before.phase === after.phase && before.turns === after.turns) return; // unchanged: keep the object
    if (before === after) return; // hidden before and after
    state.networkVersion++;
    ties[i] = after;
    if (!before !== !after) {
      const delta = after ? 1 : -1;
      count(tieActors[i]!, delta);
      for (const a of tieActors[i]!) if (a >= 0) actorTies[a]! += delta;
    }
  };

  const state = {
    from: NaN,
    to: NaN,
    eventIn,
    ties,
    actorItems,
    actorTies,
    themeEvents,
    networkVersion: 0,
    eventCount: 0,
    update(nextFrom: number, nextTo: number) {
      const { from: f0, to: t0 } = state;
      if (nextFrom === f0 && nextTo === t0) return;
      stamp = (stamp + 1) >>> 0 || 1;
      state.from = nextFrom;
      state.to = nextTo;
      if (Number.isNaN(f0)) {
        for (let i = 0; i < scope.dated.length; i++) checkEvent(i);
        for (let i = 0; i < scope.ties.length; i++) checkTie(i);
        // Actors held by undated events alone were counted before any transition could be seen.
        for (let i = 0; i < scope.ties.length; i++) if (timeless[i]) checkTimeless(i);
        return;
      }
      // "start ≤ to" flips for starts between the old and new end; "end ≥ from" for ends between the old and new start.
      if (nextTo !== t0) {
        const lo = Math.min(t0, nextTo);
        const hi = Math.max(t0, nextTo);
        const first = lowerBound(scope.starts, lo + 1);
        const last = lowerBound(scope.starts, hi + 1);
        for (let i = first; i < last; i++) checkEvent(i);
        eachInRange(scope.tieStarts, lo, hi, true, checkTie);
      }
      if (nextFrom !== f0) {
        const lo = Math.min(f0, nextFrom);
        const hi = Math.max(f0, nextFrom);
        eachInRange(scope.ends, lo, hi, false, checkEvent);
        eachInRange(scope.tieEnds, lo, hi, false, checkTie);
      }
    },
  };
  state.update(from, to);
  return state;
}
