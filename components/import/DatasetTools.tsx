"use client";
/** The header's dataset tools: the Dataset picker, Open data, and Remove dataset for a dataset of this browser. */
import { lazy, Suspense, useId, useState } from "react";
import { isLocalId } from "./localId";
import { openDataset } from "./navigate";
import { useDatasetList } from "./useDatasetList";
import styles from "./Import.module.css";

// The dialog, the importers and their parsers load only when someone opens data.
const OpenDataDialog = lazy(() => import("./OpenDataDialog"));

export function DatasetTools({ id, title }: { id: string; title: string }) {
  const entries = useDatasetList({ id, title });
  const [open, setOpen] = useState(false);
  const pickerId = useId();
  const remove = async () => {
    if (!window.confirm(`Remove “${title}” from this browser? This cannot be undone.`)) return;
    const { removeLocalDataset } = await import("./localDatasets");
    await removeLocalDataset(id);
    openDataset(null);
  };
  return (
    <div className={styles.tools}>
      <label htmlFor={pickerId}>Dataset</label>
      <select id={pickerId} value={id} onChange={(e) => openDataset(e.target.value)}>
          {entries.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
              {entry.local ? " (this browser)" : ""}
            </option>
          ))}
      </select>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Open data
      </button>
      {isLocalId(id) && (
        <button type="button" className="button" onClick={() => void remove()}>
          Remove dataset
        </button>
      )}
      {open && (
        <Suspense fallback={null}>
          <OpenDataDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
