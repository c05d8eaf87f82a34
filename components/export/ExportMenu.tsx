"use client";
/**
 * The Export button and its menu (WAI-ARIA menu button): Enter, Space or ArrowDown open it on the first
 * item, ArrowUp on the last; arrows, Home and End move, Escape and Tab close it. The export code loads on
 * first open, so it stays out of the first-load bundle.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { EXPORT_ITEMS, type ExportItem } from "./items";
import styles from "./Export.module.css";

const loadExporter = () => import("./runExport");

/** The Export menu button. */
export function ExportMenu() {
  const { index, store } = useDashboard();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusAfterOpen = useRef(0);
  const menuId = useId();

  const openAt = (item: number) => {
    void loadExporter();
    focusAfterOpen.current = item;
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    itemRefs.current[(focusAfterOpen.current + EXPORT_ITEMS.length) % EXPORT_ITEMS.length]?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const run = async (item: ExportItem) => {
    close(true);
    setBusy(true);
    setMessage(`Preparing ${item.label}…`);
    try {
      const { runExport } = await loadExporter();
      const name = await runExport(item, index, store);
      setMessage(`Saved ${name}`);
    } catch (error) {
      setMessage(`${item.label} failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      openAt(e.key === "ArrowDown" ? 0 : -1);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const current = itemRefs.current.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => itemRefs.current[(i + EXPORT_ITEMS.length) % EXPORT_ITEMS.length]?.focus();
    if (e.key === "ArrowDown") focus(current + 1);
    else if (e.key === "ArrowUp") focus(current - 1);
    else if (e.key === "Home") focus(0);
    else if (e.key === "End") focus(-1);
    else if (e.key === "Escape") close(true);
    else if (e.key === "Tab") {
      setOpen(false);
      return;
    } else return;
    // Handled here: an Escape must not also clear the dashboard's selection.
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={rootRef} className="findings-menu-root">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
        onPointerEnter={() => void loadExporter()}
      >
        Export
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label="Export" className={styles.menu} onKeyDown={onMenuKey}>
          {EXPORT_ITEMS.map((item, i) => (
            <button
              key={item.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={styles.menuItem}
              onClick={() => void run(item)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      <span className="findings-confirm" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
