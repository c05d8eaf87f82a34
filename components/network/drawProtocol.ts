/** Messages between the page and the drawing worker. */
import type { DrawList } from "@/lib/network/drawList";
import type { DrawStyle } from "./drawCanvas";

/** Page → worker: draw this list in this style. */
export type DrawMessage = { type: "draw"; list: DrawList; style: DrawStyle };

/** Worker → page: the last list sent, drawn (the page sends the next one only then). */
export type DrawnMessage = { type: "drawn"; picture: ImageBitmap };
