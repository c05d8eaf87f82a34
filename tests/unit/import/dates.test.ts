import { describe, expect, it } from "vitest";
import { readDate } from "@/lib/import/dates";

describe("readDate: month names", () => {
  it("reads a month by its first three letters in any case, in each of the written forms", () => {
    expect(readDate("7 January 2025")).toEqual({ iso: "2025-01-07", precision: "day" });
    expect(readDate("7-JAN-2025")).toEqual({ iso: "2025-01-07", precision: "day" });
    expect(readDate("07 Jan, 2025")).toEqual({ iso: "2025-01-07", precision: "day" });
    expect(readDate("Sept. 30, 2024")).toEqual({ iso: "2024-09-30", precision: "day" });
    expect(readDate("december 2024")).toEqual({ iso: "2024-12", precision: "month" });
    expect(readDate("May 2019")).toEqual({ iso: "2019-05", precision: "month" });
  });

  it("refuses a word that is no month, naming what it read", () => {
    expect(readDate("7 Janvier-ish 2025")).toMatchObject({ problem: expect.stringContaining("Janvier-ish") });
    // Only spaces, hyphens and a comma separate the month from the year.
    expect(readDate("7 Jan+2025")).toMatchObject({ problem: expect.any(String) });
    expect(readDate("Foo 2024")).toEqual({ problem: '"Foo 2024" is not a date this importer reads (use YYYY, YYYY-MM or YYYY-MM-DD)' });
  });
});
