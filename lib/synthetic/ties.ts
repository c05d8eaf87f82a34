/**
 * Synthetic ties: a kind that fits the two actors (a leader leads their state, a state joins an
 * organisation), a sentiment that fits the kind, a span at mixed precision for most, phases for some.
 */
import { isoRange, type EpochDay } from "@/lib/dates";
import type { EventId, TieId } from "@/lib/dataset/ids";
import type { Actor, Phase, Span, Theme, Tie, TieKind } from "@/lib/dataset/schema";
import { sentimentLabel } from "@/lib/palette";
import { sampleDay, type Activity } from "./bursts";
import { isoAt, pickPrecision } from "./dates";
import type { PairGraph } from "./graph";
import type { Random } from "@/lib/random";
import { makeSources, pickBasis } from "./sources";
import { THEME_WEIGHTS } from "./themes";

/** What ties are generated from. */
export interface TieContext {
  actors: Actor[];
  themes: Theme[];
  graph: PairGraph;
  tieEvents: Map<number, EventId[]>;
  activity: Activity;
  asOf: EpochDay;
}

/** Kinds between any two actors: base sentiment, whether one-way, and how common. */
const GENERAL: { kind: TieKind; sentiment: number; directed: boolean; weight: number }[] = [
  { kind: "alliance", sentiment: 2, directed: false, weight: 5 },
  { kind: "partnership", sentiment: 1, directed: false, weight: 15 },
  { kind: "cooperation", sentiment: 1, directed: false, weight: 15 },
  { kind: "affinity", sentiment: 1, directed: true, weight: 6 },
  { kind: "support", sentiment: 1, directed: true, weight: 10 },
  { kind: "mediation", sentiment: 0, directed: true, weight: 5 },
  { kind: "negotiation", sentiment: 0, directed: false, weight: 8 },
  { kind: "pressure", sentiment: -1, directed: true, weight: 10 },
  { kind: "criticism", sentiment: -1, directed: true, weight: 10 },
  { kind: "rivalry", sentiment: -1, directed: false, weight: 8 },
  { kind: "hostility", sentiment: -2, directed: false, weight: 5 },
  { kind: "conflict", sentiment: -2, directed: false, weight: 3 },
];
const GENERAL_WEIGHTS = GENERAL.map((k) => k.weight);

const clampSentiment = (value: number) => Math.max(-2, Math.min(2, value));

function kindOf(rng: Random, source: Actor, target: Actor): { kind: TieKind; sentiment: number; directed: boolean } {
  if (source.kind === "leader" && source.affiliation === target.id) return { kind: "leadership", sentiment: 1, directed: true };
  if (target.kind === "organization" && (source.kind === "state" || source.kind === "party") && rng.chance(0.6)) {
    return { kind: "membership", sentiment: 1, directed: true };
  }
  const base = GENERAL[rng.weighted(GENERAL_WEIGHTS)]!;
  const sentiment = rng.chance(0.25) ? clampSentiment(base.sentiment + (rng.chance(0.5) ? 1 : -1)) : base.sentiment;
  return { kind: base.kind, sentiment, directed: base.directed };
}

function makeSpan(rng: Random, activity: Activity): Span {
  const { day } = sampleDay(rng, activity);
  const start = isoAt(day, pickPrecision(rng, 0.7, 0.2));
  if (!rng.chance(0.45)) return { start };
  const precision = pickPrecision(rng, 0.7, 0.2);
  return { start, end: isoAt(isoRange(start).end + rng.int(30, 900), precision) };
}

/** Two or three consecutive phases inside the span (the last one open when the span is). */
function makePhases(rng: Random, span: Span, sentiment: number): Phase[] | undefined {
  if (!span.start) return undefined;
  const lo = isoRange(span.start).start;
  const hi = span.end ? isoRange(span.end).end : lo + rng.int(365, 1500);
  const count = rng.int(2, 3);
  if (hi - lo < count * 2) return undefined;
  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(rng.int(lo + 1, hi));
  const bounds = [lo, ...[...cuts].sort((a, b) => a - b)];
  let current = clampSentiment(sentiment + rng.int(-1, 1));
  return bounds.map((start, i): Phase => {
    const next = bounds[i + 1];
    const end = next !== undefined ? isoAt(next - 1, "day") : span.end ? isoAt(hi, "day") : undefined;
    const phase: Phase = {
      start: isoAt(start, "day"),
      ...(end ? { end } : {}),
      sentiment: current,
      note: `Phase ${i + 1}: relations ${sentimentLabel(current)}.`,
    };
    current = clampSentiment(current + rng.int(-2, 2));
    return phase;
  });
}

function pickThemes(rng: Random, position: number, themeCount: number): number[] {
  const weights = THEME_WEIGHTS.slice(0, themeCount);
  const first = position < themeCount ? position : rng.weighted(weights);
  if (!rng.chance(0.3) || themeCount < 2) return [first];
  const second = rng.weighted(weights);
  return second === first ? [first] : [first, second];
}

/** One tie per pair of the graph, in order. */
export function makeTies(rng: Random, ctx: TieContext): Tie[] {
  const width = String(ctx.graph.pairs.length).length;
  return ctx.graph.pairs.map(([s, t], i): Tie => {
    const source = ctx.actors[s]!;
    const target = ctx.actors[t]!;
    const id = `tie-${String(i + 1).padStart(width, "0")}` as TieId;
    const { kind, sentiment, directed } = kindOf(rng, source, target);
    // A fifth of ties are timeless (always in the window), as background facts are.
    const span = rng.chance(0.8) ? makeSpan(rng, ctx.activity) : undefined;
    const phases = span && rng.chance(0.18) ? makePhases(rng, span, sentiment) : undefined;
    const basis = pickBasis(rng);
    const events = ctx.tieEvents.get(i);
    const startDay = span?.start ? isoRange(span.start).start : -Infinity;
    // A span or phase that ends after asOf is a forecast as far as the data knows (the dataset checks require it).
    const ends = [span?.end, ...(phases ?? []).map((phase) => phase.end)].flatMap((end) => (end ? [isoRange(end).start] : []));
    const endDay = Math.max(-Infinity, ...ends);
    return {
      id,
      source: source.id,
      target: target.id,
      kind,
      directed,
      sentiment,
      ...(span ? { span } : {}),
      ...(phases ? { phases } : {}),
      status: startDay > ctx.asOf || endDay > ctx.asOf ? "expected" : "occurred",
      basis,
      themes: pickThemes(rng, i, ctx.themes.length).map((p) => ctx.themes[p]!.id),
      ...(events && events.length > 0 ? { events } : {}),
      summary: `${source.name} and ${target.name}: ${kind}, ${sentimentLabel(sentiment)}.`,
      sources: makeSources(rng, basis, id),
    };
  });
}
