"use client";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { useElementSize } from "@/components/shared/useElementSize";
import type { EventId } from "@/lib/dataset/ids";
import type { IndexedDataset, IndexedEvent } from "@/lib/dataset/indexed";
import type { Focus } from "@/lib/highlight";
import type { Bin } from "@/lib/timeline/bins";
import { isStaticNetwork } from "@/lib/select";
import { eventName } from "@/lib/timeline/eventName";
import type { Lane } from "@/lib/timeline/lanes";
import { ROW_HEIGHT } from "@/lib/timeline/rowGeometry";
import { DetailAxis } from "./DetailAxis";
import { DetailLanes, type MarksInput } from "./DetailLanes";
import { useDetailGestures } from "./useDetailGestures";
import { AXIS_HEIGHT, useDetailLayout } from "./useDetailLayout";
import { MotionMarks, useMotionMarks } from "./useMotionMarks";
import { useRovingEvents } from "./useRovingEvents";
import type { WindowCommit } from "./useWindowCommit";
import styles from "./Timeline.module.css";

// Bins appear only above 300 events in the window, the tooltip only on hover or focus: both load on demand.
const BinsView = lazy(() => import("./BinsView").then((m) => ({ default: m.BinsView })));
const EventTooltip = lazy(() => import("./EventTooltip").then((m) => ({ default: m.EventTooltip })));

interface Props {
  index: IndexedDataset;
  from: number;
  to: number;
  focus: Focus;
  /** The dated events of the selection, in date order. */
  events: readonly IndexedEvent[];
  /** Every dated event that passes the theme filter, in date order (bins are counted from it). */
  themedDated: readonly IndexedEvent[];
  /** Draw bins instead of one button per event. */
  binned: boolean;
  lanes: readonly Lane[];
  laneOf: (item: IndexedEvent) => number;
  window: WindowCommit;
  /** The window moves in a burst (a held key, a drag, Play): the marks are drawn on a canvas meanwhile. */
  moving: boolean;
  onInteract: () => void;
  onSelect: (id: EventId) => void;
  onDrawn: () => void;
}

/**
 * The detail timeline: the window across the panel, one lane per theme, every event of the selection as a
 * button (points, bars, uncertain bars; labels packed so they never overlap), or bins when there are too many.
 */
