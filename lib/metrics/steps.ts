/**
 * The time steps that "actors over time" are measured at: calendar months for a few years of data,
 * years for decades, decades beyond, so a chart has tens to a couple of hundred points whatever the extent.
 */
import type { EpochDay } from "@/lib/dates";

export type StepUnit = "month" | "year" | "decade";

/** One step: an inclusive range of days. */
export interface TimeStep {
  start: EpochDay;
  end: EpochDay;
}

const DAY_MS = 86_400_000;
const dayOf = (year: number, month: number) => Math.round(Date.UTC(year, month, 1) / DAY_MS);
/** Up to this many years, months; up to this many, years; beyond, decades. */
const MONTHS_UP_TO_YEARS = 8;
const YEARS_UP_TO_YEARS = 150;

/** The step for an extent of days. */
export function chooseStepUnit(extent: { start: EpochDay; end: EpochDay }): StepUnit {
  const years = (extent.end - extent.start + 1) / 365.25;
  return years <= MONTHS_UP_TO_YEARS ? "month" : years <= YEARS_UP_TO_YEARS ? "year" : "decade";
}

/** Calendar-aligned steps covering the extent (the first and last are cut to it). */
export function timeSteps(extent: { start: EpochDay; end: EpochDay }, unit: StepUnit = chooseStepUnit(extent)): TimeStep[] {
  if (!Number.isFinite(extent.start) || !Number.isFinite(extent.end) || extent.end < extent.start) return [];
  const first = new Date(extent.start * DAY_MS);
  let year = first.getUTCFullYear();
  let month = unit === "month" ? first.getUTCMonth() : 0;
  if (unit === "decade") year = Math.floor(year / 10) * 10;
  const steps: TimeStep[] = [];
  let start = dayOf(year, month);
  while (start <= extent.end) {
    if (unit === "month") month++;
    else year += unit === "year" ? 1 : 10;
    const next = dayOf(year, month);
    steps.push({ start: Math.max(start, extent.start), end: Math.min(next - 1, extent.end) });
    start = next;
  }
  return steps;
}
