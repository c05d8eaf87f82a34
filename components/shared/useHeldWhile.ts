"use client";
import { useState } from "react";

/**
 * `value` while `hold` is false; while it is true, the value of the render where it turned true, whatever
 * `value` does meanwhile. Memoised children given the held value then skip rendering for as long as it holds.
 * State rather than a ref, so React sees it: only the renders where `hold` flips render twice.
 */
export function useHeldWhile<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState<{ value: T } | null>(null);
  if (!hold) {
    if (held !== null) setHeld(null);
    return value;
  }
  if (held === null) {
    setHeld({ value });
    return value;
  }
  return held.value;
}
