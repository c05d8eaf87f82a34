"use client";
/**
 * The canvas that shows the detail view's marks while the window moves in a burst (decorative: the marks'
 * buttons, hidden meanwhile, carry names and take clicks once the window rests).
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Focus } from "@/lib/highlight";
import type { Lane } from "@/lib/timeline/lanes";
import type { DetailLayout } from "@/lib/timeline/layout";
import { motionPicture, type RowPlacement } from "@/lib/timeline/motionPicture";
import { createMotionPainter, readMotionStyle, type MotionStyle } from "./drawMotion";
import styles from "./Timeline.module.css";

interface Props {
  /** The layout to draw, or null when the buttons show the marks. */
  layout: DetailLayout | null;
  rows: RowPlacement;
  lanes: readonly Lane[];
  focus: Focus;
  /** The lanes' visible part, below the axis. */
  top: number;
  width: number;
  height: number;
  /** The lanes' current vertical scroll. */
  scrollTop: () => number;
}

export const MotionMarks = memo(function MotionMarks({ layout, rows, lanes, focus, top, width, height, scrollTop }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const picture = useMemo(() => (layout ? motionPicture({ layout, rows, lanes, focus, width }) : null), [layout, rows, lanes, focus, width]);
  const [style, setStyle] = useState<MotionStyle | null>(null);
  const paint = useMemo(() => createMotionPainter(), []);

  // Colours from CSS variables, read again when the colour scheme changes (reading computed style on every
  // draw would force a style pass per frame).
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const update = () => setStyle(readMotionStyle(canvas));
    update();
    const media = typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : null;
    media?.addEventListener("change", update);
    return () => media?.removeEventListener("change", update);
  }, []);

  // Drawn before the browser paints, so the picture and the rest of the view change in the same frame.
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context || !style) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (picture) {
      const w = Math.max(1, Math.round(width * dpr));
      const h = Math.max(1, Math.round(height * dpr));
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
    }
    paint(context, picture, style, { top: scrollTop(), width, height, dpr });
  }, [picture, style, width, height, paint, scrollTop]);

  return <canvas ref={ref} className={styles.motion} style={{ top, width, height }} hidden={!picture} aria-hidden="true" />;
});
