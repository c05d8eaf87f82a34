"use client";
import type { PointerEvent } from "react";
import type { DayRange } from "@/lib/timeline/focusRange";
import styles from "./Timeline.module.css";

interface Props {
  extent: DayRange;
  focus: DayRange;
  window: { from: number; to: number };
  /** A click or drag on the strip centres the window on that day. */
  onJump: (day: number) => void;
}

/**
 * The whole extent as a thin strip above the overview: where the focus range and the window lie in it, and a
 * way to jump anywhere (click or drag). Pointer-only: the sliders' Home and End keys reach the ends.
 */
export function ExtentStrip({ extent, focus, window: win, onJump }: Props) {
  const span = extent.end + 1 - extent.start;
  const pct = (day: number) => `${((day - extent.start) / span) * 100}%`;
  const dayAt = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return extent.start + ((e.clientX - rect.left) / Math.max(rect.width, 1)) * span;
  };
  const down = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    onJump(dayAt(e));
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (e.buttons & 1) onJump(dayAt(e));
  };
  return (
    <div className={styles.extentStrip} onPointerDown={down} onPointerMove={move} aria-hidden="true" title="The whole time span: click to jump">
      <span className={styles.extentFocus} style={{ left: pct(focus.start), width: pct(extent.start + focus.end + 1 - focus.start) }} />
      <span className={styles.extentWindow} style={{ left: pct(win.from), width: `max(2px, ${pct(extent.start + win.to + 1 - win.from)})` }} />
    </div>
  );
}
