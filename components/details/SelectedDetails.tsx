"use client";
import type { ReactNode } from "react";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Selection } from "@/lib/select";
import type { ViewState } from "@/lib/view/state";
import type { DetailsActions } from "./actions";
import { ActorDetails } from "./ActorDetails";
import { DetailsSheet } from "./DetailsSheet";
import { EventDetails } from "./EventDetails";
import { TieDetails } from "./TieDetails";

/** What Details and its selected pane are given. */
export interface DetailsProps {
  index: IndexedDataset;
  selection: Selection;
  selected: Pick<ViewState, "actor" | "event" | "tie">;
  actions: DetailsActions;
  /** Shown under the selected item (the Changes list while comparing). */
  footer?: ReactNode;
}

/**
 * The selected event, tie or actor (in that order) in the Details sheet. Loaded with the sheet when something
 * is first selected, so none of it is in the first-load bundle.
 */
export function SelectedDetails({ index, selection, selected, actions, footer }: DetailsProps) {
  const event = selected.event ? index.eventById.get(selected.event) : undefined;
  const tie = selected.tie ? index.tieById.get(selected.tie) : undefined;
  const actor = selected.actor ? index.actorById.get(selected.actor) : undefined;
  return (
    <DetailsSheet shown={event?.event.id ?? tie?.tie.id ?? actor?.id ?? null}>
      {event ? (
        <EventDetails item={event} index={index} actions={actions} />
      ) : tie ? (
        <TieDetails item={tie} index={index} selection={selection} actions={actions} />
      ) : actor ? (
        <ActorDetails actor={actor} index={index} selection={selection} actions={actions} />
      ) : (
        <p className="muted">Nothing of that name in this dataset.</p>
      )}
      {footer}
    </DetailsSheet>
  );
}
