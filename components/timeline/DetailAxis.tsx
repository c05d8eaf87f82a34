"use client";
import { memo } from "react";
import type { AsOfMark, Tick } from "@/lib/timeline/ticks";
import { PeriodBands, type Band } from "./PeriodBands";
import styles from "./Timeline.module.css";

interface Props {
  ticks: readonly Tick[];
  height: number;
  width: number;
  axisHeight: number;
  asOf: AsOfMark | null;
  /** Periods as bands behind everything. */
  bands: readonly Band[];
}

/** The detail view's axis labels, grid lines and the labelled analysis-date line (decorative; hidden from assistive tech). */
export const DetailAxis = memo(function DetailAxis({ ticks, height, width, axisHeight, asOf, bands }: Props) {
  return (
    <div className={styles.axis} aria-hidden="true">
      <svg className={styles.grid} width={width} height={height} focusable="false">
        <PeriodBands bands={bands} height={height} labelled />
        {ticks.map((t) => (
          <line key={t.day} x1={t.x} x2={t.x} y1={t.label ? 2 : axisHeight - 6} y2={height} className={t.major ? styles.gridMajor : styles.gridMinor} />
        ))}
        {asOf && <line x1={asOf.x} x2={asOf.x} y1={0} y2={height} className={styles.asOfLine} />}
      </svg>
      {ticks.map((t) =>
        t.label ? (
          <span key={t.day} className={styles.tickLabel} style={{ left: t.x + 3 }}>
            {t.label}
          </span>
        ) : null,
      )}
      {asOf?.label && (
        <span
          className={styles.asOfLabel}
          style={asOf.alignRight ? { right: width - asOf.labelX } : { left: asOf.labelX }}
        >
          {asOf.label}
        </span>
      )}
    </div>
  );
});
