"use client";
/** The network's labels for this render: candidates (lib/network/labelling) placed without overlaps (lib/network/labels). */
import { useMemo, type RefObject } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { useElementSize } from "@/components/shared/useElementSize";
import type { ActorId } from "@/lib/dataset/ids";
import type { Focus } from "@/lib/highlight";
import { COVER_NODES_FROM, LEADERS_FROM, labelCandidates, MUST_LABEL_FROM } from "@/lib/network/labelling";
import { placeLabels, type PlacedLabel } from "@/lib/network/labels";
import type { Projection } from "@/lib/network/project";
import { useTextWidth } from "@/components/timeline/useTextWidth";
import { useBurstClock } from "@/components/dashboard/useWindowBursts";
import { useHeldWhileMoving } from "./useHeldWhileMoving";

/** Font size of the network's labels (px), as the renderers draw them. */
export const LABEL_FONT_SIZE = 11;

const NONE: PlacedLabel[] = [];

/** How far the controls sit from the stage's top and right edges (Network.module.css `.controls`). */
const CONTROLS_INSET = 6;

/** Placed labels for a projection in a width × height stage. */
export function useLabels(
  projection: Projection | null,
  focus: Focus,
  pointed: ActorId | null,
  width: number,
  height: number,
  /** The buttons drawn over the stage's top right corner: labels keep clear of them. */
  controls: RefObject<HTMLElement | null>,
): PlacedLabel[] {
  const controlsSize = useElementSize(controls);
  const controlsWidth = controlsSize?.width ?? 0;
  const controlsHeight = controlsSize?.height ?? 0;
  // Real widths in the page's font (as the renderers draw labels), plus the halo's room.
  const regular = useTextWidth(`${LABEL_FONT_SIZE}px`);
  const bold = useTextWidth(`600 ${LABEL_FONT_SIZE}px`);
  // During a burst of window changes, labels are placed on a held projection (see useHeldWhileMoving).
  const placedOn = useHeldWhileMoving(projection, useBurstClock(useDashboard().store));
  const placed = useMemo(() => {
    if (!placedOn || width === 0) return NONE;
    const obstacles = placedOn.nodes.map(({ node, sx, sy, r }) => ({ id: node.id, x: sx, y: sy, r }));
    return placeLabels(labelCandidates(placedOn, focus, pointed, { width, height }), {
      width,
      height,
      fontSize: LABEL_FONT_SIZE,
      measure: (text, isBold) => (isBold ? bold : regular)(text) + 2,
      obstacles,
      mayCoverNodesFrom: COVER_NODES_FROM,
      leadersFrom: LEADERS_FROM,
      mustFrom: MUST_LABEL_FROM,
      reserved: controlsWidth > 0 ? [{ x0: width - CONTROLS_INSET - controlsWidth - 2, y0: 0, x1: width, y1: CONTROLS_INSET + controlsHeight + 2 }] : [],
    });
  }, [placedOn, focus, pointed, width, height, regular, bold, controlsWidth, controlsHeight]);
  // Held labels of actors that have left the picture go at once.
  return useMemo(() => (placedOn === projection || !projection ? placed : placed.filter((label) => projection.nodeById.has(label.id))), [placed, placedOn, projection]);
}
