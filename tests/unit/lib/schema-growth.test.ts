import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/indexed";
import { formatProblem, parseDataset } from "@/lib/dataset/parse";
import { eventName } from "@/lib/timeline/eventName";
import { GENERIC_SHAPE, kindShape, kindsInUse, otherKindColor } from "@/lib/network/encoding";
import { rawFixture } from "../fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A minimal imported dataset: no source, no asOf, no themes, items without sources. */
function imported(): Json {
  return {
    id: "imported",
    title: "Imported",
    description: "",
    themes: [],
    actors: [
      { id: "a", name: "Alpha village", kind: "village" },
      { id: "b", name: "Beta", kind: "person" },
    ],
    events: [{ id: "e", title: "Founding", summary: "Founding", date: { start: "-0602", precision: "year" }, actors: ["a"], themes: [], status: "occurred", basis: "imported" }],
    ties: [{ id: "t", source: "a", target: "b", kind: "co-occurrence", directed: false, weight: 3, status: "occurred", basis: "imported", themes: [], summary: "Shared events" }],
    periods: [{ id: "archaic", label: "Archaic period", start: "-0800", end: "-0480" }],
  };
}

function problemsOf(raw: Json): string[] {
  const result = parseDataset(raw);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("the schema holds other people's data", () => {
  it("accepts an imported dataset: open kinds, weight, neutral default sentiment, periods, BCE dates, no source or asOf", () => {
    const result = parseDataset(imported());
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.dataset.ties[0]!.sentiment).toBe(0);
    expect(result.dataset.ties[0]!.weight).toBe(3);
    expect(result.dataset.events[0]!.sources).toEqual([]);
    const index = indexDataset(result.dataset);
    expect(index.asOf).toBeNull();
    expect(index.periods[0]!.start).toBeLessThan(index.periods[0]!.end);
    expect(index.extent.start).toBe(index.periods[0]!.start);
    // Names and labels read BCE years as people write them.
    expect(eventName(index.events[0]!)).toBe("Founding, 603 BCE");
  });

  it("still requires sources on article and context items", () => {
    const raw = rawFixture() as Json;
    delete raw.events[0].sources;
    expect(problemsOf(raw)).toContain("events[0].sources: needs at least one source");
  });

  it("checks periods: real dates, end after start, unique ids", () => {
    const raw = imported();
    raw.periods.push({ id: "archaic", label: "Again", start: "2024-02-30", end: "2024" }, { id: "backwards", label: "B", start: "2020", end: "2019" });
    const problems = problemsOf(raw);
    expect(problems).toContain('periods[1].id: duplicate period id "archaic"');
    expect(problems).toContain("periods[1].start: is not a real calendar date");
    expect(problems).toContain("periods[2].end: ends (2019) before it starts (2020)");
  });

  it("refuses a date beyond what a JavaScript Date holds, naming the path", () => {
    const raw = imported();
    raw.events[0].date.start = "-300000";
    expect(problems(raw)).toEqual([expect.stringMatching(/^events\[0\]\.date\.start: is outside the dates a browser can hold/)]);
  });

  it("is valid with no actors (a plain timeline) or no events (a plain network)", () => {
    const timeline = imported();
    timeline.actors = [];
    timeline.ties = [];
    timeline.events[0].actors = [];
    expect(problemsOf(timeline)).toEqual([]);
    const network = imported();
    network.events = [];
    network.periods = [];
    const result = parseDataset(network);
    expect(result.ok).toBe(true);
    if (result.ok) expect(indexDataset(result.dataset).extent).toEqual({ start: 0, end: 0 });
  });
});

describe("kinds in the legend", () => {
  it("keeps known kinds' shapes, gives others the generic shape and a categorical colour each, person its own", () => {
    const actors = [{ kind: "village" }, { kind: "state" }, { kind: "ship" }, { kind: "person" }, { kind: "village" }];
    const keys = kindsInUse(actors);
    expect(keys.map((k) => k.kind)).toEqual(["state", "person", "village", "ship"]);
    expect(kindShape("state")).toBe("circle");
    expect(kindShape("person")).not.toBe(GENERIC_SHAPE);
    expect(kindShape("village")).toBe(GENERIC_SHAPE);
    expect(otherKindColor("state", actors)).toBeUndefined();
    expect(otherKindColor("village", actors)).not.toBe(otherKindColor("ship", actors));
    expect(otherKindColor("village", actors)).toMatch(/^#[0-9A-F]{6}$/i);
  });
});

function problems(raw: Json) {
  return problemsOf(raw);
}
