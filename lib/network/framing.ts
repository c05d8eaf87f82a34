/** How the network is framed. */
import type { Insets } from "./viewport";

/** Room for labels on every side, and for the zoom and layout buttons along the top. */
export const FIT_PADDING: Insets = { top: 48, right: 36, bottom: 30, left: 36 };
