"use client";
import { useMemo } from "react";
import { useFollowingQuery } from "@/components/dashboard/useFollowingQuery";
import { useDashboard, useViewField } from "@/components/dashboard/viewContext";
import type { ThemeId } from "@/lib/dataset/ids";
import { themeColors } from "@/lib/palette";
import { themeCounts } from "@/lib/select";
import "./themes.css";

interface Props {
  onToggle: (id: ThemeId) => void;
  onClear: () => void;
}

/** The Themes group: one checkbox per theme with how many events it has in the window, and Clear filters. */
export function ThemeFilter({ onToggle, onClear }: Props) {
  const { index } = useDashboard();
  const themes = useViewField("themes");
  // The counts follow a scrub a few steps behind (see useFollowingQuery), never holding up a frame.
  const { from, to } = useFollowingQuery();
  const counts = useMemo(() => themeCounts(index, from, to), [index, from, to]);
  const colors = useMemo(() => themeColors(index.dataset.themes.map((t) => t.id)), [index]);
  const checked = new Set(themes);
  return (
    <div className="theme-filter">
      {/* On a phone the list is a popover behind this button (themes.css); wider screens show it in place. */}
      <button type="button" className="button theme-toggle" popoverTarget="theme-picker">
        Themes: {themes.length ? `${themes.length} selected` : "all"}
      </button>
      <div id="theme-picker" popover="auto" className="theme-picker">
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
        <button type="button" className="button theme-done" popoverTarget="theme-picker" popoverTargetAction="hide">
          Done
        </button>
      </div>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
