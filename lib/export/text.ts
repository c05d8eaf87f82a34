/** Dataset values as plain words for exports (CSV cells, citations): sources, date ranges, lists. */
import type { EventDate, Source } from "@/lib/dataset/schema";

/** A source as one line: `¶3 “quote”`, or its URL (both when a source has both). */
export function sourceText(source: Source): string {
  const parts: string[] = [];
  if (source.paragraph !== undefined) parts.push(`¶${source.paragraph}${source.quote ? ` “${source.quote}”` : ""}`);
  if (source.url) parts.push(source.url);
  return parts.join(" ");
}

/** Several sources in one cell. */
export function sourcesText(sources: readonly Source[]): string {
  return sources.map(sourceText).join(" | ");
}

/** A list of ids or names in one cell. */
export function listText(values: readonly string[]): string {
  return values.join("; ");
}

/** An event's date at its precision, as written in the dataset (`2024-12`, `2025-01-07/2025-01-09`). */
export function dateText(date: EventDate | undefined): string {
  if (!date) return "";
  return date.end ? `${date.start}/${date.end}` : date.start;
}
