"use client";
/**
 * Marks as the SVG renderer draws them: the current ones in their order, and the ones that have left the
 * window kept in their place, hidden, so they fade out (and fade back in if they return) with a CSS
 * transition instead of vanishing. Nothing moves in the DOM on a scrub step, so the transitions run; a mark
 * once drawn stays in the document (the SVG renderer is for a few hundred ties and actors at most).
 * Derived from the previous render's marks when the list changes: one pass over both lists, no effect and no
 * second render.
 */
import { useState } from "react";

/** A mark to render: its latest projected item, and whether it is in the picture now. */
export interface KeptMark<T> {
  item: T;
  shown: boolean;
}

/**
 * The current items in their order, with the previous render's other items kept (hidden) where they were:
 * each after the current item that preceded it before. Pure.
 */
export function keepMarks<T>(previous: readonly KeptMark<T>[], current: readonly T[], keyOf: (item: T) => string): KeptMark<T>[] {
  const position = new Map<string, number>();
  current.forEach((item, i) => position.set(keyOf(item), i));
  const out: KeptMark<T>[] = [];
  let next = 0;
  for (const mark of previous) {
    const at = position.get(keyOf(mark.item));
    if (at === undefined) {
      out.push(mark.shown ? { item: mark.item, shown: false } : mark);
      continue;
    }
    for (; next <= at; next++) out.push({ item: current[next]!, shown: true });
  }
  for (; next < current.length; next++) out.push({ item: current[next]!, shown: true });
  return out;
}

/** The marks to render for this render's items (see `keepMarks`). `keyOf` must be stable. */
export function useKeptMarks<T>(current: readonly T[], keyOf: (item: T) => string): KeptMark<T>[] {
  const [state, setState] = useState(() => ({ source: current, marks: current.map((item) => ({ item, shown: true })) }));
  if (state.source === current) return state.marks;
  // Adjusting state while rendering (React's pattern for state that follows a prop): no effect, no extra commit.
  const marks = keepMarks(state.marks, current, keyOf);
  setState({ source: current, marks });
  return marks;
}
