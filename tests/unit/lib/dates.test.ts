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

  it("expands month and year precision to the days they cover", () => {
    const month = isoRange("2024-02");
    expect(toIsoDay(month.start)).toBe("2024-02-01");
    expect(toIsoDay(month.end)).toBe("2024-02-29");
    const year = isoRange("2025");
    expect(year.end - year.start).toBe(364);
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
