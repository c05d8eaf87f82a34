/**
 * A dataset indexed once for fast selection: events sorted by their first day, every date turned into
 * epoch days, lookups by id. Built after parsing and never mutated.
 */
import { isoRange, parseIsoDay, type EpochDay } from "@/lib/dates";
import type { ActorId, EventId, ThemeId, TieId } from "./ids";
import type { Actor, Dataset, DatasetEvent, Period, Phase, Theme, Tie } from "./schema";

/** Epoch-day interval; open ends are ±Infinity. */
export interface Interval {
  start: number;
  end: number;
}

/** An event with its days resolved. Undated events have an infinite interval. */
export interface IndexedEvent {
  event: DatasetEvent;
  start: number;
  end: number;
  dated: boolean;
  /** The event's position in `IndexedDataset.events`: per-event figures can live in flat arrays indexed by it. */
  order: number;
}

/** A tie phase with its days resolved (an open end runs to the next phase or the span's end). */
export interface IndexedPhase extends Interval {
  phase: Phase;
}

/** A tie with its span and phases resolved. */
export interface IndexedTie extends Interval {
  tie: Tie;
  phases: IndexedPhase[];
  /** The tie's position in `IndexedDataset.ties`: per-tie figures (a drawing's cached geometry) live in flat arrays indexed by it. */
  order: number;
}

/** The dataset plus everything selection and rendering need to look up quickly. */
export interface IndexedDataset {
  dataset: Dataset;
  /** First and last day of any dated item. */
  extent: { start: EpochDay; end: EpochDay };
  /** The analysis date, when the dataset has one (imported data often has none). */
  asOf: EpochDay | null;
  /** Named bands of time with their days resolved, in the dataset's order. */
  periods: Array<Interval & { period: Period }>;
  defaultWindow: { from: EpochDay; to: EpochDay };
  /** Dated events sorted by start day, then undated ones. */
  events: IndexedEvent[];
  ties: IndexedTie[];
  actorById: Map<ActorId, Actor>;
  eventById: Map<EventId, IndexedEvent>;
  tieById: Map<TieId, IndexedTie>;
  themeById: Map<ThemeId, Theme>;
  tiesByActor: Map<ActorId, IndexedTie[]>;
  eventsByActor: Map<ActorId, IndexedEvent[]>;
}

function indexEvent(event: DatasetEvent): IndexedEvent {
  if (!event.date) return { event, start: -Infinity, end: Infinity, dated: false, order: -1 };
  const start = isoRange(event.date.start).start;
  const end = isoRange(event.date.end ?? event.date.start).end;
  return { event, start, end, dated: true, order: -1 };
}

function indexTie(tie: Tie): IndexedTie {
  const start = tie.span?.start ? isoRange(tie.span.start).start : -Infinity;
  const end = tie.span?.end ? isoRange(tie.span.end).end : Infinity;
  const all = tie.phases ?? [];
  const phases: IndexedPhase[] = [];
  all.forEach((phase, i) => {
    const next = all[i + 1];
    const previous = phases[i - 1];
    // An open start runs from the previous phase's end (or the span's start for the first phase).
    const phaseStart = phase.start ? isoRange(phase.start).start : previous ? previous.end + 1 : start;
    const phaseEnd = phase.end ? isoRange(phase.end).end : next?.start ? isoRange(next.start).start - 1 : end;
    phases.push({ phase, start: phaseStart, end: phaseEnd });
  });
  return { tie, start, end, phases, order: -1 };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function computeExtent(events: IndexedEvent[], ties: IndexedTie[], asOf: EpochDay | null, periods: Interval[]) {
  let start = Infinity;
  let end = -Infinity;
  const widen = (value: number) => {
    if (!Number.isFinite(value)) return;
    if (value < start) start = value;
    if (value > end) end = value;
  };
  for (const e of events) {
    widen(e.start);
    widen(e.end);
  }
  for (const t of [...ties, ...periods]) {
    widen(t.start);
    widen(t.end);
  }
  if (asOf !== null) widen(asOf);
  // Nothing dated at all (a plain network): any one day will do, the timeline shows its empty state.
  return start <= end ? { start, end } : { start: 0, end: 0 };
}

/** Indexes a validated dataset. Pure: the dataset is not modified. */
export function indexDataset(dataset: Dataset): IndexedDataset {
  const indexed = dataset.events.map(indexEvent);
  const dated = indexed.filter((e) => e.dated).sort((a, b) => a.start - b.start || a.end - b.end);
  const undated = indexed.filter((e) => !e.dated);
  const events = [...dated, ...undated];
  events.forEach((e, i) => (e.order = i));
  const ties = dataset.ties.map(indexTie);
  ties.forEach((t, i) => (t.order = i));
  const asOf = dataset.asOf ? parseIsoDay(dataset.asOf) : null;
  const periods = (dataset.periods ?? []).map((period) => ({ period, start: isoRange(period.start).start, end: isoRange(period.end).end }));
  const extent = computeExtent(events, ties, asOf, periods);
  const defaultWindow = dataset.defaultWindow
    ? { from: parseIsoDay(dataset.defaultWindow.from)!, to: parseIsoDay(dataset.defaultWindow.to)! }
    : { from: extent.start, to: extent.end };

  const tiesByActor = new Map<ActorId, IndexedTie[]>();
  for (const t of ties) {
    push(tiesByActor, t.tie.source, t);
    push(tiesByActor, t.tie.target, t);
  }
  const eventsByActor = new Map<ActorId, IndexedEvent[]>();
  for (const e of events) for (const a of e.event.actors) push(eventsByActor, a, e);

  return {
    dataset,
    extent,
    asOf,
    periods,
    defaultWindow,
    events,
    ties,
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    eventById: new Map(events.map((e) => [e.event.id, e])),
    tieById: new Map(ties.map((t) => [t.tie.id, t])),
    themeById: new Map(dataset.themes.map((t) => [t.id, t])),
    tiesByActor,
    eventsByActor,
  };
}
