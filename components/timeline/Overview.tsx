"use client";
import { Suspense, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { useElementSize } from "@/components/shared/useElementSize";
import type { IndexedDataset, IndexedEvent } from "@/lib/dataset/indexed";
import { toIsoDay, formatDayShort } from "@/lib/dates";
import { sliderKeyTarget, stepWindowEdge, type WindowEdge } from "@/lib/timeline/keyboard";
import { clamp } from "@/lib/math";
import { timeScale } from "@/lib/timeline/scale";
import { axisTicks } from "@/lib/timeline/ticks";
import type { Lane } from "@/lib/timeline/lanes";
import { moveWindowEdge, shiftWindow, type DayRange } from "@/lib/view/state";
import { useFocusRange } from "./useFocusRange";
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
const ExtentStrip = retryableLazy(() => import("./ExtentStrip").then((m) => m.ExtentStrip));

/** Compare is off on most visits: its brush loads when first turned on. */
const CompareBrush = retryableLazy(() => import("./CompareBrush").then((m) => m.CompareBrush));

const CHART_HEIGHT = 40;
const HEIGHT = 58;
const COMPARE_STRIP = 16;

type Drag =
  | { type: "edge"; edge: WindowEdge; offset: number }
  | { type: "move"; startX: number; from: number; to: number }
  | { type: "new"; anchor: number; startX: number; moved: boolean };

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
  const drag = useRef<Drag | null>(null);

  const dayAt = (clientX: number) => {
    const rect = ref.current!.getBoundingClientRect();
    return start + ((clientX - rect.left) / Math.max(rect.width, 1)) * span;
  };
  const pxPerDay = () => (ref.current?.getBoundingClientRect().width ?? 1) / span;

  const capture = (e: PointerEvent<HTMLElement>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDragging(true);
    onInteract();
  };

  const onHandleDown = (edge: WindowEdge) => (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    e.currentTarget.focus();
    capture(e);
    const now = win.peek();
    const edgeDay = edge === "from" ? now.from : now.to + 1;
    drag.current = { type: "edge", edge, offset: dayAt(e.clientX) - edgeDay };
  };
  const onBrushDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    capture(e);
    const now = win.peek();
    drag.current = { type: "move", startX: e.clientX, from: now.from, to: now.to };
  };
  const onTrackDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    capture(e);
    drag.current = { type: "new", anchor: Math.floor(dayAt(e.clientX)), startX: e.clientX, moved: false };
  };

  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    if (d.type === "edge") {
      const day = dayAt(e.clientX) - d.offset;
      const value = d.edge === "from" ? Math.round(day) : Math.round(day) - 1;
      win.commit((v) => moveWindowEdge(v, d.edge, value, index));
    } else if (d.type === "move") {
      const days = Math.round((e.clientX - d.startX) / pxPerDay());
      win.commit((v) => shiftWindow({ ...v, from: d.from, to: d.to }, days, index));
    } else {
      if (!d.moved && Math.abs(e.clientX - d.startX) < 3) return;
      d.moved = true;
      const day = clamp(Math.floor(dayAt(e.clientX)), start, end);
      const from = Math.min(d.anchor, day);
      const to = Math.max(d.anchor, day);
      win.commit((v) => ({ ...v, from, to }));
    }
  };
  const onUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    setDragging(false);
    if (d?.type === "new" && !d.moved) {
      // A click on the track centres the window there, keeping its length.
      const centre = dayAt(e.clientX);
      win.apply((v) => shiftWindow(v, Math.round(centre - (v.from + v.to + 1) / 2), index));
    }
  };

  const onKey = (edge: WindowEdge) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (sliderKeyTarget(e.key, 0, index.extent) === null) return;
    e.preventDefault();
    onInteract();
    const key = e.key;
    win.step((v) => stepWindowEdge(v, edge, key, index) ?? v);
  };

  // Move and up events reach the track by bubbling from whichever child captured the pointer.
  const pointerHandlers = { onPointerMove: onMove, onPointerUp: onUp, onPointerCancel: onUp };
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