export function DetailView({ index, from, to, focus, events, themedDated, binned, lanes, laneOf, window: win, moving, onInteract, onSelect, onDrawn }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref);
  const width = size?.width ?? 0;
  const height = size?.height ?? 0;
  const gestures = useDetailGestures(ref, { index, window: win, onInteract });
  useEffect(() => {
    if (size) onDrawn();
  }, [size, onDrawn]);

  const { scale, layout, bins, rows, axis, tagWidths } = useDetailLayout({ events, themedDated, binned, from, to, width, height, lanes, laneOf, asOf: index.asOf });
  const bands = useMemo(
    () => index.periods.map((p) => ({ id: p.period.id, label: p.period.label, x0: scale.x(p.start), x1: scale.x(p.end + 1) })).filter((b) => b.x1 > 0 && b.x0 < width),
    [index.periods, scale, width],
  );
  const names = useMemo(() => new Map(index.events.map((e) => [e.event.id, eventName(e)])), [index]);
  const roving = useRovingEvents(ref, layout, focus.selectedEvent);
  const current = useMemo((): MarksInput => ({ layout, rows, focus, tabbableId: roving.tabbableId, width }), [layout, rows, focus, roving.tabbableId, width]);
  const { marks, loaded: motionLoaded, drawing: motion } = useMotionMarks(current, moving);
  // The lanes' scroll as their last scroll event left it: reading scrollTop while a burst's step is being
  // committed would force a layout in the middle of the frame (a millisecond a step, before the browser's own).
  const scrolled = useRef(0);
  const scrollTop = useCallback(() => scrolled.current, []);

  // The tooltip sits outside the scrolling lanes (so they never clip it): it keeps the scroll it was shown at,
  // and scrolling hides it.
  const [tipAt, setTipAt] = useState<{ id: EventId; scroll: number } | null>(null);
  const onShowTip = useCallback((id: EventId | null) => setTipAt(id ? { id, scroll: scroller.current?.scrollTop ?? 0 } : null), []);
  const tipId = tipAt?.id ?? null;
  const setTipId = (id: null) => setTipAt(id);
  const tip = tipId ? roving.placedById.get(tipId) : undefined;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape" && tipId) {
      // The first Escape only dismisses the tooltip (WCAG 1.4.13); the next clears the selection as usual.
      e.preventDefault();
      setTipId(null);
    } else if (e.key === "+" || e.key === "=" || e.key === "-" || e.key === "_") {
      e.preventDefault();
      gestures.zoomBy(e.key === "+" || e.key === "=" ? 0.5 : 2);
    } else roving.onKey(e);
  };
  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest("button")) return;
    const rect = e.currentTarget.getBoundingClientRect();
    gestures.zoomBy(e.shiftKey ? 2 : 0.5, scale.invert(e.clientX - rect.left));
  };
  const onNarrow = useCallback((bin: Bin) => win.apply((v) => ({ ...v, from: Math.max(v.from, bin.start), to: Math.min(v.to, bin.end) })), [win]);
  // A "+N" stretch: zoom to it with a little room either side, so its titles can sit beside their marks.
  const onNarrowTo = useCallback(
    (a: number, b: number) =>
      win.apply((v) => {
        const pad = Math.max(1, Math.round((b - a) * 0.25));
        return { ...v, from: Math.max(v.from, a - pad), to: Math.min(v.to, b + pad) };
      }),
    [win],
  );
  const tipTop = (lane: number, row: number) => AXIS_HEIGHT + rows.laneTop(lane) + rows.rowTop(lane, row) - (tipAt?.scroll ?? 0);

  return (
    <div
      ref={ref}
      className={styles.detail}
      onPointerDown={gestures.onPointerDown}
      onPointerMove={gestures.onPointerMove}
      onPointerUp={gestures.onPointerUp}
      onPointerCancel={gestures.onPointerCancel}
      onClickCapture={gestures.onClickCapture}
      onDoubleClick={onDoubleClick}
      onKeyDown={onKeyDown}
    >
      {width > 0 && (
        <>
          <DetailAxis ticks={axis.ticks} width={width} height={height} axisHeight={AXIS_HEIGHT} asOf={axis.asOf} bands={bands} />
          <div
            ref={scroller}
            className={styles.lanesScroll}
            style={{ top: AXIS_HEIGHT, overflowY: binned ? "hidden" : "auto" }}
            onScroll={(e) => {
              scrolled.current = e.currentTarget.scrollTop;
              if (tipId) setTipId(null);
            }}
          >
            <div className={styles.lanesContent} style={{ height: binned ? "100%" : rows.total }} data-moving={motion || undefined}>
              <DetailLanes
                lanes={lanes}
                binned={binned}
                rows={rows}
                tagWidths={tagWidths}
                marks={marks}
                names={names}
                onSelect={onSelect}
                onShowTip={onShowTip}
                onFocusItem={roving.onFocusItem}
                onNarrow={onNarrowTo}
              />
            </div>
          </div>
          {motionLoaded && (
            <Suspense fallback={null}>
              <MotionMarks
                layout={motion ? layout : null}
                rows={rows}
                lanes={lanes}
                focus={focus}
                top={AXIS_HEIGHT}
                width={width}
                height={Math.max(0, height - AXIS_HEIGHT)}
                scrollTop={scrollTop}
              />
            </Suspense>
          )}
          {binned && (
            <div className={styles.binsLayer} style={{ top: AXIS_HEIGHT }}>
              <Suspense fallback={null}>
                <BinsView bins={bins} lanes={lanes} scale={scale} laneHeight={rows.binLaneHeight} moving={moving} onNarrow={onNarrow} />
              </Suspense>
            </div>
          )}
          {index.events.length === 0 && (
            <p className={styles.empty}>{isStaticNetwork(index) && index.dataset.actors.length > 0 ? "No dates in this dataset: the network shows it whole." : "No events."}</p>
          )}
          {tip && (
            <Suspense fallback={null}>
              <EventTooltip
                item={tip.item}
                index={index}
                width={width}
                x={tip.text ? (tip.text.start + tip.text.end) / 2 : (tip.mark.x0 + tip.mark.x1) / 2}
                top={tipTop(tip.lane, tip.row)}
                bottom={tipTop(tip.lane, tip.row) + ROW_HEIGHT}
              />
            </Suspense>
          )}
        </>
      )}
    </div>
  );
}
