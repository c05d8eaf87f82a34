"use client";
import { memo } from "react";
import { toIsoDay } from "@/lib/dates";
import type { LaneSummary } from "@/lib/timeline/layout";
import styles from "./Timeline.module.css";

interface Props {
  summaries: readonly LaneSummary[];
  /** Top of a summary's row inside its lane. */
  top: (summary: LaneSummary) => number;
  onNarrow: (from: number, to: number) => void;
}

/**
 * A lane's busy stretches whose titles found no row: "+N" buttons under their marks that zoom the window to
 * the stretch, where the titles have room. Nothing is dropped without saying so.
 */
export const LaneSummaries = memo(function LaneSummaries({ summaries, top, onNarrow }: Props) {
  return summaries.map((s) => (
    // Placed by a plain box around the button, which a scrub step restyles far more cheaply than the button.
    <div key={`${s.lane}-${s.from}`} className={styles.summaryBox} style={{ left: s.x0, top: top(s) }}>
      <button
        type="button"
        className={styles.summary}
        aria-label={`${s.count} more ${s.count === 1 ? "title" : "titles"}, ${toIsoDay(s.from)} to ${toIsoDay(s.to)}: zoom in`}
        title={`${s.count} more: zoom in to read them`}
        onClick={() => onNarrow(s.from, s.to)}
      >
        +{s.count}
      </button>
    </div>
  ));
});
