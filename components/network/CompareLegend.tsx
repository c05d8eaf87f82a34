"use client";
/** The legend's Compare entries: how gained, lost, turned and unchanged ties and actors are drawn. */
import { CHANGE_RINGS, DASHES, LOST_COLOR, type RingStyle } from "@/lib/network/encoding";
import { sentimentColor } from "@/lib/palette";
import { Line } from "./Legend";
import styles from "./Network.module.css";

function RingSample({ ring, faint = false }: { ring: RingStyle; faint?: boolean }) {
  return (
    <svg className={styles.legendIcon} width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
      <g opacity={faint ? 0.45 : 1}>
        <circle r="3.5" className={styles.ghost} />
        <circle r={3.5 + ring.gap} className={styles.changeRing} strokeWidth={ring.width} strokeDasharray={ring.dashed ? "2 2" : undefined} />
      </g>
    </svg>
  );
}

/** Compare's marks, which never rely on colour alone: width, dashes and rings. */
export function CompareLegend() {
  const colour = sentimentColor(1);
  return (
    <ul className={styles.legendGroup} aria-label="Compared with the compare window">
      <li className={styles.legendHeading}>Compare:</li>
      <li>
        <Line color={colour} width={3.4} />
        gained
      </li>
      <li>
        <Line color={LOST_COLOR} dash={DASHES.lost} />
        lost
      </li>
      <li>
        <Line color={colour} dash={DASHES.turned} width={2.8} />
        turned (new colour)
      </li>
      <li>
        <span style={{ opacity: 0.45 }}>
          <Line color={colour} width={1.8} />
        </span>
        unchanged (faint)
      </li>
      <li>
        <RingSample ring={CHANGE_RINGS.gained} />
        actor gained
      </li>
      <li>
        <RingSample ring={CHANGE_RINGS.lost} faint />
        actor lost
      </li>
    </ul>
  );
}
