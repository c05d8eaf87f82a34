/**
 * npm run bench -- [--only bundled,1k,10k,50k,js,endpoint,import,metrics] [--skip-build] [--runs 3] [--port 3230]
 *                  [--duration 10] [--connections 50] [--soak [--soak-seconds 300] [--soak-rate 200]]
 *
 * Builds the app into .next-bench when needed, serves it with synthetic datasets beside the bundled
 * ones, measures load, the paced scrubs, layout, PageDown held (in a second Chromium without a frame-rate
 * limit) and pressed (Event Timing), first-load JS and the dataset endpoint, prints a table with the
 * targets and PASS/FAIL, and writes bench-results/bench-<timestamp>.json. Not a test: it never fails
 * the build; it exits 1 only when it could not measure at all, or when --soak saw the server's memory grow
 * by more than 10 % (see soak.ts).
 */
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "@playwright/test";
import { launchBrowser, UNLIMITED_FRAMES_ARGS } from "./browser";
import { build, buildReason } from "./build";
import { startBareServer } from "./bareServer";
import { DATASET_KEYS, prepareDatasets } from "./datasets";
import { measureEndpoint, type EndpointResult } from "./endpoint";
import { MAX_GROWTH, soak, type SoakResult } from "./soak";
import { measureImport, type ImportResult } from "./import";
import { measureMetrics, type MetricsResult } from "./metrics";
import { firstLoadFromBrowser, firstLoadFromStats, type FirstLoadJs } from "./first-load";
import { measureDataset, type DatasetResult } from "./measure-dataset";
import { allChecks, formatTable, importChecks, metricsChecks, pagedownSummary, writeJson } from "./report";
import { startServer, type Server } from "./server";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST_DIR = ".next-bench";
const ALL_KEYS = [...DATASET_KEYS, "js", "endpoint", "import", "metrics"];

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3230" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    soak: { type: "boolean", default: false },
    "soak-seconds": { type: "string", default: "300" },
    "soak-rate": { type: "string", default: "200" },
    "soak-page-rate": { type: "string", default: "5" },
  },
});

function whole(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
  return n;
}

const keys = values.only ? values.only.split(",").map((k) => k.trim()).filter(Boolean) : ALL_KEYS;
const unknown = keys.filter((k) => !ALL_KEYS.includes(k));
if (unknown.length) {
  console.error(`unknown --only key${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")} (known: ${ALL_KEYS.join(", ")})`);
  process.exit(2);
}
const runs = whole("runs", values.runs);
const port = whole("port", values.port);
const duration = whole("duration", values.duration);
const connections = whole("connections", values.connections);
const soakSeconds = whole("soak-seconds", values["soak-seconds"]);
const soakRate = whole("soak-rate", values["soak-rate"]);
const soakPageRate = whole("soak-page-rate", values["soak-page-rate"]);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
let server: Server | null = null;
let browser: Browser | null = null;
/** The second browser, without a frame-rate limit, for the held-PageDown scrub. */
let unlimited: Browser | null = null;
let datasetsDir: string | null = null;

