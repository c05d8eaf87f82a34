"use client";
import { memo } from "react";
import { TEXT_HEIGHT } from "@/lib/timeline/rowGeometry";
import { hoverTip, markData, MarkButton, type MarkButtonProps } from "./MarkButton";
import styles from "./Timeline.module.css";

/**
 * A mark's place in its lane, as a translation from the lane's corner rather than left/top: a scrub step moves
 * every mark, and a moved translation reuses the mark's painting where a moved box would be laid out and
 * painted again. The place and size go on a plain box around the button, never on the button itself: a
 * step then restyles boxes, and Chromium restyles a <button> about five times slower than a <div>.
 */
const at = (x: number, y: number) => `translate(${x}px, ${y}px)`;

/** Everything one mark needs, as plain values so unchanged marks skip rendering. */
export interface EventMarkProps extends Omit<MarkButtonProps, "hasText"> {
  /** Top of the event's row inside its lane. */
  top: number;
  /** Text lines of the event's row (its bar track lies under them). */
  rowLines: number;
  /** The text-track extent (point and label, or a span's label); textWidth 0 when the event has none. */
  textLeft: number;
  textWidth: number;
  /** A span's bar (barWidth 0 for a point). */
  barLeft: number;
  barWidth: number;
}

/**
 * One event in the detail view: a box at the mark's place holding the event's button (MarkButton), which holds
 * the point and label (or, for a span without a label, the bar). A labelled span's bar is drawn beside the
 * box, in the bar track, so the button's box never covers another event's text.
 *
 * A scrub step moves nearly every mark while what each one shows stays the same, so the button is rendered
 * apart from its place: a step that only moves a mark renders this box and its bar and leaves the button be.
 */
export const EventMark = memo(function EventMark({ top, rowLines, textLeft, textWidth, barLeft, barWidth, ...button }: EventMarkProps) {
  const hasText = textWidth > 0;
  const barTop = top + TEXT_HEIGHT * rowLines;
  const box = hasText
    ? { transform: at(textLeft, top), width: textWidth, height: TEXT_HEIGHT * button.labelLines }
    : { transform: at(barLeft, barTop - 3), width: barWidth, height: 8 };
  return (
    <>
      {hasText && barWidth > 0 && (
        // The bar of a labelled span: clickable like its label; the button carries the name for assistive tech.
        <span
          className={styles.bar}
          style={{ transform: at(barLeft, barTop), width: barWidth }}
          onClick={() => button.onSelect(button.id)}
          aria-hidden="true"
          {...markData(button)}
          data-clip-start={button.clipStart || undefined}
          data-clip-end={button.clipEnd || undefined}
          {...hoverTip(button.id, button.onShowTip)}
        />
      )}
      <div className={styles.markBox} style={box} data-lifted={button.emphasis === "selected" || undefined}>
        <MarkButton {...button} hasText={hasText} />
      </div>
    </>
  );
});
