"use client";
/** The canvas renderer's React shell: sizes the canvas for the device pixel ratio and redraws on change. */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { CROWDED_TIES } from "@/lib/network/scene";
import { drawNetwork, readColors, type CanvasColors } from "./drawCanvas";
import styles from "./Network.module.css";
import type { RendererProps } from "./NetworkSvg";

/** Draws the network on a canvas (decorative: the actor buttons over it carry names and states). */
export function NetworkCanvas({ projection, labels, width, height, hoveredTie, pointed }: RendererProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [paint, setPaint] = useState<{ colors: CanvasColors; font: string } | null>(null);
  const dpr = typeof window === "undefined" ? 1 : Math.min(2, window.devicePixelRatio || 1);

  // Colours come from CSS variables; read them again when the colour scheme changes.
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    // Read once per colour scheme: reading computed style on every draw would force a style pass per frame.
    const update = () => setPaint({ colors: readColors(canvas), font: `11px ${getComputedStyle(canvas).getPropertyValue("--font").trim() || "sans-serif"}` });
    update();
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);

  // Drawn before the browser paints, so the canvas changes in the same frame as the rest of the page.
  useLayoutEffect(() => {
    const canvas = ref.current;
    // A CPU-backed canvas: rasterised as it is drawn, so the compositor gets a bitmap, not a long display list.
    const ctx = canvas?.getContext("2d", { willReadFrequently: true });
    if (!canvas || !ctx || !paint) return;
    const crowded = projection.ties.length > CROWDED_TIES;
    drawNetwork(ctx, projection, labels, { width, height, dpr, colors: paint.colors, hoveredTie, pointed, font: paint.font, crowded });
  }, [projection, labels, width, height, dpr, paint, hoveredTie, pointed]);

  return (
    <canvas
      ref={ref}
      className={styles.drawing}
      width={Math.max(1, Math.round(width * dpr))}
      height={Math.max(1, Math.round(height * dpr))}
      aria-hidden="true"
    />
  );
}
