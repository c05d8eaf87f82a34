/**
 * The TimelineJS spreadsheet template saved as CSV: `Year, Month, Day, Time, End Year, End Month, End Day,
 * End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background`. `Type` = `title` gives the dataset's title and description, `era` a period.
 */
import { DatasetBuilder, type Origin } from "../builder";
import { dateValue, fromParts, type ReadDate } from "../dates";
import { htmlToText, plain } from "../text";
import { findColumn, parseTable } from "../table";
import type { ImportFile } from "../types";

function datePart(builder: DatasetBuilder, origin: Origin, cells: Record<string, string>, year?: string, month?: string, day?: string): ReadDate | null | undefined {
  const read = (column?: string): number | null | "bad" => {
    const text = column ? (cells[column] ?? "").trim() : "";
    if (!text) return null;
    const n = Number(text);
    return Number.isInteger(n) ? n : "bad";
  };
  const y = read(year);
  const m = read(month);
  const d = read(day);
  for (const [column, v] of [[year, y], [month, m], [day, d]] as const) {
    if (v === "bad") {
      builder.problem({ ...origin, column }, `"${cells[column!]}" is not a whole number`);
      return undefined;
    }
  }
  if (y === null) return null;
  // Negative years as people type them: -602 is 602 BCE (ISO -0601).
  const result = fromParts((y as number) < 0 ? (y as number) + 1 : (y as number), m as number | null, m === null ? null : (d as number | null));
  if ("problem" in result) {
    builder.problem({ ...origin, column: year }, result.problem);
    return undefined;
  }
  return result;
}

/** Reads the TimelineJS template as CSV. */
export function importTimelineJsCsv(files: ImportFile[]) {
  const file = files[0]!;
  const builder = new DatasetBuilder(file.name);
  const fallbackTitle = file.name.replace(/\.[^.]+$/, "");
  const { table, problems } = parseTable(file.name, file.text);
  problems.forEach((p) => builder.problem(p, p.message));
  if (builder.failed) return { builder, fallbackTitle };
  const col = (name: string) => findColumn(table.header, name);
  const [year, month, day, endYear, endMonth, endDay] = ["Year", "Month", "Day", "End Year", "End Month", "End Day"].map(col);
  const [headline, text, media, caption, type, group] = ["Headline", "Text", "Media", "Media Caption", "Type", "Group"].map(col);
  if (!year || !headline) {
    builder.problem({ file: file.name, row: 1 }, "the TimelineJS template needs Year and Headline columns");
    return { builder, fallbackTitle };
  }
  for (const { row, cells } of table.rows) {
    const origin = { file: file.name, row };
    const kind = (type ? cells[type] ?? "" : "").trim().toLowerCase();
    if (kind === "title") {
      builder.title = plain(cells[headline]);
      builder.description = htmlToText(text ? cells[text] : "").text;
      continue;
    }
    const start = datePart(builder, origin, cells, year, month, day);
    const end = datePart(builder, origin, cells, endYear, endMonth, endDay);
    if (start === undefined || end === undefined) continue;
    if (!start) {
      builder.problem({ ...origin, column: year }, kind === "era" ? "an era needs a Year" : "an event needs a Year");
      continue;
    }
    if (kind === "era") {
      if (!end) builder.problem({ ...origin, column: endYear ?? "End Year" }, "an era needs an End Year");
      else builder.period(cells[headline] ?? "", start.iso, end.iso, { ...origin, column: headline });
      continue;
    }
    const theme = group ? builder.theme(cells[group] ?? "") : null;
    builder.event(
      {
        title: cells[headline] || (caption ? cells[caption] : "") || `Row ${row}`,
        summary: text ? cells[text] : "",
        date: dateValue(start, end),
        actors: [],
        themes: theme ? [theme] : [],
        urls: [media ? cells[media] : ""],
      },
      { ...origin, column: headline },
    );
  }
  return { builder, fallbackTitle };
}
