/**
 * Arrow-key navigation between actors: from the focused actor, the arrow moves to the actor that lies
 * in that direction, nearest first, preferring actors it is tied to, so a keyboard user can walk
 * along ties as well as across the picture.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { Point } from "./layout";

/** An arrow direction on screen (y grows downwards). */
export type Direction = "left" | "right" | "up" | "down";

const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** Arrow key name → direction, or null for other keys. */
export function directionOfKey(key: string): Direction | null {
  return key === "ArrowLeft" ? "left" : key === "ArrowRight" ? "right" : key === "ArrowUp" ? "up" : key === "ArrowDown" ? "down" : null;
}

/** How much nearer a tied actor counts than an untied one at the same distance. */
const TIED_BONUS = 0.6;

/**
 * The actor to move to from `from` in a direction, among `positions` (the visible actors), or null when
 * nothing lies that way. Candidates must lie within 60° of the direction; the score is the distance
 * plus a penalty for straying sideways, reduced for actors in `tied`.
 */
export function neighbourInDirection(
  from: ActorId,
  direction: Direction,
  positions: ReadonlyMap<ActorId, Point>,
  tied: ReadonlySet<ActorId> = new Set(),
): ActorId | null {
  const origin = positions.get(from);
  if (!origin) return null;
  const v = VECTORS[direction];
  let best: ActorId | null = null;
  let bestScore = Infinity;
  for (const [id, p] of positions) {
    if (id === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * v.x + dy * v.y;
    const across = Math.abs(dx * v.y - dy * v.x);
    // Within 60° of the arrow: along > 0 and across ≤ tan(60°) · along.
    if (along <= 0 || across > 1.732 * along) continue;
    const score = (Math.hypot(dx, dy) + across) * (tied.has(id) ? TIED_BONUS : 1);
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
