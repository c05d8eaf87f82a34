"use client";
import { memo } from "react";
import type { Bin } from "@/lib/timeline/bins";
import { maxBinCount } from "@/lib/timeline/bins";
import type { Tick } from "@/lib/timeline/ticks";
import styles from "./Timeline.module.css";

interface Props {
  bins: readonly Bin[];
  ticks: readonly Tick[];
  x: (day: number) => number;
  width: number;
  chartHeight: number;
  height: number;
  asOfX: number;
}

/**
 * The overview's picture: how many events each calendar bin holds across the whole extent (square-root
 * heights, so a lone event still shows beside a dense month), year ticks and the analysis date. Drawn once
 * per dataset, theme filter and width; moving the window does not redraw it.
 */
export const OverviewHistogram = memo(function OverviewHistogram({ bins, ticks, x, width, chartHeight, height, asOfX }: Props) {
  const max = Math.sqrt(maxBinCount(bins));
  return (
    <svg className={styles.overviewSvg} width={width} height={height} aria-hidden="true" focusable="false">
      {ticks.map((t) => (
        <g key={t.day}>
          <line x1={t.x} x2={t.x} y1={0} y2={chartHeight + 4} className={styles.overviewTick} />
          {t.label && (
            <text x={t.x + 3} y={chartHeight + 14} className={styles.overviewTickLabel}>
              {t.label}
            </text>
          )}
        </g>
      ))}
      {bins.map((b) => {
        if (b.count === 0) return null;
        const x0 = x(b.start);
        const w = Math.max(1, x(b.end + 1) - x0 - 0.5);
        const h = Math.max(2, (Math.sqrt(b.count) / max) * (chartHeight - 4));
        return <rect key={b.start} x={x0} y={chartHeight - h} width={w} height={h} className={styles.overviewBar} />;
      })}
      <line x1={0} x2={width} y1={chartHeight + 0.5} y2={chartHeight + 0.5} className={styles.overviewBase} />
      <line x1={asOfX} x2={asOfX} y1={0} y2={chartHeight} className={styles.asOfLine} />
    </svg>
  );
});
