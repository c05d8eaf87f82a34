"use client";
/** The canvas renderer's React shell: hands the painter the projection's draw list, to build when it draws. */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { buildDrawList } from "@/lib/network/drawList";
import { CROWDED_TIES } from "@/lib/network/encoding";
import { readColors, type CanvasColors } from "./drawCanvas";
import type { RendererProps } from "./NetworkSvg";
import { useCanvasPainter } from "./useCanvasPainter";
import styles from "./Network.module.css";

/** Draws the network on a canvas (decorative: the actor buttons over it carry names and states). */
export function NetworkCanvas({ projection, labels, width, height, hoveredTie, pointed, drawGate }: RendererProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [paint, setPaint] = useState<{ colors: CanvasColors; font: string } | null>(null);
  const dpr = typeof window === "undefined" ? 1 : Math.min(2, window.devicePixelRatio || 1);
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

  // Handed over before the browser paints, so the canvas follows the rest of the page in the same frame when
  // the drawing worker keeps up, and draws the latest picture as soon as it is free when it does not.
  useLayoutEffect(() => {
    if (!paint) return;
    const options = { width, height, hoveredTie, pointed, crowded: projection.ties.length > CROWDED_TIES };
    painter(() => buildDrawList(projection, labels, options), { dpr, ...paint });
  }, [painter, projection, labels, width, height, hoveredTie, pointed, paint, dpr]);

  return <canvas ref={ref} className={styles.drawing} aria-hidden="true" />;
}
