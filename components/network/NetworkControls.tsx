"use client";
import type { Ref } from "react";
import styles from "./Network.module.css";

/** How much one press of a zoom button or key zooms. */
export const ZOOM_STEP = 1.4;

interface Props {
  onZoom: (factor: number) => void;
  onFit: () => void;
  onResetLayout: () => void;
  /** The row of buttons (labels keep clear of it). */
  ref?: Ref<HTMLDivElement>;
}

/** The stage's buttons: zoom in and out, Fit, and Reset layout (releases pinned actors). */
export function NetworkControls({ onZoom, onFit, onResetLayout, ref }: Props) {
  return (
    <div ref={ref} className={styles.controls}>
      <button type="button" className={styles.control} aria-label="Zoom in" onClick={() => onZoom(ZOOM_STEP)}>
        +
      </button>
      <button type="button" className={styles.control} aria-label="Zoom out" onClick={() => onZoom(1 / ZOOM_STEP)}>
        −
      </button>
      <button type="button" className={styles.control} onClick={onFit}>
        Fit
      </button>
      <button type="button" className={styles.control} onClick={onResetLayout}>
        Reset layout
      </button>
    </div>
  );
}
