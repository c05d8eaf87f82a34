"use client";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import type { WindowCommit } from "./useWindowCommit";
import styles from "./Timeline.module.css";

interface Props {
  from: number;
  to: number;
  earlier: number;
  later: number;
  /** The dated events that pass the theme filter, in date order. */
  themedDated: readonly IndexedEvent[];
  extent: { start: number; end: number };
  window: WindowCommit;
  onInteract: () => void;
}

const plural = (n: number) => `${n} ${n === 1 ? "event" : "events"}`;

/**
 * "N events before this window" and "N events after this window": buttons that move the window, keeping its
 * length, to end at the nearest earlier event or start at the nearest later one.
 */
export function OutsideButtons({ from, to, earlier, later, themedDated, extent, window: win, onInteract }: Props) {
  const length = to - from;
  const back = () => {
    let end = -Infinity;
    for (const e of themedDated) if (e.end < from && e.end > end) end = e.end;
    if (!Number.isFinite(end)) return;
    onInteract();
    win.apply((v) => ({ ...v, from: Math.max(extent.start, end - length), to: end }));
  };
  const forward = () => {
    const next = themedDated.find((e) => e.start > to);
    if (!next) return;
    onInteract();
    win.apply((v) => ({ ...v, from: next.start, to: Math.min(extent.end, next.start + length) }));
  };
  return (
    <>
      {earlier > 0 && (
        <button type="button" className={styles.outside} onClick={back} title="Move the window back to the nearest of them">
          {plural(earlier)} before this window
        </button>
      )}
      {later > 0 && (
        <button type="button" className={styles.outside} onClick={forward} title="Move the window on to the nearest of them">
          {plural(later)} after this window
        </button>
      )}
    </>
  );
}
