/** The window between two views during a step's animated transition. */
import type { ViewState } from "@/lib/view/state";

/** How long entering a step animates the window, in milliseconds. */
export const STEP_TRANSITION_MS = 450;

/** Ease in and out: slow start, slow landing, so the eye can follow the window. */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/**
 * The target view with its window `t` (0…1) of the way from `start`'s window, in whole days. At t = 1 it is
 * the target itself, so the last frame lands exactly on the step.
 */
export function viewAt(start: ViewState, target: ViewState, t: number): ViewState {
  if (t >= 1) return target;
  const k = easeInOut(t);
  const from = Math.round(start.from + (target.from - start.from) * k);
  const to = Math.max(from, Math.round(start.to + (target.to - start.to) * k));
  return { ...target, from, to };
}
