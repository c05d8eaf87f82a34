import { describe, expect, it } from "vitest";
import { formatProblem, parseDataset, parseDatasetText } from "@/lib/dataset/parse";
import { rawFixture } from "../fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(mutate: (d: Json) => void): string[] {
  const raw = rawFixture() as Json;
  mutate(raw);
  const result = parseDataset(raw);
  if (result.ok) return [];
  return result.problems.map(formatProblem);
}

describe("dataset schema", () => {
  it("accepts the fixture and does not modify its input", () => {
    const raw = rawFixture();
    const copy = structuredClone(raw);
    expect(parseDataset(raw).ok).toBe(true);
    expect(raw).toEqual(copy);
  });

  it("names the path of an unknown actor", () => {
    expect(problemsOf((d) => (d.ties[1].target = "armnia"))).toContain('ties[1].target: unknown actor "armnia"');
  });

  it("reports every problem at once, not only the first", () => {
    const problems = problemsOf((d) => {
      d.ties[0].source = "nobody";
      d.events[0].themes.push("gamma");
      d.events[1].actors.push("ghost");
      d.ties[1].sentiment = 3;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'ties[0].source: unknown actor "nobody"',
        'events[0].themes[1]: unknown theme "gamma"',
        'events[1].actors[1]: unknown actor "ghost"',
      ]),
    );
    expect(problems.some((p) => p.startsWith("ties[1].sentiment:"))).toBe(true);
  });

  it("rejects duplicate ids, self-ties and unknown event references", () => {
    const problems = problemsOf((d) => {
      d.actors[1].id = "north";
      d.ties[2].target = "north-leader";
      d.ties[0].events = ["nope"];
    });
    expect(problems).toContain('actors[1].id: duplicate actor id "north"');
    expect(problems).toContain('ties[2].target: a tie cannot link actor "north-leader" to itself');
    expect(problems).toContain('ties[0].events[0]: unknown event "nope"');
  });

  it("rejects an end before its start and a date that does not match its precision", () => {
    const problems = problemsOf((d) => {
      d.events[0].date.end = "2024-12-01";
      d.events[2].date.start = "2024-10-03";
      d.ties[0].span.end = "2015";
    });
    expect(problems).toContain("events[0].date.end: ends (2024-12-01) before it starts (2024-12-05)");
    expect(problems).toContain('events[2].date.start: "2024-10-03" is a day-precision date but precision is "month"');
    expect(problems).toContain("ties[0].span.end: ends (2015) before it starts (2021-01-20)");
  });

  it("rejects impossible calendar dates", () => {
    expect(problemsOf((d) => (d.events[1].date.start = "2025-02-30"))).toContain("events[1].date.start: is not a real calendar date");
  });

  it("requires a source on every event and tie, and a url on context items", () => {
    const problems = problemsOf((d) => {
      d.events[0].sources = [];
      d.ties[3].sources = [{ paragraph: 1 }];
    });
    expect(problems).toContain("events[0].sources: needs at least one source");
    expect(problems).toContain("ties[3].sources: a context item needs at least one source with a url");
  });

  it("rejects quotes over 30 words and paragraphs the source does not have", () => {
    const problems = problemsOf((d) => {
      d.events[0].sources[0].quote = Array.from({ length: 31 }, (_, i) => `w${i}`).join(" ");
      d.events[1].sources[0].paragraph = 9;
    });
    expect(problems).toContain("events[0].sources[0].quote: quote is longer than 30 words");
    expect(problems).toContain("events[1].sources[0].paragraph: paragraph 9 does not exist (the source has 3)");
  });

  it("rejects overlapping phases and an unknown affiliation", () => {
    const problems = problemsOf((d) => {
      d.ties[0].phases[1].start = "2024-06-01";
      d.actors[3].affiliation = "atlantis";
    });
    expect(problems).toContain("ties[0].phases[1].start: phases overlap: each must start after the previous one ends");
    expect(problems).toContain('actors[3].affiliation: unknown actor "atlantis"');
  });

  it("still checks cross-references when a field has the wrong type", () => {
    const problems = problemsOf((d) => {
      d.title = 42;
      d.ties[0].target = "armnia";
    });
    expect(problems.some((p) => p.startsWith("title:"))).toBe(true);
    expect(problems).toContain('ties[0].target: unknown actor "armnia"');
  });

  it("accepts a story and checks each step's view against the dataset, with paths", () => {
    const step = (id: string, view: Json) => ({ id, title: "A step", text: "What it shows.", sources: [{ paragraph: 1 }], view });
    expect(problemsOf((d) => (d.story = { title: "The story", steps: [step("one", { from: "2024-01-01", actor: "north" })] }))).toEqual([]);
    const problems = problemsOf((d) => {
      d.story = {
        title: "The story",
        steps: [
          step("one", { from: "2024-03-01", to: "2024-01-01", actor: "nobody", event: "nope", tie: "ghost-tie", themes: ["gamma"] }),
          step("one", {}),
        ],
      };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "story.steps[0].view.to: ends (2024-01-01) before it starts (2024-03-01)",
        'story.steps[0].view.actor: unknown actor "nobody"',
        'story.steps[0].view.event: unknown event "nope"',
        'story.steps[0].view.tie: unknown tie "ghost-tie"',
        'story.steps[0].view.themes[0]: unknown theme "gamma"',
        'story.steps[1].id: duplicate step id "one"',
      ]),
    );
    expect(problemsOf((d) => (d.story = { title: "Empty", steps: [] }))).toEqual(["story.steps: a story needs at least one step"]);
  });

  it("reports text that is not JSON", () => {
    const result = parseDatasetText("{ nope");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^not valid JSON/);
  });
});