async function cleanUp() {
  await browser?.close().catch(() => undefined);
  await unlimited?.close().catch(() => undefined);
  await server?.stop();
  if (datasetsDir) rmSync(datasetsDir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}

async function main() {
  console.log(`bench: measuring ${keys.join(", ")} (build folder ${DIST_DIR}, port ${port})`);
  const [load] = os.loadavg();
  // Other work on the machine skews every figure: say so up front.
  if (load !== undefined && load > os.cpus().length * 0.75) {
    console.log(`note: load average ${load.toFixed(1)} on ${os.cpus().length} cores: figures will be noisy`);
  }

  const reason = buildReason(ROOT, DIST_DIR);
  let buildMs: number | null = null;
  if (values["skip-build"]) {
    if (reason?.includes("missing")) throw new Error(`--skip-build, but ${reason}: run once without it`);
    console.log(`build: skipped (--skip-build)${reason ? `; note: ${reason}` : ""}`);
  } else if (reason) {
    console.log(`build: ${reason} → NEXT_DIST_DIR=${DIST_DIR} next build`);
    buildMs = build(ROOT, DIST_DIR);
    console.log(`build: done in ${(buildMs / 1000).toFixed(0)} s`);
  } else {
    console.log(`build: ${DIST_DIR} is newer than every source file → not rebuilding`);
  }

  console.log("datasets: copying data/datasets and generating synthetic ones");
  const prepared = prepareDatasets(ROOT, keys);
  datasetsDir = prepared.dir;
  console.log(`  DATASETS_DIR=${prepared.dir}`);

  server = await startServer({ root: ROOT, distDir: DIST_DIR, port, datasetsDir: prepared.dir });
  console.log(`server: next start on ${server.url} (${elapsed()})`);
  const pageUrl = (id: string) => (id === prepared.bundled.id ? `${server!.url}/` : `${server!.url}/?dataset=${id}`);
  // Warm the server (parse and cache each dataset, compile routes, and start a large graph's background layout)
  // so the loads measure the page, not the first parse. A first load before that is measured by hand (docs/performance.md).
  for (const d of prepared.datasets) {
    await (await fetch(`${server.url}/api/datasets/${d.id}`)).arrayBuffer();
    await (await fetch(pageUrl(d.id))).arrayBuffer();
  }

  let js: FirstLoadJs | null = null;
  let jsInBrowser: FirstLoadJs | null = null;
  const needBrowser = prepared.datasets.length > 0 || keys.includes("js") || keys.includes("import");
  if (needBrowser) browser = await launchBrowser();
  if (prepared.datasets.length > 0) unlimited = await launchBrowser(UNLIMITED_FRAMES_ARGS);
  if (keys.includes("js")) {
    jsInBrowser = await firstLoadFromBrowser(browser!, `${server.url}/`, ROOT, DIST_DIR);
    js = firstLoadFromStats(ROOT, DIST_DIR) ?? jsInBrowser;
    console.log(`first-load JS: ${(js.gzipBytes / 1000).toFixed(1)} kB gzip from ${js.method} (${js.files} files)`);
  }

  const results: DatasetResult[] = [];
  for (const d of prepared.datasets) {
    console.log(`page: ${d.key} (${d.id}: ${d.events} events, ${d.actors} actors, ${d.ties} ties) (${elapsed()})`);
    results.push(await measureDataset(browser!, unlimited!, pageUrl(d.id), d, runs));
  }
  const imports: ImportResult[] = [];
  if (keys.includes("import")) {
    for (const rows of [10_000, 100_000]) {
      console.log(`import: ${rows} event rows on the command line and in the page (${elapsed()})`);
      imports.push(await measureImport(ROOT, rows, browser, `${server.url}/`));
    }
  }
  await browser?.close();
  browser = null;
  await unlimited?.close();
  unlimited = null;

  const endpoints: EndpointResult[] = [];
  const apiUrl = `${server.url}/api/datasets/${prepared.bundled.id}`;
  if (keys.includes("endpoint")) {
    // Plain and gzip (what a browser or CDN asks for), then the page a reader opens, as a browser asks for it.
    const targets = [
      { label: "api", url: apiUrl, targeted: true },
      { label: "api gzip", url: apiUrl, headers: { "accept-encoding": "gzip, deflate" }, targeted: true },
      { label: "page /", url: `${server.url}/`, headers: { "accept-encoding": "gzip, deflate, br" }, targeted: false },
    ];
    // Warm each target (routes loaded, the dataset parsed and compressed, the JIT at work) so the 10 s
    // measure the steady state, not the server's first second.
    for (const target of targets) {
      for (let i = 0; i < 20; i++) await (await fetch(target.url, { headers: target.headers ?? {} })).arrayBuffer();
    }
    for (const target of targets) {
      console.log(`endpoint: autocannon ${target.label} ${target.url}, ${connections} connections, ${duration} s (${elapsed()})`);
      endpoints.push(await measureEndpoint(target, connections, duration, server.pgid));
    }
    // The control: the same bytes from a bare Node server, the most this machine gives under the same load.
    const controlFile = path.join(prepared.dir, "control-body.json");
    writeFileSync(controlFile, Buffer.from(await (await fetch(apiUrl)).arrayBuffer()));
    const bare = await startBareServer(controlFile, port + 2);
    try {
      for (const target of targets.filter((t) => t.targeted)) {
        const control = { ...target, label: `${target.label}, bare Node control`, url: bare.url, targeted: false };
        console.log(`endpoint: autocannon ${control.label} ${control.url}, ${connections} connections, ${duration} s (${elapsed()})`);
        endpoints.push(await measureEndpoint(control, connections, duration));
      }
    } finally {
      bare.stop();
    }
  }
  let soaked: SoakResult | null = null;
  if (values.soak) {
    soaked = await soak({ apiUrl, pageUrl: `${server.url}/`, serverPgid: server.pgid, seconds: soakSeconds, apiRate: soakRate, pageRate: soakPageRate, log: (line) => console.log(`${line} (${elapsed()})`) });
  }
  await cleanUp();
  server = null;
  datasetsDir = null;

  let metrics: MetricsResult[] = [];
  if (keys.includes("metrics")) {
    console.log(`metrics: actors over time on the synthetic 1k and 10k datasets (${elapsed()})`);
    metrics = measureMetrics(runs);
  }
  const checks = [...allChecks(results, js, endpoints, soaked), ...importChecks(imports), ...metricsChecks(metrics)];
  const totalSeconds = Math.round((Date.now() - started) / 1000);
  console.log("");
  console.log(formatTable(checks));
  console.log("");
  if (js) console.log(`first-load JS method: ${js.method}${jsInBrowser && js !== jsInBrowser ? `; scripts Chromium fetched for /: ${(jsInBrowser.gzipBytes / 1000).toFixed(1)} kB gzip in ${jsInBrowser.files} files` : ""}`);
  for (const r of results) {
    const parts = (["keyboard", "drag"] as const).map((name) => {
      const part = r.scrub[name];
      return "na" in part ? `${name}: n/a (${part.na})` : `${name}: moved ${part.moved}, p95 ${part.frames.p95} ms, ${part.longTaskCount} long tasks`;
    });
    console.log(`${r.dataset.key}: layout via ${r.layout.method}; ${parts.join("; ")}`);
    console.log(`${r.dataset.key} PageDown: ${pagedownSummary(r)}`);
  }
  const stamp = new Date(started).toISOString().replace(/[:.]/g, "-");
  const file = writeJson(
    ROOT,
    {
      startedAt: new Date(started).toISOString(),
      seconds: totalSeconds,
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version, chromium: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
      build: { distDir: DIST_DIR, rebuilt: buildMs !== null, buildMs },
      firstLoadJs: js,
      firstLoadJsInBrowser: jsInBrowser,
      datasets: results,
      endpoints,
      soak: soaked,
      imports,
      metrics,
      checks,
    },
    stamp,
  );
  const failed = checks.filter((c) => c.pass === false).length;
  console.log(`\n${checks.filter((c) => c.pass === true).length} targets met, ${failed} missed; bench took ${totalSeconds} s; results in ${path.relative(ROOT, file)}`);
  if (soaked && !(soaked.growth <= MAX_GROWTH)) {
    console.error(`soak failed: server memory grew ${(soaked.growth * 100).toFixed(1)} % (limit ${MAX_GROWTH * 100} %)`);
    process.exitCode = 1;
  }
}

main().catch(async (error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  if (server) console.error(`server log:\n${server.log()}`);
  await cleanUp();
  process.exit(1);
});
