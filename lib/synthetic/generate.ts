/**
 * A synthetic dataset in the project's schema, for benchmarks and stress tests: bursty events over
 * several years, hub actors and many small ones, ties with spans and phases, every item sourced.
 * Pure and deterministic: the same options and seed give the same dataset, byte for byte.
 */
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import { isIdShaped, type DatasetId } from "@/lib/dataset/ids";
import type { Dataset } from "@/lib/dataset/schema";
import { makeActors } from "./actors";
import { makeActivity } from "./bursts";
import { makeEvents } from "./events";
import { attachPairs } from "./graph";
import { Random } from "@/lib/random";
import { SOURCE_PARAGRAPHS } from "./sources";
import { syntheticThemes } from "./themes";
import { makeTies } from "./ties";

/** What to generate. */
export interface SyntheticOptions {
  events: number;
  actors: number;
  ties: number;
  /** Any number or text; the default is 1. */
  seed?: string | number;
  /** The dataset id (and file name); the default is `synthetic-<events>`. */
  id?: string;
  /** First year of the range (default 2019). */
  startYear?: number;
  /** How many years the range covers (default 7). */
  years?: number;
}

function checkCount(name: string, value: number) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0 (got ${value})`);
}

/** Generates a dataset that passes `parseDataset`. Throws on impossible options (ties without two actors, a malformed id). */
export function generateSyntheticDataset(options: SyntheticOptions): Dataset {
  const { events: eventCount, actors: actorCount, ties: tieCount, seed = 1, startYear = 2019, years = 7 } = options;
  checkCount("events", eventCount);
  checkCount("actors", actorCount);
  checkCount("ties", tieCount);
  if (tieCount > 0 && actorCount < 2) throw new RangeError("ties need at least two actors");
  const id = options.id ?? `synthetic-${eventCount}`;
  if (!isIdShaped(id)) throw new RangeError(`id "${id}" must be lowercase letters, digits and single hyphens`);

  const rng = new Random(seed);
  const start = parseIsoDay(`${startYear}-01-01`)!;
  const end = parseIsoDay(`${startYear + years - 1}-12-31`)!;
  // The analysis date sits half a year before the end, so the last months hold expected items.
  const asOf = end - 180;
  const themes = syntheticThemes();
  const activity = makeActivity(rng, start, end, asOf - 40, themes.length);
  const actors = makeActors(rng, actorCount);
  const graph = attachPairs(rng, actorCount, tieCount);
  const adjacency: number[][] = actors.map(() => []);
  graph.pairs.forEach(([a, b], i) => {
    adjacency[a]!.push(i);
    adjacency[b]!.push(i);
  });
  const { events, tieEvents } = makeEvents(rng, { count: eventCount, actors, themes, graph, adjacency, activity, asOf });
  const ties = makeTies(rng, { actors, themes, graph, tieEvents, activity, asOf });

  return {
    id: id as DatasetId,
    title: `Synthetic dataset: ${eventCount} events, ${actorCount} actors, ${tieCount} ties`,
    description: `Generated for benchmarks (seed ${String(seed)}). Names, events and quotes are made up.`,
    source: { title: "Synthetic source text", publisher: "Synthetic data generator", date: toIsoDay(asOf), paragraphs: SOURCE_PARAGRAPHS },
    asOf: toIsoDay(asOf),
    defaultWindow: { from: toIsoDay(asOf - 120), to: toIsoDay(asOf + 30) },
    themes,
    actors,
    events,
    ties,
  };
}
