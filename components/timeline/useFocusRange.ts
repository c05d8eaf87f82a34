"use client";
import { useState } from "react";
import { nextFocusRange, type DayRange } from "@/lib/timeline/focusRange";

/**
 * The overview's focus range for the window, kept from render to render (derived state): it holds while the
 * window moves inside it and is frozen while a drag runs, so the pixels under the pointer keep their days.
 */
export function useFocusRange(window: { from: number; to: number }, extent: DayRange, frozen: boolean): DayRange {
  const [focus, setFocus] = useState<DayRange | null>(null);
  const next = frozen && focus ? focus : nextFocusRange(focus, window, extent);
  if (next !== focus) setFocus(next);
  return next;
}
