/**
 * TimelineJS 3 JSON: `events[]` with `start_date`/`end_date` as `{year, month, day, …}` (numbers or strings,
 * "" for absent), `text.headline`/`text.text` in HTML, `media.url`, `group`, `unique_id`, a `title` slide
 * and `eras[]`. Groups become themes, eras periods, the title slide the dataset's title and description.
 */
import { DatasetBuilder, type Origin } from "../builder";
import { dateValue, fromParts, type ReadDate } from "../dates";
import { htmlToText, plain } from "../text";
import { readJsonWithList } from "../jsonFile";
import type { ImportFile } from "../types";

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** A TimelineJS date part: a number, a numeric string, or absent ("" / missing). */
function part(value: unknown): number | null | "bad" {
  if (value === undefined || value === null || value === "") return null;
  const n = typeof value === "number" ? value : Number(String(value).trim());
  return Number.isInteger(n) ? n : "bad";
}

/**
 * A TimelineJS date object. Negative years are read as years BCE as a person types them (-602 = 602 BCE),
 * which ISO writes as -0601; the time of day is dropped.
 */
export function timelineDate(value: unknown, origin: Origin, builder: DatasetBuilder): ReadDate | null | undefined {
  if (value === undefined || value === null || value === "") return null;
  if (!isObject(value)) {
    builder.problem(origin, "must be an object with year, month and day");
    return undefined;
  }
  const year = part(value.year);
  const month = part(value.month);
  const day = part(value.day);
  if (year === null) {
    builder.problem({ ...origin, column: `${origin.column}.year` }, "a date needs a year");
    return undefined;
  }
  for (const [key, v] of [["year", year], ["month", month], ["day", day]] as const) {
    if (v === "bad") {
      builder.problem({ ...origin, column: `${origin.column}.${key}` }, `"${str(value[key])}" is not a whole number`);
      return undefined;
    }
  }
  const read = fromParts((year as number) < 0 ? (year as number) + 1 : (year as number), month as number | null, month === null ? null : (day as number | null));
  if ("problem" in read) {
    builder.problem(origin, read.problem);
    return undefined;
  }
  return read;
}

/** Reads a TimelineJS 3 JSON file. */
export function importTimelineJs(files: ImportFile[]) {
  const file = files[0]!;
  const builder = new DatasetBuilder(file.name);
  const fallbackTitle = file.name.replace(/\.[^.]+$/, "");
  const json = readJsonWithList(file, builder, "events", "a TimelineJS file needs an events list");
  if (!json) return { builder, fallbackTitle };
  if (isObject(json.title) && isObject(json.title.text)) {
    builder.title = plain(str(json.title.text.headline));
    builder.description = htmlToText(str(json.title.text.text)).text;
  }
  const seenIds = new Map<string, number>();
  json.events.forEach((raw, index) => {
    const at = (field: string): Origin => ({ file: file.name, column: `events[${index}].${field}` });
    if (!isObject(raw)) {
      builder.problem(at("").column ? { file: file.name, column: `events[${index}]` } : at(""), "an event must be an object");
      return;
    }
    const uniqueId = str(raw.unique_id).trim();
    if (uniqueId) {
      if (seenIds.has(uniqueId)) builder.problem(at("unique_id"), `duplicate unique_id "${uniqueId}" (also events[${seenIds.get(uniqueId)}])`);
      else seenIds.set(uniqueId, index);
    }
    const start = timelineDate(raw.start_date, at("start_date"), builder);
    const end = timelineDate(raw.end_date, at("end_date"), builder);
    if (start === undefined || end === undefined) return;
    if (!start) {
      builder.problem(at("start_date"), "an event needs a start_date");
      return;
    }
    const text = isObject(raw.text) ? raw.text : {};
    const media = isObject(raw.media) ? raw.media : {};
    const theme = builder.theme(str(raw.group));
    builder.event(
      {
        title: str(text.headline) || str(media.caption) || `Event ${index + 1}`,
        summary: str(text.text),
        date: dateValue(start, end),
        actors: [],
        themes: theme ? [theme] : [],
        urls: [str(media.url), str(media.link)],
        idHint: uniqueId,
      },
      at("text.headline"),
    );
  });
  (Array.isArray(json.eras) ? json.eras : []).forEach((raw, index) => {
    const at = (field: string): Origin => ({ file: file.name, column: `eras[${index}].${field}` });
    if (!isObject(raw)) return;
    const start = timelineDate(raw.start_date, at("start_date"), builder);
    const end = timelineDate(raw.end_date, at("end_date"), builder);
    if (start === undefined || end === undefined) return;
    if (!start || !end) {
      builder.problem(at(start ? "end_date" : "start_date"), "an era needs a start_date and an end_date");
      return;
    }
    builder.period(str(isObject(raw.text) ? raw.text.headline : "") || `Era ${index + 1}`, start.iso, end.iso, at("text.headline"));
  });
  return { builder, fallbackTitle };
}
