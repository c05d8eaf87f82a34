"use client";
/** The network's labels for this render: candidates (lib/network/labelling) placed without overlaps (lib/network/labels). */
import { useMemo } from "react";
import type { ActorId } from "@/lib/dataset/ids";
import type { Focus } from "@/lib/highlight";
import { COVER_NODES_FROM, LEADERS_FROM, labelCandidates, MUST_LABEL_FROM } from "@/lib/network/labelling";
import { placeLabels, type PlacedLabel } from "@/lib/network/labels";
import type { Projection } from "@/lib/network/project";
import { useTextWidth } from "@/components/timeline/useTextWidth";

/** Font size of the network's labels (px), as the renderers draw them. */
export const LABEL_FONT_SIZE = 11;

const NONE: PlacedLabel[] = [];

/** Placed labels for a projection in a width × height stage. */
export function useLabels(projection: Projection | null, focus: Focus, pointed: ActorId | null, width: number, height: number): PlacedLabel[] {
  // Real widths in the page's font (as the renderers draw labels), plus the halo's room.
  const regular = useTextWidth(`${LABEL_FONT_SIZE}px`);
  const bold = useTextWidth(`600 ${LABEL_FONT_SIZE}px`);
  return useMemo(() => {
    if (!projection || width === 0) return NONE;
    const obstacles = projection.nodes.map(({ node, sx, sy, r }) => ({ id: node.id, x: sx, y: sy, r }));
    return placeLabels(labelCandidates(projection, focus, pointed, { width, height }), {
      width,
      height,
      fontSize: LABEL_FONT_SIZE,
      measure: (text, isBold) => (isBold ? bold : regular)(text) + 2,
      obstacles,
      mayCoverNodesFrom: COVER_NODES_FROM,
      leadersFrom: LEADERS_FROM,
      mustFrom: MUST_LABEL_FROM,
    });
  }, [projection, focus, pointed, width, height, regular, bold]);
}
