/**
 * The one selection function: what is visible for a view. Both charts, the table, the details and the
 * status line render from its result; none of them filters the dataset by itself.
 */
import type { ActorId, ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset, IndexedEvent, IndexedPhase, IndexedTie, Interval } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";

/** The window and theme filter a selection depends on (a subset of the view state). */
export interface SelectionQuery {
  from: number;
  to: number;
  themes: readonly ThemeId[];
}

/** A visible tie with the phase in force in the window (the latest one that meets it), if it has phases. */
export interface VisibleTie {
  indexed: IndexedTie;
  phase: IndexedPhase | null;
  /** The sentiment in force: the phase's, else the tie's own. */
  sentiment: number;
}

/** What is visible, and the counts for the status line. */
export interface Selection {
  events: IndexedEvent[];
  ties: VisibleTie[];
  actors: Actor[];
  actorIds: Set<ActorId>;
  counts: {
    events: { visible: number; total: number };
    actors: { visible: number; total: number };
    ties: { visible: number; total: number };
  };
}

/** True when the interval meets the inclusive window [from, to]. */
export function intersects(interval: Interval, from: number, to: number): boolean {
  return interval.start <= to && interval.end >= from;
}

function passesThemes(themes: readonly ThemeId[], filter: ReadonlySet<ThemeId> | null): boolean {
  if (!filter) return true;
  for (const theme of themes) if (filter.has(theme)) return true;
  return false;
}

/** First index whose start is ≥ day, in events sorted by start (binary search). */
function lowerBound(events: IndexedEvent[], count: number, day: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.start < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events meeting the window, in date order, via binary search on the sorted dated events. */
export function eventsInWindow(index: IndexedDataset, from: number, to: number): IndexedEvent[] {
  const { events, datedCount, maxEventDays } = index;
  const first = lowerBound(events, datedCount, from - maxEventDays);
  const last = lowerBound(events, datedCount, to + 1);
  const result: IndexedEvent[] = [];
  for (let i = first; i < last; i++) if (events[i]!.end >= from) result.push(events[i]!);
  for (let i = datedCount; i < events.length; i++) result.push(events[i]!);
  return result;
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
  if (tie.phases.length === 0) return { indexed: tie, phase: null, sentiment: tie.tie.sentiment };
  const phase = phaseInForce(tie, from, to);
  return phase ? { indexed: tie, phase, sentiment: phase.phase.sentiment } : null;
}

/** What is visible for a window and theme filter. Pure; the dataset is not modified. */
export function selectVisible(index: IndexedDataset, query: SelectionQuery): Selection {
  const filter = query.themes.length ? new Set(query.themes) : null;
  const events = eventsInWindow(index, query.from, query.to).filter((e) => passesThemes(e.event.themes, filter));
  const ties: VisibleTie[] = [];
  for (const tie of index.ties) {
    if (!passesThemes(tie.tie.themes, filter)) continue;
    const visible = tieInWindow(tie, query.from, query.to);
    if (visible) ties.push(visible);
  }
  const actorIds = new Set<ActorId>();
  for (const t of ties) {
    actorIds.add(t.indexed.tie.source);
    actorIds.add(t.indexed.tie.target);
  }
  for (const e of events) for (const a of e.event.actors) actorIds.add(a);
  const actors = index.dataset.actors.filter((a) => actorIds.has(a.id));
  return {
    events,
    ties,
    actors,
    actorIds,
    counts: {
      events: { visible: events.length, total: index.events.length },
      actors: { visible: actors.length, total: index.dataset.actors.length },
      ties: { visible: ties.length, total: index.ties.length },
    },
  };
}

/** How many events in the window each theme would show if it were the only one checked. */
export function themeCounts(index: IndexedDataset, from: number, to: number): Map<ThemeId, number> {
  const counts = new Map<ThemeId, number>([...index.themeById.keys()].map((id) => [id, 0]));
  for (const e of eventsInWindow(index, from, to)) {
    const themes = e.event.themes;
    // Theme lists are tiny: skipping repeats by position is cheaper than a Set per event while scrubbing.
    themes.forEach((theme, i) => {
      if (themes.indexOf(theme) === i) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    });
  }
  return counts;
}
