"use client";
/**
 * The network's camera. Until the reader pans or zooms it frames the whole layout (the same frame in every
 * window, so scrubbing never moves the picture); after that it keeps the reader's transform for this graph.
 * Fit frames what is visible, or the bright part (the ego network) when something is selected; a frame
 * request from the store ("Show in network") scrolls the region into view and fits.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Point, Positions } from "@/lib/network/layout";
import type { Scene } from "@/lib/network/scene";
import { fitTransform, IDENTITY, zoomAround, type Insets, type Transform } from "@/lib/network/viewport";

interface Options {
  graphKey: string;
  positions: Positions | null;
  scene: Scene | null;
  width: number;
  height: number;
  padding: Insets;
  /** A counter from the store: each increment asks for a fit of the selection. */
  frameRequest: number;
  region: RefObject<HTMLElement | null>;
}

/** The transform, and the camera's moves. */
export function useCamera({ graphKey, positions, scene, width, height, padding, frameRequest, region }: Options) {
  const [manual, setManual] = useState<{ key: string; t: Transform } | null>(null);
  const auto = useMemo(() => (positions && width > 0 ? fitTransform(positions.values(), width, height, padding) : IDENTITY), [positions, width, height, padding]);
  const transform = manual && manual.key === graphKey ? manual.t : auto;
  const setTransform = useCallback((t: Transform) => setManual({ key: graphKey, t }), [graphKey]);
  const zoomBy = (factor: number) => setTransform(zoomAround(transform, { x: width / 2, y: height / 2 }, factor));

  const fit = () => {
    const focused = scene?.nodes.filter((n) => n.emphasis === "selected" || n.emphasis === "related") ?? [];
    const visible: Iterable<Point> = focused.length ? focused : scene?.nodes.length ? scene.nodes : positions ? positions.values() : [];
    setTransform(fitTransform(visible, width, height, padding, 2));
  };
  // The request is answered with the fit of the render that sees it (not of an older one).
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
  });
  const answered = useRef(frameRequest);
  useEffect(() => {
    if (frameRequest === answered.current) return;
    answered.current = frameRequest;
    region.current?.scrollIntoView({ block: "nearest" });
    fitRef.current();
  }, [frameRequest, region]);

  return { transform, setTransform, zoomBy, fit };
}
