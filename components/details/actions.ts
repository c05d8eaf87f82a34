import type { ActorId, EventId, TieId } from "@/lib/dataset/ids";

/** What a control inside Details can ask the dashboard to do. */
export interface DetailsActions {
  selectActor: (id: ActorId) => void;
  selectEvent: (id: EventId) => void;
  selectTie: (id: TieId) => void;
  /** Moves the time window so the given epoch-day range is in view. */
  showInTimeline: (start: number, end: number) => void;
  /** Scrolls the Network into view and frames the current selection there. */
  showInNetwork: () => void;
}
