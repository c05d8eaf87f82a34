"use client";
/**
 * Placing labels is the costliest part of drawing a large network, and during a burst of window changes (a
 * held key, a drag, Play) the picture changes again before anyone could read them. So while the window moves
 * in a burst, from its first step, labels stay where they were (actors never move with the window), minus those
 * of actors that left, and are placed afresh at most every REFRESH_MS, on the projection of that moment. When the
 * burst rests (BURST_REST_MS) they are placed for what is shown. A pan, a zoom or a resize is never held.
 */
import { useState } from "react";
import type { Projection } from "@/lib/network/project";

const sameTransform = (a: Projection["transform"], b: Projection["transform"]) => a.k === b.k && a.x === b.x && a.y === b.y;

/**
 * The projection to place labels on: the current one, except during a burst (`clock` not null), when it is
 * the one the burst's clock last let through (at its first step, the one before the burst), as long as the
 * transform is the same.
 */
export function useHeldWhileMoving(projection: Projection | null, clock: number | null): Projection | null {
  const [held, setHeld] = useState({ projection, clock });
  const sameView = held.projection !== null && projection !== null && sameTransform(held.projection.transform, projection.transform);
  // The burst's first step keeps the labels of the picture before it too: a single key press then costs no
  // placement in the frame that answers it (at 1,000 actors, 10–20 ms of it), and its labels follow at rest.
  const hold = clock !== null && sameView && (clock === held.clock || held.clock === null);
  if (hold) {
    if (held.clock !== clock) setHeld({ projection: held.projection, clock });
    return held.projection;
  }
  // Adjusting state while rendering (React's pattern for state that follows a prop): no effect, no extra commit.
  if (held.projection !== projection || held.clock !== clock) setHeld({ projection, clock });
  return projection;
}
