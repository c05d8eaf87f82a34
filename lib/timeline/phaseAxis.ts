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
/** Room for an open end's chevron, in pixels. */
const OPEN = 10;
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
  text: string;
  /** The label's width in pixels. */
  size: number;
}

/** The dated boundaries: each phase's start (when known) and the last phase's end (when known). */
function boundariesOf(phases: readonly PhaseSpan[], charWidth: number): { starts: (Boundary | null)[]; end: Boundary | null } {
  const dated: { day: EpochDay; precision: Precision | undefined }[] = [];
  const index = phases.map((p) => (Number.isFinite(p.start) ? dated.push({ day: p.start, precision: p.startPrecision }) - 1 : -1));
  const last = phases[phases.length - 1]!;
  const endIndex = Number.isFinite(last.end) ? dated.push({ day: last.end, precision: last.endPrecision }) - 1 : -1;
  const labelled = dated.map((b, i) => {
    const before = dated[i - 1];
    const after = dated[i + 1];
    const nearest = Math.min(before ? b.day - before.day : Infinity, after ? after.day - b.day : Infinity);
    const text = boundaryLabel(b.day, nearest, b.precision);
    return { day: b.day, text, size: text.length * charWidth };
  });
  return { starts: index.map((i) => (i < 0 ? null : labelled[i]!)), end: endIndex < 0 ? null : labelled[endIndex]! };
}

/** Lays out `phases` (in time order, touching) across `width` pixels. */
export function phaseAxis(phases: readonly PhaseSpan[], width: number, options: PhaseAxisOptions = {}): PhaseAxis {
  const { charWidth = 6, gap = 6, rows = 2 } = options;
  if (phases.length === 0 || width <= 0) return { segments: [], labels: [] };
  const { starts, end } = boundariesOf(phases, charWidth);
  const n = phases.length;
  // The least room of a phase: half of each of its two labels (the whole of a label at the chart's edge), or
  // room for an open end's chevron.
  const least = phases.map((_, i) => {
    const left = starts[i] ? (i === 0 ? starts[i]!.size : starts[i]!.size / 2) : OPEN;
    const next = i === n - 1 ? end : starts[i + 1];
    const right = next ? (i === n - 1 ? next.size : next.size / 2) : OPEN;
    return left + right + gap;
  });
  const needed = least.reduce((a, b) => a + b, 0);
  // A phase is as long as its known days; an open one counts for nothing beyond its least room.
  const lengths = phases.map((p) => (Number.isFinite(p.start) && Number.isFinite(p.end) ? Math.max(0, p.end + 1 - p.start) : 0));
  const total = lengths.reduce((a, b) => a + b, 0);
  const spare = width - needed;
  const widths =
    spare <= 0
      ? least.map((w) => (w * width) / needed)
      : least.map((w, i) => w + (total > 0 ? (spare * lengths[i]!) / total : spare / n));

  const segments: PhaseSegment[] = [];
  const placed: { boundary: Boundary; x: number }[] = [];
  let x = 0;
  phases.forEach((p, i) => {
    const x1 = i === n - 1 ? width : x + widths[i]!;
    segments.push({ x0: x, x1, openStart: !Number.isFinite(p.start), openEnd: !Number.isFinite(p.end) });
    if (starts[i]) placed.push({ boundary: starts[i]!, x });
    x = x1;
  });
  if (end) placed.push({ boundary: end, x: width });

  const rowEnds: number[] = Array.from({ length: rows }, () => -Infinity);
  const labels: PhaseLabel[] = [];
  for (const { boundary, x: at } of placed) {
    const { size, text, day } = boundary;
    // Centred on its boundary, but never past the chart's edges.
    const left = Math.min(Math.max(at - size / 2, 0), width - size);
    const anchor = left <= 0 ? "start" : left >= width - size ? "end" : "middle";
    const row = rowEnds.findIndex((rowEnd) => left >= rowEnd + gap);
    if (row < 0) continue;
    rowEnds[row] = left + size;
    labels.push({ day, boundary: at, x: anchor === "start" ? 0 : anchor === "end" ? width : at, text, anchor, row });
  }
  return { segments, labels };
}
