/**
 * Lanes by theme: one lane per theme (in the dataset's order, limited to the checked themes when a
 * theme filter is on), plus a lane for events without a theme. An event sits in the lane of its first
 * theme that passes the filter.
 */
import type { ThemeId } from "@/lib/dataset/ids";
import type { DatasetEvent, Theme } from "@/lib/dataset/schema";

/** A lane of the detail view. `id` is null for the lane of events without themes. */
export interface Lane {
  id: ThemeId | null;
  label: string;
  color: string;
}

/** The label of the lane for events with no theme. */
export const NO_THEME_LABEL = "No theme";

/** The lanes to draw for a theme filter (empty = all themes). `unthemed` adds the "No theme" lane. */
export function lanesFor(
  themes: readonly Theme[],
  filter: readonly ThemeId[],
  colors: ReadonlyMap<string, string>,
  unthemed: boolean,
): Lane[] {
  const checked = new Set(filter);
  const lanes: Lane[] = themes
    .filter((t) => checked.size === 0 || checked.has(t.id))
    .map((t) => ({ id: t.id, label: t.label, color: colors.get(t.id) ?? "#7F7F7F" }));
  if (unthemed && checked.size === 0) lanes.push({ id: null, label: NO_THEME_LABEL, color: "#7F7F7F" });
  return lanes;
}

/** A function giving each event's lane index (the first of its themes that has a lane; else the "No theme" lane or 0). */
export function laneIndexer(lanes: readonly Lane[]): (event: Pick<DatasetEvent, "themes">) => number {
  const byId = new Map<ThemeId, number>();
  lanes.forEach((lane, i) => {
    if (lane.id) byId.set(lane.id, i);
  });
  const fallback = lanes.findIndex((l) => l.id === null);
  return (event) => {
    for (const theme of event.themes) {
      const lane = byId.get(theme);
      if (lane !== undefined) return lane;
    }
    return fallback >= 0 ? fallback : 0;
  };
}
