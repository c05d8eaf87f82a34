"use client";
import { useMemo } from "react";

/** A cached text measurer for a font ("12px", "600 11px") in the page's font family. */
function createTextMeasurer(fontSpec: string): (text: string) => number {
  const cache = new Map<string, number>();
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(fontSpec)?.[1] ?? 12);
  let context: CanvasRenderingContext2D | null | undefined;
  const getContext = () => {
    if (context !== undefined) return context;
    context = null;
    if (typeof document === "undefined") return context;
    // getContext("2d") returns null where there is no 2D canvas and may throw where canvas is disabled;
    // either way the length estimate below stands in.
    try {
      context = document.createElement("canvas").getContext("2d");
      if (context) context.font = `${fontSpec} ${getComputedStyle(document.body).fontFamily}`;
    } catch {
      context = null;
    }
    return context;
  };
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const ctx = getContext();
    const width = ctx ? ctx.measureText(text).width : text.length * size * 0.55;
    cache.set(text, width);
    return width;
  };
}

/**
 * Measures text with a canvas in the page's font, cached per string, so label placement knows real widths
 * before anything is drawn. Without a 2D canvas it estimates from the length.
 */
export function useTextWidth(fontSpec: string): (text: string) => number {
  return useMemo(() => createTextMeasurer(fontSpec), [fontSpec]);
}
