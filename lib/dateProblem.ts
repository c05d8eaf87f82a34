/**
 * Why a date string is refused, in words for the person who wrote it. Apart from lib/dates.ts because only
 * the schema and the importers need it, not the page's first load.
 */
import { formatYear, ISO_PATTERN, MAX_YEAR, MIN_YEAR, parseIsoParts } from "./dates";

/** Why a date-shaped string is refused, or null when it is a real calendar date this module can hold. */
export function isoDateProblem(value: string): string | null {
  const match = ISO_PATTERN.exec(value);
  if (!match) return "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (years before 1 CE as -YYYY)";
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `is outside the dates a browser can hold (${formatYear(MIN_YEAR)} to ${formatYear(MAX_YEAR)})`;
  }
  return parseIsoParts(value) ? null : "is not a real calendar date";
}

