/**
 * Event tables (CSV or TSV), one row per event: ACLED and ICEWS exports recognised by their headers,
 * anything else through a column mapping. Each distinct actor name becomes an actor; actors who share
 * events get one `co-occurrence` tie per pair, weighted by the number of shared events and spanning
 * their first to their last shared event.
 */
import { isoRange } from "@/lib/dates";
import { DatasetBuilder, type DateValue } from "../builder";
import { dateValue, isDateProblem, readDate, type ReadDate } from "../dates";
import { findColumn, parseTable, splitList, type Table } from "../table";
import { plain } from "../text";
import type { ColumnMapping, ImportFile, ImportOptions, MapField } from "../types";

/** Two actors who share events: how many, and the first and last day (and ISO date) they share. */
interface Pair {
  source: string;
  target: string;
  count: number;
  first: number;
  last: number;
  firstIso: string;
  lastIso: string;
}

/** Which known export a header comes from. */
export type TableProfile = "acled" | "icews" | "generic";

const ACLED_REQUIRED = ["event_date", "event_type", "actor1"];
const ICEWS_REQUIRED = ["Event Date", "Source Name", "Target Name", "Event Text"];

/** Recognises ACLED and ICEWS exports by their headers. */
export function tableProfile(header: readonly string[]): TableProfile {
  if (ACLED_REQUIRED.every((c) => findColumn(header, c))) return "acled";
  if (ICEWS_REQUIRED.every((c) => findColumn(header, c))) return "icews";
  return "generic";
}

/** The mapping pre-filled from the header: a known export's, else columns whose names say what they hold. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const cols = (...names: string[]) => names.map((n) => findColumn(header, n)).filter((c): c is string => c !== undefined);
  const profile = tableProfile(header);
  if (profile === "acled") {
    return {
      date: cols("event_date"),
      title: cols("sub_event_type", "location"),
      actors: cols("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"),
      themes: cols("event_type"),
      description: cols("notes"),
    };
  }
  if (profile === "icews") {
    return { date: cols("Event Date"), title: cols("Source Name", "Event Text", "Target Name"), actors: cols("Source Name", "Target Name"), themes: cols("Event Text") };
  }
  const first = (...names: string[]) => {
    const hit = cols(...names)[0];
    return hit ? [hit] : [];
  };
  return {
    date: first("date", "start date", "start", "start_date", "event date", "when", "year"),
    end: first("end date", "end", "end_date", "until"),
    title: first("title", "headline", "event", "name", "summary"),
    actors: first("actors", "actor", "participants", "people", "who"),
    themes: first("themes", "theme", "type", "event type", "category", "tags", "group"),
    url: first("url", "source url", "link", "source"),
    description: first("description", "notes", "text", "details"),
  };
}

const FIELD_NAMES: Record<MapField, string> = { date: "Date", end: "End date", title: "Title", actors: "Actors", themes: "Themes", url: "Source URL", description: "Description" };

/** Reads the rows of an event table into the builder. */
export function importEventsCsv(files: ImportFile[], options: ImportOptions = {}) {
  const file = files[0]!;
  const builder = new DatasetBuilder(file.name);
  const { table, problems } = parseTable(file.name, file.text);
  problems.forEach((p) => builder.problem(p, p.message));
  if (builder.failed) return { builder, fallbackTitle: file.name };
  readEvents(builder, file.name, table, options);
  return { builder, fallbackTitle: file.name.replace(/\.[^.]+$/, "") };
}

