"use client";
import { Suspense, type ReactNode } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { formatIso } from "@/lib/dates";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Selection } from "@/lib/select";
import type { ViewState } from "@/lib/view/state";
import type { DetailsActions } from "./actions";

// Each pane loads when first needed: nothing is selected on a first visit, so none is in the first-load bundle.
const ActorDetails = retryableLazy(() => import("./ActorDetails").then((m) => m.ActorDetails));
const EventDetails = retryableLazy(() => import("./EventDetails").then((m) => m.EventDetails));
const TieDetails = retryableLazy(() => import("./TieDetails").then((m) => m.TieDetails));
const WindowRankings = retryableLazy(() => import("@/components/metrics/WindowRankings").then((m) => m.WindowRankings));

interface Props {
  index: IndexedDataset;
  selection: Selection;
  /** What is selected. */
  selected: Pick<ViewState, "actor" | "event" | "tie">;
  actions: DetailsActions;
  /** Shown under the selected item (the Changes list while comparing). */
  footer?: ReactNode;
}

/** The Details landmark: the selected event, tie or actor (in that order), or an overview of the dataset. */
export function Details({ index, selection, selected: view, actions, footer }: Props) {
  const event = view.event ? index.eventById.get(view.event) : undefined;
  const tie = view.tie ? index.tieById.get(view.tie) : undefined;
  const actor = view.actor ? index.actorById.get(view.actor) : undefined;
  const { dataset } = index;
  const { source, asOf } = dataset;
  return (
    <aside aria-label="Details" className="panel details">
      <PartBoundary name="Details">
      <Suspense fallback={<p className="muted">Loading…</p>}>
      {event ? (
        <EventDetails item={event} index={index} actions={actions} />
      ) : tie ? (
        <TieDetails item={tie} index={index} selection={selection} actions={actions} />
      ) : actor ? (
        <ActorDetails actor={actor} index={index} selection={selection} actions={actions} />
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
      {footer}
    </aside>
  );
}
