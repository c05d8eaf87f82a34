"use client";
/** A ranked list of actors (Most connected, Brokers): each a button that selects the actor, with its value. */
import type { ActorId } from "@/lib/dataset/ids";

export interface RankedActor {
  id: ActorId;
  name: string;
  /** The value as read aloud and shown ("12 ties", "0.41"). */
  value: string;
}

interface Props {
  title: string;
  /** What the value means, under the heading. */
  note: string;
  items: readonly RankedActor[] | null;
  onSelect: (id: ActorId) => void;
}

/** The list under its heading; while `items` is null it says it is measuring. */
export function RankedActors({ title, note, items, onSelect }: Props) {
  return (
    <section className="ranked">
      <h3>{title}</h3>
      <p className="muted ranked-note">{note}</p>
      {items === null ? (
        <p className="muted" role="status">
          Measuring…
        </p>
      ) : items.length === 0 ? (
        <p className="muted">None in this window.</p>
      ) : (
        <ol aria-label={title} className="ranked-list">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
                {item.name}
              </button>{" "}
              <span className="muted">{item.value}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
