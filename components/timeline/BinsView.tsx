"use client";
import { memo } from "react";
import type { Bin } from "@/lib/timeline/bins";
import { binName } from "@/lib/timeline/bins";
import type { Lane } from "@/lib/timeline/lanes";
import type { TimeScale } from "@/lib/timeline/scale";
import styles from "./Timeline.module.css";

interface Props {
  bins: readonly Bin[];
  lanes: readonly Lane[];
  scale: TimeScale;
  laneHeight: number;
  onNarrow: (bin: Bin) => void;
}

/**
 * A bin's heat cells, one band per lane (stronger colour = more events), as one background of hard stops:
 * a child element per cell would be a positioned box, and a scrub step lays out, paints and hit-tests
 * every one of them (eight lanes × a hundred bins).
 */
function cellsBackground(counts: readonly number[], lanes: readonly Lane[], laneHeight: number, max: number): string {
  const stops: string[] = [];
  counts.forEach((count, lane) => {
    const color = lanes[lane]?.color;
    if (count <= 0 || !color) return;
    const top = lane * laneHeight + 2;
    const bottom = (lane + 1) * laneHeight - 2;
    const strength = Math.round((0.18 + 0.82 * Math.sqrt(count / max)) * 100);
    stops.push(`transparent ${top}px`, `color-mix(in srgb, ${color} ${strength}%, transparent) ${top}px ${bottom}px`, `transparent ${bottom}px`);
  });
  return stops.length ? `linear-gradient(to bottom, ${stops.join(", ")})` : "none";
}

/**
 * Too many events for one button each: calendar bins, each a button named "N events, from to to" that
 * narrows the window to it, with a heat cell per lane.
 */
export const BinsView = memo(function BinsView({ bins, lanes, scale, laneHeight, onNarrow }: Props) {
  let max = 1;
  for (const b of bins) for (const c of b.lanes) if (c > max) max = c;
  return (
    <div role="group" aria-label="Events by period" className={styles.bins}>
      {bins.map((bin) => {
        if (bin.count === 0) return null;
        const x0 = Math.max(0, scale.x(bin.start));
        const x1 = Math.min(scale.width, scale.x(bin.end + 1));
        return (
          // The place, size and heat cells go on a plain box around the button: restyling boxes at every scrub
          // step costs a fraction of restyling buttons.
          <div
            key={bin.start}
            className={styles.binBox}
            style={{
              left: x0,
              width: Math.max(2, x1 - x0 - 1),
              height: lanes.length * laneHeight,
              backgroundImage: cellsBackground(bin.lanes, lanes, laneHeight, max),
            }}
          >
            <button type="button" className={styles.bin} aria-label={binName(bin)} onClick={() => onNarrow(bin)}>
              {x1 - x0 >= 26 && (
                <span className={styles.binCount} aria-hidden="true">
                  {bin.count}
                </span>
              )}
            </button>
          </div>
        );
      })}
    </div>
  );
});
