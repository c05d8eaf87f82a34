/** Messages between the page and the drawing worker. */
import type { DrawList } from "@/lib/network/drawList";
import type { DrawStyle } from "./drawCanvas";

/** Page → worker: take this canvas; then draw this list in this style. */
export type DrawMessage = { type: "init"; canvas: OffscreenCanvas } | { type: "draw"; list: DrawList; style: DrawStyle };

/** Worker → page: the last list sent is drawn (the page sends the next one only then). */
export type DrawnMessage = { type: "drawn" };
