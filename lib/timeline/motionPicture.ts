/**
 * The detail view's marks as one picture, for the canvas that shows them while the window moves in a burst
 * (a held key, a drag, Play). Hundreds of marks as buttons cost the browser several milliseconds a step to
 * restyle, lay out and paint, so while the window moves the buttons stay as they were, hidden, and this
 * picture of the same layout is drawn instead; when the window rests the buttons show again. Every shape sits
 * where the buttons' boxes put it (EventMark, MarkButton), so the hand-over moves nothing.
 */
import { eventEmphasis, type Emphasis, type Focus } from "@/lib/highlight";
import type { Lane } from "./lanes";
import { overlaySide, type DetailLayout } from "./layout";
import type { MarkKind } from "./marks";
import { BAR_HEIGHT, DOT_TOP, TEXT_HEIGHT } from "./rowGeometry";

/** Where lanes and their rows sit, from the top of the lanes (the page's DetailRows). */
export interface RowPlacement {
  laneTop(lane: number): number;
  rowTop(lane: number, row: number): number;
}

/** A rectangle in the lanes' pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One event's mark. */
export interface MotionMark {
  kind: MarkKind;
  expected: boolean;
  emphasis: Emphasis;
  color: string;
  title: string;
  /** The box of the event's button: tinted when the event is related to the selection or selected. */
  box: Box;
  /** A point's centre. */
  dot: { x: number; y: number } | null;
  /** A span's bar, and whether each end fades (an imprecise date, or a span running past the view's edge). */
  bar: (Box & { fadeStart: boolean; fadeEnd: boolean }) | null;
  label: (Box & { lines: 1 | 2 }) | null;
  /** The selected event's title beside its box when the layout had no room for it (as MarkButton's overlay). */
  overlay: "left" | "right" | null;
}

/** A "+N" mark: where its box's top-left corner is, and its lane's colour. */
export interface MotionSummary {
  x: number;
  y: number;
  count: number;
  color: string;
}

export interface MotionPicture {
  marks: MotionMark[];
  summaries: MotionSummary[];
}

/** Lanes have a 1 px top border: their marks are placed from inside it. */
const LANE_BORDER = 1;

interface Input {
  layout: DetailLayout;
  rows: RowPlacement;
  lanes: readonly Lane[];
  focus: Focus;
  /** The view's width. */
  width: number;
}

/** The picture of `layout`'s marks and "+N" summaries, in the lanes' pixels (the top of the first lane is 0). */
export function motionPicture({ layout, rows, lanes, focus, width }: Input): MotionPicture {
  const rowY = (lane: number, row: number) => rows.laneTop(lane) + LANE_BORDER + rows.rowTop(lane, row);
  const marks = layout.events.map((placed): MotionMark => {
    const { event } = placed.item;
    const { mark, text, bar, label } = placed;
    const top = rowY(placed.lane, placed.row);
    const barTop = top + TEXT_HEIGHT * (layout.lanes[placed.lane]?.lines[placed.row] ?? 1);
    const emphasis = eventEmphasis(event, focus);
    const box = text
      ? { x: text.start, y: top, width: text.end - text.start, height: TEXT_HEIGHT * placed.lines }
      : { x: bar?.start ?? mark.x0, y: barTop - 3, width: bar ? bar.end - bar.start : mark.x1 - mark.x0, height: 8 };
    const fuzzy = mark.kind === "imprecise";
    return {
      kind: mark.kind,
      expected: event.status === "expected",
      emphasis,
      color: lanes[placed.lane]?.color ?? "#7F7F7F",
      title: event.title,
      box,
      dot: mark.kind === "point" ? { x: (mark.x0 + mark.x1) / 2, y: top + DOT_TOP + (mark.x1 - mark.x0) / 2 } : null,
      bar: bar ? { x: bar.start, y: barTop, width: bar.end - bar.start, height: BAR_HEIGHT, fadeStart: fuzzy || mark.clipStart, fadeEnd: fuzzy || mark.clipEnd } : null,
      label: label ? { x: label.start, y: top, width: label.end - label.start, height: TEXT_HEIGHT * placed.lines, lines: placed.lines } : null,
      overlay: overlaySide(placed, emphasis === "selected", width),
    };
  });
  const summaries = layout.summaries.map((s) => ({ x: s.x0, y: rowY(s.lane, s.row), count: s.count, color: lanes[s.lane]?.color ?? "#7F7F7F" }));
  return { marks, summaries };
}
