import { describe, expect, it } from "vitest";
import {
  MONTH_NAMES,
  MONTH_SHORT_NAMES,
  addMonthsToDay,
  formatDayShort,
  formatIso,
  formatRange,
  isoRange,
  parseIsoDay,
  precisionOf,
  toIsoDay,
} from "@/lib/dates";

describe("dates", () => {
  it("reads the precision a string carries and rejects impossible dates", () => {
    expect(precisionOf("2024-12-05")).toBe("day");
    expect(precisionOf("2024-12")).toBe("month");
    expect(precisionOf("2024")).toBe("year");
    expect(precisionOf("2025-02-29")).toBeNull();
    expect(precisionOf("2024-02-29")).toBe("day");
    expect(precisionOf("2024-13")).toBeNull();
    expect(precisionOf("5 Dec 2024")).toBeNull();
  });

  it("round-trips days without time-zone shifts", () => {
    const day = parseIsoDay("2024-12-05")!;
    expect(toIsoDay(day)).toBe("2024-12-05");
    expect(toIsoDay(parseIsoDay("1970-01-01")!)).toBe("1970-01-01");
    expect(parseIsoDay("2024-12")).toBeNull();
  });

  it("counts whole days since 1970-01-01", () => {
    expect(parseIsoDay("1970-01-01")).toBe(0);
    expect(parseIsoDay("1970-01-02")).toBe(1);
    expect(parseIsoDay("1969-12-31")).toBe(-1);
    expect(parseIsoDay("2000-01-01")).toBe(10_957);
    expect(parseIsoDay("2024-12-31")).toBe(20_088);
    expect(parseIsoDay("2025-01-07")).toBe(20_095);
    // The turn of the year is seven days, not "later" by some amount.
    expect(parseIsoDay("2025-01-07")! - parseIsoDay("2024-12-31")!).toBe(7);
  });

  it("follows the leap-year rules: every fourth year, not centuries, but every fourth century", () => {
    const gap = (a: string, b: string) => parseIsoDay(b)! - parseIsoDay(a)!;
    expect(gap("2024-02-28", "2024-03-01")).toBe(2);
    expect(gap("2023-02-28", "2023-03-01")).toBe(1);
    expect(gap("1900-02-28", "1900-03-01")).toBe(1);
    expect(gap("2000-02-28", "2000-03-01")).toBe(2);
    expect(gap("2024-01-01", "2025-01-01")).toBe(366);
    expect(gap("2025-01-01", "2026-01-01")).toBe(365);
  });

  it("expands month and year precision to the exact first and last day they cover", () => {
    expect(isoRange("2024-02")).toEqual({ start: 19_754, end: 19_782 });
    expect(isoRange("2023-02")).toEqual({ start: 19_389, end: 19_416 });
    expect(isoRange("2024-12")).toEqual({ start: 20_058, end: 20_088 });
    expect(isoRange("2024")).toEqual({ start: 19_723, end: 20_088 });
    expect(isoRange("2025")).toEqual({ start: 20_089, end: 20_453 });
    expect(isoRange("2024-12-05")).toEqual({ start: 20_062, end: 20_062 });
    expect(toIsoDay(isoRange("2024-02").end)).toBe("2024-02-29");
    expect(() => isoRange("2024-13")).toThrow('not an ISO date: "2024-13"');
  });

  it("formats at the date's own precision", () => {
    expect(formatIso("2024-12-05")).toBe("5 December 2024");
    expect(formatIso("2024-12")).toBe("December 2024");
    expect(formatIso("2024")).toBe("2024");
    expect(formatRange("2024-12-05", "2024-12-06")).toBe("5–6 December 2024");
    expect(formatRange("2025", "2029")).toBe("2025 – 2029");
    expect(formatDayShort(parseIsoDay("2024-09-05")!)).toBe("5 Sep 2024");
  });

  it("keeps one month list, with the short names as the first three letters of the full ones", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe("January");
    expect(MONTH_NAMES[11]).toBe("December");
    expect(MONTH_SHORT_NAMES).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
  });

  it("keeps years below 100 as written", () => {
    expect(toIsoDay(parseIsoDay("0050-03-01")!)).toBe("0050-03-01");
    expect(precisionOf("0004-02-29")).toBe("day");
  });

  it("adds calendar months, clamping to the month's end", () => {
    expect(toIsoDay(addMonthsToDay(parseIsoDay("2025-01-31")!, 1))).toBe("2025-02-28");
    expect(toIsoDay(addMonthsToDay(parseIsoDay("2025-03-15")!, -1))).toBe("2025-02-15");
  });
});
