/**
 * Dates as people type them into search: "7 January", "January 7", "7 Jan 2025", "Jan 2025", "January 2025",
 * "2025-01-07", "2025-01". A query that reads as a date becomes the days it names, matched against events'
 * date ranges; without a year, the day or month in any year.
 */
import { MONTH_NAMES, parseIsoDay } from "@/lib/dates";

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** A date named by a query: a month (1–12), and a day and a year when given. */
export interface DateQuery {
  month: number;
  day?: number;
  year?: number;
}

/** A month's number from its name or an abbreviation of at least three letters ("jan", "sept"), or null. */
function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(word));
  return i >= 0 ? i + 1 : null;
}

/** Reads a query as a date, or null. `raw` is the query as typed (for ISO dates), `words` its normalised words. */
export function parseDateQuery(raw: string, words: readonly string[]): DateQuery | null {
  const iso = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*$/.exec(raw);
  if (iso) {
    const month = Number(iso[2]);
    const day = iso[3] ? Number(iso[3]) : undefined;
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return null;
    return { year: Number(iso[1]), month, day };
  }
  if (words.length < 1 || words.length > 3) return null;
  let month: number | null = null;
  let day: number | undefined;
  let year: number | undefined;
  for (const w of words) {
    const m = monthOf(w);
    if (m !== null && month === null) month = m;
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(w) && day === undefined) day = parseInt(w, 10);
    else if (/^\d{4}$/.test(w) && year === undefined) year = Number(w);
    else return null;
  }
  if (month === null || (day !== undefined && (day < 1 || day > 31))) return null;
  return { month, day, year };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Scores of a date match: the event starts on the date; a short event covers it; a long one does. */
export const DATE_SCORES = { starts: 75, covers: 70, within: 45 } as const;

/**
 * How well the epoch-day range [start, end] matches the query (in the query's year, or any year): 0 for not
 * at all. An event that starts on the day (or in the month) comes first; a term of years that merely runs
 * through it comes last, below title matches.
 */
export function dateScore(q: DateQuery, start: number, end: number): number {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return 0;
  const years: number[] = [];
  if (q.year !== undefined) years.push(q.year);
  else {
    const first = new Date(start * 86_400_000).getUTCFullYear();
    const last = new Date(end * 86_400_000).getUTCFullYear();
    for (let y = first; y <= Math.min(last, first + 40); y++) years.push(y);
  }
  let best = 0;
  for (const y of years) {
    const from = parseIsoDay(`${y}-${pad(q.month)}-${pad(q.day ?? 1)}`);
    if (from === null) continue;
    const to = q.day !== undefined ? from : (parseIsoDay(`${q.month === 12 ? y + 1 : y}-${pad(q.month === 12 ? 1 : q.month + 1)}-01`) ?? from + 31) - 1;
    if (start > to || end < from) continue;
    const score = start >= from ? DATE_SCORES.starts : end - start <= 31 ? DATE_SCORES.covers : DATE_SCORES.within;
    best = Math.max(best, score);
  }
  return best;
}