function readEvents(builder: DatasetBuilder, file: string, table: Table, options: ImportOptions) {
  const profile = tableProfile(table.header);
  const mapping: ColumnMapping = { ...suggestMapping(table.header), ...options.map };
  for (const [field, columns] of Object.entries(mapping) as [MapField, string[]][]) {
    for (const column of columns) {
      if (!table.header.includes(column)) builder.problem({ file, row: 1, column }, `no column "${column}" for ${FIELD_NAMES[field]} (the columns are: ${table.header.join(", ")})`);
    }
  }
  if (!mapping.title?.length && !mapping.date?.length) builder.problem({ file, row: 1 }, "choose the columns for at least Date and Title");
  if (builder.failed) return;
  const precisionColumn = profile === "acled" ? findColumn(table.header, "time_precision") : undefined;
  const fatalities = profile === "acled" ? findColumn(table.header, "fatalities") : undefined;
  const source = profile === "acled" ? findColumn(table.header, "source") : profile === "icews" ? findColumn(table.header, "Publisher") : undefined;
  const pairs = new Map<string, Pair>();
  const values = (cells: Record<string, string>, field: MapField) => (mapping[field] ?? []).map((c) => cells[c] ?? "");

  const total = table.rows.length;
  for (const { row, cells } of table.rows) {
    if (options.onProgress && row % 10_000 === 0) options.onProgress(row - 1, total);
    const origin = { file, row };
    const date = readRowDate(builder, origin, cells, mapping, precisionColumn);
    if (date === undefined) continue;
    const actorIds: string[] = [];
    for (const [i, cell] of values(cells, "actors").entries()) {
      // Markup first, then the list: "A &amp; B; C" is two actors, not three.
      for (const name of splitList(plain(cell))) {
        const id = builder.actor(name, { ...origin, column: mapping.actors![i] });
        if (id) actorIds.push(id);
      }
    }
    const themeIds = values(cells, "themes")
      .flatMap((cell) => splitList(plain(cell)))
      .flatMap((label) => builder.theme(label) ?? []);
    const titleParts = values(cells, "title").map((v) => v.trim()).filter(Boolean);
    const title = profile === "acled" && titleParts.length === 2 ? `${titleParts[0]} in ${titleParts[1]}` : titleParts.join(" – ");
    const extra = [fatalities && cells[fatalities] && cells[fatalities] !== "0" ? `Fatalities: ${cells[fatalities]}.` : "", source && cells[source] ? `Source: ${cells[source]}.` : ""].filter(Boolean);
    const summary = [...values(cells, "description"), ...extra].filter((v) => v.trim()).join("\n");
    const id = builder.event({ title: title || (date ? `Event of ${date.start}` : ""), summary, date: date ?? undefined, actors: actorIds, themes: themeIds, urls: values(cells, "url") }, { ...origin, column: mapping.title?.join(" + ") });
    if (!id || !date) continue;
    countPairs(pairs, [...new Set(actorIds)], date);
  }
  for (const pair of pairs.values()) {
    builder.tie(
      {
        source: pair.source,
        target: pair.target,
        kind: "co-occurrence",
        weight: pair.count,
        span: { start: pair.firstIso, end: pair.lastIso },
        summary: `${pair.count} shared ${pair.count === 1 ? "event" : "events"}`,
      },
      { file },
    );
  }
}

// Event tables repeat their dates (ACLED: hundreds of events a day); each distinct text is read once.
const dateCache = new Map<string, ReturnType<typeof readDate>>();
function readCached(text: string | undefined): ReturnType<typeof readDate> {
  if (text === undefined) return null;
  let reading = dateCache.get(text);
  if (reading === undefined) {
    if (dateCache.size > 100_000) dateCache.clear();
    reading = readDate(text);
    dateCache.set(text, reading);
  }
  return reading;
}

/** The row's date range, null for an undated row, undefined when it has a problem (already reported). */
function readRowDate(builder: DatasetBuilder, origin: { file: string; row: number }, cells: Record<string, string>, mapping: ColumnMapping, precisionColumn?: string): DateValue | null | undefined {
  const dateColumn = mapping.date?.[0];
  const endColumn = mapping.end?.[0];
  const start = dateColumn ? readCached(cells[dateColumn]) : null;
  const end = endColumn ? readCached(cells[endColumn]) : null;
  let bad = false;
  if (isDateProblem(start)) {
    builder.problem({ ...origin, column: dateColumn }, start.problem);
    bad = true;
  }
  if (isDateProblem(end)) {
    builder.problem({ ...origin, column: endColumn }, end.problem);
    bad = true;
  }
  if (bad) return undefined;
  const s = start as ReadDate | null;
  const e = end as ReadDate | null;
  if (!s) {
    if (e) builder.problem({ ...origin, column: dateColumn }, "an end date without a start date");
    return e ? undefined : null;
  }
  // ACLED's time_precision: 1 = the day, 2 = within a week of it (kept as the day), 3 = within its month.
  const atLeast = precisionColumn && cells[precisionColumn]?.trim() === "3" ? "month" : "day";
  return dateValue(s, e, atLeast);
}

const rangeCache = new Map<string, { start: number; end: number }>();
function rangeCached(iso: string) {
  let range = rangeCache.get(iso);
  if (!range) {
    if (rangeCache.size > 100_000) rangeCache.clear();
    range = isoRange(iso);
    rangeCache.set(iso, range);
  }
  return range;
}

function countPairs(
  pairs: Map<string, Pair>,
  actors: string[],
  date: DateValue,
) {
  if (actors.length < 2) return;
  const range = rangeCached(date.start);
  const endRange = date.end ? rangeCached(date.end) : range;
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const [a, b] = actors[i]! < actors[j]! ? [actors[i]!, actors[j]!] : [actors[j]!, actors[i]!];
      const key = `${a}\u0000${b}`;
      const pair = pairs.get(key);
      if (!pair) {
        pairs.set(key, { source: a, target: b, count: 1, first: range.start, last: endRange.end, firstIso: date.start, lastIso: date.end ?? date.start });
        continue;
      }
      pair.count++;
      if (range.start < pair.first) {
        pair.first = range.start;
        pair.firstIso = date.start;
      }
      if (endRange.end > pair.last) {
        pair.last = endRange.end;
        pair.lastIso = date.end ?? date.start;
      }
    }
  }
}
