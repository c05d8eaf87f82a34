/**
 * Draw lists for a network whose window moves in a burst, made where the picture is drawn (the drawing worker)
 * from a packed selection (packedNetwork.ts) and what the page holds still during the burst: focus, positions,
 * pins, camera, frame and labels. The scene, projection and draw list come from the same functions the page
 * uses at rest, so a picture made here is the one the page would have made.
 */
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Focus } from "@/lib/highlight";
import { buildDrawList, type DrawList } from "./drawList";
import { CROWDED_TIES } from "./encoding";
import type { PlacedLabel } from "./labels";
import type { Positions } from "./layout";
import { createNetworkUnpacker, type PackedNetwork } from "./packedNetwork";
import { createProjector, type Projection } from "./project";
import { createSceneBuilder } from "./scene";
import type { Transform } from "./viewport";

/**
 * While the window moves, at most this many pictures a second (a picture's gap: useCanvasPainter): a held key
 * repeats about this often, and the timeline, which the hand drives, keeps every frame. Drawn back to back, the
 * worker made about 65 a second at 1k in the held scrub, more than a 60 Hz screen shows, and on two cores took
 * the processor from the page's own frames. Pictures slower than the gap (10k and up) are paced by the worker's
 * rest (workerRest.ts).
 */
export const MOTION_PICTURES_PER_SECOND = 30;

/** What stays the same through a burst (sent again only when it changes). */
export interface MotionFrame {
  layout: Positions;
  pinned: Positions;
  transform: Transform;
  width: number;
  height: number;
  hoveredTie: string | null;
  pointed: string | null;
  /** The labels placed at the burst's start: they stay put while it lasts, and go with their actors. */
  labels: readonly PlacedLabel[];
}

/** The draw list of a projection with its labels, as both the page and the worker make it. */
export function drawListOf(projection: Projection, labels: readonly PlacedLabel[], frame: Pick<MotionFrame, "width" | "height" | "hoveredTie" | "pointed">): DrawList {
  const { width, height, hoveredTie, pointed } = frame;
  return buildDrawList(projection, labels, { width, height, hoveredTie, pointed, crowded: projection.ties.length > CROWDED_TIES });
}

/** A maker of motion pictures for `index` (it keeps scene and projection memory between pictures). */
export function createMotionPictures(index: IndexedDataset): (packed: PackedNetwork, focus: Focus, frame: MotionFrame) => DrawList {
  const unpack = createNetworkUnpacker(index);
  const buildScene = createSceneBuilder();
  const project = createProjector();
  return (packed, focus, frame) => {
    const scene = buildScene({ index, selection: unpack(packed), focus, layout: frame.layout, pinned: frame.pinned });
    const projection = project(scene, frame.transform);
    return drawListOf(
      projection,
      frame.labels.filter((label) => projection.nodeById.has(label.id)),
      frame,
    );
  };
}
