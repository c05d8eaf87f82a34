"use client";
import { useDeferredValue, useMemo } from "react";
import type { ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { themeCounts } from "@/lib/select";
import type { ViewState } from "@/lib/view/state";
import { themeColors } from "@/lib/palette";

interface Props {
  index: IndexedDataset;
  view: ViewState;
  onToggle: (id: ThemeId) => void;
  onClear: () => void;
}

/** The Themes group: one checkbox per theme with how many events it has in the window, and Clear filters. */
export function ThemeFilter({ index, view, onToggle, onClear }: Props) {
  // The counts may lag a frame behind a scrub: React renders them when the views have had their turn.
  const from = useDeferredValue(view.from);
  const to = useDeferredValue(view.to);
  const counts = useMemo(() => themeCounts(index, from, to), [index, from, to]);
  const colors = useMemo(() => themeColors(index.dataset.themes.map((t) => t.id)), [index]);
  const checked = new Set(view.themes);
  return (
    <div className="theme-filter">
      <div role="group" aria-label="Themes" className="theme-list">
        {index.dataset.themes.map((theme) => (
          // The count sits outside the label, so each checkbox is named by its theme's label alone.
          <span key={theme.id} className="theme-option" title={theme.description}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(theme.id)}
                onChange={() => onToggle(theme.id)}
                aria-describedby={`theme-count-${theme.id}`}
              />
              <span className="swatch" style={{ background: colors.get(theme.id) }} aria-hidden="true" />
              {theme.label}
            </label>
            <span className="count" id={`theme-count-${theme.id}`}>
              {counts.get(theme.id) ?? 0}
              <span className="visually-hidden"> events in the window</span>
            </span>
          </span>
        ))}
      </div>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
