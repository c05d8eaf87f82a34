import { memo } from "react";
import styles from "./Timeline.module.css";

/** A period (a named band of time) in pixels. */
export interface Band {
  id: string;
  label: string;
  x0: number;
  x1: number;
}

/** Periods as alternating bands with their labels, drawn behind the marks (SVG; decorative, the parent is aria-hidden). */
export const PeriodBands = memo(function PeriodBands({ bands, height, labelled = false }: { bands: readonly Band[]; height: number; labelled?: boolean }) {
  return (
    <g>
      {bands.map((band, i) => (
        <g key={band.id}>
          <rect x={band.x0} y={0} width={Math.max(1, band.x1 - band.x0)} height={height} className={i % 2 ? styles.periodBandAlt : styles.periodBand}>
            <title>{band.label}</title>
          </rect>
          {labelled && band.x1 - band.x0 > 30 && (
            <text x={Math.max(band.x0, 0) + 4} y={height - 4} className={styles.periodLabel}>
              {band.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
