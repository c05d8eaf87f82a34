/**
 * The one selection function: what is visible for a view. Both charts, the table, the details and the
 * status line render from its result; none of them filters the dataset by itself.
 *
 * `selectVisible` computes a selection from scratch (the reference); `selectWindow` gives the same result
 * incrementally (a moving window costs the items whose boundaries it crossed) and caches the last one, so
 * the two views and the panels that follow them share one computation per step.
 */
import type { ActorId, ThemeId, TieId } from "@/lib/dataset/ids";
import type { IndexedDataset, IndexedEvent, IndexedTie } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import { lowerBound } from "@/lib/math";
import { keepActorFigures } from "@/lib/selection/actorFigures";
import { passesThemes, themeScope, type ThemeScope } from "@/lib/selection/scope";
import { createWindowTracker, type WindowTracker } from "@/lib/selection/tracker";
import { isStaticNetwork, isTimeless, tieInWindow, type VisibleTie } from "@/lib/selection/window";

export { intersects, isStaticNetwork, isTimeless, phaseInForce, tieInWindow, type VisibleTie } from "@/lib/selection/window";

/** The window and theme filter a selection depends on (a subset of the view state). */
export interface SelectionQuery {
  from: number;
  to: number;
  themes: readonly ThemeId[];
}

/** What is visible, and the counts for the status line. */
export interface Selection {
  /** Dated events meeting the window in date order, then undated ones; all pass the theme filter. */
  events: IndexedEvent[];
  /** The dated part of `events`. */
  dated: IndexedEvent[];
  /** The undated part of `events`. */
  undated: IndexedEvent[];
  /** Every dated event that passes the theme filter, in date order (the overview's histogram). Same array while the filter is unchanged. */
  themedDated: readonly IndexedEvent[];
  /** Dated events that pass the theme filter but lie wholly before or after the window. */
  outside: { earlier: number; later: number };
  ties: VisibleTie[];
  actors: Actor[];
  actorIds: Set<ActorId>;
  /** Visible ties per visible actor (what node size encodes); actors without one are left out. */
  degrees: Map<ActorId, number>;
  counts: {
    events: { visible: number; total: number };
    actors: { visible: number; total: number };
    ties: { visible: number; total: number };
  };
}

/**
 * An actor's dated events that pass the theme filter, in date order (the overview draws them over the whole
 * dataset's): the same filter as the views, from the scope the selection already keeps.
 */
export function actorEventsInScope(index: IndexedDataset, themes: readonly ThemeId[], actor: ActorId): IndexedEvent[] {
  const own = new Set(index.eventsByActor.get(actor) ?? []);
  return own.size ? themeScope(index, themes).dated.filter((e) => own.has(e)) : [];
}

/** Events meeting the window, in date order (dated ones by binary search), then the undated ones. */
export function eventsInWindow(index: IndexedDataset, from: number, to: number): IndexedEvent[] {
  // The unfiltered scope holds the dated events' start days sorted, built once per dataset.
  const scope = themeScope(index, []);
  const first = lowerBound(scope.starts, from - scope.maxEventDays);
  const last = lowerBound(scope.starts, to + 1);
  const result: IndexedEvent[] = [];
  for (let i = first; i < last; i++) if (scope.dated[i]!.end >= from) result.push(scope.dated[i]!);
  for (const e of scope.undated) result.push(e);
  return result;
}

function counts(index: IndexedDataset, events: number, actors: number, ties: number): Selection["counts"] {
  return {
    events: { visible: events, total: index.events.length },
    actors: { visible: actors, total: index.dataset.actors.length },
    ties: { visible: ties, total: index.ties.length },
  };
}

