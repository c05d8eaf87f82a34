/** Messages from the page to the drawing worker. */
import type { DrawList } from "@/lib/network/drawList";
import type { DrawStyle } from "./drawCanvas";

/** Page → worker: take this canvas; then draw this list in this style. */
export type DrawMessage = { type: "init"; canvas: OffscreenCanvas } | { type: "draw"; list: DrawList; style: DrawStyle };
