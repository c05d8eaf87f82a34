"use client";
/** The bins' heat cells on one canvas under their buttons (decorative: each bin's button names its count). */
import { memo, useLayoutEffect, useRef } from "react";
import type { CountLabel, HeatCell } from "@/lib/timeline/heat";
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
  // The buttons' count style, read at a burst's first step only: reading it at every step would force a style pass.
  const countStyle = useRef<{ font: string; color: string } | null>(null);
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
      countStyle.current = null;
    } else {
      countStyle.current ??= { font: `10px ${getComputedStyle(canvas).fontFamily}`, color: getComputedStyle(canvas).color };
      context.font = countStyle.current.font;
      context.fillStyle = countStyle.current.color;
      context.textAlign = "center";
      context.textBaseline = "bottom";
      for (const label of counts) context.fillText(label.text, label.x, label.y);
    }
  }, [cells, counts, width, height]);
  return <canvas ref={ref} className={styles.heat} style={{ width, height }} aria-hidden="true" />;
});
