/**
 * CSV text for spreadsheets: RFC 4180 quoting (by d3-dsv), CRLF line ends, a UTF-8 byte order mark so Excel
 * reads "Türkiye" as UTF-8, and text cells that a spreadsheet would run as a formula neutralised.
 */
import { csvFormatRow } from "d3-dsv";

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

/** A whole CSV file: the BOM, the header row, then one row per item, CRLF between rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [csvFormatRow(header.map(neutralise))];
  for (const row of rows) lines.push(csvFormatRow(row.map(cellText)));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** One column of a table: its header and how to read a row's cell. */
export interface Column<T> {
  header: string;
  value: (item: T) => Cell;
  /** Left out when no item has a value (fields only some datasets carry, such as a tie's weight). */
  optional?: boolean;
}

/** CSV of items through columns; optional columns appear only when some item fills them. */
export function tableCsv<T>(columns: readonly Column<T>[], items: readonly T[]): string {
  const used = columns.filter((c) => !c.optional || items.some((item) => { const v = c.value(item); return v !== null && v !== undefined && v !== ""; }));
  return toCsv(
    used.map((c) => c.header),
    items.map((item) => used.map((c) => c.value(item))),
  );
}
