/**
 * Which actors are tied: a preferential-attachment graph (Barabási–Albert growth, then extra edges whose
 * ends are also drawn by degree), so a few hubs hold many ties and most actors hold one or two.
 */
import type { Random } from "@/lib/random";

/** Probability that an end is drawn by degree rather than uniformly. */
const PREFERENTIAL = 0.8;

/** The pairs of actor positions (source, target) and the degree list that drew them. */
export interface PairGraph {
  pairs: [number, number][];
  /** Every actor position once per tie it is in: drawing from it is drawing by degree. */
  endpoints: number[];
}

function key(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}

/** `tieCount` distinct pairs among `actorCount` actors (duplicates only when there are more ties than pairs). */
export function attachPairs(rng: Random, actorCount: number, tieCount: number): PairGraph {
  if (tieCount > 0 && actorCount < 2) throw new RangeError("ties need at least two actors");
  const pairs: [number, number][] = [];
  const endpoints: number[] = [];
  const seen = new Set<number>();
  const degree = new Array<number>(actorCount).fill(0);
  const add = (a: number, b: number) => {
    degree[a]!++;
    degree[b]!++;
    // Random orientation: the direction of a tie says nothing about who joined the graph first.
    pairs.push(rng.chance(0.5) ? [a, b] : [b, a]);
    endpoints.push(a, b);
    seen.add(key(a, b, actorCount));
  };
  const draw = (limit: number) =>
    endpoints.length > 0 && rng.chance(PREFERENTIAL) ? rng.pick(endpoints) : rng.int(0, limit - 1);
  // The better-connected of two degree-weighted draws: a superlinear preference, which makes real hubs.
  const drawHub = () => {
    const x = draw(actorCount);
    const y = draw(actorCount);
    return degree[x]! >= degree[y]! ? x : y;
  };

  // Growth: each new actor attaches to an earlier one, chosen by degree. This also leaves no actor isolated.
  for (let i = 1; i < actorCount && pairs.length < tieCount; i++) {
    let target = draw(i);
    if (target >= i) target = rng.int(0, i - 1);
    add(i, target);
  }
  const possible = (actorCount * (actorCount - 1)) / 2;
  while (pairs.length < tieCount) {
    let a = drawHub();
    let b = draw(actorCount);
    let attempts = 0;
    const allowDuplicate = seen.size >= possible;
    while (a === b || (!allowDuplicate && seen.has(key(a, b, actorCount)))) {
      // Keep one end by degree; after many clashes (dense hubs) fall back to uniform ends.
      a = attempts < 20 ? drawHub() : rng.int(0, actorCount - 1);
      b = attempts < 20 ? draw(actorCount) : rng.int(0, actorCount - 1);
      attempts++;
    }
    add(a, b);
  }
  return { pairs, endpoints };
}
