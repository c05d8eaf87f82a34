/** The Export menu's items (the contract's names, in its order) and what each writes. */
import type { ExportWhat } from "@/lib/export/fileName";

/** One item of the Export menu. */
export interface ExportItem {
  id: "timeline-png" | "timeline-svg" | "network-png" | "network-svg" | "events-csv" | "actors-csv" | "ties-csv" | "selection-json" | "network-gexf";
  label: string;
  what: ExportWhat;
  ext: "png" | "svg" | "csv" | "json" | "gexf";
}

/** The nine items. */
export const EXPORT_ITEMS: readonly ExportItem[] = [
  { id: "timeline-png", label: "Timeline as PNG", what: "timeline", ext: "png" },
  { id: "timeline-svg", label: "Timeline as SVG", what: "timeline", ext: "svg" },
  { id: "network-png", label: "Network as PNG", what: "network", ext: "png" },
  { id: "network-svg", label: "Network as SVG", what: "network", ext: "svg" },
  { id: "events-csv", label: "Events as CSV", what: "events", ext: "csv" },
  { id: "actors-csv", label: "Actors as CSV", what: "actors", ext: "csv" },
  { id: "ties-csv", label: "Ties as CSV", what: "ties", ext: "csv" },
  { id: "selection-json", label: "Selection as JSON", what: "selection", ext: "json" },
  { id: "network-gexf", label: "Network as GEXF", what: "network", ext: "gexf" },
];
