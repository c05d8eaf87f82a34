import { describe, expect, it } from "vitest";
import { addMonthsKeepingEnd, addMonthsToDay, formatIso, isoRange, parseIsoDay, toIsoDay } from "@/lib/dates";

// Runs in each of vitest.config.mts's three zones. Kiritimati skipped 31 December 1994 entirely (it moved
// from UTC−10 to UTC+14), and Los Angeles has DST nights with a missing or doubled hour: calendar days
// that a local Date cannot represent, or represents twice. A day-precision date must never move by a day.
const day = (iso: string) => parseIsoDay(iso)!;
const months = (iso: string, n: number) => toIsoDay(addMonthsToDay(day(iso), n));
const monthsKeepingEnd = (iso: string, n: number) => toIsoDay(addMonthsKeepingEnd(day(iso), n));

describe(`dates in ${process.env.TZ}`, () => {
  it("a day round-trips through epoch days, across DST changes and the day Kiritimati skipped", () => {
    for (const iso of ["1994-12-30", "1994-12-31", "1995-01-01", "2024-03-10", "2024-11-03", "2011-12-30", "1900-01-01", "0001-01-01", "2024-02-29"]) {
      expect(toIsoDay(day(iso))).toBe(iso);
      expect(isoRange(iso)).toEqual({ start: day(iso), end: day(iso) });
    }
    expect(formatIso("1994-12-31")).toBe("31 December 1994");
  });

  it("month steps land on the same calendar day, even a day that did not exist locally", () => {
    expect(months("1994-11-30", 1)).toBe("1994-12-30");
    expect(months("1994-10-31", 2)).toBe("1994-12-31");
    expect(months("1995-01-31", -1)).toBe("1994-12-31");
    expect(months("2024-02-10", 1)).toBe("2024-03-10");
    expect(months("2024-10-03", 1)).toBe("2024-11-03");
    expect(months("2024-01-31", 1)).toBe("2024-02-29");
    expect(months("2024-12-15", -12)).toBe("2023-12-15");
    expect(months("2024-05-15", 25)).toBe("2026-06-15");
  });

  it("a month's last day stays the last day, including 31 December 1994", () => {
    expect(monthsKeepingEnd("1994-11-30", 1)).toBe("1994-12-31");
    expect(monthsKeepingEnd("1995-01-31", -1)).toBe("1994-12-31");
    expect(monthsKeepingEnd("2024-02-29", 1)).toBe("2024-03-31");
    expect(monthsKeepingEnd("2024-12-31", -1)).toBe("2024-11-30");
    expect(monthsKeepingEnd("2024-03-10", 1)).toBe("2024-04-10");
  });
});
