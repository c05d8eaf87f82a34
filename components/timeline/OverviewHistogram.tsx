"use client";
import { memo, useId } from "react";
import type { Bin } from "@/lib/timeline/bins";
import { barHeight, barScale, stackedBarPaths } from "@/lib/timeline/overviewBars";
import type { Tick } from "@/lib/timeline/ticks";
import { PeriodBands, type Band } from "./PeriodBands";
import styles from "./Timeline.module.css";

interface Props {
  bins: readonly Bin[];
  /** Each lane's colour: the bars stack their counts by lane. */
  colors: readonly string[];
  /** The selected actor's events per bin, drawn as a line (null: none). */
  actorBins: readonly Bin[] | null;
  ticks: readonly Tick[];
  x: (day: number) => number;
  width: number;
  chartHeight: number;
  height: number;
  /** The analysis date's x, or null when the dataset has none. */
  asOfX: number | null;
  /** Periods as bands behind the bars. */
  bands: readonly Band[];
  /** The window, in pixels: the bars inside it are drawn in the accent colour. */
  windowX0: number;
  windowX1: number;
}

/** The stacked bars: one path per theme lane, in its colour (see lib/timeline/overviewBars). */
const Bars = memo(function Bars({ id, bins, colors, x, chartHeight }: { id: string; bins: readonly Bin[]; colors: readonly string[]; x: (day: number) => number; chartHeight: number }) {
  const paths = stackedBarPaths(bins, x, chartHeight);
  return <g id={id}>{paths.map((d, lane) => (d ? <path key={lane} d={d} fill={colors[lane]} /> : null))}</g>;
});

/** The selected actor's events per bin, on the bars' scale, as a line with dots where it has any. */
const ActorLine = memo(function ActorLine({ bins, max, x, chartHeight }: { bins: readonly Bin[]; max: number; x: (day: number) => number; chartHeight: number }) {
  const points = bins.map((b) => ({ x: (x(b.start) + x(b.end + 1)) / 2, y: chartHeight - barHeight(b.count, max, chartHeight), count: b.count }));
  const d = points.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join("");
  return (
    <g className={styles.actorLine}>
      <path d={d} className={styles.actorLineHalo} />
      <path d={d} />
      {points.map((p) => (p.count > 0 ? <circle key={p.x} cx={p.x} cy={p.y} r={2} /> : null))}
    </g>
  );
});

/**
 * The overview's picture: how many events begin in each calendar bin across the whole extent (square-root
 * heights, so a lone event still shows beside a dense month), stacked by theme lane in the lanes' colours;
 * the selected actor's events as a line over them; year ticks and the analysis date. The bars are drawn once
 * per dataset, theme filter and width, faint; a copy at full strength shows through a box over the window.
 * Moving the window only moves that box and shifts the copy back the other way: both are transforms, so the
 * copy is painted once and a scrub step repaints no bar (an SVG clip path would repaint all of them).
 */
export const OverviewHistogram = memo(function OverviewHistogram({ bins, colors, actorBins, ticks, x, width, chartHeight, height, asOfX, bands, windowX0, windowX1 }: Props) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const windowStyle = { transform: `translateX(${windowX0}px)`, width: Math.max(0, windowX1 - windowX0), height: chartHeight };
  return (
    <>
      <svg className={styles.overviewSvg} width={width} height={height} aria-hidden="true" focusable="false">
        <PeriodBands bands={bands} height={chartHeight} />
        {ticks.map((t) => (
          <g key={t.day}>
            <line x1={t.x} x2={t.x} y1={0} y2={chartHeight + 4} className={styles.overviewTick} />
            {t.label && (
              <text x={t.x + 3} y={chartHeight + 14} className={styles.overviewTickLabel}>
                {t.label}
              </text>
            )}
          </g>
        ))}
        <g className={styles.overviewBar}>
          <Bars id={`${id}-bars`} bins={bins} colors={colors} x={x} chartHeight={chartHeight} />
        </g>
      </svg>
      <div className={styles.overviewWindowBars} style={windowStyle} aria-hidden="true">
        <svg width={width} height={chartHeight} style={{ transform: `translateX(${-windowX0}px)` }} focusable="false">
          <use href={`#${id}-bars`} />
        </svg>
      </div>
      <svg className={styles.overviewSvg} width={width} height={height} aria-hidden="true" focusable="false">
        {actorBins && <ActorLine bins={actorBins} max={barScale(bins)} x={x} chartHeight={chartHeight} />}
        <line x1={0} x2={width} y1={chartHeight + 0.5} y2={chartHeight + 0.5} className={styles.overviewBase} />
        {asOfX !== null && <line x1={asOfX} x2={asOfX} y1={0} y2={chartHeight} className={styles.asOfLine} />}
      </svg>
    </>
  );
});
