"use client";
/**
 * Who matters in the window: the ten actors with the most visible ties (from the selection, at once) and
 * the ten best brokers by betweenness (from the metrics worker, once the window rests).
 */
import { useMemo } from "react";
import type { ActorId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { firstInOrder } from "@/lib/math";
import { topActors } from "@/lib/metrics/measures";
import type { Selection } from "@/lib/select";
import { RankedActors, type RankedActor } from "./RankedActors";
import { useWindowMeasures } from "./useMetrics";

const TOP = 10;

interface Props {
  index: IndexedDataset;
  selection: Selection;
  onSelect: (id: ActorId) => void;
}

/** The Most connected and Brokers lists for the current window. */
export function WindowRankings({ index, selection, onSelect }: Props) {
  const measures = useWindowMeasures();
  const actors = index.dataset.actors;
  const connected = useMemo<RankedActor[]>(() => {
    const name = (id: ActorId) => index.actorById.get(id)?.name ?? id;
    const ranked = firstInOrder(selection.degrees, TOP, (a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0])));
    return ranked.map(([id, ties]) => ({ id, name: name(id), value: `${ties} ${ties === 1 ? "tie" : "ties"}` }));
  }, [selection.degrees, index]);
  // Until the worker answers for this window, the last answer stands (it follows within a moment).
  const brokers = useMemo<RankedActor[] | null>(
    () => (measures ? topActors(measures.betweenness, TOP).map(({ position, value }) => ({ id: actors[position]!.id, name: actors[position]!.name, value: value.toFixed(2) })) : null),
    [measures, actors],
  );
  return (
    <div className="rankings">
      <RankedActors title="Most connected" note="Ties in the window" items={connected} onSelect={onSelect} />
      <RankedActors title="Brokers" note="Betweenness in the window: how often an actor lies on the shortest path between two others (0–1)" items={brokers} onSelect={onSelect} />
    </div>
  );
}
