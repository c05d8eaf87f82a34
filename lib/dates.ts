/**
 * Dates with honest precision. The dataset stores ISO strings ("2024-12-05", "2024-12", "2024"; years
 * before 1 CE as ISO 8601 expanded years, "-0602" being 603 BCE since ISO counts a year zero);
 * everything else works in epoch days (whole days since 1970-01-01, calendar arithmetic in UTC),
 * so 5 December stays 5 December in every time zone. This is the only module that turns date
 * strings into numbers and back.
 */

/** How precisely a date is known. */
export type Precision = "day" | "month" | "year";

/** Whole days since 1970-01-01. */
export type EpochDay = number;

const DAY_MS = 86_400_000;
// Four-digit years, or ISO 8601 expanded years with a sign and up to six digits ("-0602", "+010000").
export const ISO_PATTERN = /^(\d{4}|[+-]\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last whole years a JavaScript Date holds (it ends on 20 April 271821 BCE and 13 September 275760). */
export const MIN_YEAR = -271_820;
export const MAX_YEAR = 275_759;

/** A year as people read it: 2024, "603 BCE" for ISO year -602 (there is no year zero: ISO 0 is 1 BCE). */
export function formatYear(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

/** The parts of a partial ISO date, or null when the string is not a real calendar date. */
export function parseIsoParts(value: string): { year: number; month?: number; day?: number; precision: Precision } | null {
  const match = ISO_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

/** The precision a partial ISO date string carries, or null if it is not one. */
export function precisionOf(value: string): Precision | null {
  return parseIsoParts(value)?.precision ?? null;
}

// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

function utcDay(year: number, month: number, day: number): EpochDay {
  return Math.round(utcDate(year, month - 1, day).getTime() / DAY_MS);
}

/** The first and last epoch day a partial ISO date covers ("2024-12" → 1–31 December). */
export function isoRange(value: string): { start: EpochDay; end: EpochDay } {
  const parts = parseIsoParts(value);
  if (!parts) throw new RangeError(`not an ISO date: "${value}"`);
  const { year, month, day } = parts;
  if (month === undefined) return { start: utcDay(year, 1, 1), end: utcDay(year, 12, 31) };
  if (day === undefined) return { start: utcDay(year, month, 1), end: utcDay(year, month, daysInMonth(year, month)) };
  const d = utcDay(year, month, day);
  return { start: d, end: d };
}

/** Epoch day of a full ISO day string, or null when it is not a valid `YYYY-MM-DD`. */
export function parseIsoDay(value: string): EpochDay | null {
  const parts = parseIsoParts(value);
  if (!parts || parts.precision !== "day") return null;
  return utcDay(parts.year, parts.month!, parts.day!);
}

/** Calendar year, month (1–12) and day of an epoch day. */
export function dayParts(day: EpochDay): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** An ISO year: four digits, or signed expanded digits outside 0–9999 ("-0602"). */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, "0");
  return `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(4, "0")}`;
}

/** `YYYY-MM-DD` for an epoch day (`-0602-03-01` before year 0). */
export function toIsoDay(day: EpochDay): string {
  const parts = dayParts(day);
  return `${isoYear(parts.year)}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
}

// English month names. Formatting is done here rather than with date-fns' `format`, which pulls its whole
// locale (about 10 kB gzipped) into the first load for three fixed patterns.
/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Three-letter month names ("Jan" … "Dec"), derived from MONTH_NAMES so the two lists cannot disagree. */
export const MONTH_SHORT_NAMES: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

// Month arithmetic is done on UTC calendar fields, never on local Dates: a local Date cannot hold a day
// its zone skipped (Kiritimati has no 31 December 1994, Samoa no 30 December 2011), and date-fns' addMonths
// on one moved such a step by one or two days.
function calendarOf(day: EpochDay): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function monthsLater(year: number, month: number, months: number): { year: number; month: number } {
  const index = month - 1 + months;
  return { year: year + Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The same calendar day `months` months later (clamped to the month's end, as date-fns' addMonths does). */
export function addMonthsToDay(day: EpochDay, months: number): EpochDay {
  const from = calendarOf(day);
  const to = monthsLater(from.year, from.month, months);
  return utcDay(to.year, to.month, Math.min(from.day, daysInMonth(to.year, to.month)));
}

/**
 * `months` months later, keeping a month's last day the last day: 31 December steps to 30 November, then
 * 31 October (where addMonthsToDay would stay on the 30th, and after February on the 28th).
 */
export function addMonthsKeepingEnd(day: EpochDay, months: number): EpochDay {
  const from = calendarOf(day);
  if (from.day !== daysInMonth(from.year, from.month)) return addMonthsToDay(day, months);
  const to = monthsLater(from.year, from.month, months);
  return utcDay(to.year, to.month, daysInMonth(to.year, to.month));
}

/** A date as people read it, at its precision: "5 December 2024", "December 2024", "2024". */
export function formatIso(value: string): string {
  const parts = parseIsoParts(value);
  if (!parts) return value;
  if (parts.precision === "year") return formatYear(parts.year);
  const month = `${MONTH_NAMES[parts.month! - 1]} ${formatYear(parts.year)}`;
  return parts.precision === "month" ? month : `${parts.day} ${month}`;
}

/** A short label for an epoch day ("5 Dec 2024"). */
export function formatDayShort(day: EpochDay): string {
  const parts = dayParts(day);
  return `${parts.day} ${MONTH_SHORT_NAMES[parts.month - 1]} ${formatYear(parts.year)}`;
}

/** A date or range at its precision: "5–6 December 2024", "2025 – 2029", "December 2024". */
export function formatRange(start: string, end?: string): string {
  if (!end || end === start) return formatIso(start);
  const a = parseIsoParts(start);
  const b = parseIsoParts(end);
  if (a && b && a.precision === "day" && b.precision === "day" && a.year === b.year && a.month === b.month) {
    return `${a.day}–${formatIso(end)}`;
  }
  return `${formatIso(start)} – ${formatIso(end)}`;
}

/** The start of the calendar month containing the day. */
export function startOfMonthDay(day: EpochDay): EpochDay {
  const d = new Date(day * DAY_MS);
  return utcDay(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The calendar year of an epoch day. */
export function yearOf(day: EpochDay): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
