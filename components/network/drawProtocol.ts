/** Messages between the page and the drawing worker. */
import type { Dataset } from "@/lib/dataset/schema";
import type { Focus } from "@/lib/highlight";
import type { DrawList } from "@/lib/network/drawList";
import type { MotionFrame } from "@/lib/network/motionPictures";
import type { PackedNetwork } from "@/lib/network/packedNetwork";
import type { DrawStyle } from "./drawCanvas";

/** Page → worker: draw this list in this style. */
export type DrawMessage = { type: "draw"; list: DrawList; style: DrawStyle };

/**
 * Page → worker: make the picture of the moving window and draw it. The packed selection, focus and frame come
 * only when they changed since the last motion message (a selection re-sent is the same step, not a new one).
 */
export type MotionMessage = { type: "motion"; packed?: PackedNetwork; focus?: Focus; frame?: MotionFrame; style: DrawStyle };

/** Page → worker: a message the worker answers with one picture. */
export type PictureMessage = DrawMessage | MotionMessage;

/** Page → worker, unanswered: the dataset whose selections motion messages pack (without its events, which play no part). */
export type NetworkMessage = { type: "network"; network: Dataset };

/** Worker → page: the last picture asked for, drawn (null: nothing to draw yet); the page sends the next one only then. */
export type DrawnMessage = {
  type: "drawn";
  picture: ImageBitmap | null;
  /** How long the worker took over it, by its own clock (the page rests the worker in proportion while the window moves). */
  workMs: number;
};
