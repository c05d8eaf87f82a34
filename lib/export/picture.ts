/**
 * What every exported picture shares: light colours (a slide or a printed page, whatever the screen's
 * scheme), named fonts with fallbacks, and the words of its title and credit lines.
 */
import type { ActorKind } from "@/lib/dataset/schema";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { formatDayShort } from "@/lib/dates";

/** The page's font stack, so the picture looks like the page wherever it is opened. */
export const FONT_FAMILY = `system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif`;

/** The light theme's colours (app/globals.css and the network's kind colours). */
export const PICTURE_COLORS = {
  background: "#ffffff",
  text: "#1b1b1f",
  muted: "#5a5d66",
  border: "#d7d8dc",
  accent: "#0b5cad",
  laneOdd: "#f4f5f7",
  ghost: "#8c8c8c",
  kinds: {
    state: "#2f3e4e",
    leader: "#aa4499",
    person: "#b8475a",
    official: "#117733",
    organization: "#9c8419",
    party: "#2f8f80",
    group: "#7d7d25",
    media: "#882255",
    region: "#6a717d",
  } satisfies Record<ActorKind, string>,
};

/** Measures text in pixels for a CSS font (the browser's canvas in the page, an estimate in tests). */
export type Measure = (text: string, font: string) => number;

/** A rough measure (average glyph width), for tests and for places without a canvas. */
export const estimateWidth: Measure = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  return text.length * size * (/\b(600|700|bold)\b/.test(font) ? 0.6 : 0.55);
};

/** The title line: the dataset's title and the window's dates, with the theme filter when there is one. */
export function titleLine(index: IndexedDataset, from: number, to: number, themes: readonly string[]): { title: string; subtitle: string } {
  const labels = themes.map((id) => index.themeById.get(id as never)?.label ?? id);
  const window = `${formatDayShort(from)} – ${formatDayShort(to)}`;
  return { title: index.dataset.title, subtitle: labels.length ? `${window} · themes: ${labels.join(", ")}` : window };
}

/** The credit line: the dataset's source, or "imported data" when it names none. */
export function creditLine(index: IndexedDataset): string {
  const s = index.dataset.source;
  if (!s?.title) return "Source: imported data";
  const by = [s.author, s.publisher].filter(Boolean).join(", ");
  return `Source: ${s.title}${by ? `, ${by}` : ""} (${s.date})${s.url ? ` ${s.url}` : ""}`;
}
