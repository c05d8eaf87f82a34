/**
 * The selection as three tables (events, actors, ties), one row per item, read from the same selection the
 * views draw (lib/select.ts): no filtering happens here.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { IndexedDataset, IndexedEvent } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import { sentimentLabel } from "@/lib/palette";
import type { Selection, VisibleTie } from "@/lib/select";
import { tableCsv, tableCsvParts, type Column } from "./csv";
import { listText, sourcesText } from "./text";

/** A field that only some datasets carry (for example a tie's `weight`), read without widening the schema's type. */
export function optionalField(item: object, key: string): string | number | undefined {
  const value = (item as Record<string, unknown>)[key];
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}

function names(index: IndexedDataset, ids: readonly ActorId[]): string {
  return listText(ids.map((id) => index.actorById.get(id)?.name ?? id));
}

/** Columns of the events table. */
export function eventColumns(index: IndexedDataset): Column<IndexedEvent>[] {
  return [
    { header: "id", value: (e) => e.event.id },
    { header: "title", value: (e) => e.event.title },
    { header: "start", value: (e) => e.event.date?.start ?? "" },
    { header: "end", value: (e) => e.event.date?.end ?? "" },
    { header: "precision", value: (e) => e.event.date?.precision ?? "undated" },
    { header: "status", value: (e) => e.event.status },
    { header: "basis", value: (e) => e.event.basis },
    { header: "actors", value: (e) => listText(e.event.actors) },
    { header: "actor_names", value: (e) => names(index, e.event.actors) },
    { header: "themes", value: (e) => listText(e.event.themes) },
    { header: "summary", value: (e) => e.event.summary },
    { header: "sources", value: (e) => sourcesText(e.event.sources) },
  ];
}

/** The selection's events as CSV. */
export function eventsCsv(index: IndexedDataset, selection: Selection): string {
  return tableCsv(eventColumns(index), selection.events);
}

/** Columns of the actors table, with each actor's events and ties in the selection. */
export function actorColumns(selection: Selection): Column<Actor>[] {
  const events = new Map<ActorId, number>();
  for (const e of selection.events) for (const a of e.event.actors) events.set(a, (events.get(a) ?? 0) + 1);
  return [
    { header: "id", value: (a) => a.id },
    { header: "name", value: (a) => a.name },
    { header: "kind", value: (a) => a.kind },
    { header: "affiliation", value: (a) => a.affiliation ?? "" },
    { header: "aliases", value: (a) => listText(a.aliases ?? []) },
    { header: "events_in_selection", value: (a) => events.get(a.id) ?? 0 },
    { header: "ties_in_selection", value: (a) => selection.degrees.get(a.id) ?? 0 },
    { header: "description", value: (a) => a.description ?? "" },
  ];
}

/** The selection's actors as CSV. */
export function actorsCsv(index: IndexedDataset, selection: Selection): string {
  return tableCsv(actorColumns(selection), selection.actors);
}

/** Columns of the ties table: the sentiment and phase are the ones in force in the window. */
export function tieColumns(index: IndexedDataset): Column<VisibleTie>[] {
  const name = (id: ActorId) => index.actorById.get(id)?.name ?? id;
  return [
    { header: "id", value: (t) => t.indexed.tie.id },
    { header: "source", value: (t) => t.indexed.tie.source },
    { header: "source_name", value: (t) => name(t.indexed.tie.source) },
    { header: "target", value: (t) => t.indexed.tie.target },
    { header: "target_name", value: (t) => name(t.indexed.tie.target) },
    { header: "kind", value: (t) => t.indexed.tie.kind },
    { header: "directed", value: (t) => t.indexed.tie.directed },
    { header: "weight", value: (t) => optionalField(t.indexed.tie, "weight"), optional: true },
    { header: "status", value: (t) => t.indexed.tie.status },
    { header: "basis", value: (t) => t.indexed.tie.basis },
    { header: "span_start", value: (t) => t.indexed.tie.span?.start ?? "" },
    { header: "span_end", value: (t) => t.indexed.tie.span?.end ?? "" },
    { header: "sentiment", value: (t) => t.sentiment },
    { header: "sentiment_words", value: (t) => sentimentLabel(t.sentiment) },
    { header: "phase", value: (t) => t.phase?.phase.note ?? "" },
    { header: "themes", value: (t) => listText(t.indexed.tie.themes) },
    { header: "summary", value: (t) => t.indexed.tie.summary },
    { header: "sources", value: (t) => sourcesText(t.indexed.tie.sources) },
  ];
}

/** The selection's ties as CSV. */
export function tiesCsv(index: IndexedDataset, selection: Selection): string {
  return tableCsv(tieColumns(index), selection.ties);
}

/** One of the three tables of a selection, in parts (see csvParts), for writing without a long task. */
export function selectionCsvParts(table: "events" | "actors" | "ties", index: IndexedDataset, selection: Selection): Generator<string> {
  if (table === "events") return tableCsvParts(eventColumns(index), selection.events);
  if (table === "actors") return tableCsvParts(actorColumns(selection), selection.actors);
  return tableCsvParts(tieColumns(index), selection.ties);
}
