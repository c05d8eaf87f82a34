"use client";
import { memo, useMemo } from "react";
import type { Bin } from "@/lib/timeline/bins";
import { binName } from "@/lib/timeline/bins";
import { binBox, heatCells } from "@/lib/timeline/heat";
import type { Lane } from "@/lib/timeline/lanes";
import type { TimeScale } from "@/lib/timeline/scale";
import { BinsHeat } from "./BinsHeat";
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
 * narrows the window to it, over a canvas of heat cells (one per lane).
 */
export const BinsView = memo(function BinsView({ bins, lanes, scale, laneHeight, onNarrow }: Props) {
  const height = lanes.length * laneHeight;
  const cells = useMemo(() => heatCells(bins, lanes, scale, laneHeight), [bins, lanes, scale, laneHeight]);
  return (
    <div role="group" aria-label="Events by period" className={styles.bins}>
      <BinsHeat cells={cells} width={scale.width} height={height} />
      {bins.map((bin) => {
        if (bin.count === 0) return null;
        const { left, width, span } = binBox(bin, scale);
        return (
          // The place and size go on a plain box around the button: restyling boxes at every scrub step costs a
          // fraction of restyling buttons.
          <div key={bin.start} className={styles.binBox} style={{ left, width, height }}>
            <button type="button" className={styles.bin} aria-label={binName(bin)} onClick={() => onNarrow(bin)}>
              {span >= 26 && (
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
