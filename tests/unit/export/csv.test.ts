import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, csvParts, neutralise, tableCsv, toCsv } from "@/lib/export/csv";

/** The rows of a CSV file as a spreadsheet would split them (BOM removed). */
function rows(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(text.slice(BOM.length).replace(/\r\n$/, ""), { newline: "\r\n" }).data;
}

describe("CSV writer", () => {
  it("starts with a UTF-8 byte order mark and ends rows with CRLF", () => {
    const text = toCsv(["name"], [["Türkiye"], ["Azerbaijan"]]);
    expect(text).toBe(`${BOM}name\r\nTürkiye\r\nAzerbaijan\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes commas, quotes and line breaks so each cell comes back whole", () => {
    const cells = ['a, b', 'say "hi"', "two\nlines", "cr\rinside"];
    const parsed = rows(toCsv(["a", "b", "c", "d"], [cells]));
    expect(parsed[1]).toEqual(cells);
  });

  it.each(["=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tx", "\rx"])("neutralises a text cell starting like a formula: %j", (cell) => {
    const parsed = rows(toCsv(["x"], [[cell]]));
    expect(parsed[1]![0]).toBe(`'${cell}`);
  });

  it("leaves ordinary text, numbers (also negative) and empty cells as they are", () => {
    expect(neutralise("Baku = capital")).toBe("Baku = capital");
    const parsed = rows(toCsv(["a", "b", "c", "d", "e"], [["plain", -2, 0, null, true]]));
    expect(parsed[1]).toEqual(["plain", "-2", "0", "", "true"]);
  });

  it("leaves out an optional column no item fills, and keeps it when one does", () => {
    const columns = [
      { header: "id", value: (t: { id: string; weight?: number }) => t.id },
      { header: "weight", value: (t: { id: string; weight?: number }) => t.weight, optional: true },
    ];
    expect(rows(tableCsv(columns, [{ id: "a" }]))[0]).toEqual(["id"]);
    expect(rows(tableCsv(columns, [{ id: "a" }, { id: "b", weight: 3 }]))).toEqual([["id", "weight"], ["a", ""], ["b", "3"]]);
  });

  it("writes a long table in parts that join into the same file, the BOM and header in the first part only", () => {
    const rows = Array.from({ length: 4500 }, (_, i) => [`row ${i}`, i]);
    const parts = [...csvParts(["name", "n"], rows, 2000)];
    expect(parts).toHaveLength(3);
    expect(parts.join("")).toBe(toCsv(["name", "n"], rows));
    expect(parts.slice(1).every((p) => !p.includes(BOM) && !p.startsWith("name,n"))).toBe(true);
    expect(parts.every((p) => p.endsWith("\r\n"))).toBe(true);
  });
});
