/** Dates as other tools write them, read into the schema's ISO strings at their precision. */
import { isoDateProblem } from "@/lib/dateProblem";
import { isoYear, MONTH_SHORT_NAMES, type Precision } from "@/lib/dates";

/** A date read from a file. */
export interface ReadDate {
  iso: string;
  precision: Precision;
}

/** A date, a reason it is not one, or nothing (an empty cell). */
export type DateReading = ReadDate | { problem: string } | null;

/** "jan" … "dec": a month is read by its first three letters, in any case. */
const MONTHS = MONTH_SHORT_NAMES.map((name) => name.toLowerCase());

function monthNumber(word: string): number | null {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Builds and checks an ISO date from parts (year as ISO counts it: 0 is 1 BCE). */
export function fromParts(year: number, month?: number | null, day?: number | null): ReadDate | { problem: string } {
  if (!Number.isInteger(year)) return { problem: `year "${year}" is not a whole number` };
  let iso = isoYear(year);
  let precision: Precision = "year";
  if (month != null) {
    iso += `-${pad(month)}`;
    precision = "month";
    if (day != null) {
      iso += `-${pad(day)}`;
      precision = "day";
    }
  }
  const problem = isoDateProblem(iso);
  return problem ? { problem: `"${iso}" ${problem}` } : { iso, precision };
}

const ISO = /^([+-]?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/;
// Spaces, hyphens or a comma between the month and the year ("7 Jan, 2025", "07-JAN-2025"): the hyphen comes last
// in its class, or the class would be a range of characters.
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3,})\.?[ ,-]*(\d{1,4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,})\.? (\d{1,2}),? (\d{1,4})$/;
const MONTH_YEAR = /^([A-Za-z]{3,})\.? (\d{1,4})$/;
const BCE = /^(\d{1,6})\s*(BCE|BC)$/i;

/**
 * Reads the date forms found in the wild: ISO (`2024`, `2024-03`, `2024-03-05`, with or without a time,
 * `-0602`), `2024/03/05`, `5 March 2024`, `March 5, 2024`, `March 2024`, `603 BCE`. A time is dropped (day
 * precision). Day-first or month-first numbers (`03/05/2024`) are refused: they cannot be told apart.
 */
export function readDate(raw: string | number | null | undefined): DateReading {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  if (text === "") return null;
  let m = ISO.exec(text);
  if (m) {
    // Plain numbers of any width are years (Gephi and spreadsheets write 2007 or 2007.0); ISO wants four digits.
    return fromParts(Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  }
  if (/^[+-]?\d+\.0+$/.test(text)) return fromParts(Number(text));
  if ((m = SLASHED.exec(text))) return fromParts(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  if ((m = DAY_MONTH_YEAR.exec(text)) && monthNumber(m[2]!)) return fromParts(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  if ((m = MONTH_DAY_YEAR.exec(text)) && monthNumber(m[1]!)) return fromParts(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  if ((m = MONTH_YEAR.exec(text)) && monthNumber(m[1]!)) return fromParts(Number(m[2]), monthNumber(m[1]!));
  if ((m = BCE.exec(text))) return fromParts(1 - Number(m[1]));
  return { problem: `"${text}" is not a date this importer reads (use YYYY, YYYY-MM or YYYY-MM-DD)` };
}

/** True when a reading is a problem. */
export function isDateProblem(reading: DateReading): reading is { problem: string } {
  return reading !== null && "problem" in reading;
}

/** The coarser of two precisions: a range is stored at one precision, so a day-to-year range is read as years. */
export function coarser(a: Precision, b: Precision): Precision {
  const order: Precision[] = ["day", "month", "year"];
  return order[Math.max(order.indexOf(a), order.indexOf(b))]!;
}

/** Cuts an ISO date down to a precision (`2024-03-05` at month → `2024-03`). */
export function atPrecision(date: ReadDate, precision: Precision): string {
  const parts = date.iso.split(/(?<=\d)-/);
  const keep = precision === "year" ? 1 : precision === "month" ? 2 : 3;
  return parts.slice(0, keep).join("-");
}

/** A date range as the schema stores it. */
export interface DateValue {
  start: string;
  end?: string;
  precision: Precision;
}

/** A start and optional end at one precision (the coarser of the two, or `atLeast` when coarser still). */
export function dateValue(start: ReadDate, end: ReadDate | null, atLeast: Precision = "day"): DateValue {
  const precision = coarser(coarser(start.precision, atLeast), end?.precision ?? "day");
  const value: DateValue = { start: atPrecision(start, precision), precision };
  if (end && atPrecision(end, precision) !== value.start) value.end = atPrecision(end, precision);
  return value;
}
