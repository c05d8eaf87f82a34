/**
 * Actors over time at scale (issue "time analysis"): the time to measure every step of the extent (ties,
 * weighted ties and betweenness: the metrics worker's job, run here in Node on the same code) and one window,
 * on the synthetic 1k and 10k datasets; and the Compare classification per step of a held PageDown (the
 * main thread's share of a scrub step with Compare on). `npm run bench -- --only metrics`.
 */
import { compareSelections } from "../../lib/compare/changes";
import { indexDataset } from "../../lib/dataset/indexed";
import { computeSeries } from "../../lib/metrics/series";
import { windowMeasures } from "../../lib/metrics/window";
import { selectVisible, selectWindow } from "../../lib/select";
import { generateSyntheticDataset } from "../../lib/synthetic/generate";
import { SYNTHETIC_SIZES } from "./datasets";
import { percentile } from "./stats";

/** The figures for one dataset size. */
export interface MetricsResult {
  key: string;
  steps: number;
  /** Best of the runs: every step of the extent. */
  seriesMs: number;
  windowMs: number;
  compareP50: number;
  compareP95: number;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

/** Measures the 1k and 10k synthetic datasets, `runs` times each for the series. */
export function measureMetrics(runs: number): MetricsResult[] {
  return SYNTHETIC_SIZES.filter((s) => s.key !== "50k").map((size) => {
    const index = indexDataset(generateSyntheticDataset({ seed: 1, events: size.events, actors: size.actors, ties: size.ties }));
    let seriesMs = Infinity;
    let steps = 0;
    for (let r = 0; r < runs; r++) {
      const { ms, value } = time(() => computeSeries(index, []));
      seriesMs = Math.min(seriesMs, ms);
      steps = value.steps.length;
    }
    const windowMs = time(() => windowMeasures(index, { ...index.defaultWindow, themes: [] })).ms;
    // Held PageDown with Compare on: the main window's end moves a month per step, the compare window stays.
    const other = selectVisible(index, { from: index.defaultWindow.from - 120, to: index.defaultWindow.from - 1, themes: [] });
    const classify: number[] = [];
    for (let step = 0, to = index.extent.end; step < 120 && to > index.extent.start + 31; step++, to -= 30) {
      const selection = selectWindow(index, { from: index.extent.start, to, themes: [] });
      classify.push(time(() => compareSelections(selection, other)).ms);
    }
    return { key: size.key, steps, seriesMs, windowMs, compareP50: percentile(classify, 50) ?? 0, compareP95: percentile(classify, 95) ?? 0 };
  });
}
