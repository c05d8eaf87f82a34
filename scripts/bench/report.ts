/** The targets, the aligned text table with PASS/FAIL beside each figure, and the JSON record. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { EndpointResult } from "./endpoint";
import type { FirstLoadJs } from "./first-load";
import type { DatasetResult } from "./measure-dataset";

/** One line of the table. `pass` is null for a figure without a target, undefined when it could not be measured. */
export interface Check {
  dataset: string;
  metric: string;
  value: string;
  target: string;
  pass: boolean | null | undefined;
}

const ms = (value: number | null | undefined) => (value === null || value === undefined ? "n/a" : `${Math.round(value)} ms`);
const ms1 = (value: number | null | undefined) => (value === null || value === undefined ? "n/a" : `${value.toFixed(1)} ms`);

/** A check against `limit` (≤ when `atMost`, else ≥); n/a when the value is missing. */
function against(value: number | null | undefined, limit: number, atMost = true): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  return atMost ? value <= limit : value >= limit;
}

/** Allowance for vsync jitter on frame-time targets. */
const JITTER_MS = 0.5;

/** The targets of issue 6, per dataset key. */
const TARGETS: Record<string, { ready?: number; frameP95?: number; noLongTaskInScrub?: boolean; layout?: number; layoutTask?: number }> = {
  bundled: { ready: 1500 },
  "10k": { ready: 3000, frameP95: 16.7, noLongTaskInScrub: true, layout: 1500, layoutTask: 50 },
  "50k": { frameP95: 33 },
};

function datasetChecks(r: DatasetResult): Check[] {
  const key = r.dataset.key;
  const t = TARGETS[key] ?? {};
  const label = key === "bundled" ? `bundled (${r.dataset.events} ev)` : key;
  const rows: Check[] = [];
  const add = (metric: string, value: string, target: string, pass: boolean | null | undefined) =>
    rows.push({ dataset: label, metric, value, target, pass });

  const runs = r.dataReady.runsMs.length;
  add(`data-ready (median of ${runs})`, ms(r.dataReady.medianMs), t.ready ? `≤ ${t.ready} ms` : "", t.ready ? against(r.dataReady.medianMs, t.ready) : null);
  add("document transfer", r.documentBytes === null ? "n/a" : `${(r.documentBytes / 1e6).toFixed(2)} MB`, "", null);
  add("layout settled", ms(r.layout.medianMs), t.layout ? `≤ ${t.layout} ms` : "", t.layout ? against(r.layout.medianMs, t.layout) : r.layout.medianMs === null ? undefined : null);
  add("longest task during layout", ms(r.layout.longestTaskMs), t.layoutTask ? `≤ ${t.layoutTask} ms` : "", t.layoutTask ? against(r.layout.longestTaskMs, t.layoutTask) : r.layout.longestTaskMs === null ? undefined : null);
  add("idle frame p95", ms1(r.idleFrames?.p95), "", r.idleFrames ? null : undefined);

  const total = r.scrub.total;
  if ("na" in total) {
    add("scrub", `n/a (${total.na})`, t.frameP95 ? `p95 ≤ ${t.frameP95} ms` : "", undefined);
  } else {
    add("scrub frame p50 / p99", `${ms1(total.frames.p50)} / ${ms1(total.frames.p99)}`, "", null);
    // rAF timestamps jitter by ±0.1 ms around 16.7 even on an idle page (see "idle frame p95"), so a frame
    // counts as on time up to the target plus JITTER_MS; a dropped frame shows as a whole extra 16.7 ms.
    add(
      `scrub frame p95 (keys + drag, ${total.steps} steps)`,
      ms1(total.frames.p95),
      t.frameP95 ? `≤ ${t.frameP95} ms (+${JITTER_MS} jitter)` : "",
      t.frameP95 ? against(total.frames.p95, t.frameP95 + JITTER_MS) : null,
    );
    add("scrub long tasks (count, total)", `${total.longTaskCount}, ${ms(total.longTaskTotalMs)}`, t.noLongTaskInScrub ? "0" : "", t.noLongTaskInScrub ? total.longTaskCount === 0 : null);
    add("scrub script time per step", ms1(total.scriptMsPerStep), "", null);
  }
  add(
    "DOM elements (ready → after scrub)",
    `${r.dom.elementsAfterReady ?? "n/a"} → ${r.dom.elementsAfterScrub ?? "n/a"}`,
    "",
    r.dom.elementsAfterReady === null ? undefined : null,
  );
  add(
    "JS heap after GC (ready → after scrub)",
    `${r.heapMB.afterReady ?? "n/a"} → ${r.heapMB.afterScrub ?? "n/a"} MB`,
    "",
    r.heapMB.afterReady === null ? undefined : null,
  );
  return rows;
}

/** Every check of a run. */
export function allChecks(datasets: DatasetResult[], js: FirstLoadJs | null, endpoint: EndpointResult | null): Check[] {
  const rows = datasets.flatMap(datasetChecks);
  if (js) {
    const kb = js.gzipBytes / 1000;
    rows.push({ dataset: "app", metric: "first-load JS of / (gzip)", value: `${kb.toFixed(1)} kB`, target: "≤ 170 kB", pass: kb <= 170 });
  }
  if (endpoint) {
    const label = "endpoint";
    rows.push({ dataset: label, metric: `req/s (${endpoint.connections} conn, ${endpoint.seconds} s)`, value: Math.round(endpoint.requestsPerSecond).toString(), target: "≥ 1000", pass: against(endpoint.requestsPerSecond, 1000, false) });
    rows.push({ dataset: label, metric: "latency p99", value: `${endpoint.latencyP99} ms`, target: "< 50 ms", pass: endpoint.latencyP99 < 50 });
    const bad = endpoint.errors + endpoint.timeouts + endpoint.non2xx;
    rows.push({ dataset: label, metric: "errors + timeouts + non-2xx", value: `${endpoint.errors} + ${endpoint.timeouts} + ${endpoint.non2xx}`, target: "0", pass: bad === 0 });
  }
  return rows;
}

/** The checks as an aligned plain-text table. */
export function formatTable(rows: Check[]): string {
  const cells = rows.map((r) => [r.dataset, r.metric, r.value, r.target, r.pass === true ? "PASS" : r.pass === false ? "FAIL" : r.pass === undefined ? "n/a" : ""]);
  const header = ["dataset", "metric", "value", "target", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((text, i) => (i === 2 ? text.padStart(widths[i]!) : text.padEnd(widths[i]!))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  let previous = "";
  const body = cells.map((c) => {
    // The dataset name only on its first row, so groups stand out.
    const shown = c[0] === previous ? "" : c[0]!;
    previous = c[0]!;
    return line([shown, ...c.slice(1)]);
  });
  return [line(header), rule, ...body].join("\n");
}

/** Writes the JSON record into bench-results/ and returns its path. */
export function writeJson(root: string, record: object, stamp: string): string {
  const dir = path.join(root, "bench-results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${stamp}.json`);
  writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  return file;
}
