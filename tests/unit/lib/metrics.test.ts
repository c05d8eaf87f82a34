import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import type { Tie } from "@/lib/dataset/schema";
import { measureTies, VisibleGraph } from "@/lib/metrics/graph";
import { actorRow, betweennessSizes, topActors, type WindowMeasures } from "@/lib/metrics/measures";
import { computeSeries } from "@/lib/metrics/series";
import { chooseStepUnit, timeSteps } from "@/lib/metrics/steps";
import { indexedFixture } from "../fixtures";

const d = (iso: string) => parseIsoDay(iso)!;
let serial = 0;
const tie = (source: string, target: string, weight?: number) => ({ id: `t${serial++}`, source, target, ...(weight ? { weight } : {}) }) as unknown as Tie;
const edges = (pairs: string) => pairs.split(" ").map((p) => tie(p[0]!, p[1]!));

describe("graph measures (graphology-metrics)", () => {
  it("a star: the centre lies on every path between leaves", () => {
    const m = measureTies(edges("ca cb cd ce"));
    expect(m.betweenness.get("c")).toBeCloseTo(1);
    expect(m.betweenness.get("a")).toBeCloseTo(0);
    expect(m.degree.get("c")).toBe(4);
  });

  it("a path of four: each inner node carries 2 of the 3 pairs it can", () => {
    const m = measureTies(edges("ab bc cd"));
    expect(m.betweenness.get("b")).toBeCloseTo(2 / 3);
    expect(m.betweenness.get("c")).toBeCloseTo(2 / 3);
    expect(m.betweenness.get("a")).toBeCloseTo(0);
  });

  it("a barbell: the two bridge ends carry the 2 × 3 pairs across, of 10", () => {
    const m = measureTies(edges("ab bc ca cd de ef fd"));
    expect(m.betweenness.get("c")).toBeCloseTo(0.6);
    expect(m.betweenness.get("d")).toBeCloseTo(0.6);
    expect(m.betweenness.get("a")).toBeCloseTo(0);
  });

  it("agrees with graphology-metrics exactly when every actor is a source, and finds most of the same top brokers from 150 pivots", async () => {
    const { default: betweennessCentrality } = await import("graphology-metrics/centrality/betweenness");
    const { UndirectedGraph } = await import("graphology");
    const { betweenness } = await import("@/lib/metrics/betweenness");
    const { Random } = await import("@/lib/random");
    const random = new Random(9);
    const graph = new UndirectedGraph();
    for (let i = 0; i < 400; i++) graph.addNode(`n${i}`);
    // A ring with random chords: connected, with varied betweenness.
    for (let i = 0; i < 400; i++) graph.mergeEdge(`n${i}`, `n${(i + 1) % 400}`);
    for (let i = 0; i < 300; i++) graph.mergeEdge(`n${random.int(0, 399)}`, `n${random.int(0, 399)}`);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null });
    const ours = betweenness(graph, 1000);
    for (const [node, value] of ours) expect(value).toBeCloseTo(exact[node]!, 10);
    const estimate = betweenness(graph, 150);
    const top = (values: Record<string, number> | Map<string, number>) =>
      [...(values instanceof Map ? values : Object.entries(values))].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n]) => n);
    const shared = top(estimate).filter((n) => top(exact).includes(n)).length;
    expect(shared).toBeGreaterThanOrEqual(6);
  });

  it("counts parallel ties in degree and their weights in weighted degree, and forgets removed ties", () => {
    const graph = new VisibleGraph();
    const [one, two, three] = [tie("a", "b", 3), tie("a", "b"), tie("b", "c", 2)];
    for (const t of [one, two, three]) graph.add(t!);
    let m = graph.measure();
    expect(m.degree.get("b")).toBe(3);
    expect(m.weighted.get("b")).toBe(6);
    expect(m.weighted.get("a")).toBe(4);
    graph.remove(one!);
    graph.remove(three!);
    m = graph.measure();
    expect(m.degree.get("b")).toBe(1);
    expect(m.weighted.get("b")).toBe(1);
    expect(m.degree.has("c")).toBe(false);
  });
});

