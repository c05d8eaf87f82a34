import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Focus } from "@/lib/highlight";
import type { Selection } from "@/lib/select";
import type { ViewState } from "@/lib/view/state";
import type { ChangeKind } from "./useViewState";

/** What the dashboard hands each view: the data, the one selection, the focus, and a way to change the view. */
export interface ViewProps {
  index: IndexedDataset;
  selection: Selection;
  focus: Focus;
  view: ViewState;
  setView: (update: (current: ViewState) => ViewState, kind?: ChangeKind) => void;
  /** Called once the view has drawn the current dataset for the first time. */
  onReady: () => void;
}
