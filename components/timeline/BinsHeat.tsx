"use client";
/** The bins' heat cells on one canvas under their buttons (decorative: each bin's button names its count). */
import { memo, useEffect, useLayoutEffect, useRef } from "react";
import type { CountLabel, HeatCell } from "@/lib/timeline/heat";
import styles from "./Timeline.module.css";

interface Props {
  cells: readonly HeatCell[];
  /** Counts to draw over the cells (while the buttons that show them are hidden). */
  counts: readonly CountLabel[];
  width: number;
  height: number;
}

const pixelRatio = () => Math.min(2, window.devicePixelRatio || 1);

/** The font and colour of the buttons' counts (`.binCount`: the canvas is given their colour). */
interface CountStyle {
  font: string;
  color: string;
}

function countStyleOf(canvas: HTMLCanvasElement): CountStyle {
  const css = getComputedStyle(canvas);
  return { font: `10px ${css.fontFamily}`, color: css.color };
}

/** Draws `cells` (and `counts`) on a canvas of `width` × `height` CSS pixels, sharp at the screen's pixel ratio. */
export const BinsHeat = memo(function BinsHeat({ cells, counts, width, height }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  // The counts' style, read once the canvas is on the page (and again when the colour scheme changes), not in a
  // burst's step: reading the style there would force a style pass.
  const countStyle = useRef<CountStyle | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const make = () => {
      countStyle.current = countStyleOf(canvas);
    };
    make();
    const media = typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : null;
    media?.addEventListener("change", make);
    return () => media?.removeEventListener("change", make);
  }, []);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const dpr = pixelRatio();
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
    if (counts.length > 0) {
      // Read here only when a burst began before the effect above ran.
      const style = (countStyle.current ??= countStyleOf(canvas));
      context.font = style.font;
      context.fillStyle = style.color;
      context.textAlign = "center";
      context.textBaseline = "bottom";
      for (const label of counts) context.fillText(label.text, label.x, label.y);
    }
  }, [cells, counts, width, height]);
  return <canvas ref={ref} className={styles.heat} style={{ width, height }} aria-hidden="true" />;
});