/** What is visible for a window and theme filter, computed from scratch. Pure; the dataset is not modified. */
export function selectVisible(index: IndexedDataset, query: SelectionQuery): Selection {
  const filter = query.themes.length ? new Set(query.themes) : null;
  const { from, to } = query;
  const events = eventsInWindow(index, from, to).filter((e) => passesThemes(e.event.themes, filter));
  // An actor is in the window by a visible event or a visible dated tie; a timeless tie joins two such actors.
  const visibleById = new Map<IndexedTie, VisibleTie>();
  const actorIds = new Set<ActorId>();
  for (const e of events) for (const a of e.event.actors) actorIds.add(a);
  if (isStaticNetwork(index)) {
    // A network without time is shown whole (see isStaticNetwork).
    if (!filter) for (const a of index.dataset.actors) actorIds.add(a.id);
    else for (const { tie } of index.ties) if (passesThemes(tie.themes, filter)) actorIds.add(tie.source).add(tie.target);
  }
  for (const tie of index.ties) {
    if (!passesThemes(tie.tie.themes, filter) || isTimeless(tie)) continue;
    const visible = tieInWindow(tie, from, to);
    if (!visible) continue;
    visibleById.set(tie, visible);
    actorIds.add(tie.tie.source);
    actorIds.add(tie.tie.target);
  }
  const ties: VisibleTie[] = [];
  for (const tie of index.ties) {
    const dated = visibleById.get(tie);
    if (dated) ties.push(dated);
    else if (isTimeless(tie) && passesThemes(tie.tie.themes, filter) && actorIds.has(tie.tie.source) && actorIds.has(tie.tie.target)) {
      ties.push({ indexed: tie, phase: null, sentiment: tie.tie.sentiment, turns: false });
    }
  }
  const degrees = new Map<ActorId, number>();
  for (const t of ties) {
    const { source, target } = t.indexed.tie;
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    degrees.set(target, (degrees.get(target) ?? 0) + 1);
  }
  const actors = index.dataset.actors.filter((a) => actorIds.has(a.id));
  const outside = { earlier: 0, later: 0 };
  for (const e of index.events) {
    if (!e.dated || !passesThemes(e.event.themes, filter)) continue;
    if (e.end < from) outside.earlier++;
    else if (e.start > to) outside.later++;
  }
  return {
    events,
    dated: events.filter((e) => e.dated),
    undated: events.filter((e) => !e.dated),
    themedDated: themeScope(index, query.themes).dated,
    outside,
    ties,
    actors,
    actorIds,
    degrees,
    counts: counts(index, events.length, actors.length, ties.length),
  };
}

/** The scope's tracker (one per dataset and filter), moved to the window [from, to]. */
function trackerAt(index: IndexedDataset, scope: ThemeScope, from: number, to: number): WindowTracker {
  let byScope = trackers.get(index);
  if (!byScope) trackers.set(index, (byScope = new Map()));
  let tracker = byScope.get(scope.key);
  if (!tracker) byScope.set(scope.key, (tracker = createWindowTracker(index, scope, from, to)));
  tracker.update(from, to);
  return tracker;
}

interface Cached {
  query: { from: number; to: number; key: string };
  selection: Selection;
}
const trackers = new WeakMap<IndexedDataset, Map<string, WindowTracker>>();
const lastSelection = new WeakMap<IndexedDataset, Cached[]>();
/** The views and the panels that follow them a step behind ask for two windows in turn: keep both. */
const KEEP = 2;

/** The same result as `selectVisible`, computed incrementally from the previous window of the same filter, and cached. */
export function selectWindow(index: IndexedDataset, query: SelectionQuery): Selection {
  const scope = themeScope(index, query.themes);
  const { from, to } = query;
  const cached = lastSelection.get(index) ?? [];
  const hit = cached.find((c) => c.query.from === from && c.query.to === to && c.query.key === scope.key);
  if (hit) return hit.selection;

  const tracker = trackerAt(index, scope, from, to);

  const last = lowerBound(scope.starts, to + 1);
  const run = datedIn(scope, tracker, lowerBound(scope.starts, from - scope.maxEventDays), last);
  const datedCount = Array.isArray(run) ? run.length : run.end - run.start;
  const network = networkOf(index, tracker);
  // The event lists are copied only when something reads them: a scrub through bins never does, and at 50k
  // events two copies a step were most of what the selection allocated.
  let copied: IndexedEvent[] | null = null;
  const datedList = Array.isArray(run) ? () => run : () => (copied ??= scope.dated.slice(run.start, run.end));
  let events: IndexedEvent[] | null = null;
  const selection: Selection = {
    get events() {
      return (events ??= scope.undated.length ? datedList().concat(scope.undated) : datedList());
    },
    get dated() {
      return datedList();
    },
    undated: scope.undated,
    themedDated: scope.dated,
    outside: {
      earlier: lowerBound(scope.ends.days, from),
      later: scope.dated.length - last,
    },
    ties: network.ties,
    actors: network.actors,
    get actorIds() {
      return network.actorIds;
    },
    get degrees() {
      return network.degrees;
    },
    counts: counts(index, datedCount + scope.undated.length, network.actors.length, network.ties.length),
  };
  lastSelection.set(index, [{ query: { from, to, key: scope.key }, selection }, ...cached].slice(0, KEEP));
  return selection;
}

