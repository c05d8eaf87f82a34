"use client";
import { useEffect } from "react";
import type { ViewProps } from "@/components/dashboard/viewProps";
import { formatRange } from "@/lib/dates";

/** Interim timeline: the events of the selection as a list (replaced by the scrubbing timeline). */
export function Timeline({ selection, setView, onReady }: ViewProps) {
  useEffect(onReady, [onReady]);
  return (
    <section aria-label="Timeline" className="panel timeline">
      <ol>
        {selection.events.map(({ event }) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => setView((v) => ({ ...v, event: event.id, tie: null }))}>
              {event.title}
            </button>{" "}
            {event.date && <span className="muted">{formatRange(event.date.start, event.date.end)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
