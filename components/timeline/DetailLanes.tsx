"use client";
import { memo, Suspense, useMemo, type CSSProperties } from "react";
import { retryableLazy } from "@/components/shared/retryableLazy";
import type { EventId } from "@/lib/dataset/ids";
import { eventEmphasis, type Focus } from "@/lib/highlight";
import type { Lane } from "@/lib/timeline/lanes";
import { overlaySide, type DetailLayout, type LaneSummary, type PlacedEvent } from "@/lib/timeline/layout";
import type { DetailRows } from "./useDetailLayout";
import { EventMark } from "./EventMark";
import styles from "./Timeline.module.css";

/** "+N" marks appear only where a lane runs out of rows: they load then. */
const LaneSummaries = retryableLazy(() => import("./LaneSummaries").then((m) => m.LaneSummaries), { firstVisit: true });

/**
 * What the marks are drawn from. The detail view holds it while the window moves in a burst (the marks are
 * hidden then, and a canvas draws them), so the marks render only when the window rests.
 */
export interface MarksInput {
  layout: DetailLayout | null;
  rows: DetailRows;
  focus: Focus;
  tabbableId: EventId | null;
  /** The view's width, to put an overlaid title on the side with room. */
  width: number;
}

interface Handlers {
  onSelect: (id: EventId) => void;
  onShowTip: (id: EventId | null) => void;
  onFocusItem: (id: EventId) => void;
  onNarrow: (from: number, to: number) => void;
}

interface Props extends Handlers {
  lanes: readonly Lane[];
  binned: boolean;
  /** The lanes' rows now (the marks may be held at an earlier window). */
  rows: DetailRows;
  tagWidths: readonly number[];
  marks: MarksInput;
  names: ReadonlyMap<EventId, string>;
}

interface LaneMarksProps extends Handlers {
  lane: number;
  placed: readonly PlacedEvent[];
  summaries: readonly LaneSummary[];
  marks: MarksInput;
  names: ReadonlyMap<EventId, string>;
}

/** One lane's event marks and "+N" summaries. */
const LaneMarks = memo(function LaneMarks({ lane: i, placed: lanePlaced, summaries, marks, names, ...p }: LaneMarksProps) {
  const { layout, rows, focus } = marks;
  return (
    <>
      {summaries.length > 0 && (
        <Suspense fallback={null}>
          <LaneSummaries summaries={summaries} top={(s) => rows.rowTop(i, s.row)} onNarrow={p.onNarrow} />
        </Suspense>
      )}
      {lanePlaced.map((placed) => {
        const { event } = placed.item;
        const text = placed.text;
        const dot = placed.mark.kind === "point" ? placed.mark : null;
        const emphasis = eventEmphasis(event, focus);
        return (
          <EventMark
            key={event.id}
            id={event.id}
            title={event.title}
            name={names.get(event.id) ?? event.title}
            kind={placed.mark.kind}
            expected={event.status === "expected"}
            emphasis={emphasis}
            top={rows.rowTop(i, placed.row)}
            rowLines={layout?.lanes[i]?.lines[placed.row] ?? 1}
            labelLines={placed.lines}
            overlay={overlaySide(placed, emphasis === "selected", marks.width)}
            textLeft={text?.start ?? 0}
            textWidth={text ? text.end - text.start : 0}
            dotLeft={dot && text ? dot.x0 - text.start : 0}
            dotWidth={dot ? dot.x1 - dot.x0 : 0}
            labelLeft={placed.label && text ? placed.label.start - text.start : 0}
            labelWidth={placed.label ? placed.label.end - placed.label.start : 0}
            barLeft={placed.bar?.start ?? 0}
            barWidth={placed.bar ? placed.bar.end - placed.bar.start : 0}
            clipStart={placed.mark.clipStart}
            clipEnd={placed.mark.clipEnd}
            tabbable={event.id === marks.tabbableId}
            onSelect={p.onSelect}
            onShowTip={p.onShowTip}
            onFocusItem={p.onFocusItem}
          />
        );
      })}
    </>
  );
});

const NONE: readonly never[] = [];

/** The theme lanes of the detail view, each a group of its events' marks (or an empty band under the bins). */
export const DetailLanes = memo(function DetailLanes({ lanes, binned, rows, tagWidths, marks, names, ...handlers }: Props) {
  const layout = binned ? null : marks.layout;
  const byLane = useMemo(() => {
    const placed = lanes.map(() => [] as PlacedEvent[]);
    const summaries = lanes.map(() => [] as LaneSummary[]);
    for (const p of layout?.events ?? []) placed[p.lane]?.push(p);
    for (const s of layout?.summaries ?? []) summaries[s.lane]?.push(s);
    return { placed, summaries };
  }, [layout, lanes]);
  return lanes.map((lane, i) => {
    const top = binned ? i * rows.binLaneHeight : rows.laneTop(i);
    const height = binned ? rows.binLaneHeight : rows.laneHeight(i);
    return (
      <div
        key={lane.id ?? "none"}
        role={binned ? undefined : "group"}
        aria-label={binned ? undefined : lane.label}
        className={styles.lane}
        data-odd={i % 2 === 1 || undefined}
        style={{ top, height, "--lane": lane.color } as CSSProperties}
      >
        <span className={binned ? `${styles.laneTag} ${styles.laneTagOverBins}` : styles.laneTag} style={{ maxWidth: (tagWidths[i] ?? 0) - 7, top: binned ? 3 : rows.rowTop(i, 0) }} title={lane.label} aria-hidden="true">
          <span className={styles.laneSwatch} />
          <span className={styles.laneTagText}>{lane.label}</span>
        </span>
        {layout && <LaneMarks lane={i} placed={byLane.placed[i] ?? NONE} summaries={byLane.summaries[i] ?? NONE} marks={marks} names={names} {...handlers} />}
      </div>
    );
  });
});
