import { memo } from "react";
import styles from "./Timeline.module.css";

/** A period (a named band of time) in pixels. */
export interface Band {
  id: string;
  label: string;
  x0: number;
  x1: number;
}

/** Periods as bands with their labels, drawn behind the marks (SVG; decorative, the parent is aria-hidden). */
export const PeriodBands = memo(function PeriodBands({ bands, height, labelled = false }: { bands: readonly Band[]; height: number; labelled?: boolean }) {
  return bands.map((band) => (
    <g key={band.id} className={styles.periodBand}>
      <rect x={band.x0} width={Math.max(1, band.x1 - band.x0)} height={height} />
      {labelled && (
        <text x={Math.max(band.x0, 0) + 4} y={height - 4}>
          {band.label}
        </text>
      )}
    </g>
  ));
});
