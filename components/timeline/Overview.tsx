"use client";
import { Suspense, useMemo, useRef, useState } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { useElementSize } from "@/components/shared/useElementSize";
import type { IndexedDataset, IndexedEvent } from "@/lib/dataset/indexed";
import { toIsoDay, formatDayShort } from "@/lib/dates";
import type { WindowEdge } from "@/lib/timeline/keyboard";
import { clamp } from "@/lib/math";
import { timeScale } from "@/lib/timeline/scale";
import { axisTicks } from "@/lib/timeline/ticks";
import type { Lane } from "@/lib/timeline/lanes";
import { shiftWindow, type DayRange } from "@/lib/view/state";
import { useFocusRange } from "./useFocusRange";
import { useOverviewDrag } from "./useOverviewDrag";
import { useOverviewBins } from "./useOverviewBins";
import { OverviewHistogram } from "./OverviewHistogram";
import type { WindowCommit } from "./useWindowCommit";
import styles from "./Timeline.module.css";

interface Props {
  index: IndexedDataset;
  from: number;
  to: number;
  /** Every dated event that passes the theme filter (the selection's), for the histogram. */
  themedDated: readonly IndexedEvent[];
  window: WindowCommit;
  onInteract: () => void;
  /** The compare window, drawn on a strip of its own (Compare on), or null. */
  compare: DayRange | null;
  /** The timeline's lanes (their colours stack the bars) and each event's lane. */
  lanes: readonly Lane[];
  laneOf: (item: IndexedEvent) => number;
  /** The selected actor's events (same filter), drawn as a line over the bars; null without an actor. */
  actorEvents: readonly IndexedEvent[] | null;
}

/** The whole-extent strip is a pointer shortcut (the sliders' keys reach every day): it follows the first paint. */
const ExtentStrip = retryableLazy(() => import("./ExtentStrip").then((m) => m.ExtentStrip), { firstVisit: true });

/** Compare is off on most visits: its brush loads when first turned on. */
const CompareBrush = retryableLazy(() => import("./CompareBrush").then((m) => m.CompareBrush));

const CHART_HEIGHT = 40;
const HEIGHT = 58;
const COMPARE_STRIP = 16;

/**
 * Focus and context: a focus range around the window as a histogram, with a brush that is the time window
 * (a third of the width, so it is easy to grab and a pixel is days, not years), under a thin strip of the
 * whole extent to jump anywhere. The brush's handles are the contract's sliders "Window start" and "Window
 * end"; dragging a handle moves that edge, dragging the brush moves the window, dragging elsewhere draws a
 * new window and a click there centres the window.
 */
export function Overview({ index, from, to, themedDated, window: win, onInteract, compare, lanes, laneOf, actorEvents }: Props) {
  const view = { from, to };
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref);
  const width = size?.width ?? 0;
  const [dragging, setDragging] = useState(false);
  const domain = useFocusRange(view, index.extent, dragging);
  const { start, end } = domain;
  const span = end + 1 - start;
  const scale = useMemo(() => timeScale(start, end, Math.max(width, 1)), [start, end, width]);

  const { bins, actorBins } = useOverviewBins({ themedDated, actorEvents, laneOf, laneCount: lanes.length, extent: domain, scale, width });
  const colors = useMemo(() => lanes.map((lane) => lane.color), [lanes]);
  // Memoised: the histogram is memoised and the overview re-renders on every scrub step.
  const bands = useMemo(() => index.periods.map((p) => ({ id: p.period.id, label: p.period.label, x0: scale.x(p.start), x1: scale.x(p.end + 1) })), [index.periods, scale]);
  const ticks = useMemo(() => (width > 0 ? axisTicks(scale, { minSpacing: 44 }) : []), [scale, width]);

  const pct = (day: number) => `${clamp(((day - start) / span) * 100, 0, 100)}%`;
  const { onHandleDown, onBrushDown, onTrackDown, onKey, pointerHandlers } = useOverviewDrag({ track: ref, domain, window: win, index, onInteract, setDragging });

  const handle = (edge: WindowEdge) => {
    const value = view[edge];
    const label = edge === "from" ? "Window start" : "Window end";
    return (
      <div
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={edge === "from" ? index.extent.start : view.from}
        aria-valuemax={edge === "from" ? view.to : index.extent.end}
        aria-valuenow={value}
        aria-valuetext={toIsoDay(value)}
        aria-orientation="horizontal"
        title={`${label}: ${formatDayShort(value)}`}
        className={`${styles.handle} ${edge === "from" ? styles.handleStart : styles.handleEnd}`}
        style={{ left: pct(edge === "from" ? view.from : view.to + 1) }}
        onPointerDown={onHandleDown(edge)}
        onKeyDown={onKey(edge)}
      >
        <span className={styles.grip} aria-hidden="true" />
      </div>
    );
  };

  const jump = (day: number) => {
    onInteract();
    win.commit((v) => shiftWindow(v, Math.round(day - (v.from + v.to + 1) / 2), index));
  };

  return (
    <div className={styles.overview}>
      <Suspense fallback={<div className={styles.extentStrip} aria-hidden="true" />}>
        <ExtentStrip extent={index.extent} focus={domain} window={view} onJump={jump} />
      </Suspense>
      <div ref={ref} className={styles.overviewTrack} style={{ height: HEIGHT + (compare ? COMPARE_STRIP + 2 : 0) }} onPointerDown={onTrackDown} {...pointerHandlers}>
        {width > 0 && (
          <OverviewHistogram
            bins={bins}
            colors={colors}
            actorBins={actorBins}
            ticks={ticks}
            x={scale.x}
            width={width}
            chartHeight={CHART_HEIGHT}
            height={HEIGHT}
            asOfX={index.asOf === null ? null : scale.x(index.asOf + 1)}
            bands={bands}
            windowX0={scale.x(view.from)}
            windowX1={scale.x(view.to + 1)}
          />
        )}
        <div className={styles.shade} style={{ left: 0, width: pct(view.from) }} aria-hidden="true" />
        <div className={styles.shade} style={{ left: pct(view.to + 1), right: 0 }} aria-hidden="true" />
        <div
          className={styles.brush}
          style={{ left: pct(view.from), right: `${100 - parseFloat(pct(view.to + 1))}%`, height: CHART_HEIGHT }}
          aria-hidden="true"
          onPointerDown={onBrushDown}
        />
        {handle("from")}
        {handle("to")}
        {compare && (
          <PartBoundary name="The compare window">
            <Suspense fallback={null}>
              <CompareBrush range={compare} domain={domain} track={ref} top={HEIGHT + 2} height={COMPARE_STRIP} />
            </Suspense>
          </PartBoundary>
        )}
      </div>
    </div>
  );
}
