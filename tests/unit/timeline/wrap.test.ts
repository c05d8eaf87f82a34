import { describe, expect, it } from "vitest";
import { balancedWrapWidth, wrapWidthMeasurer } from "@/lib/timeline/wrap";

const measure = (s: string) => s.length * 6;

describe("balancedWrapWidth", () => {
  it("finds the break that makes the longer line shortest", () => {
    // "aaaa bb cccc": breaking after "bb" gives 7 and 4 characters, after "aaaa" 4 and 7: both 42 px.
    expect(balancedWrapWidth("aaaa bb cccc", measure)).toBe(42);
    expect(balancedWrapWidth("Baku declines a US-hosted meeting with Armenia", measure)).toBe(measure("Baku declines a US-hosted"));
  });

  it("measures each word and the space, never the joined lines", () => {
    const seen: string[] = [];
    const width = balancedWrapWidth("Baku declines a US-hosted meeting with Armenia", (s) => (seen.push(s), measure(s)));
    expect(width).toBe(measure("Baku declines a US-hosted"));
    expect(seen.every((s) => s === " " || !s.includes(" "))).toBe(true);
    expect(seen).toHaveLength(8);
  });

  it("is 0 for a single word, which cannot wrap", () => {
    expect(balancedWrapWidth("Supercalifragilistic", measure)).toBe(0);
  });

  it("a greedy fill at that width needs two lines, never three", () => {
    for (const title of ["Trump won't rule out force over Greenland and Panama", "A Trump-brokered Armenia–Azerbaijan peace deal", "Gaza ceasefire takes effect"]) {
      const width = balancedWrapWidth(title, measure);
      let lines = 1;
      let line = "";
      for (const word of title.split(" ")) {
        const next = line ? `${line} ${word}` : word;
        if (measure(next) > width) {
          lines++;
          line = word;
        } else line = next;
      }
      expect(lines, title).toBe(2);
    }
  });

  it("pads and caches per title", () => {
    let calls = 0;
    const wrap = wrapWidthMeasurer((s) => (calls++, measure(s)), 3);
    expect(wrap("aaaa bb cccc")).toBe(45);
    const after = calls;
    expect(wrap("aaaa bb cccc")).toBe(45);
    expect(calls).toBe(after);
    expect(wrap("single")).toBe(0);
  });
});
