import { memo } from "react";
import { formatDayShort } from "@/lib/dates";
import styles from "./Timeline.module.css";

/** What the marks mean: points, bars, uncertain bars, expected events and the analysis date. */
export const Legend = memo(function Legend({ asOf }: { asOf: number | null }) {
  return (
    <ul className={styles.legend} aria-label="Legend">
      <li>
        <span className={styles.keyPoint} aria-hidden="true" /> Day
      </li>
      <li>
        <span className={styles.keyRange} aria-hidden="true" /> Dated span
      </li>
      <li>
        <span className={styles.keyImprecise} aria-hidden="true" /> Month or year only
      </li>
      <li>
        <span className={styles.keyExpected} aria-hidden="true" /> Expected
      </li>
      {asOf !== null && (
        <li>
          <span className={styles.keyAsOf} aria-hidden="true" /> As of {formatDayShort(asOf)}
        </li>
      )}

    </ul>
  );
});
