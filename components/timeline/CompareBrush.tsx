"use client";
/**
 * The compare window in the overview: a hatched band on its own strip under the axis, with the contract's
 * sliders "Compare start" and "Compare end" (same keys as the window's). Drag a handle to move an edge,
 * the band to move the range, or click the strip to centre the range there.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { formatDayShort, toIsoDay } from "@/lib/dates";
import { sliderKeyTarget, type WindowEdge } from "@/lib/timeline/keyboard";
import { moveWindowEdge, shiftWindow, type DayRange } from "@/lib/view/state";
import { useChangeKind } from "./useChangeKind";
import styles from "./Timeline.module.css";

interface Props {
  range: DayRange;
  /** The days the overview's track shows (its focus range). */
  domain: { start: number; end: number };
  /** The overview's track: pointer positions are read against it. */
  track: RefObject<HTMLDivElement | null>;
  /** The strip's top, below the overview's axis. */
  top: number;
  height: number;
}

type Drag = { type: "edge"; edge: WindowEdge } | { type: "move"; startDay: number; range: DayRange };

/** The compare window's band and sliders, drawn inside the overview's track. */
export function CompareBrush({ range, domain, track, top, height }: Props) {
  const { index, store } = useDashboard();
  const { extent } = index;
  const span = domain.end + 1 - domain.start;
  const pct = (day: number) => `${Math.min(100, Math.max(0, ((day - domain.start) / span) * 100))}%`;
  const drag = useRef<Drag | null>(null);
  const nextKind = useChangeKind();

  const dayAt = (clientX: number) => {
    const rect = track.current!.getBoundingClientRect();
    return domain.start + ((clientX - rect.left) / Math.max(rect.width, 1)) * span;
  };
  const set = (update: (range: DayRange) => DayRange) =>
    store.setView((v) => (v.compare ? { ...v, compare: update(v.compare) } : v), nextKind());

  const start = (e: PointerEvent<HTMLElement>, next: Drag) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = next;
  };
  const onMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    e.stopPropagation();
    if (d.type === "edge") set((r) => moveWindowEdge(r, d.edge, dayAt(e.clientX) - (d.edge === "to" ? 1 : 0), index));
    else set(() => shiftWindow(d.range, dayAt(e.clientX) - d.startDay, index));
  };
  const onUp = (e: PointerEvent<HTMLElement>) => {
    if (drag.current) e.stopPropagation();
    drag.current = null;
  };
  const onStripDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    const centre = dayAt(e.clientX);
    store.setView((v) => (v.compare ? { ...v, compare: shiftWindow(v.compare, centre - (v.compare.from + v.compare.to + 1) / 2, index) } : v), "discrete");
  };
  const onKey = (edge: WindowEdge) => (e: KeyboardEvent<HTMLDivElement>) => {
    const target = sliderKeyTarget(e.key, range[edge], extent);
    if (target === null) return;
    e.preventDefault();
    set((r) => moveWindowEdge(r, edge, sliderKeyTarget(e.key, r[edge], extent) ?? r[edge], index));
  };
  const drags = { onPointerMove: onMove, onPointerUp: onUp, onPointerCancel: onUp };

  const handle = (edge: WindowEdge) => {
    const label = edge === "from" ? "Compare start" : "Compare end";
    const value = range[edge];
    return (
      <div
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={edge === "from" ? extent.start : range.from}
        aria-valuemax={edge === "from" ? range.to : extent.end}
        aria-valuenow={value}
        aria-valuetext={toIsoDay(value)}
        aria-orientation="horizontal"
        title={`${label}: ${formatDayShort(value)}`}
        className={`${styles.compareHandle} ${edge === "from" ? styles.handleStart : styles.handleEnd}`}
        style={{ left: pct(edge === "from" ? range.from : range.to + 1), top, height }}
        onPointerDown={(e) => start(e, { type: "edge", edge })}
        onKeyDown={onKey(edge)}
        {...drags}
      >
        <span className={styles.compareGrip} aria-hidden="true" />
      </div>
    );
  };

  return (
    <>
      <div className={styles.compareStrip} style={{ top, height }} aria-hidden="true" onPointerDown={onStripDown} />
      <div
        className={styles.compareBrush}
        style={{ left: pct(range.from), right: `${100 - parseFloat(pct(range.to + 1))}%`, top, height }}
        aria-hidden="true"
        onPointerDown={(e) => start(e, { type: "move", startDay: dayAt(e.clientX), range })}
        {...drags}
      />
      {handle("from")}
      {handle("to")}
    </>
  );
}
