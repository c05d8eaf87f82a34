/**
 * npm run bench:metrics -- [--runs 3]
 *
 * Actors over time at scale: the time taken to measure every step of the extent (ties, weighted ties and
 * betweenness, the metrics worker's job) and one window, on the synthetic 1k and 10k datasets, and the cost of
 * the Compare classification per scrub step (main thread). Node runs the same code as the worker.
 * Targets: every step in ≤ 2 s at 10k; the classification well inside a frame.
 */
import { parseArgs } from "node:util";
import { compareSelections } from "../../lib/compare/changes";
import { indexDataset } from "../../lib/dataset/indexed";
import { computeSeries } from "../../lib/metrics/series";
import { windowMeasures } from "../../lib/metrics/window";
import { selectVisible, selectWindow } from "../../lib/select";
import { generateSyntheticDataset } from "../../lib/synthetic/generate";
import { SYNTHETIC_SIZES } from "./datasets";
import { percentile } from "./stats";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Math.max(1, Number(values.runs) || 3);

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

for (const size of SYNTHETIC_SIZES.filter((s) => s.key !== "50k")) {
  const index = indexDataset(generateSyntheticDataset({ seed: 1, events: size.events, actors: size.actors, ties: size.ties }));
  const series: number[] = [];
  let steps = 0;
  for (let r = 0; r < runs; r++) {
    const { ms, value } = time(() => computeSeries(index, []));
    series.push(ms);
    steps = value.steps.length;
  }
  const query = { ...index.defaultWindow, themes: [] };
  const window = time(() => windowMeasures(index, query)).ms;
  // A held PageDown with Compare on: the main window moves a month per step, the compare window stays.
  const other = selectVisible(index, { from: index.defaultWindow.from - 120, to: index.defaultWindow.from - 1, themes: [] });
  const classify: number[] = [];
  for (let step = 0, to = index.extent.end; step < 120 && to > index.extent.start + 31; step++, to -= 30) {
    const selection = selectWindow(index, { from: index.extent.start, to, themes: [] });
    classify.push(time(() => compareSelections(selection, other)).ms);
  }
  console.log(
    `${size.key.padEnd(4)} every step (${steps} steps): ${Math.min(...series).toFixed(0)} ms best of ${runs} (target ≤ 2000)` +
      ` · one window: ${window.toFixed(0)} ms` +
      ` · compare per scrub step p50 ${(percentile(classify, 50) ?? 0).toFixed(2)} ms, p95 ${(percentile(classify, 95) ?? 0).toFixed(2)} ms`,
  );
}
