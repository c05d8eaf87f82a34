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
    <button
      key={`${s.lane}-${s.from}`}
      type="button"
      className={styles.summary}
      style={{ left: s.x0, top: top(s) }}
      aria-label={`${s.count} more ${s.count === 1 ? "title" : "titles"}, ${toIsoDay(s.from)} to ${toIsoDay(s.to)}: zoom in`}
      title={`${s.count} more: zoom in to read them`}
      onClick={() => onNarrow(s.from, s.to)}
    >
      +{s.count}
    </button>
  ));
});
