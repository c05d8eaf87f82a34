"use client";
import { useCallback, useRef } from "react";
import type { ChangeKind } from "@/lib/view/store";

/**
 * The history kind for a stream of window changes: the first change after a pause pushes a history entry
 * ("discrete"), the rest of the burst replaces it ("continuous"), so Back undoes a whole drag, wheel or key burst.
 */
export function useChangeKind(idleMs = 700): () => ChangeKind {
  const last = useRef(-Infinity);
  return useCallback(() => {
    const now = performance.now();
    const kind: ChangeKind = now - last.current > idleMs ? "discrete" : "continuous";
    last.current = now;
    return kind;
  }, [idleMs]);
}
