/**
 * Calendar units on epoch days (day, Monday-aligned week, month, year, and multiples) for axis ticks and
 * bins. Month and year arithmetic goes through lib/dates, so boundaries are real calendar boundaries.
 */
import { addMonthsToDay, dayParts, isoRange, isoYear, startOfMonthDay, yearOf } from "@/lib/dates";

/** A unit of calendar time: `step` days, weeks, months or years. */
export interface CalendarUnit {
  kind: "day" | "week" | "month" | "year";
  step: number;
  /** Typical length in days, to choose a unit for a pixel density. */
  approxDays: number;
}

const unit = (kind: CalendarUnit["kind"], step: number, approxDays: number): CalendarUnit => ({ kind, step, approxDays });

/** Units for bins, finest first: names of bins read as whole days, weeks, months, quarters or years. */
export const BIN_UNITS: readonly CalendarUnit[] = [
  unit("day", 1, 1),
  unit("week", 1, 7),
  unit("month", 1, 30.44),
  unit("month", 3, 91.31),
  unit("year", 1, 365.25),
  unit("year", 5, 1826.2),
  unit("year", 10, 3652.5),
  unit("year", 50, 18262),
  unit("year", 100, 36525),
];

/** Units for axis ticks, finest first. */
export const TICK_UNITS: readonly CalendarUnit[] = [
  unit("day", 1, 1),
  unit("day", 2, 2),
  unit("week", 1, 7),
  unit("month", 1, 30.44),
  unit("month", 3, 91.31),
  unit("month", 6, 182.6),
  unit("year", 1, 365.25),
  unit("year", 2, 730.5),
  unit("year", 5, 1826.2),
  unit("year", 10, 3652.5),
  unit("year", 25, 9131),
  unit("year", 50, 18262),
  unit("year", 100, 36525),
];

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Year and month (1–12) of an epoch day. */
export function yearMonth(day: number): { year: number; month: number } {
  const { year, month } = dayParts(day);
  return { year, month };
}

function startOfYear(year: number): number {
  return isoRange(isoYear(year)).start;
}

/** The start of the unit containing `day` (weeks start on Monday; multiples align to the epoch, month 0 or year 0). */
export function floorUnit(day: number, u: CalendarUnit): number {
  switch (u.kind) {
    case "day":
      return day - mod(day, u.step);
    case "week":
      // 1970-01-01 was a Thursday, so Mondays are the days where (day + 3) is a multiple of 7.
      return day - mod(day + 3, 7 * u.step);
    case "month": {
      const first = startOfMonthDay(day);
      const { month } = yearMonth(first);
      return addMonthsToDay(first, -mod(month - 1, u.step));
    }
    case "year": {
      const year = yearOf(day);
      return startOfYear(year - mod(year, u.step));
    }
  }
}

/** The start of the unit after the one starting at `start`. */
export function nextUnit(start: number, u: CalendarUnit): number {
  switch (u.kind) {
    case "day":
      return start + u.step;
    case "week":
      return start + 7 * u.step;
    case "month":
      return addMonthsToDay(start, u.step);
    case "year":
      return startOfYear(yearOf(start) + u.step);
  }
}

/** Unit starts covering the days [from, end): the first is ≤ from, the last is ≥ end. */
export function unitBoundaries(from: number, end: number, u: CalendarUnit): number[] {
  const result = [floorUnit(from, u)];
  while (result[result.length - 1]! < end) result.push(nextUnit(result[result.length - 1]!, u));
  return result;
}

/** The finest unit whose typical length is at least `minPx` pixels at the given density. */
export function chooseUnit(pxPerDay: number, minPx: number, units: readonly CalendarUnit[]): CalendarUnit {
  for (const u of units) if (u.approxDays * pxPerDay >= minPx) return u;
  return units[units.length - 1]!;
}
