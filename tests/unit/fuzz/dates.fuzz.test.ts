import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIso, formatRange, isoRange, parseIsoDay, parseIsoParts, precisionOf, toIsoDay } from "@/lib/dates";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const validDay = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A date string with one character changed, inserted or removed. */
const mutatedDay = fc.tuple(validDay, fc.nat(), fc.constantFrom("0", "9", "-", "1", " ", "", "x", "٣", "00")).map(([text, at, ch]) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + ch + text.slice(i + (at % 2));
});

const anyDateText = fc.oneof(validDay, mutatedDay, fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }),
  fc.tuple(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`));

describe("the date parser under random and mutated input", () => {
  it("never throws except isoRange, which throws exactly when the text is no ISO date", () => {
    fc.assert(
      fc.property(anyDateText, (text) => {
        const parts = parseIsoParts(text);
        expect(precisionOf(text)).toBe(parts?.precision ?? null);
        expect(typeof formatIso(text)).toBe("string");
        expect(typeof formatRange(text, text)).toBe("string");
        if (parts) expect(isoRange(text).start).toBeLessThanOrEqual(isoRange(text).end);
        else expect(() => isoRange(text)).toThrow(RangeError);
      }),
      { numRuns: 2000 },
    );
  });

  it("a day it accepts is a real calendar day that round-trips exactly; one it rejects is not", () => {
    fc.assert(
      fc.property(anyDateText, (text) => {
        const day = parseIsoDay(text);
        if (day === null) {
          // Rejected: not YYYY-MM-DD, or no such day (the UTC calendar disagrees with its fields).
          const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
          if (m) {
            const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
            const d = new Date(0);
            d.setUTCFullYear(year, month - 1, date);
            // The UTC calendar rolls an impossible day over into another month (or the month is out of range).
            expect(month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date).toBe(true);
          }
        } else {
          expect(toIsoDay(day)).toBe(text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
