/** What either network renderer (SVG or canvas) draws from. */
import type { PlacedLabel } from "@/lib/network/labels";
import type { MotionFrame } from "@/lib/network/motionPictures";
import type { Projection } from "@/lib/network/project";
import type { DrawGate } from "./drawGate";

export interface RendererProps {
  projection: Projection;
  labels: PlacedLabel[];
  width: number;
  height: number;
  hoveredTie: string | null;
  pointed: string | null;
  /** Told when a worker has a picture in hand (the canvas's); the SVG picture draws at once and ignores it. */
  drawGate?: DrawGate;
  /** While the window moves: what holds still, for the canvas's worker to draw the live selection on (the SVG ignores it). */
  motion?: MotionFrame | null;
}
