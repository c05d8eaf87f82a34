/** The current view's URL, built from the store (the address bar may be up to 100 ms behind while scrubbing). */
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { serializeView } from "@/lib/view/state";
import type { ViewStore } from "@/lib/view/store";
import { withViewParams } from "@/lib/view/url";

/** The absolute URL of the view on `path` ("/" for the dashboard, "/embed" for the embed). */
export function viewUrl(index: IndexedDataset, store: ViewStore, path = "/"): string {
  const search = withViewParams(location.search, serializeView(store.get().view, index));
  return `${location.origin}${path}${search}`;
}
