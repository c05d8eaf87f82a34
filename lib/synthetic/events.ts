/**
 * Synthetic events: dated in bursts, at mixed precision (some ranges, a few undated), involving actors
 * drawn by degree and often a tied pair (whose tie then lists the event), each with a source.
 */
import { isoRange, type EpochDay } from "@/lib/dates";
import type { EventId } from "@/lib/dataset/ids";
import type { Actor, DatasetEvent, EventDate, Theme } from "@/lib/dataset/schema";
import { sampleDay, type Activity } from "./bursts";
import { isoAt, pickPrecision } from "./dates";
import type { PairGraph } from "./graph";
import type { Random } from "@/lib/random";
import { makeSources, pickBasis } from "./sources";
import { THEME_WEIGHTS, themeTopics } from "./themes";
import { EVENT_VERBS, SOLO_VERBS } from "./words";

/** What events are generated from. */
export interface EventContext {
  count: number;
  actors: Actor[];
  themes: Theme[];
  graph: PairGraph;
  /** For each actor position, the ties (positions in graph.pairs) it is in. */
  adjacency: number[][];
  activity: Activity;
  asOf: EpochDay;
}

/** The events, and for each tie position the events about its pair (at most a few). */
export interface GeneratedEvents {
  events: DatasetEvent[];
  tieEvents: Map<number, EventId[]>;
}

const MAX_EVENTS_PER_TIE = 6;
const ACTOR_COUNT_WEIGHTS = [0.25, 0.5, 0.18, 0.07];

interface Draft {
  date?: EventDate;
  start: number;
  end: number;
  burstTheme?: number;
}

function draftDate(rng: Random, activity: Activity): Draft {
  const { day, burst } = sampleDay(rng, activity);
  const precision = pickPrecision(rng, 0.8, 0.13);
  const start = isoAt(day, precision);
  const date: EventDate = { start, precision };
  // Some events last: a few days to weeks (day), months (month) or years (year).
  const lasts = rng.chance(precision === "day" ? 0.12 : 0.15);
  if (lasts) {
    const startEnd = isoRange(start).end;
    const length = precision === "day" ? rng.int(1, 45) : precision === "month" ? rng.int(20, 180) : rng.int(200, 1100);
    date.end = isoAt(startEnd + length, precision);
  }
  return { date, start: isoRange(start).start, end: isoRange(date.end ?? start).end, burstTheme: burst?.theme };
}

/** The actor positions of one event: a primary by degree, then often its tie partners. Records the ties used. */
function pickActors(rng: Random, ctx: EventContext, tiesUsed: number[]): number[] {
  const { actors, graph, adjacency } = ctx;
  if (actors.length === 0) return [];
  const wanted = Math.min(actors.length, rng.weighted(ACTOR_COUNT_WEIGHTS) + 1);
  const byDegree = () => (graph.endpoints.length > 0 && rng.chance(0.8) ? rng.pick(graph.endpoints) : rng.int(0, actors.length - 1));
  const chosen = [byDegree()];
  let guard = 0;
  while (chosen.length < wanted && guard++ < 20) {
    const primary = chosen[0]!;
    const ties = adjacency[primary] ?? [];
    let next: number;
    let tie: number | undefined;
    if (ties.length > 0 && rng.chance(0.7)) {
      tie = rng.pick(ties);
      const [a, b] = graph.pairs[tie]!;
      next = a === primary ? b : a;
    } else {
      next = byDegree();
    }
    if (chosen.includes(next)) continue;
    chosen.push(next);
    if (tie !== undefined) tiesUsed.push(tie);
  }
  return chosen;
}

function pickThemes(rng: Random, forced: number | undefined, themeCount: number): number[] {
  const first = forced ?? rng.weighted(THEME_WEIGHTS.slice(0, themeCount));
  if (!rng.chance(0.35) || themeCount < 2) return [first];
  let second = rng.weighted(THEME_WEIGHTS.slice(0, themeCount));
  if (second === first) second = (first + 1) % themeCount;
  return [first, second];
}

function title(rng: Random, names: string[], topic: string): string {
  const [a, b] = names;
  if (a === undefined) return `Announcement on ${topic}`;
  if (b === undefined) return `${a} ${rng.pick(SOLO_VERBS)} ${topic}`;
  return `${a} ${rng.pick(EVENT_VERBS)} ${b} on ${topic}`;
}

/** `count` events, dated ones sorted by date and the undated few last (as an author would keep the file). */
export function makeEvents(rng: Random, ctx: EventContext): GeneratedEvents {
  const undated = ctx.count === 0 ? 0 : Math.min(20, Math.max(1, Math.round(ctx.count * 0.002)));
  const drafts: Draft[] = [];
  for (let i = 0; i < ctx.count - undated; i++) drafts.push(draftDate(rng, ctx.activity));
  drafts.sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 0; i < undated; i++) drafts.push({ start: Infinity, end: Infinity });

  const width = String(ctx.count).length;
  const themeCount = ctx.themes.length;
  const tieEvents = new Map<number, EventId[]>();
  const events = drafts.map((draft, i): DatasetEvent => {
    const id = `ev-${String(i + 1).padStart(width, "0")}` as EventId;
    const tiesUsed: number[] = [];
    const actorPositions = pickActors(rng, ctx, tiesUsed);
    for (const tie of tiesUsed) {
      const list = tieEvents.get(tie) ?? [];
      if (list.length < MAX_EVENTS_PER_TIE) list.push(id);
      tieEvents.set(tie, list);
    }
    // The first events cover every theme once, so even a tiny dataset uses them all.
    const forced = i < themeCount ? i : draft.burstTheme !== undefined && rng.chance(0.7) ? draft.burstTheme : undefined;
    const themes = pickThemes(rng, forced, themeCount);
    const names = actorPositions.map((p) => ctx.actors[p]!.name);
    const topic = rng.pick(themeTopics(themes[0]!));
    const basis = pickBasis(rng);
    const event: DatasetEvent = {
      id,
      title: title(rng, names, topic),
      summary: `Synthetic event about ${topic}${names.length ? ` involving ${names.join(", ")}` : ""}.`,
      ...(draft.date ? { date: draft.date } : {}),
      actors: actorPositions.map((p) => ctx.actors[p]!.id),
      themes: themes.map((t) => ctx.themes[t]!.id),
      // An event still running after asOf is a forecast as far as the data knows (the dataset checks require it).
      status: draft.start > ctx.asOf || (draft.date?.end !== undefined && isoRange(draft.date.end).start > ctx.asOf) ? "expected" : "occurred",
      basis,
      sources: makeSources(rng, basis, id),
    };
    return event;
  });
  return { events, tieEvents };
}
