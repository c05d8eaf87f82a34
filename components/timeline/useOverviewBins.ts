"use client";
/**
 * The overview's bins over its focus range: the filtered events by theme lane (the stacked bars) and the
 * selected actor's events (the line over them). Recomputed when the events, the lanes, the width or the focus
 * range change, never when the window moves inside it.
 */
import { useMemo } from "react";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { binEvents, type Bin } from "@/lib/timeline/bins";
import { createStartBins } from "@/lib/timeline/startBins";
import type { TimeScale } from "@/lib/timeline/scale";
import { BIN_UNITS, chooseUnit } from "@/lib/timeline/units";

interface Input {
  themedDated: readonly IndexedEvent[];
  /** The selected actor's events (same filter), or null. */
  actorEvents: readonly IndexedEvent[] | null;
  laneOf: (item: IndexedEvent) => number;
  laneCount: number;
  extent: { start: number; end: number };
  scale: TimeScale;
  width: number;
}

/** Stacked bins for the bars and plain bins for the actor's line (empty before the overview is measured). */
export function useOverviewBins({ themedDated, actorEvents, laneOf, laneCount, extent, scale, width }: Input): { bins: Bin[]; actorBins: Bin[] | null } {
  const unit = width > 0 ? chooseUnit(scale.pxPerDay, 4, BIN_UNITS) : null;
  // Density of beginnings: a five-year span counts once, where it starts, not as a five-year plateau. Indexed
  // once per filter, so a new focus range costs its bins, not its events.
  const startBins = useMemo(() => createStartBins(themedDated, laneOf, laneCount), [themedDated, laneOf, laneCount]);
  const bins = useMemo(() => (unit ? startBins(extent.start, extent.end, unit) : []), [startBins, extent.start, extent.end, unit]);
  const actorBins = useMemo(
    () => (unit && actorEvents ? binEvents(actorEvents, extent.start, extent.end, unit, undefined, 0, "start") : null),
    [actorEvents, extent.start, extent.end, unit],
  );
  return { bins, actorBins };
}
