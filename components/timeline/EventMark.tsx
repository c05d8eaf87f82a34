"use client";
import { memo, type FocusEvent, type PointerEvent } from "react";
import type { EventId } from "@/lib/dataset/ids";
import type { Emphasis } from "@/lib/highlight";
import type { MarkKind } from "@/lib/timeline/marks";
import styles from "./Timeline.module.css";

/** Row geometry: the text track (one or two lines) is on top, the bar track under it. */
export const TEXT_HEIGHT = 14;
export const LINE_HEIGHT = 14;
/** A one-line row; a row holding a wrapped title is LINE_HEIGHT taller. */
export const ROW_HEIGHT = 19;

/**
 * A mark's place in its lane, as a translation from the lane's corner rather than left/top: a scrub step moves
 * every mark, and a moved translation reuses the mark's painting where a moved box would be laid out and
 * painted again. The place and size go on a plain box around the button, never on the button itself: a
 * step then restyles boxes, and Chromium restyles a <button> about five times slower than a <div>.
 */
const at = (x: number, y: number) => `translate(${x}px, ${y}px)`;

/** Everything one mark needs, as plain values so unchanged marks skip rendering. */
export interface EventMarkProps {
  id: EventId;
  title: string;
  name: string;
  kind: MarkKind;
  expected: boolean;
  emphasis: Emphasis;
  /** Top of the event's row inside its lane. */
  top: number;
  /** Text lines of the event's row (its bar track lies under them) and of its own label. */
  rowLines: number;
  labelLines: number;
  /**
   * The selected event's title when the layout had no room for it: drawn over its neighbours, right of the
   * mark (or left of it near the view's right edge). Null otherwise.
   */
  overlay: "right" | "left" | null;
  /** The text-track extent (point and label, or a span's label); textWidth 0 when the event has none. */
  textLeft: number;
  textWidth: number;
  /** A point's dot, relative to the text extent. */
  dotLeft: number;
  dotWidth: number;
  /** The label relative to the text extent; labelWidth 0 for no label. */
  labelLeft: number;
  labelWidth: number;
  /** A span's bar (barWidth 0 for a point). */
  barLeft: number;
  barWidth: number;
  clipStart: boolean;
  clipEnd: boolean;
  tabbable: boolean;
  onSelect: (id: EventId) => void;
  onShowTip: (id: EventId | null) => void;
  onFocusItem: (id: EventId) => void;
}

/**
 * One event in the detail view. The button holds the point and label (or, for a span without a label, the
 * bar). A labelled span's bar is drawn beside the button, in the bar track, so the button's box never covers
 * another event's text.
 */
export const EventMark = memo(function EventMark(p: EventMarkProps) {
  const show = () => p.onShowTip(p.id);
  const hide = () => p.onShowTip(null);
  const select = () => p.onSelect(p.id);
  const hover = { onPointerEnter: (e: PointerEvent) => e.pointerType !== "touch" && show(), onPointerLeave: hide };
  const data = {
    "data-kind": p.kind,
    "data-emphasis": p.emphasis,
    "data-expected": p.expected || undefined,
  };
  const barData = { ...data, "data-clip-start": p.clipStart || undefined, "data-clip-end": p.clipEnd || undefined };
  const hasText = p.textWidth > 0;
  const barTop = p.top + TEXT_HEIGHT * p.rowLines;
  const box = hasText
    ? { transform: at(p.textLeft, p.top), width: p.textWidth, height: TEXT_HEIGHT * p.labelLines }
    : { transform: at(p.barLeft, barTop - 3), width: p.barWidth, height: 8 };

  return (
    <>
      {hasText && p.barWidth > 0 && (
        // The bar of a labelled span: clickable like its label; the button carries the name for assistive tech.
        <span
          className={styles.bar}
          style={{ transform: at(p.barLeft, barTop), width: p.barWidth }}
          onClick={select}
          aria-hidden="true"
          {...barData}
          {...hover}
        />
      )}
      <div className={styles.markBox} style={box} data-lifted={p.emphasis === "selected" || undefined}>
        <button
          type="button"
          className={styles.event}
          aria-label={p.name}
          aria-current={p.emphasis === "selected" ? "true" : undefined}
          data-event-id={p.id}
          {...data}
          tabIndex={p.tabbable ? 0 : -1}
          onClick={select}
          {...hover}
          onFocus={(e: FocusEvent) => {
            p.onFocusItem(p.id);
            if (e.target.matches(":focus-visible")) show();
          }}
          onBlur={hide}
        >
          {p.dotWidth > 0 && <span className={styles.dot} style={{ left: p.dotLeft, width: p.dotWidth }} aria-hidden="true" />}
          {!hasText && <span className={styles.bar} style={{ left: 0, top: 3, width: p.barWidth }} aria-hidden="true" {...barData} />}
          {p.labelWidth > 0 && (
            <span className={styles.label} data-lines={p.labelLines} style={{ left: p.labelLeft, width: p.labelWidth }} aria-hidden="true">
              {p.title}
            </span>
          )}
          {p.labelWidth === 0 && p.overlay && (
            <span className={styles.overlayLabel} data-side={p.overlay} aria-hidden="true">
              {p.title}
            </span>
          )}
        </button>
      </div>
    </>
  );
});
