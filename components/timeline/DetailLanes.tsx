"use client";
import { lazy, memo, Suspense, type CSSProperties } from "react";
import type { EventId } from "@/lib/dataset/ids";
import { eventEmphasis, type Focus } from "@/lib/highlight";
import type { Lane } from "@/lib/timeline/lanes";
import type { DetailLayout } from "@/lib/timeline/layout";
import type { DetailRows } from "./useDetailLayout";
import { EventMark } from "./EventMark";
import styles from "./Timeline.module.css";

/** "+N" marks appear only where a lane runs out of rows: they load then. */
const LaneSummaries = lazy(() => import("./LaneSummaries").then((m) => ({ default: m.LaneSummaries })));

interface Props {
  lanes: readonly Lane[];
  layout: DetailLayout | null;
  binned: boolean;
  /** The view's width, to put an overlaid title on the side with room. */
  width: number;
  rows: DetailRows;
  tagWidths: readonly number[];
  focus: Focus;
  names: ReadonlyMap<EventId, string>;
  tabbableId: EventId | null;
  onSelect: (id: EventId) => void;
  onShowTip: (id: EventId | null) => void;
  onFocusItem: (id: EventId) => void;
  onNarrow: (from: number, to: number) => void;
}

/** The theme lanes of the detail view, each a group of its events' marks (or an empty band under the bins). */
export const DetailLanes = memo(function DetailLanes(p: Props) {
  const { lanes, layout, binned, rows } = p;
  const byLane = lanes.map(() => [] as NonNullable<typeof layout>["events"]);
  if (!binned) for (const placed of layout?.events ?? []) byLane[placed.lane]?.push(placed);
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
        <span className={styles.laneTag} style={{ maxWidth: (p.tagWidths[i] ?? 0) - 7, top: binned ? 3 : rows.rowTop(i, 0) }} title={lane.label} aria-hidden="true">
          <span className={styles.laneSwatch} />
          <span className={styles.laneTagText}>{lane.label}</span>
        </span>
        {!binned && layout && layout.summaries.some((s) => s.lane === i) && (
          <Suspense fallback={null}>
            <LaneSummaries summaries={layout.summaries.filter((s) => s.lane === i)} top={(s) => rows.rowTop(i, s.row)} onNarrow={p.onNarrow} />
          </Suspense>
        )}
        {byLane[i]!.map((placed) => {
          const { event } = placed.item;
          const text = placed.text;
          const dot = placed.mark.kind === "point" ? placed.mark : null;
          const emphasis = eventEmphasis(event, p.focus);
          const overlay = emphasis === "selected" && !placed.label ? (placed.mark.x1 > p.width - 220 ? "left" : "right") : null;
          return (
            <EventMark
              key={event.id}
              id={event.id}
              title={event.title}
              name={p.names.get(event.id) ?? event.title}
              kind={placed.mark.kind}
              expected={event.status === "expected"}
              emphasis={emphasis}
              top={rows.rowTop(i, placed.row)}
              rowLines={layout?.lanes[i]?.lines[placed.row] ?? 1}
              labelLines={placed.lines}
              overlay={overlay}
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
              tabbable={event.id === p.tabbableId}
              onSelect={p.onSelect}
              onShowTip={p.onShowTip}
              onFocusItem={p.onFocusItem}
            />
          );
        })}
      </div>
    );
  });
});
