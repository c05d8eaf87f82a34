/**
 * Where a tie's phases and their dates go in its small phase chart. Phases differ wildly in length (29 years
 * of partnership, then five weeks of hostility), so each phase gets room for a date label and the rest of the
 * width is shared by length: the short turns that matter stay visible and dated. The boundaries are labelled
 * with their dates (as precise as needed to tell neighbours apart), on a second row when they would touch.
 */
import { dayParts, formatYear, MONTH_SHORT_NAMES, type EpochDay, type Precision } from "@/lib/dates";

/** A phase's days (inclusive; an open start or end is -Infinity or Infinity) and how precise its dates are. */
export interface PhaseSpan {
  start: EpochDay;
  end: EpochDay;
  startPrecision?: Precision;
  endPrecision?: Precision;
}

/** A phase's place in the chart: from x0 to x1 pixels; an open end is drawn as running on. */
export interface PhaseSegment {
  x0: number;
  x1: number;
  openStart: boolean;
  openEnd: boolean;
}

/** A date label at a phase boundary: the boundary's pixel, the text's pixel and anchor, and its row (0 nearest the chart). */
export interface PhaseLabel {
  day: EpochDay;
  boundary: number;
  x: number;
  text: string;
  anchor: "start" | "middle" | "end";
  row: number;
}

/** Options for phaseAxis. */
export interface PhaseAxisOptions {
  /** Estimated width of a label character, in pixels. */
  charWidth?: number;
  /** The least room between two labels of a row, in pixels. */
  gap?: number;
  /** How many label rows there may be; a label that fits in none is left out (the phase list has every date). */
  rows?: number;
}

/** The phases' segments and their boundaries' labels. */
export interface PhaseAxis {
  segments: PhaseSegment[];
  labels: PhaseLabel[];
}

const YEAR_GAP = 730;
const MONTH_GAP = 60;
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * A boundary's date, as coarse as it can be while its nearest neighbour is far: a year when neighbours are two
 * years or more away, a month when two months or more, else the day; never finer than the date is known.
 */
export function boundaryLabel(day: EpochDay, nearest: number, precision: Precision = "day"): string {
  const needed: Precision = nearest >= YEAR_GAP ? "year" : nearest >= MONTH_GAP ? "month" : "day";
  const shown = PRECISION_RANK[needed] <= PRECISION_RANK[precision] ? needed : precision;
  const parts = dayParts(day);
  const year = formatYear(parts.year);
  if (shown === "year") return year;
  const month = `${MONTH_SHORT_NAMES[parts.month - 1]} ${year}`;
  return shown === "month" ? month : `${parts.day} ${month}`;
}

interface Boundary {
  day: EpochDay;
  x: number;
  precision: Precision | undefined;
}

/** Lays out `phases` (in time order) across `width` pixels. */
export function phaseAxis(phases: readonly PhaseSpan[], width: number, options: PhaseAxisOptions = {}): PhaseAxis {
  const { charWidth = 6, gap = 6, rows = 2 } = options;
  if (phases.length === 0 || width <= 0) return { segments: [], labels: [] };
  // A phase is as long as its known days; an open one counts for nothing beyond its label's room.
  const lengths = phases.map((p) => (Number.isFinite(p.start) && Number.isFinite(p.end) ? Math.max(0, p.end + 1 - p.start) : 0));
  const total = lengths.reduce((a, b) => a + b, 0);
  // Room for a typical label ("19 Feb 1992") per phase, as far as the width allows.
  const least = Math.min(width / phases.length, 11 * charWidth + gap);
  const spare = width - least * phases.length;
  const widths = lengths.map((length) => least + (total > 0 ? (spare * length) / total : spare / phases.length));

  const segments: PhaseSegment[] = [];
  const boundaries: Boundary[] = [];
  let x = 0;
  phases.forEach((p, i) => {
    const x1 = i === phases.length - 1 ? width : x + widths[i]!;
    segments.push({ x0: x, x1, openStart: !Number.isFinite(p.start), openEnd: !Number.isFinite(p.end) });
    if (Number.isFinite(p.start)) boundaries.push({ day: p.start, x, precision: p.startPrecision });
    x = x1;
  });
  const last = phases[phases.length - 1]!;
  if (Number.isFinite(last.end)) boundaries.push({ day: last.end, x: width, precision: last.endPrecision });

  const rowEnds: number[] = Array.from({ length: rows }, () => -Infinity);
  const labels: PhaseLabel[] = [];
  boundaries.forEach((b, i) => {
    const before = boundaries[i - 1];
    const after = boundaries[i + 1];
    const nearest = Math.min(before ? b.day - before.day : Infinity, after ? after.day - b.day : Infinity);
    const text = boundaryLabel(b.day, nearest, b.precision);
    const size = text.length * charWidth;
    // Centred on its boundary, but never past the chart's edges.
    const left = Math.min(Math.max(b.x - size / 2, 0), width - size);
    const anchor = left <= 0 ? "start" : left >= width - size ? "end" : "middle";
    const row = rowEnds.findIndex((end) => left >= end + gap);
    if (row < 0) return;
    rowEnds[row] = left + size;
    labels.push({ day: b.day, boundary: b.x, x: anchor === "start" ? 0 : anchor === "end" ? width : b.x, text, anchor, row });
  });
  return { segments, labels };
}
