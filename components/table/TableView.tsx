"use client";
import { Suspense, useState } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { useFollowingSelection } from "@/components/dashboard/useSelection";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import type { EventId, TieId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Selection } from "@/lib/select";

const SelectionTables = retryableLazy(() => import("./SelectionTables").then((m) => m.default));

/** What the table view shows and what its rows can select. */
export interface TableViewProps {
  index: IndexedDataset;
  selection: Selection;
  onSelectEvent: (id: EventId) => void;
  onSelectTie: (id: TieId) => void;
}

/**
 * The current selection as tables: the accessible alternative to the charts. Collapsed by default; its
 * code and rows load only when it is opened, so large datasets cost nothing until asked for.
 */
export function TableView({ onSelectEvent, onSelectTie }: Pick<TableViewProps, "onSelectEvent" | "onSelectTie">) {
  const [open, setOpen] = useState(false);
  return (
    <details className="panel table-view" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Table view of the selection</summary>
      {open && (
        <PartBoundary name="The tables">
          <Suspense fallback={<p className="muted">Loading the tables…</p>}>
            <OpenTables onSelectEvent={onSelectEvent} onSelectTie={onSelectTie} />
          </Suspense>
        </PartBoundary>
      )}
    </details>
  );
}

/** The tables, subscribed to the selection only while open, following the views. */
function OpenTables(props: Pick<TableViewProps, "onSelectEvent" | "onSelectTie">) {
  const { index } = useDashboard();
  return <SelectionTables index={index} selection={useFollowingSelection()} {...props} />;
}
