import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import { DATE_SCORES, dateScore, parseDateQuery } from "@/lib/searchDates";

const q = (raw: string) => parseDateQuery(raw, raw.toLowerCase().split(/\s+/).filter(Boolean));
const day = (iso: string) => parseIsoDay(iso)!;

describe("parseDateQuery", () => {
  it("reads days and months as people type them", () => {
    expect(q("7 January")).toEqual({ month: 1, day: 7, year: undefined });
    expect(q("January 7th")).toEqual({ month: 1, day: 7, year: undefined });
    expect(q("Jan 2025")).toEqual({ month: 1, day: undefined, year: 2025 });
    expect(q("sept")).toEqual({ month: 9, day: undefined, year: undefined });
    expect(q("2025-01-07")).toEqual({ month: 1, day: 7, year: 2025 });
    expect(q("2025-01")).toEqual({ month: 1, day: undefined, year: 2025 });
  });

  it("is null for anything that is not only a date", () => {
    for (const text of ["trump 2025", "2025", "ja", "32 January", "2025-13", "Malta", "7 January 2025 summit"]) expect(q(text), text).toBeNull();
  });
});

describe("dateScore", () => {
  it("ranks an event starting on the day above a short one covering it, above a long one running through it", () => {
    const jan7 = q("7 January 2025")!;
    expect(dateScore(jan7, day("2025-01-07"), day("2025-01-07"))).toBe(DATE_SCORES.starts);
    expect(dateScore(jan7, day("2025-01-01"), day("2025-01-31"))).toBe(DATE_SCORES.covers);
    expect(dateScore(jan7, day("2021-01-20"), day("2029-01-20"))).toBe(DATE_SCORES.within);
    expect(dateScore(jan7, day("2025-01-08"), day("2025-01-09"))).toBe(0);
    expect(dateScore(jan7, -Infinity, Infinity)).toBe(0);
  });

  it("without a year, matches the day in any year of the event", () => {
    expect(dateScore(q("7 January")!, day("2019-01-07"), day("2019-01-07"))).toBe(DATE_SCORES.starts);
    expect(dateScore(q("December")!, day("2024-12-31"), day("2024-12-31"))).toBe(DATE_SCORES.starts);
  });
});
