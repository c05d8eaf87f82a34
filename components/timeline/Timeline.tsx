"use client";
import { lazy, Suspense, useCallback, useMemo } from "react";
import { useFocus, useSelection } from "@/components/dashboard/useSelection";
import { useDashboard, useViewField } from "@/components/dashboard/viewContext";
import { useWindowMoving } from "@/components/dashboard/useWindowBursts";
import type { EventId } from "@/lib/dataset/ids";
import type { IndexedEvent } from "@/lib/dataset/indexed";
import { formatDayShort } from "@/lib/dates";
import { themeColors } from "@/lib/palette";
import { actorEventsInScope } from "@/lib/select";
import { laneIndexer, lanesFor } from "@/lib/timeline/lanes";
import { roundWindow, toFloatWindow, zoomWindow } from "@/lib/timeline/zoom";
import { defaultCompareRange } from "@/lib/view/state";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { DetailView } from "./DetailView";
import { Legend } from "./Legend";
import { Overview } from "./Overview";
import { useBinned } from "./useBinned";
import { usePlayback } from "./usePlayback";
import { useWindowCommit } from "./useWindowCommit";
import styles from "./Timeline.module.css";

/** The detail view's events while it draws bins (they are counted from the extent's bins instead). */
const NO_EVENTS: readonly IndexedEvent[] = [];

/** "N events before this window": a shortcut that follows the first paint. */
const OutsideButtons = retryableLazy(() => import("./OutsideButtons").then((m) => m.OutsideButtons), { firstVisit: true });

/** Many datasets (the bundled one among them) have no undated events: their list loads when there are some. */
const UndatedList = lazy(() => import("./UndatedList").then((m) => ({ default: m.UndatedList })));

/**
 * The Timeline region: a header (window, Play, zoom), the detail timeline of the window in theme lanes,
 * the overview of the whole extent with the window's brush and sliders, and the undated events.
 */
export function Timeline({ onReady }: { onReady: () => void }) {
  const { index, store } = useDashboard();
  const from = useViewField("from");
  const to = useViewField("to");
  const themes = useViewField("themes");
  const compare = useViewField("compare");
  const actor = useViewField("actor");
  const selection = useSelection();
  const focus = useFocus(selection);

  const colors = useMemo(() => themeColors(index.dataset.themes.map((t) => t.id)), [index]);
  const unthemed = useMemo(() => index.events.some((e) => e.event.themes.length === 0), [index]);
  const lanes = useMemo(() => lanesFor(index.dataset.themes, themes, colors, unthemed), [index, themes, colors, unthemed]);
  const laneOfEvent = useMemo(() => laneIndexer(lanes), [lanes]);
  // Each event's lane, worked out once per dataset and theme filter, by the event's position in the index:
  // binning 50,000 events every frame then costs an array read per event, not a walk through its themes (or
  // a hash lookup, which alone took 5 ms a frame at that size).
  const laneByOrder = useMemo(() => Int16Array.from(index.events, (e) => laneOfEvent(e.event)), [index, laneOfEvent]);
  const laneOf = useCallback((item: IndexedEvent) => laneByOrder[item.order] ?? laneOfEvent(item.event), [laneByOrder, laneOfEvent]);
  const colorOf = useCallback((item: IndexedEvent) => lanes[laneOfEvent(item.event)]?.color ?? "#7F7F7F", [lanes, laneOfEvent]);
  const moving = useWindowMoving(store);
  // From the count, and no event list handed down while binned: the selection then never copies its lists.
  const binned = useBinned(selection.counts.events.visible, moving);
  const actorEvents = useMemo(() => (actor ? actorEventsInScope(index, themes, actor) : null), [index, themes, actor]);

  const win = useWindowCommit();
  const playback = usePlayback();
  const { stop } = playback;
  const onSelect = useCallback((id: EventId) => store.setView((v) => ({ ...v, event: id, tie: null })), [store]);
  const zoom = (factor: number) => {
    stop();
    win.apply((v) => {
      const w = toFloatWindow(v.from, v.to);
      return { ...v, ...roundWindow(zoomWindow(w, (w.start + w.end) / 2, factor, index.extent), index.extent) };
    });
  };
  const showAll = () => {
    stop();
    win.apply((v) => ({ ...v, from: index.extent.start, to: index.extent.end }));
  };

  const toggleCompare = () => store.setView((v) => ({ ...v, compare: v.compare ? null : defaultCompareRange(v, index) }), "discrete");
  const days = to - from + 1;
  const { earlier, later } = selection.outside;

  return (
    <section aria-label="Timeline" className={`panel timeline ${styles.root}`}>
      <div className={styles.header}>
        <p className={styles.windowText}>
          <strong>
            {formatDayShort(from)} – {formatDayShort(to)}
          </strong>{" "}
          <span className={styles.muted}>
            {days} {days === 1 ? "day" : "days"}
          </span>{" "}
          <Suspense fallback={null}>
            <OutsideButtons from={from} to={to} earlier={earlier} later={later} themedDated={selection.themedDated} extent={index.extent} window={win} onInteract={stop} />
          </Suspense>
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
          <button type="button" className="button" aria-pressed={compare !== null} onClick={toggleCompare} title="Compare the window with another period">
            Compare
          </button>
        </div>
        {compare && (
          <p className={styles.compareWindowText}>
            Compared with {formatDayShort(compare.from)} – {formatDayShort(compare.to)} (hatched, under the overview)
          </p>
        )}
      </div>
      <DetailView
        index={index}
        from={from}
        to={to}
        focus={focus}
        events={binned ? NO_EVENTS : selection.dated}
        themedDated={selection.themedDated}
        binned={binned}
        lanes={lanes}
        laneOf={laneOf}
        window={win}
        moving={moving}
        onInteract={stop}
        onSelect={onSelect}
        onDrawn={onReady}
      />
      <Overview
        index={index}
        from={from}
        to={to}
        themedDated={selection.themedDated}
        window={win}
        onInteract={stop}
        compare={compare}
        lanes={lanes}
        laneOf={laneOf}
        actorEvents={actorEvents}
      />
      <Legend asOf={index.asOf} />
      {selection.undated.length > 0 && (
        <Suspense fallback={null}>
          <UndatedList events={selection.undated} focus={focus} colorOf={colorOf} onSelect={onSelect} />
        </Suspense>
      )}
    </section>
  );
}
