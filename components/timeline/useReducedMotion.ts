"use client";
import { useSyncExternalStore } from "react";

const QUERY = "(prefers-reduced-motion: reduce)";

// One query list for the page: matchMedia is not free, and the snapshot is read on every render.
let list: MediaQueryList | null | undefined;
function mediaList(): MediaQueryList | null {
  if (list === undefined) list = typeof window !== "undefined" && window.matchMedia ? window.matchMedia(QUERY) : null;
  return list;
}

// The answer, kept until the preference changes: the snapshot is read at every render of every reader, and
// asking the query list each time showed in a scrub's profile.
let reduced: boolean | undefined;
const snapshot = () => (reduced ??= mediaList()?.matches ?? false);

function subscribe(onChange: () => void) {
  const media = mediaList();
  // Asked afresh on subscribing: with no reader mounted, no listener kept the answer up to date.
  reduced = undefined;
  const listener = () => {
    reduced = media?.matches ?? false;
    onChange();
  };
  media?.addEventListener("change", listener);
  return () => media?.removeEventListener("change", listener);
}

/** Whether the user asked for reduced motion (false on the server). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
