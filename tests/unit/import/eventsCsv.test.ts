import { describe, expect, it } from "vitest";
import { suggestMapping, tableProfile } from "@/lib/import/formats/eventsCsv";
import { detectFile } from "@/lib/import";
import { imported, problems, sample } from "./helpers";

describe("event tables", () => {
  it("recognises ACLED: actors from all four columns (associated ones split on ;), event types as themes, weighted co-occurrence ties", () => {
    const file = sample("acled.csv");
    expect(detectFile(file)).toBe("events-csv");
    const d = imported([file]);
    expect(d.actors.map((a) => a.name)).toEqual(["Military Forces of Xland (2020-)", "Rebels of the North", "Militia of Y", "Militia of Z", "Protesters (Xland)"]);
    expect(d.themes.map((t) => t.label)).toEqual(["Battles", "Protests"]);
    expect(d.events[0]).toMatchObject({ title: "Armed clash in Northtown", date: { start: "2024-01-15", precision: "day" }, summary: "On 15 January 2024, forces clashed near Northtown.\nFatalities: 3.\nSource: Local Newspaper." });
    // time_precision 3: known to the month only.
    expect(d.events[1]!.date).toEqual({ start: "2024-01", precision: "month" });
    const tie = d.ties.find((t) => t.source === "military-forces-of-xland-2020" && t.target === "rebels-of-the-north")!;
    expect(tie).toMatchObject({ kind: "co-occurrence", weight: 2, span: { start: "2024-01-15", end: "2024-02-02" }, sentiment: 0, directed: false });
    expect(d.ties).toHaveLength(6);
  });

  it("recognises ICEWS (tab-separated): source and target actors, event text as theme", () => {
    const d = imported([sample("icews.tsv")]);
    expect(d.actors.map((a) => a.name)).toEqual(["Extremist (Russia)", "Boris Yeltsin", "Government (Bosnia)", "Citizen (Serbia)"]);
    expect(d.events[0]!.title).toBe("Extremist (Russia) – Praise or endorse – Boris Yeltsin");
    expect(d.ties.map((t) => t.weight)).toEqual([2, 1]);
  });

  it("maps a generic table from its headers: actors split on ; and |, BCE dates, ranges, urls as sources", () => {
    const d = imported([sample("generic.csv")]);
    expect(d.actors.map((a) => a.name)).toEqual(["Alice", "Bob", "Carol"]);
    expect(d.events[0]!.sources).toEqual([{ url: "https://example.org/talks" }]);
    expect(d.events[1]!.date).toEqual({ start: "2024-03", end: "2024-05", precision: "month" });
    expect(d.events[2]!.date).toEqual({ start: "-0602", precision: "year" });
    expect(d.ties.find((t) => t.source === "bob" && t.target === "carol")!.weight).toBe(2);
  });

  it("takes the person's mapping over the recognised one", () => {
    const text = "when,what,who\n2024-01-01,Meeting,A;B\n";
    expect(suggestMapping(["when", "what", "who"])).toMatchObject({ date: ["when"], actors: ["who"] });
    const d = imported([{ name: "m.csv", text }], { map: { title: ["what"], actors: ["who"] } });
    expect(d.events[0]!.title).toBe("Meeting");
    expect(tableProfile(["event_date", "event_type", "actor1"])).toBe("acled");
  });

  it("names a mapped column the file does not have", () => {
    expect(problems([{ name: "m.csv", text: "date,title\n2024,A\n" }], { map: { actors: ["people"] } })).toEqual(['m.csv:1:people: no column "people" for Actors (the columns are: date, title)']);
  });
});

describe("progress", () => {
  it("reports rows read every 10,000 rows", () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `2024-01-01,Event ${i}`).join("\n");
    const seen: [number, number][] = [];
    imported([{ name: "p.csv", text: `date,title\n${rows}\n` }], { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [9_999, 25_000],
      [19_999, 25_000],
    ]);
  });
});
