"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from "react";
import type { ViewProps } from "@/components/dashboard/viewProps";
import type { ChangeKind } from "@/components/dashboard/useViewState";
import type { EventId } from "@/lib/dataset/ids";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { formatDayShort } from "@/lib/dates";
import { eventEmphasis, type Emphasis } from "@/lib/highlight";
import { binEvents, type Bin } from "@/lib/timeline/bins";
import { eventName } from "@/lib/timeline/eventName";
import type { Lane } from "@/lib/timeline/lanes";
import { layoutDetail, type PlacedEvent } from "@/lib/timeline/layout";
import { timeScale } from "@/lib/timeline/scale";
import { axisWithAsOf } from "@/lib/timeline/ticks";
import { BIN_UNITS, chooseUnit } from "@/lib/timeline/units";
import { BinsView } from "./BinsView";
import { DetailAxis } from "./DetailAxis";
import { EventMark, ROW_HEIGHT } from "./EventMark";
import { EventTooltip } from "./EventTooltip";
import { useDetailGestures } from "./useDetailGestures";
import { useElementSize } from "@/components/shared/useElementSize";
import { useTextWidth } from "./useTextWidth";
import styles from "./Timeline.module.css";

interface Props extends Pick<ViewProps, "index" | "view" | "setView" | "focus"> {
  /** The dated events of the selection, in date order. */
  events: readonly IndexedEvent[];
  /** Draw bins instead of one button per event. */
  binned: boolean;
  lanes: readonly Lane[];
  laneOf: (item: IndexedEvent) => number;
  nextKind: () => ChangeKind;
  onInteract: () => void;
  onSelect: (id: EventId) => void;
  onDrawn: () => void;
  /** Lets the header's zoom buttons reach the gesture state. */
  zoomRef: { current: ((factor: number) => void) | null };
}

const AXIS_HEIGHT = 24;
const ROW = ROW_HEIGHT;
const LANE_PAD = 3;
/** Estimated width of a tick label character (11px text), for the axis overlap check. */
const CHAR_WIDTH = 6.4;
const PRIORITY: Record<Emphasis, number> = { selected: 3, related: 2, normal: 1, dimmed: 0 };

/** Global row of a placed event, for Up/Down navigation. */
function globalRow(p: PlacedEvent, firstRows: readonly number[]): number {
  return (firstRows[p.lane] ?? 0) + p.row;
}

/**
 * The detail timeline: the window across the panel, one lane per theme, every event of the selection as a
 * button (points, bars, uncertain bars; labels packed so they never overlap), or bins when there are too many.
 */
