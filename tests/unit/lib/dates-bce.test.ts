import { describe, expect, it } from "vitest";
import { isoDateProblem } from "@/lib/dateProblem";
import { addMonthsToDay, formatIso, formatRange, formatDayShort, isoRange, parseIsoDay, precisionOf, toIsoDay } from "@/lib/dates";
import { tickLabel } from "@/lib/timeline/ticks";

describe("years before 1 CE", () => {
  it("reads ISO expanded years at year, month and day precision", () => {
    expect(precisionOf("-0602")).toBe("year");
    expect(precisionOf("-0602-03")).toBe("month");
    expect(precisionOf("-5410-02-28")).toBe("day");
    expect(isoRange("-0602").start).toBeLessThan(isoRange("0001").start);
  });

  it("labels them BCE with no year zero (ISO 0 is 1 BCE, -602 is 603 BCE)", () => {
    expect(formatIso("-0602")).toBe("603 BCE");
    expect(formatIso("0000")).toBe("1 BCE");
    expect(formatIso("0001")).toBe("1");
    expect(formatIso("-0043-03-15")).toBe("15 March 44 BCE");
    expect(formatRange("-0753", "0476")).toBe("754 BCE – 476");
    expect(formatDayShort(parseIsoDay("-0043-03-15")!)).toBe("15 Mar 44 BCE");
    expect(tickLabel(isoRange("-0602").start, { kind: "year", step: 1 } as never, true)).toBe("603 BCE");
  });

  it("round-trips days before year 1 and in years 1–99 (not read as 19xx)", () => {
    for (const iso of ["-0602-03-01", "0000-02-29", "0044-07-04", "-5410-12-31"]) expect(toIsoDay(parseIsoDay(iso)!)).toBe(iso);
    expect(toIsoDay(addMonthsToDay(parseIsoDay("0050-01-31")!, 1))).toBe("0050-02-28");
  });

  it("refuses dates outside what a JavaScript Date holds, and impossible days, with a clear message", () => {
    expect(isoDateProblem("-300000")).toMatch(/outside the dates a browser can hold \(271821 BCE to 275759\)/);
    expect(isoDateProblem("+300000-01-01")).toMatch(/outside the dates/);
    expect(precisionOf("-300000")).toBeNull();
    expect(isoDateProblem("2024-02-30")).toBe("is not a real calendar date");
    expect(isoDateProblem("30/02/2024")).toMatch(/must be a date as YYYY/);
    expect(isoDateProblem("-0604-02-29")).toBeNull(); // proleptic Gregorian: -604 is a leap year
    expect(isoDateProblem("-0602-02-29")).toBe("is not a real calendar date");
  });
});
