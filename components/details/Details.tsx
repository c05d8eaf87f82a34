"use client";
import { lazy, Suspense, type ReactNode } from "react";
import { formatIso } from "@/lib/dates";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Selection } from "@/lib/select";
import type { ViewState } from "@/lib/view/state";
import type { DetailsActions } from "./actions";

// Each pane loads when first needed: nothing is selected on a first visit, so none is in the first-load bundle.
const ActorDetails = lazy(() => import("./ActorDetails").then((m) => ({ default: m.ActorDetails })));
const EventDetails = lazy(() => import("./EventDetails").then((m) => ({ default: m.EventDetails })));
const TieDetails = lazy(() => import("./TieDetails").then((m) => ({ default: m.TieDetails })));
const WindowRankings = lazy(() => import("@/components/metrics/WindowRankings").then((m) => ({ default: m.WindowRankings })));

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
  return (
    <aside aria-label="Details" className="panel details">
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
            Source: {dataset.source.title}
            {dataset.source.publisher ? `, ${dataset.source.publisher}` : ""} ({formatIso(dataset.source.date)}). Analysis as of{" "}
            <time dateTime={dataset.asOf}>{formatIso(dataset.asOf)}</time>.
          </p>
          <p className="hint">Select an event in the timeline or an actor in the network to see its ties and sources.</p>
          <Suspense fallback={null}>
            <WindowRankings index={index} selection={selection} onSelect={actions.selectActor} />
          </Suspense>
        </article>
      )}
      </Suspense>
      {footer}
    </aside>
  );
}
