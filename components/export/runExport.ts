/**
 * Runs one export of the current view (loaded on first use, outside the first-load bundle). Every export
 * reads the view store and the one selection function the views use; none filters the dataset itself.
 */
import { drawList } from "@/components/network/drawCanvas";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { exportFileName } from "@/lib/export/fileName";
import { networkGexfParts } from "@/lib/export/gexf";
import { networkSvg, networkWords, networkLegend } from "@/lib/export/networkSvg";
import { FONT_FAMILY, PICTURE_COLORS, type Measure } from "@/lib/export/picture";
import { datasetJsonParts, selectionDataset } from "@/lib/export/selectionDataset";
import { frameLayout, svgDocument } from "@/lib/export/svgFrame";
import { selectionCsvParts } from "@/lib/export/tables";
import { timelineSvg } from "@/lib/export/timelineSvg";
import { focusOf } from "@/lib/highlight";
import { buildDrawList } from "@/lib/network/drawList";
import { CROWDED_TIES } from "@/lib/network/encoding";
import { selectWindow } from "@/lib/select";
import type { ViewStore } from "@/lib/view/store";
import { saveBlob } from "./download";
import type { ExportItem } from "./items";
import { networkPictureOf } from "./networkPicture";
import { PNG_SCALE, svgToPng } from "./rasterize";

/** Width of the timeline picture in CSS pixels (a slide's width, whatever the screen). */
const TIMELINE_WIDTH = 1200;

let measureContext: CanvasRenderingContext2D | null = null;
/** Text widths from the browser's own font metrics. */
const measure: Measure = (text, font) => {
  measureContext ??= document.createElement("canvas").getContext("2d");
  if (!measureContext) return text.length * 7;
  measureContext.font = font;
  return measureContext.measureText(text).width;
};

const SVG_TYPE = "image/svg+xml;charset=utf-8";

/** Gives the browser a turn (input, rendering) before the next part of a long export. */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Text parts encoded as UTF-8 one at a time, the browser getting a turn between parts: the Blob is then built
 * from bytes (a copy), not from tens of megabytes of text encoded in one go.
 */
async function encodeInTurns(parts: Iterable<string>): Promise<Uint8Array<ArrayBuffer>[]> {
  const encoder = new TextEncoder();
  const bytes: Uint8Array<ArrayBuffer>[] = [];
  for (const part of parts) {
    bytes.push(encoder.encode(part));
    await pause();
  }
  return bytes;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The file an item produces for the current view. */
async function produce(item: ExportItem, index: IndexedDataset, store: ViewStore): Promise<Blob> {
  const view = store.get().view;
  const query = { from: view.from, to: view.to, themes: view.themes };
  const selection = selectWindow(index, query);
  switch (item.id) {
    case "events-csv":
    case "actors-csv":
    case "ties-csv": {
      // Written a part at a time with a pause between parts: 50,000 rows never make one long task.
      return new Blob(await encodeInTurns(selectionCsvParts(item.what as "events" | "actors" | "ties", index, selection)), { type: "text/csv;charset=utf-8" });
    }
    case "selection-json":
      return new Blob(await encodeInTurns(datasetJsonParts(selectionDataset(index, selection, query))), { type: "application/json" });
    case "network-gexf":
      return new Blob(await encodeInTurns(networkGexfParts(index, today(), { actors: selection.actors, ties: selection.ties.map((t) => t.indexed) })), {
        type: "application/gexf+xml",
      });
    case "timeline-svg":
    case "timeline-png": {
      const focus = focusOf(view, index, selection);
      const { svg } = timelineSvg({ index, selection, query, focus, width: TIMELINE_WIDTH, measure });
      if (item.id === "timeline-svg") return new Blob([svg], { type: SVG_TYPE });
      const { width, height } = sizeOf(svg);
      return svgToPng(svg, width, height);
    }
    case "network-svg":
    case "network-png": {
      const picture = networkPictureOf(store);
      if (!picture) throw new Error("The network has not been drawn yet.");
      const list = buildDrawList(picture.projection, picture.labels, {
        width: picture.width,
        height: picture.height,
        hoveredTie: null,
        pointed: null,
        crowded: picture.projection.ties.length > CROWDED_TIES,
      });
      const counts = selection.counts;
      if (item.id === "network-svg") return new Blob([networkSvg({ index, query, counts, list, measure }).svg], { type: SVG_TYPE });
      // The PNG: the frame as SVG, then the marks by the canvas renderer's drawing code at 2×.
      const legend = networkLegend(index.dataset.actors);
      const chart = `<rect width="${list.width}" height="${list.height}" fill="none" stroke="${PICTURE_COLORS.border}"/>`;
      const words = networkWords({ index, query, counts });
      const frame = svgDocument({ ...words, chart, chartWidth: list.width, chartHeight: list.height, legend, measure });
      const layout = frameLayout({ ...words, chartWidth: list.width, chartHeight: list.height, legend, measure });
      return svgToPng(frame, layout.width, layout.height, (ctx) => {
        const marks = document.createElement("canvas");
        marks.width = Math.round(list.width * PNG_SCALE);
        marks.height = Math.round(list.height * PNG_SCALE);
        const marksCtx = marks.getContext("2d");
        if (!marksCtx) return;
        const colors = { kinds: PICTURE_COLORS.kinds, outline: PICTURE_COLORS.background, text: PICTURE_COLORS.text, panel: PICTURE_COLORS.background, accent: PICTURE_COLORS.accent, ghost: PICTURE_COLORS.ghost };
        drawList(marksCtx, list, { dpr: PNG_SCALE, colors, font: `11px ${FONT_FAMILY}` });
        ctx.drawImage(marks, layout.chart.x * PNG_SCALE, layout.chart.y * PNG_SCALE);
      });
    }
  }
}

function sizeOf(svg: string): { width: number; height: number } {
  const match = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(match?.[1] ?? 800), height: Number(match?.[2] ?? 600) };
}

/** Produces the item's file for the current view and saves it as `<dataset-id>-<what>.<ext>`. */
export async function runExport(item: ExportItem, index: IndexedDataset, store: ViewStore): Promise<string> {
  const blob = await produce(item, index, store);
  const name = exportFileName(index.dataset.id, item.what, item.ext);
  saveBlob(blob, name);
  return name;
}
