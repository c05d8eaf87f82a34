"use client";
/** The legend: actor kinds (shape and colour), tie colours by sentiment, and the other marks. Collapsible. */
import { memo, useState } from "react";
import { DASHES, shapePath, STRUCTURAL_COLOR, TURN_BAND, TURN_EXTRA, type KindKey } from "@/lib/network/encoding";
import { CompareLegend } from "./CompareLegend";
import { sentimentColor, sentimentLabel } from "@/lib/palette";
import styles from "./Network.module.css";

/** A sample of a tie's line. */
export function Line({ color, dash = null, arrow = false, width = 2 }: { color: string; dash?: readonly number[] | null; arrow?: boolean; width?: number }) {
  return (
    <svg className={styles.legendIcon} width="26" height="10" viewBox="0 0 26 10" aria-hidden="true">
      <line x1="1" y1="5" x2={arrow ? 18 : 25} y2="5" stroke={color} strokeWidth={width} strokeDasharray={dash?.join(" ")} />
      {arrow && <path d="M17,1L25,5L17,9Z" fill={color} />}
    </svg>
  );
}

/** A sample of a tie whose sentiment turns inside the window: heavier, over a soft band of its colour. */
function TurnLine({ color }: { color: string }) {
  const width = 1.8 + TURN_EXTRA;
  return (
    <svg className={styles.legendIcon} width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
      <line x1="4" y1="6" x2="22" y2="6" stroke={color} strokeWidth={width + TURN_BAND.extra} strokeOpacity={TURN_BAND.opacity} strokeLinecap="round" />
      <line x1="4" y1="6" x2="22" y2="6" stroke={color} strokeWidth={width} strokeLinecap="round" />
    </svg>
  );
}

interface Props {
  /** Open at first (wide panels); the reader can toggle it. */
  defaultOpen: boolean;
  /** Compare is on: explain its marks too. */
  comparing: boolean;
  /** The actor kinds the dataset uses (lib/network/encoding `kindsInUse`). */
  kinds: readonly KindKey[];
}

/** The network's legend. */
export const Legend = memo(function Legend({ defaultOpen, comparing, kinds }: Props) {
  const [open, setOpen] = useState<boolean | null>(null);
  return (
    <details className={styles.legend} open={open ?? defaultOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend</summary>
      <div className={styles.legendBody}>
        <ul className={styles.legendGroup} aria-label="Actor kinds">
          {kinds.map(({ kind, label, shape, color }) => (
            <li key={kind}>
              <svg className={styles.legendIcon} width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                <path
                  className={`${styles.node} ${shape === "ring" ? styles.ring : ""} ${color ? "" : (styles[kind] ?? "")}`}
                  style={color ? { fill: color } : undefined}
                  d={shapePath(shape, 5.5)}
                />
              </svg>
              {label}
            </li>
          ))}
        </ul>
        <ul className={styles.legendGroup} aria-label="Tie colours">
          <li className={styles.legendHeading}>Ties:</li>
          {[-2, -1, 0, 1, 2].map((s) => (
            <li key={s}>
              <Line color={sentimentColor(s)} />
              {sentimentLabel(s)}
            </li>
          ))}
        </ul>
        <ul className={styles.legendGroup} aria-label="Other marks">
          <li>
            <Line color={STRUCTURAL_COLOR} width={1} />
            leads or belongs to
          </li>
          <li>
            <Line color={sentimentColor(0)} dash={DASHES.expected} />
            expected
          </li>
          <li>
            <Line color={sentimentColor(0)} arrow />
            directed
          </li>
          <li>
            <TurnLine color={sentimentColor(1)} />
            sentiment turns in the window or since the last step
          </li>
          <li>size: ties in the window</li>
          <li>
            <svg className={styles.legendIcon} width="10" height="10" viewBox="-5 -5 10 10" aria-hidden="true">
              <circle className={styles.ghost} r="2.5" />
            </svg>
            not in the window
          </li>
          <li>Drag to pan, wheel or +/− to zoom, drag an actor to pin it</li>
        </ul>
        {comparing && <CompareLegend />}
      </div>
    </details>
  );
});
