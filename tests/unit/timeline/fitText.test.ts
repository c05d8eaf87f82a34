import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ellipsize, twoLines } from "@/lib/timeline/fitText";

/** A monospaced font: 6 px a character. */
const measure = (text: string) => text.length * 6;

describe("ellipsize", () => {
  it("keeps a title that fits", () => {
    expect(ellipsize("Kazan summit", 72, measure)).toBe("Kazan summit");
  });

  it("cuts a title that does not fit to its longest start that fits with an ellipsis, without a trailing space", () => {
    // 10 characters fit in 60 px: nine of the title and the ellipsis (as CSS, mid-word); a space before the
    // ellipsis is dropped.
    expect(ellipsize("Azerbaijan formally applies", 60, measure)).toBe("Azerbaija…");
    expect(ellipsize("Kazan names partners", 60, measure)).toBe("Kazan nam…");
    expect(ellipsize("Kazan is here", 42, measure)).toBe("Kazan…");
  });

  it("gives the ellipsis alone when not even one character fits beside it", () => {
    expect(ellipsize("Kazan", 8, measure)).toBe("…");
  });
});

describe("twoLines", () => {
  it("gives one line when the title fits", () => {
    expect(twoLines("BRICS summit in Kazan", 200, measure)).toEqual(["BRICS summit in Kazan"]);
  });

  it("breaks after the last word that fits, and cuts the second line with an ellipsis when it overflows", () => {
    expect(twoLines("Azerbaijan formally applies to join BRICS", 120, measure)).toEqual(["Azerbaijan formally", "applies to join BRI…"]);
    expect(twoLines("Azerbaijan formally applies to join", 120, measure)).toEqual(["Azerbaijan formally", "applies to join"]);
  });

  it("breaks a word longer than the line where it overflows", () => {
    expect(twoLines("Supercalifragilistic expialidocious", 60, measure)).toEqual(["Supercalif", "ragilisti…"]);
  });

  it("never draws a line wider than the label, and keeps the title's words in order", () => {
    const word = fc.stringMatching(/^[A-Za-z']{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 12, max: 400 }), (words, width) => {
        const title = words.join(" ");
        const lines = twoLines(title, width, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        const shown = lines.join(" ").replace(/…$/, "");
        expect(title.replace(/ /g, "").startsWith(shown.replace(/ /g, ""))).toBe(true);
        if (!lines.some((l) => l.endsWith("…"))) expect(shown.replace(/ /g, "")).toBe(title.replace(/ /g, ""));
      }),
    );
  });
});
