"use client";
/**
 * The detail view's geometry for a window and a size: the scale, the lanes' rows, every mark and label (or
 * the bins when there are too many events), and the axis. Layouts are kept for the last few windows, so a
 * scrub that comes back over the same windows (holding a key back and forth) lays nothing out twice.
 */
import { useCallback, useMemo } from "react";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { formatDayShort } from "@/lib/dates";
import { createLru } from "@/lib/lru";
import { createWindowBinner } from "@/lib/timeline/windowBins";
import type { Lane } from "@/lib/timeline/lanes";
import { layoutDetail, type DetailLayout } from "@/lib/timeline/layout";
import { timeScale } from "@/lib/timeline/scale";
import { axisWithAsOf } from "@/lib/timeline/ticks";
import { wrapWidthMeasurer } from "@/lib/timeline/wrap";
import { LINE_HEIGHT, ROW_HEIGHT } from "@/lib/timeline/rowGeometry";
import { BIN_UNITS, chooseUnit } from "@/lib/timeline/units";
import { useTextWidth } from "./useTextWidth";

export const AXIS_HEIGHT = 24;
export const LANE_PAD = 3;
/** Estimated width of a tick label character (11px text), for the axis overlap check. */
const CHAR_WIDTH = 6.4;
/** Rows a lane may grow to before a busy stretch is summarised as "+N". */
const MAX_LANE_ROWS = 8;
/** Pixels added to a measured width so the browser's own text metrics never wrap or cut a title. */
const TEXT_SLACK = 3;
/** Layouts kept per set of inputs other than the window. */
const CACHED_WINDOWS = 32;

interface Input {
  events: readonly IndexedEvent[];
  /** Every dated event that passes the theme filter, in date order: bins are counted from it, once per unit. */
  themedDated: readonly IndexedEvent[];
  binned: boolean;
  from: number;
  to: number;
  width: number;
  height: number;
  lanes: readonly Lane[];
  laneOf: (item: IndexedEvent) => number;
  asOf: number | null;
}

/** Where lanes and rows sit vertically, from the top of the (scrolling) lanes. */
export interface DetailRows {
  laneTop(lane: number): number;
  laneHeight(lane: number): number;
  /** Top of a row inside its lane; extra height from stretching goes above the text. */
  rowTop(lane: number, row: number): number;
  /** Height of all the lanes together (more than the view when it scrolls). */
  total: number;
  binLaneHeight: number;
}

/** The detail view's layout for the current window and size. */
export function useDetailLayout({ events, themedDated, binned, from, to, width, height, lanes, laneOf, asOf }: Input) {
  const scale = useMemo(() => timeScale(from, to, Math.max(width, 1)), [from, to, width]);
  const measureLabel = useTextWidth("12px");
  const measureTag = useTextWidth("600 11px");
  const narrow = width < 560;
  const tagWidths = useMemo(() => lanes.map((l) => Math.ceil(Math.min(measureTag(l.label), narrow ? 80 : 140)) + 30), [lanes, measureTag, narrow]);
  const lanesHeight = Math.max(0, height - AXIS_HEIGHT);
  // Titles are measured once per title, on one line and wrapped onto two.
  const measureWrap = useMemo(() => wrapWidthMeasurer(measureLabel, TEXT_SLACK), [measureLabel]);
  const wrapWidth = useCallback((e: IndexedEvent) => measureWrap(e.event.title), [measureWrap]);

  // Everything but the window (and the events, which follow from it and the filter) keys the cache. The
  // selection does not: the layout never depends on it, so selecting lays nothing out.
  const cache = useMemo(
    () => createLru<string, DetailLayout>(CACHED_WINDOWS),
    [lanes, laneOf, tagWidths, narrow, measureLabel, width], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const layout = useMemo(() => {
    if (binned || width <= 0) return null;
    return cache.get(`${scale.from}|${scale.end}|${events.length}`, () =>
      layoutDetail({
        events,
        scale,
        laneCount: lanes.length,
        laneOf,
        labelWidth: (e) => Math.ceil(measureLabel(e.event.title)) + TEXT_SLACK,
        wrapWidth,
        // What the source article itself reports before outside context.
        priority: (e) => (e.event.basis === "article" ? 0.3 : 0),
        laneTagWidth: (i) => tagWidths[i] ?? 0,
        maxLaneRows: MAX_LANE_ROWS,
        maxLabel: narrow ? 200 : 300,
      }),
    );
  }, [cache, binned, width, events, scale, lanes.length, laneOf, measureLabel, wrapWidth, tagWidths, narrow]);

  // Bins of the whole extent per unit, so a step costs the bins it shows, not the (thousands of) events in the window.
  const binner = useMemo(() => createWindowBinner(themedDated, laneOf, lanes.length), [themedDated, laneOf, lanes.length]);
  const bins = useMemo(() => {
    if (!binned || width <= 0) return [];
    return binner(from, to, chooseUnit(scale.pxPerDay, 16, BIN_UNITS));
  }, [binned, width, scale, binner, from, to]);

  // Rows stretch (up to a third more) when the lanes need less than the space there is, so the view looks full;
  // when they need more, the lanes scroll.
  const rows = useMemo((): DetailRows => {
    const laneRows = layout?.lanes ?? lanes.map((_, i) => ({ firstRow: i, rows: 1, lines: [1] }));
    const heights = laneRows.map((l) => l.lines.map((n) => ROW_HEIGHT + (n - 1) * LINE_HEIGHT));
    const natural = heights.reduce((sum, h) => sum + h.reduce((a, b) => a + b, 0) + LANE_PAD, 0);
    const rowCount = Math.max(1, laneRows.reduce((n, l) => n + l.rows, 0));
    const stretch = layout ? Math.max(0, Math.min(ROW_HEIGHT * 0.35, (lanesHeight - natural) / rowCount)) : 0;
    const tops: number[][] = [];
    const laneTops: number[] = [];
    let y = 0;
    for (const h of heights) {
      laneTops.push(y);
      let r = LANE_PAD / 2;
      tops.push(h.map((rh) => ((r += rh + stretch), r - rh)));
      y += h.reduce((a, b) => a + b + stretch, 0) + LANE_PAD;
    }
    return {
      laneTop: (i) => laneTops[i] ?? 0,
      laneHeight: (i) => (heights[i] ?? []).reduce((a, b) => a + b + stretch, 0) + LANE_PAD,
      rowTop: (lane, row) => tops[lane]?.[row] ?? LANE_PAD / 2,
      total: y,
      binLaneHeight: Math.max(14, Math.floor(lanesHeight / Math.max(lanes.length, 1))),
    };
  }, [layout, lanes, lanesHeight]);
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
