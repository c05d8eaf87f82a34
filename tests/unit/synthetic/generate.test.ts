import { describe, expect, it } from "vitest";
import { parseDataset, formatProblem } from "@/lib/dataset/parse";
import type { Dataset } from "@/lib/dataset/schema";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";

const small = { events: 300, actors: 40, ties: 120, seed: 7 };

function valid(dataset: Dataset): Dataset {
  const result = parseDataset(JSON.parse(JSON.stringify(dataset)));
  if (!result.ok) throw new Error(result.problems.slice(0, 10).map(formatProblem).join("\n"));
  return result.dataset;
}

function degrees(dataset: Dataset): number[] {
  const degree = new Map<string, number>();
  for (const tie of dataset.ties) {
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
  }
  return [...degree.values()].sort((a, b) => b - a);
}

describe("generateSyntheticDataset", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = JSON.stringify(generateSyntheticDataset(small));
    const b = JSON.stringify(generateSyntheticDataset(small));
    const c = JSON.stringify(generateSyntheticDataset({ ...small, seed: 8 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("treats a numeric seed and its text as the same seed (the CLI passes text)", () => {
    expect(JSON.stringify(generateSyntheticDataset({ ...small, seed: "7" }))).toBe(JSON.stringify(generateSyntheticDataset(small)));
  });

  it.each([
    [300, 40, 120],
    [5000, 400, 1500],
  ])("makes exactly %i events, %i actors and %i ties that pass parseDataset", (events, actors, ties) => {
    const dataset = valid(generateSyntheticDataset({ events, actors, ties, seed: 3 }));
    expect(dataset.events).toHaveLength(events);
    expect(dataset.actors).toHaveLength(actors);
    expect(dataset.ties).toHaveLength(ties);
    expect(dataset.id).toBe(`synthetic-${events}`);
  });

  it("takes the id it is given", () => {
    expect(generateSyntheticDataset({ ...small, id: "bench-small" }).id).toBe("bench-small");
  });

  it("uses all eight themes in events and in ties", () => {
    const dataset = generateSyntheticDataset(small);
    expect(dataset.themes).toHaveLength(8);
    const ids = dataset.themes.map((t) => t.id).sort();
    expect([...new Set(dataset.events.flatMap((e) => e.themes))].sort()).toEqual(ids);
    expect([...new Set(dataset.ties.flatMap((t) => t.themes))].sort()).toEqual(ids);
  });

  it("puts events in bursts: the busiest month holds far more than the average month", () => {
    const dataset = generateSyntheticDataset({ events: 5000, actors: 200, ties: 600, seed: 1 });
    const months = new Map<string, number>();
    for (const event of dataset.events) {
      if (!event.date || event.date.precision === "year") continue;
      const month = event.date.start.slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    const counts = [...months.values()];
    const average = counts.reduce((sum, n) => sum + n, 0) / (7 * 12);
    expect(Math.max(...counts)).toBeGreaterThan(3 * average);
  });

  it("mixes precisions: mostly day, some month and year, some ranges, a few undated and some expected", () => {
    const { events } = generateSyntheticDataset({ events: 2000, actors: 100, ties: 300, seed: 2 });
    const share = (test: (e: (typeof events)[number]) => boolean) => events.filter(test).length / events.length;
    expect(share((e) => e.date?.precision === "day")).toBeGreaterThan(0.6);
    expect(share((e) => e.date?.precision === "month")).toBeGreaterThan(0.03);
    expect(share((e) => e.date?.precision === "year")).toBeGreaterThan(0.01);
    expect(share((e) => e.date?.end !== undefined)).toBeGreaterThan(0.03);
    const undated = events.filter((e) => e.date === undefined).length;
    expect(undated).toBeGreaterThan(0);
    expect(undated).toBeLessThanOrEqual(20);
    expect(share((e) => e.status === "expected")).toBeGreaterThan(0.01);
  });

  it("grows a few hubs and many small actors", () => {
    const dataset = generateSyntheticDataset({ events: 1000, actors: 1000, ties: 5000, seed: 4 });
    const degree = degrees(dataset);
    const median = degree[Math.floor(degree.length / 2)]!;
    expect(degree[0]!).toBeGreaterThan(15 * median);
    expect(degree.filter((d) => d <= 3).length).toBeGreaterThan(dataset.actors.length / 5);
  });

  it("gives ties spans and some of them phases, and never ties an actor to itself", () => {
    const { ties } = generateSyntheticDataset({ events: 500, actors: 100, ties: 800, seed: 5 });
    expect(ties.filter((t) => t.span).length).toBeGreaterThan(ties.length / 2);
    expect(ties.filter((t) => t.phases && t.phases.length >= 2).length).toBeGreaterThan(20);
    expect(ties.every((t) => t.source !== t.target)).toBe(true);
  });

  it("sources every item by its basis: article → paragraph within the source, context → url", () => {
    const dataset = generateSyntheticDataset(small);
    const items = [...dataset.events, ...dataset.ties];
    for (const item of items) {
      if (item.basis === "article") expect(item.sources.some((s) => s.paragraph !== undefined)).toBe(true);
      else expect(item.sources.some((s) => s.url !== undefined)).toBe(true);
      for (const s of item.sources) if (s.paragraph !== undefined) expect(s.paragraph).toBeLessThanOrEqual(dataset.source!.paragraphs);
    }
    expect(new Set(dataset.actors.map((a) => a.name)).size).toBe(dataset.actors.length);
  });

  it("refuses ties without two actors, counts that are not whole numbers and malformed ids", () => {
    expect(() => generateSyntheticDataset({ events: 10, actors: 1, ties: 1 })).toThrow(/two actors/);
    expect(() => generateSyntheticDataset({ events: 1.5, actors: 10, ties: 1 })).toThrow(/whole number/);
    expect(() => generateSyntheticDataset({ events: 10, actors: 10, ties: 1, id: "Big File" })).toThrow(/lowercase/);
  });

  it("generates 50k events, 2,000 actors and 10,000 ties in a few seconds", () => {
    const started = performance.now();
    const dataset = generateSyntheticDataset({ events: 50_000, actors: 2000, ties: 10_000, seed: 1 });
    expect(dataset.events).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
