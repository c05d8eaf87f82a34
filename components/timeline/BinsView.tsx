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
 * Too many events for one button each: calendar bins, each a button named "N events, from to to" that
 * narrows the window to it, with a heat cell per lane (stronger colour = more events).
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
          <button
            key={bin.start}
            type="button"
            className={styles.bin}
            style={{ left: x0, width: Math.max(2, x1 - x0 - 1), height: lanes.length * laneHeight }}
            aria-label={binName(bin)}
            onClick={() => onNarrow(bin)}
          >
            {bin.lanes.map((count, lane) =>
              count > 0 ? (
                <span
                  key={lane}
                  className={styles.cell}
                  style={{
                    top: lane * laneHeight + 2,
                    height: laneHeight - 4,
                    background: lanes[lane]?.color,
                    opacity: 0.18 + 0.82 * Math.sqrt(count / max),
                  }}
                  aria-hidden="true"
                />
              ) : null,
            )}
            {x1 - x0 >= 26 && (
              <span className={styles.binCount} aria-hidden="true">
                {bin.count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
});
