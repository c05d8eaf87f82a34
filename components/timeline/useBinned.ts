"use client";
/** Whether the detail view shows bins, by `showsBins`: it remembers what the view showed at its last render. */
import { useState } from "react";
import { showsBins } from "@/lib/timeline/binnedView";

export function useBinned(count: number, moving: boolean): boolean {
  const [before, setBefore] = useState(() => showsBins(count, false, false));
  const binned = showsBins(count, moving, before);
  // Information from the previous render, kept the way React recommends: set during render, applied at once.
  if (binned !== before) setBefore(binned);
  return binned;
}
