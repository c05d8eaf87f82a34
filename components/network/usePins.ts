"use client";
/** Actors the reader dragged, pinned where they were dropped (layout space), per graph: a new dataset starts fresh. */
import { useCallback, useMemo, useState } from "react";
import type { ActorId } from "@/lib/dataset/ids";
import type { Point, Positions } from "@/lib/network/layout";

const NO_PINS: Positions = new Map();

/** The pins of the graph `graphKey`, a way to pin one actor, and a way to release them all. */
export function usePins(graphKey: string) {
  const [pins, setPins] = useState<{ key: string; map: Positions }>({ key: graphKey, map: NO_PINS });
  const pinned = pins.key === graphKey ? pins.map : NO_PINS;
  const pin = useCallback(
    (id: ActorId, p: Point) => setPins((prev) => ({ key: graphKey, map: new Map(prev.key === graphKey ? prev.map : NO_PINS).set(id, p) })),
    [graphKey],
  );
  const reset = useCallback(() => setPins({ key: graphKey, map: NO_PINS }), [graphKey]);
  return useMemo(() => ({ pinned, pin, reset }), [pinned, pin, reset]);
}