/** A run [start, end) of the scope's dated events. */
interface DatedRun {
  start: number;
  end: number;
}

/**
 * The scope's dated events in the window, in date order: those of [first, last) the tracker counts in. Events
 * that ended before the window lie only among the first candidates, so usually the ones in the window are one
 * run of the scope's list, returned as that run (copied at once when read) rather than one by one (tens of
 * thousands in a wide window). Otherwise the list, picked now while the tracker is at this window.
 */
function datedIn(scope: ThemeScope, tracker: WindowTracker, first: number, last: number): IndexedEvent[] | DatedRun {
  let start = first;
  while (start < last && !tracker.eventIn[start]) start++;
  if (last - start === tracker.eventCount) return { start, end: last };
  const dated: IndexedEvent[] = [];
  for (let i = start; i < last; i++) if (tracker.eventIn[i]) dated.push(scope.dated[i]!);
  return dated;
}

/** The network part of a selection: what the Network view draws. */
export type NetworkPart = Pick<Selection, "ties" | "actors" | "actorIds" | "degrees">;
const networks = new WeakMap<WindowTracker, { version: number; part: NetworkPart }>();

/**
 * The visible ties, actors and degrees at the tracker's window: the same objects as at the previous window
 * while the network did not change (most steps of a scrub through a large dataset), so the network view can
 * tell by identity that it has nothing to redraw, and a step costs no pass over every tie and actor.
 */
function networkOf(index: IndexedDataset, tracker: WindowTracker): NetworkPart {
  const known = networks.get(tracker);
  if (known && known.version === tracker.networkVersion) return known.part;
  // Counted first, then filled: lists grown by pushing leave two or three times their size behind as garbage,
  // and at 10k events these lists are made at nearly every step of a scrub.
  let tieCount = 0;
  for (const t of tracker.ties) if (t) tieCount++;
  const ties = new Array<VisibleTie>(tieCount);
  let k = 0;
  for (const t of tracker.ties) if (t) ties[k++] = t;
  const all = index.dataset.actors;
  let actorCount = 0;
  for (let i = 0; i < all.length; i++) if (tracker.actorItems[i]! > 0) actorCount++;
  const actors = new Array<Actor>(actorCount);
  const positions = new Int32Array(actorCount);
  const actorTies = new Int32Array(actorCount);
  k = 0;
  for (let i = 0; i < all.length; i++) {
    if (tracker.actorItems[i]! > 0) {
      actors[k] = all[i]!;
      positions[k] = i;
      actorTies[k++] = tracker.actorTies[i]!;
    }
  }
  keepActorFigures(actors, { positions, degrees: actorTies });
  // The id set and the degrees are built when first read, from the counts taken now (the tracker moves on): in a
  // held scrub only the drawing worker's pictures read them, at most 30 a second, and building both at every
  // step was a fifth of what a step allocated at 10k events.
  let actorIds: Set<ActorId> | null = null;
  let degrees: Map<ActorId, number> | null = null;
  const part: NetworkPart = {
    ties,
    actors,
    get actorIds() {
      if (!actorIds) {
        actorIds = new Set<ActorId>();
        for (const actor of actors) actorIds.add(actor.id);
      }
      return actorIds;
    },
    get degrees() {
      if (!degrees) {
        degrees = new Map<ActorId, number>();
        for (let i = 0; i < actors.length; i++) if (actorTies[i]! > 0) degrees.set(actors[i]!.id, actorTies[i]!);
      }
      return degrees;
    },
  };
  networks.set(tracker, { version: tracker.networkVersion, part });
  return part;
}

const tieIndexes = new WeakMap<Selection, Map<TieId, VisibleTie>>();

/** A tie as it is visible in a selection (with the phase and sentiment in force), or undefined when it is not. */
export function visibleTie(selection: Selection, id: TieId): VisibleTie | undefined {
  let byId = tieIndexes.get(selection);
  if (!byId) tieIndexes.set(selection, (byId = new Map(selection.ties.map((t) => [t.indexed.tie.id, t]))));
  return byId.get(id);
}

/**
 * How many events in the window each theme would show if it were the only one checked: read off the
 * unfiltered scope's tracker, which keeps the counts as the window moves.
 */
export function themeCounts(index: IndexedDataset, from: number, to: number): Map<ThemeId, number> {
  const tracker = trackerAt(index, themeScope(index, []), from, to);
  return new Map(index.dataset.themes.map((theme, i) => [theme.id, tracker.themeEvents[i]!]));
}
