"use client";
import { memo, type CSSProperties } from "react";
import type { EventId } from "@/lib/dataset/ids";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { eventEmphasis, type Focus } from "@/lib/highlight";
import { eventName } from "@/lib/timeline/eventName";
import styles from "./Timeline.module.css";

interface Props {
  events: readonly IndexedEvent[];
  focus: Focus;
  colorOf: (item: IndexedEvent) => string;
  onSelect: (id: EventId) => void;
}

/** Events without a date: always in the window, listed under the timeline as buttons. */
export const UndatedList = memo(function UndatedList({ events, focus, colorOf, onSelect }: Props) {
  return (
    <div role="group" aria-label="Undated events" className={styles.undated}>
      <span className={styles.undatedTitle} aria-hidden="true">
        Undated
      </span>
      <ul className={styles.undatedList}>
        {events.map((item) => (
          <li key={item.event.id}>
            <button
              type="button"
              className={styles.undatedItem}
              aria-label={eventName(item)}
              aria-current={eventEmphasis(item.event, focus) === "selected" ? "true" : undefined}
              data-emphasis={eventEmphasis(item.event, focus)}
              data-expected={item.event.status === "expected" || undefined}
              style={{ "--lane": colorOf(item) } as CSSProperties}
              onClick={() => onSelect(item.event.id)}
            >
              <span className={styles.undatedSwatch} aria-hidden="true" />
              {item.event.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
