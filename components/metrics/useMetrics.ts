"use client";
/**
 * The metrics as the panels read them: the window's measures (asked for once the window has rested a
 * moment, so a scrub neither queues work it will throw away nor shares the processor with it) and the
 * actors' series for the theme filter.
 * Both come from the worker; until an answer arrives they give the last one they had (or null).
 */
import { useEffect, useState } from "react";
import { useRestingQuery } from "@/components/dashboard/useRestingQuery";
import { useDashboard, useViewField } from "@/components/dashboard/viewContext";
import type { ActorSeries, WindowMeasures } from "@/lib/metrics/measures";
import { metricsClient } from "./metricsClient";

/** How long the window must rest before its betweenness is asked for. */
export const REST_MS = 250;

/** The measures of the current window's visible graph (null until the first answer, or while not `enabled`). */
export function useWindowMeasures(enabled = true): WindowMeasures | null {
  const { index } = useDashboard();
  const query = useRestingQuery(REST_MS);
  const [measures, setMeasures] = useState<WindowMeasures | null>(null);
  useEffect(() => {
    if (!enabled || !query) return;
    let live = true;
    metricsClient(index.dataset)
      .window(query)
      .then((m) => live && setMeasures(m))
      .catch(() => live && setMeasures(null));
    return () => {
      live = false;
    };
  }, [index, query, enabled]);
  return enabled ? measures : null;
}

/** The actors' measures over time for the theme filter (null until computed). */
export function useActorSeries(): ActorSeries | null {
  const { index } = useDashboard();
  const themes = useViewField("themes");
  const [series, setSeries] = useState<{ themes: readonly string[]; series: ActorSeries } | null>(null);
  useEffect(() => {
    let live = true;
    metricsClient(index.dataset)
      .series(themes)
      .then((s) => live && setSeries({ themes, series: s }))
      .catch(() => live && setSeries(null));
    return () => {
      live = false;
    };
  }, [index, themes]);
  return series?.series ?? null;
}