describe("time steps", () => {
  it("chooses months for a few years, years for decades, decades beyond", () => {
    expect(chooseStepUnit({ start: d("2024-01-01"), end: d("2025-12-31") })).toBe("month");
    expect(chooseStepUnit({ start: d("1992-01-01"), end: d("2029-12-31") })).toBe("year");
    expect(chooseStepUnit({ start: d("1000-01-01"), end: d("2020-12-31") })).toBe("decade");
  });

  it("covers the extent with calendar steps, the ends cut to it", () => {
    const steps = timeSteps({ start: d("2024-11-15"), end: d("2025-02-10") });
    expect(steps.map((s) => [s.start, s.end])).toEqual([
      [d("2024-11-15"), d("2024-11-30")],
      [d("2024-12-01"), d("2024-12-31")],
      [d("2025-01-01"), d("2025-01-31")],
      [d("2025-02-01"), d("2025-02-10")],
    ]);
    const years = timeSteps({ start: d("1992-03-01"), end: d("2029-06-30") });
    expect(years).toHaveLength(38);
    expect(years[1]).toEqual({ start: d("1993-01-01"), end: d("1993-12-31") });
    expect(timeSteps({ start: 5, end: 4 })).toEqual([]);
  });
});

describe("actors over time", () => {
  const index = indexedFixture();
  const steps = timeSteps({ start: d("2024-10-01"), end: d("2025-01-31") }, "month");

  it("gives each actor its visible ties per step, the same as a full count per window", () => {
    const series = computeSeries(index, [], steps);
    // North: north-south (phased, every month) and leader-of-north (timeless) → 2; south also has leader-hope from 7 Jan 2025.
    expect(actorRow(series, series.degree, "north")).toEqual([2, 2, 2, 2]);
    expect(actorRow(series, series.degree, "south")).toEqual([1, 1, 1, 2]);
    // East-club exists in October 2024 only.
    expect(actorRow(series, series.degree, "club")).toEqual([1, 0, 0, 0]);
    expect(actorRow(series, series.degree, "nobody")).toEqual([]);
  });

  it("applies the theme filter and measures brokers per step", () => {
    const alpha = computeSeries(index, ["alpha" as never], steps);
    expect(actorRow(alpha, alpha.degree, "club")).toEqual([0, 0, 0, 0]);
    const all = computeSeries(index, [], steps);
    // In January north-leader – north – south … north-leader also reaches south directly: north brokers nothing then.
    expect(actorRow(all, all.betweenness, "north")[0]).toBeGreaterThan(0);
    expect(actorRow(all, all.betweenness, "north")[3]).toBeCloseTo(0);
  });
});

describe("ranking and scaling window measures", () => {
  const measures = (degree: number[], betweenness: number[]): WindowMeasures => ({ from: 0, to: 1, themes: "", degree: Float32Array.from(degree), betweenness: Float32Array.from(betweenness) });

  it("ranks the top actors by value, ties broken by the dataset's order, zeros left out", () => {
    expect(topActors(Float32Array.from([0.5, 0, 2, 0.5, 1]), 3)).toEqual([
      { position: 2, value: 2 },
      { position: 4, value: 1 },
      { position: 0, value: 0.5 },
    ]);
    expect(topActors(Float32Array.from([0, 0]), 5)).toEqual([]);
  });

  it("sizes by betweenness on the ties' scale: the best broker gets the most-connected actor's size", () => {
    const sizes = betweennessSizes(measures([4, 1, 2], [0.25, 0.5, 0]), ["a", "b", "c"]);
    expect([...sizes]).toEqual([
      ["a", 2],
      ["b", 4],
      ["c", 0],
    ]);
    expect([...betweennessSizes(measures([3, 1], [0, 0]), ["a", "b"]).values()]).toEqual([0, 0]);
  });
});
