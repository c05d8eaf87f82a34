"use client";
import { useEffect } from "react";
import type { ViewProps } from "@/components/dashboard/viewProps";

/** Interim network: the visible actors as buttons (replaced by the force-directed network). */
export function Network({ selection, view, setView, onReady }: ViewProps) {
  useEffect(onReady, [onReady]);
  return (
    <section aria-label="Network" className="panel network">
      <ul className="chip-list">
        {selection.actors.map((actor) => (
          <li key={actor.id}>
            <button
              type="button"
              className="chip"
              aria-pressed={view.actor === actor.id}
              onClick={() => setView((v) => ({ ...v, actor: v.actor === actor.id ? null : actor.id, event: null, tie: null }))}
            >
              {actor.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
