/**
 * Figures for an A/B comparison of two builds (see ab.ts): each side's held rounds pooled, and the rounds
 * paired in the order they ran (A and B alternate), so a difference that holds round after round can be
 * told from the machine's drift, which moves both sides of a pair alike.
 */
import { median, percentile, round1 } from "./stats";

/** One held round of one side. */
export interface RoundFigures {
  /** Frames after the steps that moved the window (see `movingFrameDeltas`). */
  deltas: readonly number[];
  longTasks: number;
  pictures: number;
  ms: number;
  /** The page's main thread during the round: on a processor, and ready but waiting for one (null: no /proc). */
  main?: { runMs: number; waitMs: number } | null;
}

/** One side's rounds together. */
export interface SideSummary {
  rounds: number;
  frames: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
  /** The median of the rounds' own p95s (one bad round moves it less than the pooled p95). */
  roundP95Median: number | null;
  longTasks: number;
  picturesPerSecond: number;
  /** The share of the main thread's ready time spent waiting for a processor, in %; null unless every round has it. */
  mainWaitingPercent: number | null;
}

/** Both sides, and how the paired rounds compare. */
export interface Comparison {
  a: SideSummary;
  b: SideSummary;
  pairs: number;
  /** Pairs in which B's round p95 was lower than A's (ties count for neither). */
  bLowerP95: number;
  /** The median over the pairs of B's round p95 minus A's: negative when B is faster. */
  medianP95Difference: number | null;
}

/**
 * The frame deltas of the steps that moved the window. Steps at the window's limit draw nothing, and frames that
 * draw nothing are paced at the screen's ~17 ms: at 1k, where the last 8 of 120 steps hit the limit, counting
 * them set the p95 at 17 ms whatever the build did.
 */
export function movingFrameDeltas(deltas: readonly number[], moved: readonly boolean[]): number[] {
  return deltas.filter((_, i) => moved[i] === true);
}

const roundP95 = (round: RoundFigures) => percentile(round.deltas, 95);
const rounded = (value: number | null) => (value === null ? null : round1(value));

export function summarise(rounds: readonly RoundFigures[]): SideSummary {
  const deltas = rounds.flatMap((r) => r.deltas);
  const ms = rounds.reduce((sum, r) => sum + r.ms, 0);
  const pictures = rounds.reduce((sum, r) => sum + r.pictures, 0);
  const p95s = rounds.map(roundP95).filter((v): v is number => v !== null);
  return {
    rounds: rounds.length,
    frames: deltas.length,
    p50: rounded(percentile(deltas, 50)),
    p90: rounded(percentile(deltas, 90)),
    p95: rounded(percentile(deltas, 95)),
    p99: rounded(percentile(deltas, 99)),
    roundP95Median: rounded(median(p95s)),
    longTasks: rounds.reduce((sum, r) => sum + r.longTasks, 0),
    picturesPerSecond: ms > 0 ? round1((pictures * 1000) / ms) : 0,
    mainWaitingPercent: waitingPercent(rounds),
  };
}

function waitingPercent(rounds: readonly RoundFigures[]): number | null {
  if (rounds.length === 0 || rounds.some((r) => !r.main)) return null;
  const run = rounds.reduce((sum, r) => sum + r.main!.runMs, 0);
  const wait = rounds.reduce((sum, r) => sum + r.main!.waitMs, 0);
  return run + wait > 0 ? Math.round((100 * wait) / (run + wait)) : null;
}

/** Compares A's rounds with B's, pairing the i-th round of each. */
export function compare(a: readonly RoundFigures[], b: readonly RoundFigures[]): Comparison {
  const differences: number[] = [];
  let bLowerP95 = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const pa = roundP95(a[i]!);
    const pb = roundP95(b[i]!);
    if (pa === null || pb === null) continue;
    differences.push(pb - pa);
    if (pb < pa) bLowerP95++;
  }
  return { a: summarise(a), b: summarise(b), pairs: differences.length, bLowerP95, medianP95Difference: rounded(median(differences)) };
}
