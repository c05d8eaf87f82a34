"use client";
/**
 * The detail view's geometry for a window and a size: the scale, the lanes' rows, every mark and label (or
 * the bins when there are too many events), and the axis. Layouts are kept for the last few windows, so a
 * scrub that comes back over the same windows (holding a key back and forth) lays nothing out twice.
 */
import { useMemo } from "react";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { formatDayShort } from "@/lib/dates";
import { createLru } from "@/lib/lru";
import { eventEmphasis, type Emphasis, type Focus } from "@/lib/highlight";
import { binEvents } from "@/lib/timeline/bins";
import type { Lane } from "@/lib/timeline/lanes";
import { layoutDetail, type DetailLayout } from "@/lib/timeline/layout";
import { timeScale } from "@/lib/timeline/scale";
import { axisWithAsOf } from "@/lib/timeline/ticks";
import { BIN_UNITS, chooseUnit } from "@/lib/timeline/units";
import { ROW_HEIGHT } from "./EventMark";
import { useTextWidth } from "./useTextWidth";

export const AXIS_HEIGHT = 24;
export const LANE_PAD = 3;
/** Estimated width of a tick label character (11px text), for the axis overlap check. */
const CHAR_WIDTH = 6.4;
const PRIORITY: Record<Emphasis, number> = { selected: 3, related: 2, normal: 1, dimmed: 0 };
/** Layouts kept per set of inputs other than the window. */
const CACHED_WINDOWS = 32;

interface Input {
  events: readonly IndexedEvent[];
  binned: boolean;
  from: number;
  to: number;
  width: number;
  height: number;
  lanes: readonly Lane[];
  laneOf: (item: IndexedEvent) => number;
  focus: Focus;
  asOf: number | null;
}

/** Where lanes and rows sit vertically. */
export interface DetailRows {
  laneTop(lane: number): number;
  laneHeight(lane: number): number;
  /** Top of a row inside its lane; extra height from stretching goes above the text. */
  rowTop(row: number): number;
  binLaneHeight: number;
}

/** The detail view's layout for the current window and size. */
export function useDetailLayout({ events, binned, from, to, width, height, lanes, laneOf, focus, asOf }: Input) {
  const scale = useMemo(() => timeScale(from, to, Math.max(width, 1)), [from, to, width]);
  const measureLabel = useTextWidth("12px");
  const measureTag = useTextWidth("600 11px");
  const narrow = width < 560;
  const tagWidths = useMemo(() => lanes.map((l) => Math.ceil(Math.min(measureTag(l.label), narrow ? 80 : 140)) + 30), [lanes, measureTag, narrow]);
  const lanesHeight = Math.max(0, height - AXIS_HEIGHT);
  const budgetRows = Math.max(lanes.length, Math.floor((lanesHeight - lanes.length * LANE_PAD) / ROW_HEIGHT));

  // Everything but the window (and the events, which follow from it and the filter) keys the cache.
  const cache = useMemo(
    () => createLru<string, DetailLayout>(CACHED_WINDOWS),
    [lanes, laneOf, focus, tagWidths, budgetRows, narrow, measureLabel, width], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const layout = useMemo(() => {
    if (binned || width <= 0) return null;
    return cache.get(`${scale.from}|${scale.end}|${events.length}`, () =>
      layoutDetail({
        events,
        scale,
        laneCount: lanes.length,
        laneOf,
        labelWidth: (e) => Math.ceil(measureLabel(e.event.title)) + 2,
        // Emphasis first; then what the source article itself reports before outside context.
        priority: (e) => PRIORITY[eventEmphasis(e.event, focus)] + (e.event.basis === "article" ? 0.3 : 0),
        laneTagWidth: (i) => tagWidths[i] ?? 0,
        budgetRows,
        maxLabels: narrow ? [260, 140] : [360, 180],
        minLabel: 76,
      }),
    );
  }, [cache, binned, width, events, scale, lanes.length, laneOf, measureLabel, focus, tagWidths, budgetRows, narrow]);

  const bins = useMemo(() => {
    if (!binned || width <= 0) return [];
    const unit = chooseUnit(scale.pxPerDay, 16, BIN_UNITS);
    return binEvents(events, from, to, unit, laneOf, lanes.length);
  }, [binned, width, scale, events, from, to, laneOf, lanes.length]);

  // Rows stretch (up to a third more) when the lanes need less than the space there is, so the height stays put.
  const rows = useMemo((): DetailRows => {
    const totalRows = layout?.totalRows ?? lanes.length;
    const free = lanesHeight - lanes.length * LANE_PAD;
    const rowHeight = layout ? Math.min(ROW_HEIGHT * 1.35, Math.max(ROW_HEIGHT, free / Math.max(totalRows, 1))) : ROW_HEIGHT;
    return {
      laneTop: (i) => AXIS_HEIGHT + (layout?.lanes[i]?.firstRow ?? 0) * rowHeight + i * LANE_PAD,
      laneHeight: (i) => (layout?.lanes[i]?.rows ?? 1) * rowHeight + LANE_PAD,
      rowTop: (row) => LANE_PAD / 2 + row * rowHeight + (rowHeight - ROW_HEIGHT),
      binLaneHeight: Math.max(14, Math.floor(lanesHeight / Math.max(lanes.length, 1))),
    };
  }, [layout, lanes.length, lanesHeight]);

  // The analysis date's line is labelled in the axis row: the full date where it fits beside the tick
  // labels, else just "As of" (the legend gives the date), else not at all.
  const axis = useMemo(
    () =>
      width > 0
        ? axisWithAsOf(scale, asOf === null ? null : scale.x(asOf + 1), asOf === null ? [] : [`As of ${formatDayShort(asOf)}`, "As of"], measureTag, {
            minSpacing: 70,
            charWidth: CHAR_WIDTH,
          })
        : { ticks: [], asOf: null },
    [scale, width, asOf, measureTag],
  );

  return { scale, layout, bins, rows, axis, tagWidths };
}
