"use client";
/** The bins' heat cells on one canvas under their buttons (decorative: each bin's button names its count). */
import { memo, useLayoutEffect, useRef } from "react";
import type { CountLabel, HeatCell } from "@/lib/timeline/heat";
import { createDigitStamps, type DrawNumber } from "./digitStamps";
import styles from "./Timeline.module.css";

interface Props {
  cells: readonly HeatCell[];
  /** Counts to draw over the cells (while the buttons that show them are hidden). */
  counts: readonly CountLabel[];
  width: number;
  height: number;
}

/** Draws `cells` (and `counts`) on a canvas of `width` × `height` CSS pixels, sharp at the screen's pixel ratio. */
export const BinsHeat = memo(function BinsHeat({ cells, counts, width, height }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  // The counts' digits in the buttons' count style, made at a burst's first step only: reading the style at every
  // step would force a style pass.
  const stamps = useRef<DrawNumber | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    context.clearRect(0, 0, width, height);
    let color = "";
    for (const cell of cells) {
      if (cell.color !== color) context.fillStyle = color = cell.color;
      context.globalAlpha = cell.alpha;
      context.fillRect(cell.x, cell.y, cell.width, cell.height);
    }
    context.globalAlpha = 1;
    if (counts.length === 0) {
      stamps.current = null;
    } else {
      const css = stamps.current ? null : getComputedStyle(canvas);
      stamps.current ??= css && createDigitStamps(`10px ${css.fontFamily}`, css.color, dpr);
      for (const label of counts) stamps.current?.(context, label.text, label.x, label.y);
    }
  }, [cells, counts, width, height]);
  return <canvas ref={ref} className={styles.heat} style={{ width, height }} aria-hidden="true" />;
});
