/**
 * Highlighting as a pure style function (like sigma's nodeReducer): given what is selected, how each
 * event, actor and tie is emphasised. Nothing in the data is changed.
 */
import type { ActorId, EventId, TieId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { DatasetEvent, Tie } from "@/lib/dataset/schema";
import type { Selection } from "@/lib/select";
import type { ViewState } from "@/lib/view/state";

/** How strongly an item is drawn. `normal` when nothing is selected. */
export type Emphasis = "selected" | "related" | "dimmed" | "normal";

/** What the current selection brings into focus. */
export interface Focus {
  active: boolean;
  actors: Set<ActorId>;
  events: Set<EventId>;
  ties: Set<TieId>;
  selectedActor: ActorId | null;
  selectedEvent: EventId | null;
  selectedTie: TieId | null;
}

/** The focus when nothing is selected: one shared object, so views memoised on the focus skip work while scrubbing. */
export const NO_FOCUS: Readonly<Focus> = Object.freeze({
  active: false,
  actors: new Set<ActorId>(),
  events: new Set<EventId>(),
  ties: new Set<TieId>(),
  selectedActor: null,
  selectedEvent: null,
  selectedTie: null,
});

/** The focus for a view: the selected actor with its visible ties, neighbours and events; or an event's actors; or a tie. */
export function focusOf(view: Pick<ViewState, "actor" | "event" | "tie">, index: IndexedDataset, selection: Selection): Focus {
  if (!view.actor && !view.event && !view.tie) return NO_FOCUS;
  const focus: Focus = {
    active: false,
    actors: new Set(),
    events: new Set(),
    ties: new Set(),
    selectedActor: view.actor,
    selectedEvent: view.event,
    selectedTie: view.tie,
  };
  if (view.actor) {
    focus.active = true;
    focus.actors.add(view.actor);
    for (const { indexed } of selection.ties) {
      const { source, target, id } = indexed.tie;
      if (source !== view.actor && target !== view.actor) continue;
      focus.ties.add(id);
      focus.actors.add(source === view.actor ? target : source);
    }
    for (const e of index.eventsByActor.get(view.actor) ?? []) focus.events.add(e.event.id);
  }
  if (view.event) {
    focus.active = true;
    focus.events.add(view.event);
    for (const a of index.eventById.get(view.event)?.event.actors ?? []) focus.actors.add(a);
  }
  if (view.tie) {
    const tie = index.tieById.get(view.tie)?.tie;
    if (tie) {
      focus.active = true;
      focus.ties.add(tie.id);
      focus.actors.add(tie.source);
      focus.actors.add(tie.target);
      for (const id of tie.events ?? []) focus.events.add(id);
    }
  }
  return focus;
}

/** Emphasis of an event. */
export function eventEmphasis(event: DatasetEvent, focus: Focus): Emphasis {
  if (!focus.active) return "normal";
  if (focus.selectedEvent === event.id) return "selected";
  return focus.events.has(event.id) ? "related" : "dimmed";
}

/** Emphasis of an actor. */
export function actorEmphasis(id: ActorId, focus: Focus): Emphasis {
  if (!focus.active) return "normal";
  if (focus.selectedActor === id) return "selected";
  return focus.actors.has(id) ? "related" : "dimmed";
}

/** Emphasis of a tie. */
export function tieEmphasis(tie: Tie, focus: Focus): Emphasis {
  if (!focus.active) return "normal";
  if (focus.selectedTie === tie.id) return "selected";
  return focus.ties.has(tie.id) ? "related" : "dimmed";
}
