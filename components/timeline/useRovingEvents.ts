"use client";
/**
 * Roving focus over the detail view's events: one event is in the tab order (the last focused, else the
 * selected one, else the first); the arrow keys move in time (←/→), between rows (↑/↓) and Home/End.
 */
import { useCallback, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import type { EventId } from "@/lib/dataset/ids";
import type { DetailLayout, PlacedEvent } from "@/lib/timeline/layout";

/** Global row of a placed event, for Up/Down navigation. */
function globalRow(p: PlacedEvent, firstRows: readonly number[]): number {
  return (firstRows[p.lane] ?? 0) + p.row;
}

/** The event an arrow key moves to from `here`, or undefined (at an end, or for other keys). */
export function eventAfterKey(key: string, here: PlacedEvent, order: readonly PlacedEvent[], layout: DetailLayout | null): PlacedEvent | undefined {
  const i = order.indexOf(here);
  if (key === "ArrowRight") return order[i + 1];
  if (key === "ArrowLeft") return order[i - 1];
  if (key === "Home") return order[0];
  if (key === "End") return order[order.length - 1];
  if (key !== "ArrowUp" && key !== "ArrowDown") return undefined;
  const firstRows = layout?.lanes.map((l) => l.firstRow) ?? [];
  const row = globalRow(here, firstRows);
  const dir = key === "ArrowDown" ? 1 : -1;
  const cx = (here.mark.x0 + here.mark.x1) / 2;
  let best: { p: PlacedEvent; score: number } | null = null;
  for (const p of order) {
    const d = (globalRow(p, firstRows) - row) * dir;
    if (d <= 0) continue;
    const score = d * 10_000 + Math.abs((p.mark.x0 + p.mark.x1) / 2 - cx);
    if (!best || score < best.score) best = { p, score };
  }
  return best?.p;
}

const NAVIGATION_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

/** Roving focus for the events of a layout inside the element `ref`. */
export function useRovingEvents(ref: RefObject<HTMLElement | null>, layout: DetailLayout | null, selected: EventId | null) {
  const [activeId, setActiveId] = useState<EventId | null>(null);
  const order = useMemo(
    () => [...(layout?.events ?? [])].sort((a, b) => a.item.start - b.item.start || a.lane - b.lane || a.row - b.row),
    [layout],
  );
  const placedById = useMemo(() => new Map(order.map((p) => [p.item.event.id, p])), [order]);
  const tabbableId =
    activeId && placedById.has(activeId) ? activeId : selected && placedById.has(selected) ? selected : (order[0]?.item.event.id ?? null);

  /** Handles a navigation key on an event; returns true when it did. */
  const onKey = (e: KeyboardEvent<HTMLElement>): boolean => {
    if (!NAVIGATION_KEYS.has(e.key)) return false;
    const id = (e.target as HTMLElement).closest<HTMLElement>("[data-event-id]")?.dataset.eventId as EventId | undefined;
    const here = id ? placedById.get(id) : undefined;
    if (!here) return false;
    e.preventDefault();
    const next = eventAfterKey(e.key, here, order, layout);
    if (next) {
      setActiveId(next.item.event.id);
      ref.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(next.item.event.id)}"]`)?.focus();
    }
    return true;
  };
  const onFocusItem = useCallback((id: EventId) => setActiveId(id), []);
  return { tabbableId, placedById, onKey, onFocusItem };
}
