/**
 * CSV text for spreadsheets: RFC 4180 quoting (by papaparse, which also reads imported tables), CRLF line ends, a UTF-8 byte order mark so Excel
 * reads "Türkiye" as UTF-8, and text cells that a spreadsheet would run as a formula neutralised.
 */
import Papa from "papaparse";

/** A cell: text, a number, or empty. Numbers are written as they are (a number cannot carry a formula). */
export type Cell = string | number | boolean | null | undefined;

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = "\uFEFF";

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: one that starts like a formula gets a leading apostrophe,
 * which spreadsheets show as text and do not evaluate.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return neutralise(cell);
}

/** One row of CSV text (no line end): quoted where a cell holds a comma, a quote or a line break. */
function csvRow(cells: readonly string[]): string {
  return Papa.unparse([cells as string[]], { newline: "\r\n" });
}

/** Rows written per part: a part is a few milliseconds of work, so the page can breathe between parts. */
export const ROWS_PER_PART = 2000;

/**
 * A CSV file in parts (the first holds the BOM and the header row), each ending with CRLF. Joined, or handed
 * to a Blob as they are, they make the file; a caller can yield to the browser between parts.
 */
export function* csvParts(header: readonly string[], rows: Iterable<readonly Cell[]>, perPart = ROWS_PER_PART): Generator<string> {
  let lines = [`${BOM}${csvRow(header.map(neutralise))}`];
  for (const row of rows) {
    lines.push(csvRow(row.map(cellText)));
    if (lines.length >= perPart) {
      yield `${lines.join("\r\n")}\r\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join("\r\n")}\r\n`;
}

/** A whole CSV file: the BOM, the header row, then one row per item, CRLF between rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  return [...csvParts(header, rows)].join("");
}

/** One column of a table: its header and how to read a row's cell. */
export interface Column<T> {
  header: string;
  value: (item: T) => Cell;
  /** Left out when no item has a value (fields only some datasets carry, such as a tie's weight). */
  optional?: boolean;
}

function filled(value: Cell): boolean {
  return value !== null && value !== undefined && value !== "";
}

/** CSV of items through columns, in parts; optional columns appear only when some item fills them. */
export function* tableCsvParts<T>(columns: readonly Column<T>[], items: readonly T[], perPart = ROWS_PER_PART): Generator<string> {
  const used = columns.filter((c) => !c.optional || items.some((item) => filled(c.value(item))));
  function* rows() {
    for (const item of items) yield used.map((c) => c.value(item));
  }
  yield* csvParts(
    used.map((c) => c.header),
    rows(),
    perPart,
  );
}

/** CSV of items through columns, as one string. */
export function tableCsv<T>(columns: readonly Column<T>[], items: readonly T[]): string {
  return [...tableCsvParts(columns, items)].join("");
}
