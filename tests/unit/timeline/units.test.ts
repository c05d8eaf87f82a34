import { describe, expect, it } from "vitest";
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import { BIN_UNITS, TICK_UNITS, chooseUnit, floorUnit, nextUnit, unitBoundaries, type CalendarUnit } from "@/lib/timeline/units";

const day = (iso: string) => parseIsoDay(iso)!;
const iso = (days: number[]) => days.map(toIsoDay);
const unit = (kind: CalendarUnit["kind"], step: number): CalendarUnit => ({ kind, step, approxDays: 1 });

describe("calendar units", () => {
  it("starts weeks on Monday", () => {
    expect(toIsoDay(floorUnit(day("2024-12-05"), unit("week", 1)))).toBe("2024-12-02");
    expect(toIsoDay(floorUnit(day("2024-12-02"), unit("week", 1)))).toBe("2024-12-02");
    expect(toIsoDay(floorUnit(day("2024-12-01"), unit("week", 1)))).toBe("2024-11-25");
  });

  it("floors to months, quarters and years by the calendar", () => {
    expect(toIsoDay(floorUnit(day("2024-12-05"), unit("month", 1)))).toBe("2024-12-01");
    expect(toIsoDay(floorUnit(day("2024-12-05"), unit("month", 3)))).toBe("2024-10-01");
    expect(toIsoDay(floorUnit(day("2024-02-29"), unit("month", 3)))).toBe("2024-01-01");
    expect(toIsoDay(floorUnit(day("2024-12-05"), unit("year", 1)))).toBe("2024-01-01");
    expect(toIsoDay(floorUnit(day("2024-12-05"), unit("year", 5)))).toBe("2020-01-01");
    expect(toIsoDay(floorUnit(day("1969-07-20"), unit("year", 10)))).toBe("1960-01-01");
  });

  it("steps to the next unit across month lengths and leap years", () => {
    expect(toIsoDay(nextUnit(day("2024-01-01"), unit("month", 1)))).toBe("2024-02-01");
    expect(toIsoDay(nextUnit(day("2024-02-01"), unit("month", 1)))).toBe("2024-03-01");
    expect(toIsoDay(nextUnit(day("2024-10-01"), unit("month", 3)))).toBe("2025-01-01");
    expect(toIsoDay(nextUnit(day("2024-01-01"), unit("year", 1)))).toBe("2025-01-01");
    expect(nextUnit(day("2024-01-01"), unit("year", 1)) - day("2024-01-01")).toBe(366);
  });

  it("lists boundaries that cover a range", () => {
    expect(iso(unitBoundaries(day("2024-10-15"), day("2025-01-01"), unit("month", 1)))).toEqual([
      "2024-10-01",
      "2024-11-01",
      "2024-12-01",
      "2025-01-01",
    ]);
    expect(iso(unitBoundaries(day("2024-10-15"), day("2025-01-02"), unit("month", 1))).at(-1)).toBe("2025-02-01");
  });

  it("chooses the finest unit that is wide enough", () => {
    expect(chooseUnit(20, 16, BIN_UNITS)).toMatchObject({ kind: "day", step: 1 });
    expect(chooseUnit(5, 16, BIN_UNITS)).toMatchObject({ kind: "week" });
    expect(chooseUnit(1, 16, BIN_UNITS)).toMatchObject({ kind: "month", step: 1 });
    expect(chooseUnit(0.1, 16, BIN_UNITS)).toMatchObject({ kind: "year", step: 1 });
    expect(chooseUnit(1e-9, 16, TICK_UNITS)).toBe(TICK_UNITS.at(-1));
  });
});
