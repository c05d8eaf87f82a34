import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { DashboardProvider } from "@/components/dashboard/viewContext";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { resolveView, type RawViewParams } from "@/lib/view/state";
import { createViewStore } from "@/lib/view/store";

/** Renders a part of the dashboard with a fresh view store resolved from `raw` URL parameters. */
export function renderInDashboard(ui: ReactElement, index: IndexedDataset, raw: RawViewParams = {}) {
  const store = createViewStore(resolveView(raw, index));
  const utils = render(<DashboardProvider value={{ index, store }}>{ui}</DashboardProvider>);
  return { ...utils, store, view: () => store.get().view };
}
