/**
 * The window sliders' keys (the contract): ArrowLeft/ArrowRight (and Down/Up) move an edge by one day,
 * PageDown/PageUp by one calendar month (a month's last day stays the last day), Home/End to the dataset's first/last day. Start never passes end.
 */
import { addMonthsKeepingEnd } from "@/lib/dates";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { moveWindowEdge, type ViewState } from "@/lib/view/state";

/** Which edge of the window a slider moves. */
export type WindowEdge = "from" | "to";

/** The day a key would move the edge to, or null when the key is not a slider key. */
export function sliderKeyTarget(key: string, current: number, extent: { start: number; end: number }): number | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return current + 1;
    case "ArrowLeft":
    case "ArrowDown":
      return current - 1;
    case "PageUp":
      return addMonthsKeepingEnd(current, 1);
    case "PageDown":
      return addMonthsKeepingEnd(current, -1);
    case "Home":
      return extent.start;
    case "End":
      return extent.end;
    default:
      return null;
  }
}

/** The view after a key on an edge's slider (clamped so start ≤ end, inside the extent), or null for other keys. */
export function stepWindowEdge(view: ViewState, edge: WindowEdge, key: string, index: IndexedDataset): ViewState | null {
  const target = sliderKeyTarget(key, view[edge], index.extent);
  return target === null ? null : moveWindowEdge(view, edge, target, index);
}
