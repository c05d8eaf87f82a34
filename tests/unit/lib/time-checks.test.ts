// The two dataset rules about time (lib/dataset/checks.ts), each one written after a fault the bundled
// dataset once had: a phased tie that vanished for years, and a relationship that "ended" with a presidential term.
import { describe, expect, it } from "vitest";
import { formatProblem, parseDataset } from "@/lib/dataset/parse";
import { rawFixture } from "../fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(mutate: (d: Json) => void): string[] {
  const raw = rawFixture() as Json;
  mutate(raw);
  const result = parseDataset(raw);
  return result.ok ? [] : result.problems.map(formatProblem);
}

// In the fixture, ties[0] ("north-south") spans from 2021-01-20 with a phase from 2021-01-20 to 2025-01-06 and an
// open one from 2025-01-07; the dataset's asOf is 2025-01-20.
describe("a tie with phases has a phase wherever its span is", () => {
  it("reports a span that starts before the first phase", () => {
    expect(problemsOf((d) => (d.ties[0].span.start = "2016"))).toEqual([
      "ties[0].phases[0].start: the span starts 2016 but the first phase starts 2021-01-20: the tie is hidden in between; add a phase for that time or start the span later",
    ]);
  });

  it("reports a tie without a span whose first phase has a start", () => {
    expect(problemsOf((d) => delete d.ties[0].span)).toEqual([
      "ties[0].phases[0].start: the span has no start but the first phase starts 2021-01-20: the tie is hidden in between; add a phase for that time or start the span later",
    ]);
  });

  it("reports a gap between two phases", () => {
    expect(problemsOf((d) => (d.ties[0].phases[0].end = "2024-06-30"))).toEqual([
      "ties[0].phases[1].start: gap between phases: phases[0] ends 2024-06-30 but this one starts 2025-01-07, so the tie is hidden in between",
    ]);
  });

  it("reports a last phase that ends before the span does", () => {
    const problems = problemsOf((d) => {
      d.ties[0].span.end = "2025-01-20";
      d.ties[0].phases[1].end = "2025-01-10";
    });
    expect(problems).toEqual([
      "ties[0].phases[1].end: the last phase ends 2025-01-10 but the span ends 2025-01-20: the tie is hidden after it; add a phase or end the span there",
    ]);
  });

  it("lets open phase dates follow their neighbours, and coarse dates meet at their edges", () => {
    expect(problemsOf((d) => delete d.ties[0].phases[0].end)).toEqual([]);
    expect(problemsOf((d) => delete d.ties[0].phases[0].start)).toEqual([]);
    const monthly = problemsOf((d) => {
      d.ties[0].span.start = "2021-01";
      d.ties[0].phases = [
        { start: "2021-01", end: "2024-04", sentiment: 1, note: "warm" },
        { start: "2024-05", sentiment: -1, note: "cold" },
      ];
    });
    expect(monthly).toEqual([]);
  });

  it("catches the bundled dataset's old Azerbaijan–US shape: phases from 2021 in a span from 1992", () => {
    const problems = problemsOf((d) => (d.ties[0].span = { start: "1992" }));
    expect(problems).toEqual([expect.stringMatching(/^ties\[0\]\.phases\[0\]\.start: the span starts 1992 but the first phase starts 2021-01-20/)]);
  });

  it("leaves the check to the date rules when a date is malformed", () => {
    const problems = problemsOf((d) => (d.ties[0].phases[0].end = "2024-13"));
    expect(problems.some((p) => p.includes("gap") || p.includes("hidden"))).toBe(false);
  });
});

describe("an item that has occurred does not end after asOf unless a source gives the end", () => {
  const MESSAGE = 'after the as-of date 2025-01-20: mark the tie expected, drop the end, or cite the source that gives it ("supports": "end")';

  it("reports a tie whose span ends at a term's end, the bundled dataset's old fault", () => {
    expect(problemsOf((d) => (d.ties[0].span.end = "2029"))).toEqual([`ties[0].span.end: ends 2029, ${MESSAGE}`]);
  });

  it("reports a phase that ends after asOf", () => {
    const problems = problemsOf((d) => {
      d.ties[1].phases = [{ start: "2025-01-07", end: "2025-03-01", sentiment: 2, note: "hope" }];
      d.ties[1].span.end = "2025-03-01";
    });
    expect(problems).toEqual([`ties[1].span.end: ends 2025-03-01, ${MESSAGE}`, `ties[1].phases[0].end: ends 2025-03-01, ${MESSAGE}`]);
  });

  it("reports an event that has occurred but ends after asOf", () => {
    expect(problemsOf((d) => (d.events[1].date.end = "2025-02-01"))).toEqual([
      'events[1].date.end: ends 2025-02-01, after the as-of date 2025-01-20: mark the event expected, drop the end, or cite the source that gives it ("supports": "end")',
    ]);
  });

  it("accepts the end when the item is expected or a source gives it", () => {
    expect(problemsOf((d) => Object.assign(d.ties[0], { status: "expected", span: { start: "2021-01-20", end: "2029" } }))).toEqual([]);
    const sourced = problemsOf((d) => {
      d.ties[0].span.end = "2029";
      d.ties[0].sources.push({ paragraph: 2, quote: "a four-year term", supports: "end" });
    });
    expect(sourced).toEqual([]);
  });

  it("judges a coarse end by its first day, so a month that contains asOf is not the future", () => {
    expect(problemsOf((d) => (d.ties[0].span.end = "2025-01"))).toEqual([]);
    expect(problemsOf((d) => (d.ties[0].span.end = "2025"))).toEqual([]);
  });

  it("rejects any other value of supports", () => {
    const problems = problemsOf((d) => d.ties[0].sources.push({ paragraph: 2, supports: "start" }));
    expect(problems.some((p) => p.startsWith("ties[0].sources[1].supports:"))).toBe(true);
  });
});
