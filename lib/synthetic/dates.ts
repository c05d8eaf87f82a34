/** Date strings for synthetic items at a chosen precision (built on lib/dates, so no time-zone shifts). */
import { toIsoDay, type EpochDay, type Precision } from "@/lib/dates";
import type { Random } from "@/lib/random";

/** The ISO string of a day at a precision: "2024-12-05", "2024-12" or "2024". */
export function isoAt(day: EpochDay, precision: Precision): string {
  const iso = toIsoDay(day);
  return precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Mostly day precision, some month, a few year, with the given shares. */
export function pickPrecision(rng: Random, day: number, month: number): Precision {
  const r = rng.next();
  return r < day ? "day" : r < day + month ? "month" : "year";
}
