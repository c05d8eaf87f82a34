"use client";
/** The canvas renderer's React shell: hands the painter the projection's draw list, to build when it draws. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { drawListOf } from "@/lib/network/motionPictures";
import { readColors, type CanvasColors } from "./drawCanvas";
import { MotionFeed } from "./MotionFeed";
import type { RendererProps } from "./rendererProps";
import { useCanvasPainter } from "./useCanvasPainter";
import styles from "./Network.module.css";

/** Draws the network on a canvas (decorative: the actor buttons over it carry names and states). */
export function NetworkCanvas({ projection, labels, width, height, hoveredTie, pointed, drawGate, motion }: RendererProps) {
  const { index } = useDashboard();
  const ref = useRef<HTMLCanvasElement>(null);
  const [paint, setPaint] = useState<{ colors: CanvasColors; font: string } | null>(null);
  const dpr = typeof window === "undefined" ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const style = useMemo(() => (paint ? { dpr, ...paint } : null), [paint, dpr]);
  const painter = useCanvasPainter(ref, drawGate);

  // Colours come from CSS variables; read them again when the colour scheme changes (not on every draw:
  // reading computed style would force a style pass per frame).
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const update = () => setPaint({ colors: readColors(canvas), font: `11px ${getComputedStyle(canvas).getPropertyValue("--font").trim() || "sans-serif"}` });
    update();
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);

  // The worker gets the dataset for motion pictures while the page is idle, not in a held scrub's first frame.
  useEffect(() => {
    const id = setTimeout(() => painter.prepare(index), 0);
    return () => clearTimeout(id);
  }, [painter, index]);

  // Handed over before the browser paints, so the canvas follows the rest of the page in the same frame when
  // the drawing worker keeps up, and draws the latest picture as soon as it is free when it does not.
  useLayoutEffect(() => {
    if (style) painter.draw(() => drawListOf(projection, labels, { width, height, hoveredTie, pointed }), style);
  }, [painter, projection, labels, width, height, hoveredTie, pointed, style]);

  return (
    <>
      <canvas ref={ref} className={styles.drawing} aria-hidden="true" />
      {motion && style && <MotionFeed painter={painter} frame={motion} style={style} />}
    </>
  );
}
