"use client";
import { useState } from "react";

/**
 * `value` while `hold` is false; while it is true, the value of the last render before it turned true (unlike
 * `useHeldWhile`, which keeps the value of the render where it turned true). For a view that should not draw
 * even the first step of a burst itself. State rather than a ref, so React sees it: a change while not holding
 * renders again at once (from the hooks' caches), so a caller that will never hold passes `track` false.
 */
export function useHeldFromBefore<T>(value: T, hold: boolean, track = true): T {
  const [before, setBefore] = useState(value);
  if (hold) return before;
  if (track && before !== value) setBefore(value);
  return value;
}
