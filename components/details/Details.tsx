"use client";
import { Suspense } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { formatIso } from "@/lib/dates";
import type { DetailsProps } from "./SelectedDetails";
import "./details.css";

// The panes load when something is first selected: nothing is on a first visit, so none is in the first-load bundle.
const SelectedDetails = retryableLazy(() => import("./SelectedDetails").then((m) => m.SelectedDetails));
const WindowRankings = retryableLazy(() => import("@/components/metrics/WindowRankings").then((m) => m.WindowRankings), { firstVisit: true });

/**
 * The Details landmark: the selected event, tie or actor (a sheet over the charts on a phone), or an overview
 * of the dataset.
 */
export function Details({ index, selection, selected, actions, footer }: DetailsProps) {
  const { dataset } = index;
  const { source, asOf } = dataset;
  const any = selected.event || selected.tie || selected.actor;
  return (
    <aside aria-label="Details" className="panel details">
      <PartBoundary name="Details">
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {any ? (
            <SelectedDetails index={index} selection={selection} selected={selected} actions={actions} footer={footer} />
          ) : (
            <article className="details-item">
              <h2>About this dataset</h2>
              <p>{dataset.description}</p>
              <p className="muted">
                {source && `Source: ${source.title}${source.publisher ? `, ${source.publisher}` : ""} (${formatIso(source.date)}). `}
                {asOf && (
                  <>
                    Analysis as of <time dateTime={asOf}>{formatIso(asOf)}</time>.
                  </>
                )}
              </p>
              <p className="hint">Select an event in the timeline or an actor in the network to see its ties and sources.</p>
              <Suspense fallback={null}>
                <WindowRankings index={index} selection={selection} onSelect={actions.selectActor} />
              </Suspense>
            </article>
          )}
        </Suspense>
      </PartBoundary>
      {!any && footer}
    </aside>
  );
}
