"use client";
import { memo, useMemo } from "react";
import { useHeldWhile } from "@/components/shared/useHeldWhile";
import type { Bin } from "@/lib/timeline/bins";
import { binName } from "@/lib/timeline/bins";
import { binBox, COUNT_MIN_SPAN, countLabels, heatCells, type CountLabel } from "@/lib/timeline/heat";
import type { Lane } from "@/lib/timeline/lanes";
import type { TimeScale } from "@/lib/timeline/scale";
import { BinsHeat } from "./BinsHeat";
import styles from "./Timeline.module.css";

interface Props {
  bins: readonly Bin[];
  lanes: readonly Lane[];
  scale: TimeScale;
  laneHeight: number;
  /** The window moves in a burst: the buttons hold still, hidden, and the canvas draws the counts too. */
  moving: boolean;
  onNarrow: (bin: Bin) => void;
}

const NO_COUNTS: readonly CountLabel[] = [];

/**
 * Too many events for one button each: calendar bins, each a button named "N events, from to to" that
 * narrows the window to it, over a canvas of heat cells (one per lane). While the window moves in a burst,
 * restyling a box per bin at every step cost more than drawing the counts: the buttons are held (hidden) from
 * the burst's start and follow when it rests, like the network's.
 */
export const BinsView = memo(function BinsView({ bins, lanes, scale, laneHeight, moving, onNarrow }: Props) {
  const height = lanes.length * laneHeight;
  const cells = useMemo(() => heatCells(bins, lanes, scale, laneHeight), [bins, lanes, scale, laneHeight]);
  const counts = useMemo(() => (moving ? countLabels(bins, scale, height) : NO_COUNTS), [moving, bins, scale, height]);
  const buttons = useHeldWhile(useMemo(() => ({ bins, scale, height }), [bins, scale, height]), moving);
  return (
    <div role="group" aria-label="Events by period" className={styles.bins} data-moving={moving || undefined}>
      <BinsHeat cells={cells} counts={counts} width={scale.width} height={height} />
      <BinButtons {...buttons} onNarrow={onNarrow} />
    </div>
  );
});

const BinButtons = memo(function BinButtons({ bins, scale, height, onNarrow }: { bins: readonly Bin[]; scale: TimeScale; height: number; onNarrow: (bin: Bin) => void }) {
  return bins.map((bin) => {
    if (bin.count === 0) return null;
    const { left, width, span } = binBox(bin, scale);
    return (
      // The place and size go on a plain box around the button: restyling boxes at every scrub step costs a
      // fraction of restyling buttons.
      <div key={bin.start} className={styles.binBox} style={{ left, width, height }}>
        <button type="button" className={styles.bin} aria-label={binName(bin)} onClick={() => onNarrow(bin)}>
          {span >= COUNT_MIN_SPAN && (
            <span className={styles.binCount} aria-hidden="true">
              {bin.count}
            </span>
          )}
        </button>
      </div>
    );
  });
});
