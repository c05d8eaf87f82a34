import { describe, expect, it } from "vitest";
import { detectFile } from "@/lib/import";
import { imported, problems, sample } from "./helpers";

describe("TimelineJS 3 JSON", () => {
  it("reads events, groups as themes, eras as periods, the title slide, links and media as sources", () => {
    const file = sample("timeline.json");
    expect(detectFile(file)).toBe("timelinejs");
    const d = imported([file]);
    expect(d.title).toBe("Whitney Houston 1963 - 2012");
    expect(d.description).toBe("Houston's voice caught the imagination of the world propelling her to superstardom.");
    expect(d.events.map((e) => e.title)).toEqual(["Super Bowl anthem", "First album", "Death in Beverly Hills", "A date before the common era"]);
    const anthem = d.events[0]!;
    expect(anthem.id).toBe("super-bowl");
    expect(anthem.date).toEqual({ start: "1991-01-27", precision: "day" });
    expect(anthem.summary).toBe("Houston sings the anthem at Super Bowl XXV .");
    expect(anthem.sources.map((s) => s.url)).toEqual(["https://youtu.be/m3-hY-hlhBg", "https://en.wikipedia.org/wiki/The_Star-Spangled_Banner"]);
    expect(anthem.basis).toBe("imported");
    // "" means absent; a range is stored at the coarser of its two precisions.
    expect(d.events[1]!.date).toEqual({ start: "1985", end: "1986", precision: "year" });
    expect(d.events[2]!.date).toEqual({ start: "2012-02-11", precision: "day" });
    // -602 as typed in TimelineJS is 602 BCE, ISO year -0601.
    expect(d.events[3]!.date).toEqual({ start: "-0601", precision: "year" });
    expect(d.themes.map((t) => t.label)).toEqual(["Performances", "Albums"]);
    expect(d.periods).toEqual([
      { id: "early-years", label: "Early years", start: "1963", end: "1984" },
      { id: "stardom", label: "Stardom", start: "1985", end: "2012" },
    ]);
    expect(d.actors).toEqual([]);
  });

  it("names the field of an impossible date and of a duplicate unique_id", () => {
    const text = JSON.stringify({
      events: [
        { start_date: { year: 2024, month: 2, day: 30 }, text: { headline: "Bad day" }, unique_id: "a" },
        { start_date: { year: "twenty" }, text: { headline: "Bad year" }, unique_id: "a" },
      ],
    });
    expect(problems([{ name: "t.json", text }], { format: "timelinejs" })).toEqual([
      't.json:-:events[0].start_date: "2024-02-30" is not a real calendar date',
      't.json:-:events[1].unique_id: duplicate unique_id "a" (also events[0])',
      't.json:-:events[1].start_date.year: "twenty" is not a whole number',
    ]);
  });
});

describe("TimelineJS spreadsheet template as CSV", () => {
  it("reads the title row, eras, events with quoted multi-line cells, media and links as sources", () => {
    const file = sample("timeline.csv");
    expect(detectFile(file)).toBe("timelinejs-csv");
    const d = imported([file]);
    expect(d.title).toBe("Whitney Houston");
    expect(d.description).toBe("A life in music.");
    expect(d.periods).toEqual([{ id: "early-years", label: "Early years", start: "1963", end: "1984" }]);
    expect(d.events.map((e) => e.title)).toEqual(["Super Bowl anthem", "First album", "Death"]);
    expect(d.events[0]!.sources.map((s) => s.url)).toEqual(["https://youtu.be/m3-hY-hlhBg", "https://example.org/anthem"]);
    expect(d.events[1]!.summary).toBe("Two lines,\none cell");
    expect(d.events[1]!.date).toEqual({ start: "1985", end: "1986", precision: "year" });
    expect(d.themes.map((t) => t.label)).toEqual(["Performances", "Albums"]);
  });

  it("gives the row (header = 1) and column of a bad date", () => {
    const text = "Year,Month,Day,Headline\n2024,1,5,Fine\n2024,2,30,Leap nonsense\n";
    expect(problems([{ name: "tl.csv", text }], { format: "timelinejs-csv" })).toEqual(['tl.csv:3:Year: "2024-02-30" is not a real calendar date']);
  });
});