export function DetailView(props: Props) {
  const { index, view, setView, focus, events, binned, lanes, laneOf, nextKind, onInteract, onSelect, onDrawn, zoomRef } = props;
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref);
  const width = size?.width ?? 0;
  const height = size?.height ?? 0;
  const gestures = useDetailGestures(ref, { index, view, setView, nextKind, onInteract });
  useEffect(() => {
    zoomRef.current = (factor) => gestures.zoomBy(factor);
  }, [zoomRef, gestures]);
  useEffect(() => {
    if (size) onDrawn();
  }, [size, onDrawn]);

  const scale = useMemo(() => timeScale(view.from, view.to, Math.max(width, 1)), [view.from, view.to, width]);
  const measureLabel = useTextWidth("12px");
  const measureTag = useTextWidth("600 11px");
  const names = useMemo(() => new Map(index.events.map((e) => [e.event.id, eventName(e)])), [index]);
  const narrow = width < 560;
  const tagWidths = useMemo(
    () => lanes.map((l) => Math.ceil(Math.min(measureTag(l.label), narrow ? 80 : 140)) + 30),
    [lanes, measureTag, narrow],
  );
  const lanesHeight = Math.max(0, height - AXIS_HEIGHT);
  const budgetRows = Math.max(lanes.length, Math.floor((lanesHeight - lanes.length * LANE_PAD) / ROW));

  const layout = useMemo(() => {
    if (binned || width <= 0) return null;
    return layoutDetail({
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
    });
  }, [binned, width, events, scale, lanes.length, laneOf, measureLabel, focus, tagWidths, budgetRows, narrow]);

  const bins = useMemo(() => {
    if (!binned || width <= 0) return [];
    const unit = chooseUnit(scale.pxPerDay, 16, BIN_UNITS);
    return binEvents(events, view.from, view.to, unit, laneOf, lanes.length);
  }, [binned, width, scale, events, view.from, view.to, laneOf, lanes.length]);

  // Rows stretch (up to a third more) when the lanes need less than the space there is, so the height stays put.
  const totalRows = layout?.totalRows ?? lanes.length;
  const rowHeight = layout ? Math.min(ROW * 1.35, Math.max(ROW, (lanesHeight - lanes.length * LANE_PAD) / Math.max(totalRows, 1))) : ROW;
  const laneTop = (i: number) => AXIS_HEIGHT + (layout?.lanes[i]?.firstRow ?? 0) * rowHeight + i * LANE_PAD;
  const laneHeight = (i: number) => (layout?.lanes[i]?.rows ?? 1) * rowHeight + LANE_PAD;
  /** Top of a row inside its lane; extra height from stretching goes above the text. */
  const rowTop = (row: number) => LANE_PAD / 2 + row * rowHeight + (rowHeight - ROW);
  const binLaneHeight = Math.max(14, Math.floor(lanesHeight / Math.max(lanes.length, 1)));

  // The analysis date's line is labelled in the axis row: the full date where it fits beside the tick
  // labels, else just "As of" (the legend gives the date), else not at all.
  const { ticks, asOf } = useMemo(
    () =>
      width > 0
        ? axisWithAsOf(scale, scale.x(index.asOf + 1), [`As of ${formatDayShort(index.asOf)}`, "As of"], measureTag, {
            minSpacing: 70,
            charWidth: CHAR_WIDTH,
          })
        : { ticks: [], asOf: null },
    [scale, width, index.asOf, measureTag],
  );

  // Roving focus: one event is in the tab order; arrow keys move between events.
  const [activeId, setActiveId] = useState<EventId | null>(null);
  const order = useMemo(() => {
    const placed = layout?.events ?? [];
    return [...placed].sort((a, b) => a.item.start - b.item.start || a.lane - b.lane || a.row - b.row);
  }, [layout]);
  const placedById = useMemo(() => new Map(order.map((p) => [p.item.event.id, p])), [order]);
  const tabbableId =
    activeId && placedById.has(activeId)
      ? activeId
      : view.event && placedById.has(view.event)
        ? view.event
        : (order[0]?.item.event.id ?? null);

  const [tipId, setTipId] = useState<EventId | null>(null);
  const focusEvent = (id: EventId) => {
    setActiveId(id);
    ref.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape" && tipId) {
      // The first Escape only dismisses the tooltip (WCAG 1.4.13); the next clears the selection as usual.
      e.preventDefault();
      setTipId(null);
      return;
    }
    if (e.key === "+" || e.key === "=") {
      e.preventDefault();
      gestures.zoomBy(0.5);
      return;
    }
    if (e.key === "-" || e.key === "_") {
      e.preventDefault();
      gestures.zoomBy(2);
      return;
    }
    const id = (e.target as HTMLElement).closest<HTMLElement>("[data-event-id]")?.dataset.eventId as EventId | undefined;
    const here = id ? placedById.get(id) : undefined;
    if (!here) return;
    const i = order.indexOf(here);
    let next: PlacedEvent | undefined;
    if (e.key === "ArrowRight") next = order[i + 1];
    else if (e.key === "ArrowLeft") next = order[i - 1];
    else if (e.key === "Home") next = order[0];
    else if (e.key === "End") next = order[order.length - 1];
    else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      const firstRows = layout?.lanes.map((l) => l.firstRow) ?? [];
      const row = globalRow(here, firstRows);
      const dir = e.key === "ArrowDown" ? 1 : -1;
      const cx = (here.mark.x0 + here.mark.x1) / 2;
      let best: { p: PlacedEvent; score: number } | null = null;
      for (const p of order) {
        const d = (globalRow(p, firstRows) - row) * dir;
        if (d <= 0) continue;
        const score = d * 10_000 + Math.abs((p.mark.x0 + p.mark.x1) / 2 - cx);
        if (!best || score < best.score) best = { p, score };
      }
      next = best?.p;
    } else return;
    e.preventDefault();
    if (next) focusEvent(next.item.event.id);
  };

  const onShowTip = useCallback((id: EventId | null) => setTipId(id), []);
  const onFocusItem = useCallback((id: EventId) => setActiveId(id), []);
  const tip = tipId ? placedById.get(tipId) : undefined;

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest("button")) return;
    const rect = e.currentTarget.getBoundingClientRect();
    gestures.zoomBy(e.shiftKey ? 2 : 0.5, scale.invert(e.clientX - rect.left));
  };
  const onNarrow = useCallback(
    (bin: Bin) => setView((v) => ({ ...v, from: Math.max(v.from, bin.start), to: Math.min(v.to, bin.end) }), "discrete"),
    [setView],
  );

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
          <DetailAxis ticks={ticks} width={width} height={height} axisHeight={AXIS_HEIGHT} asOf={asOf} />
          {lanes.map((lane, i) => {
            const top = binned ? AXIS_HEIGHT + i * binLaneHeight : laneTop(i);
            const h = binned ? binLaneHeight : laneHeight(i);
            return (
              <div
                key={lane.id ?? "none"}
                role={binned ? undefined : "group"}
                aria-label={binned ? undefined : lane.label}
                className={styles.lane}
                data-odd={i % 2 === 1 || undefined}
                style={{ top, height: h, "--lane": lane.color } as CSSProperties}
              >
                <span
                  className={styles.laneTag}
                  style={{ maxWidth: (tagWidths[i] ?? 0) - 7, top: binned ? 3 : rowTop(0) }}
                  title={lane.label}
                  aria-hidden="true"
                >
                  <span className={styles.laneSwatch} />
                  <span className={styles.laneTagText}>{lane.label}</span>
                </span>
                {!binned &&
                  layout?.events
                    .filter((p) => p.lane === i)
                    .map((p) => {
                      const { event } = p.item;
                      const text = p.text;
                      const dot = p.mark.kind === "point" ? p.mark : null;
                      return (
                        <EventMark
                          key={event.id}
                          id={event.id}
                          title={event.title}
                          name={names.get(event.id) ?? event.title}
                          kind={p.mark.kind}
                          expected={event.status === "expected"}
                          emphasis={eventEmphasis(event, focus)}
                          top={rowTop(p.row)}
                          textLeft={text?.start ?? 0}
                          textWidth={text ? text.end - text.start : 0}
                          dotLeft={dot && text ? dot.x0 - text.start : 0}
                          dotWidth={dot ? dot.x1 - dot.x0 : 0}
                          labelLeft={p.label && text ? p.label.start - text.start : 0}
                          labelWidth={p.label ? p.label.end - p.label.start : 0}
                          barLeft={p.bar?.start ?? 0}
                          barWidth={p.bar ? p.bar.end - p.bar.start : 0}
                          clipStart={p.mark.clipStart}
                          clipEnd={p.mark.clipEnd}
                          tabbable={event.id === tabbableId}
                          onSelect={onSelect}
                          onShowTip={onShowTip}
                          onFocusItem={onFocusItem}
                        />
                      );
                    })}
              </div>
            );
          })}
          {binned && (
            <div className={styles.binsLayer} style={{ top: AXIS_HEIGHT }}>
              <BinsView bins={bins} lanes={lanes} scale={scale} laneHeight={binLaneHeight} onNarrow={onNarrow} />
            </div>
          )}
          {tip && (
            <EventTooltip
              item={tip.item}
              index={index}
              width={width}
              x={tip.text ? (tip.text.start + tip.text.end) / 2 : (tip.mark.x0 + tip.mark.x1) / 2}
              top={laneTop(tip.lane) + rowTop(tip.row)}
              bottom={laneTop(tip.lane) + rowTop(tip.row) + ROW}
            />
          )}
        </>
      )}
    </div>
  );
}
