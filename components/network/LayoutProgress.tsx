/** Shown while the layout is computed: a labelled progress bar (the page stays responsive meanwhile). */
import styles from "./Network.module.css";

interface Props {
  done: number;
  total: number;
  actors: number;
}

/** Progress of the network layout. */
export function LayoutProgress({ done, total, actors }: Props) {
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  return (
    <div className={styles.progress}>
      <span>Laying out {actors.toLocaleString("en")} actors…</span>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-label="Network layout"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={styles.progressBar} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
