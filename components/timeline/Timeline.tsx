"use client";
import { useCallback, useMemo, useRef } from "react";
import type { ViewProps } from "@/components/dashboard/viewProps";
import type { EventId, ThemeId } from "@/lib/dataset/ids";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { formatDayShort } from "@/lib/dates";
import { themeColors } from "@/lib/palette";
import { laneIndexer, lanesFor } from "@/lib/timeline/lanes";
import { DetailView } from "./DetailView";
import { Legend } from "./Legend";
import { Overview } from "./Overview";
import { UndatedList } from "./UndatedList";
import { useChangeKind } from "./useChangeKind";
import { usePlayback } from "./usePlayback";
import styles from "./Timeline.module.css";

/** Above this many events in the window, the detail view draws bins instead of one button per event (the contract). */
export const MAX_EVENT_BUTTONS = 300;

/**
 * The Timeline region: a header (window, Play, zoom), the detail timeline of the window in theme lanes,
 * the overview of the whole extent with the window's brush and sliders, and the undated events.
 */
export function Timeline({ index, selection, focus, view, setView, onReady }: ViewProps) {
  const themeKey = view.themes.join(",");
  const colors = useMemo(() => themeColors(index.dataset.themes.map((t) => t.id)), [index]);
  const unthemed = useMemo(() => index.events.some((e) => e.event.themes.length === 0), [index]);
  const lanes = useMemo(
    () => lanesFor(index.dataset.themes, themeKey ? (themeKey.split(",") as ThemeId[]) : [], colors, unthemed),
    [index, themeKey, colors, unthemed],
  );
  const laneOfEvent = useMemo(() => laneIndexer(lanes), [lanes]);
  // Each event's lane, worked out once per dataset and theme filter: binning 10,000 events every frame
  // then costs a lookup per event rather than a walk through its themes.
  const laneByEvent = useMemo(() => new Map(index.events.map((e) => [e, laneOfEvent(e.event)])), [index, laneOfEvent]);
  const laneOf = useCallback((item: IndexedEvent) => laneByEvent.get(item) ?? laneOfEvent(item.event), [laneByEvent, laneOfEvent]);
  const colorOf = useCallback((item: IndexedEvent) => lanes[laneOfEvent(item.event)]?.color ?? "#7F7F7F", [lanes, laneOfEvent]);

  const { dated, undated } = useMemo(() => {
    const d: IndexedEvent[] = [];
    const u: IndexedEvent[] = [];
    for (const e of selection.events) (e.dated ? d : u).push(e);
    return { dated: d, undated: u };
  }, [selection.events]);
  const binned = selection.events.length > MAX_EVENT_BUTTONS;

  // How many events (passing the theme filter) lie wholly before or after the window: context for the header.
  const filteredDated = useMemo(() => {
    const filter = themeKey ? new Set(themeKey.split(",")) : null;
    return index.events.filter((e) => e.dated && (!filter || e.event.themes.some((t) => filter.has(t))));
  }, [index, themeKey]);
  const { earlier, later } = useMemo(() => {
    let before = 0;
    let after = 0;
    for (const e of filteredDated) {
      if (e.end < view.from) before++;
      else if (e.start > view.to) after++;
    }
    return { earlier: before, later: after };
  }, [filteredDated, view.from, view.to]);

  const nextKind = useChangeKind();
  const playback = usePlayback({ index, view, setView });
  const { stop } = playback;
  const onSelect = useCallback((id: EventId) => setView((v) => ({ ...v, event: id, tie: null })), [setView]);
  const zoomRef = useRef<((factor: number) => void) | null>(null);
  const zoom = (factor: number) => {
    stop();
    zoomRef.current?.(factor);
  };
  const showAll = () => {
    stop();
    setView((v) => ({ ...v, from: index.extent.start, to: index.extent.end }), "discrete");
  };

  const days = view.to - view.from + 1;
  const context = [earlier > 0 ? `${earlier} earlier` : null, later > 0 ? `${later} later` : null].filter(Boolean).join(", ");

  return (
    <section aria-label="Timeline" className={`panel timeline ${styles.root}`}>
      <div className={styles.header}>
        <p className={styles.windowText}>
          <strong>
            {formatDayShort(view.from)} – {formatDayShort(view.to)}
          </strong>{" "}
          <span className={styles.muted}>
            {days} {days === 1 ? "day" : "days"}
            {context && ` · ${context}`}
          </span>
        </p>
        <div className={styles.controls}>
          <button type="button" className={`button ${styles.play}`} onClick={playback.toggle}>
            <span aria-hidden="true" className={styles.playIcon}>
              {playback.playing ? "❚❚" : "▶"}
            </span>
            {playback.playing ? "Pause" : "Play"}
          </button>
          <button type="button" className="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoom(2)}>
            −
          </button>
          <button type="button" className="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoom(0.5)}>
            +
          </button>
          <button type="button" className="button" onClick={showAll}>
            All dates
          </button>
        </div>
      </div>
      <DetailView
        index={index}
        view={view}
        setView={setView}
        focus={focus}
        events={dated}
        binned={binned}
        lanes={lanes}
        laneOf={laneOf}
        nextKind={nextKind}
        onInteract={stop}
        onSelect={onSelect}
        onDrawn={onReady}
        zoomRef={zoomRef}
      />
      <Overview index={index} view={view} setView={setView} nextKind={nextKind} onInteract={stop} />
      <Legend asOf={index.asOf} />
      {undated.length > 0 && <UndatedList events={undated} focus={focus} colorOf={colorOf} onSelect={onSelect} />}
    </section>
  );
}
