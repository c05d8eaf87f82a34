"use client";
import { useSyncExternalStore } from "react";

const QUERY = "(prefers-reduced-motion: reduce)";

// One query list for the page: matchMedia is not free, and the snapshot is read on every render.
let list: MediaQueryList | null | undefined;
function mediaList(): MediaQueryList | null {
  if (list === undefined) list = typeof window !== "undefined" && window.matchMedia ? window.matchMedia(QUERY) : null;
  return list;
}

function subscribe(onChange: () => void) {
  const media = mediaList();
  media?.addEventListener("change", onChange);
  return () => media?.removeEventListener("change", onChange);
}

/** Whether the user asked for reduced motion (false on the server). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => mediaList()?.matches ?? false, () => false);
}
