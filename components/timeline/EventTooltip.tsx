"use client";
import type { IndexedDataset, IndexedEvent } from "@/lib/dataset/indexed";
import { formatRange } from "@/lib/dates";
import styles from "./Timeline.module.css";

interface Props {
  item: IndexedEvent;
  index: IndexedDataset;
  /** Anchor point in the detail view: the middle of the item, and its row's top and bottom. */
  x: number;
  top: number;
  bottom: number;
  width: number;
}

const HALF_WIDTH = 130;

/** The tooltip of a hovered or focused event: full title, date at its precision, "expected", themes. */
export function EventTooltip({ item, index, x, top, bottom, width }: Props) {
  const { event } = item;
  const below = top < 90;
  const left = width > 2 * HALF_WIDTH ? Math.min(Math.max(x, HALF_WIDTH + 4), width - HALF_WIDTH - 4) : width / 2;
  const precision = event.date && event.date.precision !== "day" ? ` (${event.date.precision} precision)` : "";
  return (
    <div
      className={styles.tooltip}
      data-below={below || undefined}
      style={{ left, top: below ? bottom + 6 : top - 6 }}
      aria-hidden="true"
    >
      <strong>{event.title}</strong>
      <span>
        {event.date ? formatRange(event.date.start, event.date.end) : "Undated"}
        {precision}
        {event.status === "expected" && <em className={styles.tipExpected}> · expected</em>}
      </span>
      <span className={styles.tipThemes}>{event.themes.map((t) => index.themeById.get(t)?.label ?? t).join(" · ")}</span>
    </div>
  );
}
