/**
 * A ready-to-paste citation of a view: the dataset's title and source, the view's dates and filters in words,
 * its URL and the day it was accessed, as plain text and as BibTeX.
 */
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { formatIso, toIsoDay } from "@/lib/dates";
import type { ViewState } from "@/lib/view/state";

/** The view's filters and selection in words ("" when there are none). */
export function viewInWords(index: IndexedDataset, view: ViewState): string {
  const parts: string[] = [];
  if (view.themes.length) parts.push(`themes ${view.themes.map((id) => index.themeById.get(id)?.label ?? id).join(", ")}`);
  if (view.actor) parts.push(`actor ${index.actorById.get(view.actor)?.name ?? view.actor}`);
  if (view.event) parts.push(`event “${index.eventById.get(view.event)?.event.title ?? view.event}”`);
  if (view.tie) {
    const tie = index.tieById.get(view.tie)?.tie;
    parts.push(tie ? `tie ${index.actorById.get(tie.source)?.name ?? tie.source} – ${index.actorById.get(tie.target)?.name ?? tie.target}` : `tie ${view.tie}`);
  }
  if (view.compare) parts.push(`compared with ${formatIso(toIsoDay(view.compare.from))} to ${formatIso(toIsoDay(view.compare.to))}`);
  return parts.join("; ");
}

function sourceWords(index: IndexedDataset): string {
  const s = index.dataset.source;
  if (!s) return "imported data";
  const by = [s.author, s.publisher].filter(Boolean).join(", ");
  return `${s.title}${by ? `, ${by}` : ""}, ${formatIso(s.date)}${s.url ? `, ${s.url}` : ""}`;
}

/** The citation as one paragraph of plain text. `today` is the access date (YYYY-MM-DD). */
export function plainCitation(index: IndexedDataset, view: ViewState, url: string, today: string): string {
  const window = `${formatIso(toIsoDay(view.from))} to ${formatIso(toIsoDay(view.to))}`;
  const filters = viewInWords(index, view);
  return `${index.dataset.title}. Linked timeline and network view, ${window}${filters ? ` (${filters})` : ""}. Source: ${sourceWords(index)}. ${url} (accessed ${formatIso(today)}).`;
}

/** Text safe inside a BibTeX field: LaTeX's special characters escaped. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => (c === "\\" ? "\\textbackslash{}" : c === "^" ? "\\^{}" : c === "~" ? "\\~{}" : `\\${c}`));
}

/** The citation as a BibTeX @misc entry. */
export function bibtexCitation(index: IndexedDataset, view: ViewState, url: string, today: string): string {
  const key = `${index.dataset.id.replace(/-/g, "")}${today.slice(0, 4)}`;
  const window = `${toIsoDay(view.from)} to ${toIsoDay(view.to)}`;
  const filters = viewInWords(index, view);
  const note = `View of ${window}${filters ? `; ${filters}` : ""}. Source: ${sourceWords(index)}. Accessed ${today}.`;
  // The URL goes in verbatim (\url takes it as it is); a closing brace could not be in it anyway once encoded.
  return [
    `@misc{${key},`,
    `  title = {${bibtexEscape(index.dataset.title)}},`,
    `  howpublished = {\\url{${url.replace(/[{}\\]/g, encodeURIComponent)}}},`,
    `  year = {${today.slice(0, 4)}},`,
    `  urldate = {${today}},`,
    `  note = {${bibtexEscape(note)}}`,
    `}`,
  ].join("\n");
}
