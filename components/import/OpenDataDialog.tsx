"use client";
/**
 * The Open data dialog: choose or drop files, the format (detected unless chosen), the columns of an event
 * table, a preview of the counts, then Import. The files are read in a worker; on success the dataset is
 * kept in this browser and opened at ?dataset=local-<slug>; on failure the problems are listed and nothing
 * else changes.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from "react";
import { FORMAT_IDS, FORMAT_NAMES, type ColumnMapping, type FormatId, type MapField } from "@/lib/import/types";
import { ColumnMappingFields } from "./ColumnMappingFields";
import { openDataset } from "./navigate";
import { ProblemList } from "./ProblemList";
import { useImportWorker } from "./useImportWorker";
import styles from "./Import.module.css";

export default function OpenDataDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState<FormatId | "">("");
  const [edits, setEdits] = useState<ColumnMapping>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const { state, run, save } = useImportWorker();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (files.length) void run(files, format || undefined, Object.keys(edits).length ? edits : undefined);
  }, [files, format, edits, run]);

  const done = state.status === "done" ? state : null;
  const columns = done?.columns;
  const mapping = useMemo(() => ({ ...columns?.suggested, ...edits }), [columns, edits]);
  const detected = done?.outcome.format ?? null;

  const choose = (list: FileList | null) => {
    setFiles(list ? Array.from(list) : []);
    setEdits({});
    setSaveError(null);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    choose(e.dataTransfer.files);
  };
  const onImport = async () => {
    if (!done?.outcome.ok) return;
    try {
      const id = await save();
      ref.current?.close();
      openDataset(id);
    } catch (error) {
      setSaveError(`The dataset could not be kept in this browser: ${(error as Error).message}`);
    }
  };

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <h2 id={titleId}>Open data</h2>
      <p className="muted">
        TimelineJS, Kumu, GEXF, Gephi, event tables (ACLED, ICEWS or your own columns) or this dashboard&apos;s JSON. The files stay in this browser.
      </p>
      <form
        method="dialog"
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void onImport();
        }}
      >
        <div className={styles.field}>
          <label htmlFor={`${titleId}-files`}>Data files</label>
          <input id={`${titleId}-files`} type="file" multiple accept=".csv,.tsv,.txt,.json,.gexf,.xml" onChange={(e) => choose(e.currentTarget.files)} />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${titleId}-format`}>Format</label>
          <select id={`${titleId}-format`} value={format} onChange={(e) => setFormat(e.target.value as FormatId | "")}>
            <option value="">Detect automatically</option>
            {FORMAT_IDS.map((id) => (
              <option key={id} value={id}>
                {FORMAT_NAMES[id]}
              </option>
            ))}
          </select>
          {!format && detected && <span className="muted">Detected: {FORMAT_NAMES[detected]}</span>}
        </div>
        {columns && <ColumnMappingFields header={columns.header} mapping={mapping} suggested={columns.suggested} onChange={(field: MapField, cols) => setEdits((m) => ({ ...m, [field]: cols }))} />}
        <p role="status" className={styles.preview}>
          {state.status === "running" ? `${state.stage}…` : done?.outcome.ok ? `Ready to import: ${done.outcome.summary}.` : files.length === 0 ? "Choose or drop one file (two for Kumu or Gephi spreadsheets)." : ""}
        </p>
        {done && !done.outcome.ok && <ProblemList problems={done.outcome.problems} />}
        {saveError && <p role="alert">{saveError}</p>}
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button" disabled={files.length === 0 || state.status === "running"}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
