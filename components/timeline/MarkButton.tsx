"use client";
import { memo, type FocusEvent, type PointerEvent } from "react";
import type { EventId } from "@/lib/dataset/ids";
import type { Emphasis } from "@/lib/highlight";
import type { MarkKind } from "@/lib/timeline/marks";
import styles from "./Timeline.module.css";

/** What an event's button shows, relative to its own box: nothing here depends on where the box is. */
export interface MarkButtonProps {
  id: EventId;
  title: string;
  name: string;
  kind: MarkKind;
  expected: boolean;
  emphasis: Emphasis;
  /** Whether the box holds the text track (a point and its label, or a span's label) or a span's bar alone. */
  hasText: boolean;
  labelLines: number;
  /**
   * The selected event's title when the layout had no room for it: drawn over its neighbours, right of the
   * mark (or left of it near the view's right edge). Null otherwise.
   */
  overlay: "right" | "left" | null;
  /** A point's dot, relative to the box. */
  dotLeft: number;
  dotWidth: number;
  /** The label relative to the box; labelWidth 0 for no label. */
  labelLeft: number;
  labelWidth: number;
  clipStart: boolean;
  clipEnd: boolean;
  tabbable: boolean;
  onSelect: (id: EventId) => void;
  onShowTip: (id: EventId | null) => void;
  onFocusItem: (id: EventId) => void;
}

/** Pointer handlers that show an event's tooltip on hover (never on touch, where a tap selects). */
export function hoverTip(id: EventId, onShowTip: (id: EventId | null) => void) {
  return { onPointerEnter: (e: PointerEvent) => e.pointerType !== "touch" && onShowTip(id), onPointerLeave: () => onShowTip(null) };
}

/** The data attributes the mark's styles key on. */
export function markData(p: Pick<MarkButtonProps, "kind" | "emphasis" | "expected">) {
  return { "data-kind": p.kind, "data-emphasis": p.emphasis, "data-expected": p.expected || undefined };
}

/**
 * One event's button: the point and label, or a span's bar when the span has no label. It fills the box that
 * EventMark places, so a scrub step that only moves the mark restyles that box and renders none of this.
 */
export const MarkButton = memo(function MarkButton(p: MarkButtonProps) {
  const data = markData(p);
  return (
    <button
      type="button"
      className={styles.event}
      aria-label={p.name}
      aria-current={p.emphasis === "selected" ? "true" : undefined}
      data-event-id={p.id}
      {...data}
      tabIndex={p.tabbable ? 0 : -1}
      onClick={() => p.onSelect(p.id)}
      {...hoverTip(p.id, p.onShowTip)}
      onFocus={(e: FocusEvent) => {
        p.onFocusItem(p.id);
        if (e.target.matches(":focus-visible")) p.onShowTip(p.id);
      }}
      onBlur={() => p.onShowTip(null)}
    >
      {p.dotWidth > 0 && <span className={styles.dot} style={{ left: p.dotLeft, width: p.dotWidth }} aria-hidden="true" />}
      {!p.hasText && (
        <span
          className={styles.bar}
          style={{ left: 0, top: 3, width: "100%" }}
          aria-hidden="true"
          {...data}
          data-clip-start={p.clipStart || undefined}
          data-clip-end={p.clipEnd || undefined}
        />
      )}
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
  );
});
