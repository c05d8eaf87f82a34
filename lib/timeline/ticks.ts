/**
 * Axis ticks at calendar boundaries (days, weeks, months, quarters, years) chosen for the pixel density,
 * with short labels that never overlap each other or reserved spans (such as the "as of" label).
 */
import { dayParts, formatYear, MONTH_SHORT_NAMES } from "@/lib/dates";
import { TICK_UNITS, chooseUnit, unitBoundaries, yearMonth, type CalendarUnit } from "./units";
import type { Span } from "./labels";
import type { TimeScale } from "./scale";

/** A tick: its day and pixel, and its label (null when hidden to avoid overlap). `major` ticks start a month or year. */
export interface Tick {
  day: number;
  x: number;
  label: string | null;
  major: boolean;
}

/** Options for axisTicks. */
export interface TickOptions {
  /** The least space between ticks, in pixels. */
  minSpacing?: number;
  /** Estimated width of a label character, for the overlap check. */
  charWidth?: number;
  /** Spans where no tick label may go. */
  reserved?: readonly Span[];
}

/** "Dec", "Dec 2024", "5 Dec", "2025": a tick's label for its unit; the year shows on the first tick and each January. */
export function tickLabel(day: number, unit: CalendarUnit, first: boolean): string {
  const { year, month } = yearMonth(day);
  if (unit.kind === "year") return formatYear(year);
  const mon = MONTH_SHORT_NAMES[month - 1]!;
  if (unit.kind === "month") return first || month === 1 ? `${mon} ${formatYear(year)}` : mon;
  return `${dayParts(day).day} ${mon}`;
}

function isMajor(day: number, unit: CalendarUnit): boolean {
  const { month, day: dayOfMonth } = dayParts(day);
  if (unit.kind === "day" || unit.kind === "week") return dayOfMonth === 1;
  if (unit.kind === "month") return month === 1;
  return false;
}

/** Ticks for the visible pixels of a scale, with labels that fit. */
export function axisTicks(scale: TimeScale, options: TickOptions = {}): Tick[] {
  const { minSpacing = 64, charWidth = 6.6, reserved = [] } = options;
  const unit = chooseUnit(scale.pxPerDay, minSpacing, TICK_UNITS);
  const days = unitBoundaries(scale.from, scale.end, unit).filter((d) => d >= scale.from && d < scale.end);
  let lastEnd = -Infinity;
  return days.map((day, i) => {
    const x = scale.x(day);
    const text = tickLabel(day, unit, i === 0);
    const span = { start: x + 3, end: x + 3 + text.length * charWidth };
    const fits =
      span.start >= lastEnd + 8 &&
      span.end <= scale.width &&
      reserved.every((r) => span.end + 4 <= r.start || span.start >= r.end + 4);
    if (fits) lastEnd = span.end;
    return { day, x, label: fits ? text : null, major: isMajor(day, unit) };
  });
}

/** The labelled "as of" line: where it is, its label ("" when there is no room) and where the label sits. */
export interface AsOfMark {
  x: number;
  label: string;
  labelX: number;
  alignRight: boolean;
}

/**
 * Ticks plus the analysis date's line, labelled in the axis row with the longest of `labels` that fits
 * beside the tick labels (right of the line, else left of it); with no room the line stays unlabelled.
 */
export function axisWithAsOf(
  scale: TimeScale,
  asOfX: number | null,
  labels: readonly string[],
  measure: (text: string) => number,
  options: TickOptions = {},
): { ticks: Tick[]; asOf: AsOfMark | null } {
  const ticks = axisTicks(scale, options);
  if (asOfX === null || asOfX < 0 || asOfX > scale.width) return { ticks, asOf: null };
  const charWidth = options.charWidth ?? 6.6;
  const taken = ticks.flatMap((t) => (t.label ? [{ start: t.x + 3, end: t.x + 3 + t.label.length * charWidth }] : []));
  for (const label of labels) {
    const w = Math.ceil(measure(label)) + 4;
    for (const alignRight of [false, true]) {
      const span = alignRight ? { start: asOfX - 4 - w, end: asOfX - 4 } : { start: asOfX + 4, end: asOfX + 4 + w };
      if (span.start < 0 || span.end > scale.width) continue;
      if (taken.every((t) => t.end + 4 <= span.start || t.start >= span.end + 4)) {
        return { ticks, asOf: { x: asOfX, label, labelX: alignRight ? asOfX - 4 : asOfX + 4, alignRight } };
      }
    }
  }
  return { ticks, asOf: { x: asOfX, label: "", labelX: asOfX, alignRight: false } };
}
