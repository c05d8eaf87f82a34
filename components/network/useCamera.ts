"use client";
/**
 * The network's camera. Until the reader pans or zooms it frames the whole layout (the same frame in every
 * window, so scrubbing never moves the picture); after that it keeps the reader's transform for this graph.
 * Fit frames what is visible, or the bright part (the ego network) when something is selected; a frame
 * request from the store ("Show in network") scrolls the region into view and fits. `moveTo` glides to a
 * transform in one animated move (a jump under reduced motion); any other move cancels a glide.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { CAMERA_MOVE_MS, easeInOut, interpolateTransform } from "@/lib/network/framing";
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

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
}

/** The transform, and the camera's moves. */
export function useCamera({ graphKey, positions, scene, width, height, padding, frameRequest, region }: Options) {
  const [manual, setManual] = useState<{ key: string; t: Transform } | null>(null);
  const auto = useMemo(() => (positions && width > 0 ? fitTransform(positions.values(), width, height, padding) : IDENTITY), [positions, width, height, padding]);
  const transform = manual && manual.key === graphKey ? manual.t : auto;

  // A glide in progress (its animation frame), and the transform it starts from.
  const glide = useRef<number | null>(null);
  const current = useRef(transform);
  useEffect(() => {
    current.current = transform;
  });
  const stop = useCallback(() => {
    if (glide.current !== null) cancelAnimationFrame(glide.current);
    glide.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const setTransform = useCallback(
    (t: Transform) => {
      stop();
      setManual({ key: graphKey, t });
    },
    [graphKey, stop],
  );
  const moveTo = useCallback(
    (target: Transform, instant = false) => {
      stop();
      if (instant || prefersReducedMotion()) {
        setManual({ key: graphKey, t: target });
        return;
      }
      const from = current.current;
      const stage = { width, height };
      let start: number | null = null;
      const step = (now: number) => {
        start ??= now;
        const u = Math.min(1, (now - start) / CAMERA_MOVE_MS);
        setManual({ key: graphKey, t: interpolateTransform(from, target, easeInOut(u), stage) });
        glide.current = u < 1 ? requestAnimationFrame(step) : null;
      };
      glide.current = requestAnimationFrame(step);
    },
    [graphKey, stop, width, height],
  );
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
    if (region.current && mostlyOutOfView(region.current)) region.current.scrollIntoView({ block: "nearest" });
    fitRef.current();
  }, [frameRequest, region]);

  return { transform, setTransform, moveTo, zoomBy, fit };
}

/**
 * Whether less than half of what of `element` could show is on screen. A request to frame the network (Show
 * in network, a story step) brings the region into view only then: scrolling a region that is already in view
 * moved a story's band, and the button just pressed, off the top of the page.
 */
function mostlyOutOfView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const shown = Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, 0);
  return shown < Math.min(rect.height, window.innerHeight) / 2;
}
