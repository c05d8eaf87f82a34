"use client";
/** The network's "Size by" select: node size by ties in the window, or by betweenness in the window. */
import styles from "./Network.module.css";

export type SizeMeasure = "ties" | "betweenness";

/** The select, labelled "Size by". */
export function SizeBy({ value, onChange, measuring }: { value: SizeMeasure; onChange: (value: SizeMeasure) => void; measuring: boolean }) {
  return (
    <label className={styles.sizeBy}>
      Size by{" "}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as SizeMeasure)}>
        <option value="ties">ties in the window</option>
        <option value="betweenness">betweenness in the window</option>
      </select>
      {measuring && <span className="muted"> measuring…</span>}
    </label>
  );
}
