/** The bundled dataset laid out as the Network view lays it out in its stage at a 1280×800 window. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDatasetText } from "@/lib/dataset/parse";
import { FIT_PADDING } from "@/lib/network/framing";
import { layoutGraphOf } from "@/lib/network/graph";
import { layoutNetwork, type Positions } from "@/lib/network/layout";
import { orientPositions, shouldTurn } from "@/lib/network/orient";
import { boundsOf } from "@/lib/network/viewport";

/** The Network stage's drawing size in the page at 1280×800 (the panel's content box). */
export const STAGE_1280 = { width: 490, height: 398 };

let cached: { index: ReturnType<typeof indexDataset>; positions: Positions } | null = null;

/** The bundled dataset, indexed, with the layout turned as the view would turn it for `STAGE_1280`. */
export function bundledLayout() {
  if (cached) return cached;
  const result = parseDatasetText(readFileSync(path.join(__dirname, "../../../data/datasets/azerbaijan-us-2025.json"), "utf8"));
  if (!result.ok) throw new Error("bundled dataset invalid");
  const index = indexDataset(result.dataset);
  const raw = layoutNetwork(layoutGraphOf(index));
  const { width, height } = STAGE_1280;
  const portrait = shouldTurn(boundsOf(raw.values()), width - FIT_PADDING.left - FIT_PADDING.right, height - FIT_PADDING.top - FIT_PADDING.bottom);
  cached = { index, positions: orientPositions(raw, portrait) };
  return cached;
}
