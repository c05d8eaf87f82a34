"use client";
/** Copy link: puts the current view's URL on the clipboard and says so, visibly and to screen readers. */
import { useEffect, useRef, useState } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { viewUrl } from "./viewUrl";

/** How long the confirmation stays. */
const CONFIRM_MS = 4000;

/** Copies `text`, falling back to a hidden text field where the Clipboard API is missing (plain http). */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.className = "visually-hidden";
  document.body.append(field);
  field.select();
  const ok = document.execCommand("copy");
  field.remove();
  if (!ok) throw new Error("copy refused");
}

/** The Copy link button. */
export function CopyLinkButton() {
  const { index, store } = useDashboard();
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    const url = viewUrl(index, store);
    try {
      await copyText(url);
      setMessage("Link copied");
    } catch {
      setMessage("Could not copy: the link is in the address bar");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(""), CONFIRM_MS);
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="findings-confirm" aria-live="polite">
        {message}
      </span>
    </>
  );
}
