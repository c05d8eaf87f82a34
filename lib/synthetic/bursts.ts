/**
 * When things happen: most items fall in bursts (a crisis, a summit season) of a few days to a few weeks,
 * the rest on a background that grows towards the present, as news coverage does.
 */
import type { EpochDay } from "@/lib/dates";
import type { Random } from "@/lib/random";

/** A burst of activity around a day. */
export interface Burst {
  center: EpochDay;
  /** Standard deviation in days. */
  width: number;
  weight: number;
  /** The theme most of the burst's items are about. */
  theme: number;
}

/** The time model: a range of days and the bursts inside it. */
export interface Activity {
  start: EpochDay;
  end: EpochDay;
  bursts: Burst[];
  /** The bursts' weights, kept apart so drawing one does not rebuild the list. */
  weights: number[];
  /** Share of items that fall in a burst. */
  burstShare: number;
}

/** Bursts spread over the range, with a heavy-tailed size, plus one large burst ending at `lastCenter`. */
export function makeActivity(rng: Random, start: EpochDay, end: EpochDay, lastCenter: EpochDay, themeCount: number): Activity {
  const years = (end - start) / 365;
  const count = Math.max(4, Math.round(years * 3));
  const bursts: Burst[] = [];
  for (let i = 0; i < count; i++) {
    bursts.push({
      center: rng.int(start, end),
      width: 2 + rng.next() * 20,
      weight: Math.exp(rng.normal()),
      theme: rng.int(0, themeCount - 1),
    });
  }
  // The period the analysis is about is the busiest, as in the bundled dataset.
  bursts.push({ center: lastCenter, width: 25, weight: 3, theme: 0 });
  return { start, end, bursts, weights: bursts.map((b) => b.weight), burstShare: 0.65 };
}

/** A day drawn from the activity, and the burst it came from (undefined for background). */
export function sampleDay(rng: Random, activity: Activity): { day: EpochDay; burst?: Burst } {
  const { start, end, bursts } = activity;
  if (rng.chance(activity.burstShare)) {
    const burst = bursts[rng.weighted(activity.weights)]!;
    const day = Math.round(burst.center + rng.normal() * burst.width);
    return { day: Math.min(end, Math.max(start, day)), burst };
  }
  // sqrt of a uniform: density rising linearly towards the end of the range.
  return { day: start + Math.floor(Math.sqrt(rng.next()) * (end - start + 1)) };
}
