"use client";
/** The Cite button and dialog: the view's citation as plain text and as BibTeX, each with a copy button. */
import { useId, useRef, useState } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { bibtexCitation, plainCitation } from "@/lib/export/citation";
import { copyText } from "./CopyLinkButton";
import styles from "./Export.module.css";
import { viewUrl } from "./viewUrl";

interface Citation {
  plain: string;
  bibtex: string;
}

function CitationBlock({ label, text }: { label: string; text: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.citation}>
      <div className={styles.citationHead}>
        <h3 id={id}>{label}</h3>
        <button
          type="button"
          className="button"
          aria-label={`Copy ${label}`}
          onClick={() => void copyText(text).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <pre aria-labelledby={id} tabIndex={0} className={styles.citationText}>
        {text}
      </pre>
    </div>
  );
}

/** The Cite button with its modal dialog (a native <dialog>: focus is kept inside, Escape closes it). */
export function CiteDialog() {
  const { index, store } = useDashboard();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [citation, setCitation] = useState<Citation | null>(null);

  const open = () => {
    const url = viewUrl(index, store);
    const today = new Date().toISOString().slice(0, 10);
    const view = store.get().view;
    setCitation({ plain: plainCitation(index, view, url, today), bibtex: bibtexCitation(index, view, url, today) });
    ref.current?.showModal();
  };

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={open}>
        Cite
      </button>
      <dialog
        ref={ref}
        className={styles.dialog}
        aria-labelledby={titleId}
        // Escape closes the dialog; it must not also clear the dashboard's selection.
        onKeyDown={(e) => {
          if (e.key === "Escape") e.stopPropagation();
        }}
        onCancel={(e) => e.stopPropagation()}
      >
        <div className={styles.dialogHead}>
          <h2 id={titleId}>Cite</h2>
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
        {citation && (
          <>
            <CitationBlock label="Plain text" text={citation.plain} />
            <CitationBlock label="BibTeX" text={citation.bibtex} />
          </>
        )}
      </dialog>
    </>
  );
}
