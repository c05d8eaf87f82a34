/**
 * A bounded soak: the dataset endpoint (gzip and plain, alternating) and the page at a fixed rate for a
 * few minutes on loopback, with the server's resident memory read before and after. Growth over 10 %
 * fails the soak. Memory is the RSS of every process in the server's process group (next start and the
 * next-server it runs), read from /proc: Linux only, as are the machines this runs on.
 */
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { assertLoopback } from "./endpoint";
import type { Check } from "./report";

/** What the soak measured. */
export interface SoakResult {
  seconds: number;
  apiRate: number;
  pageRate: number;
  requests: number;
  errors: number;
  non2xx: number;
  latencyP99: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  growth: number;
}

/** The limit the soak is held to. */
export const MAX_GROWTH = 0.1;

/** CPU seconds (user + system) used so far by every process whose process group is `pgid`. */
export function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, "utf8");
      const rest = fields.slice(fields.lastIndexOf(")") + 2).split(" ");
      if (Number(rest[2]) !== pgid) continue;
      // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
      ticks += Number(rest[11]) + Number(rest[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks / 100;
}

/** Resident memory in MB of every process whose process group is `pgid`. */
export function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command (which may hold spaces, inside parentheses): state ppid pgrp …
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, "utf8"));
      if (rss) kb += Number(rss[1]);
    } catch {
      // The process ended while we looked.
    }
  }
  return kb / 1024;
}

async function load(apiUrl: string, pageUrl: string, seconds: number, apiRate: number, pageRate: number) {
  const [api, page] = await Promise.all([
    autocannon({
      url: apiUrl,
      connections: 10,
      duration: seconds,
      overallRate: apiRate,
      requests: [{ headers: { "accept-encoding": "gzip, br" } }, { headers: {} }],
    }),
    autocannon({ url: pageUrl, connections: 2, duration: seconds, overallRate: pageRate, headers: { "accept-encoding": "gzip" } }),
  ]);
  return {
    requests: api.requests.total + page.requests.total,
    errors: api.errors + api.timeouts + page.errors + page.timeouts,
    non2xx: api.non2xx + page.non2xx,
    latencyP99: Math.max(api.latency.p99, page.latency.p99),
  };
}

/**
 * Warms the server for a twentieth of the soak (code paths compiled, caches filled, heap at its working
 * size), then measures memory, soaks for `seconds`, and measures again.
 */
export async function soak(options: { apiUrl: string; pageUrl: string; serverPgid: number; seconds: number; apiRate: number; pageRate: number; log: (line: string) => void }): Promise<SoakResult> {
  const { apiUrl, pageUrl, serverPgid, seconds, apiRate, pageRate, log } = options;
  assertLoopback(apiUrl);
  assertLoopback(pageUrl);
  const warm = Math.max(10, Math.round(seconds / 20));
  log(`soak: warming ${warm} s`);
  await load(apiUrl, pageUrl, warm, apiRate, pageRate);
  const before = groupRssMb(serverPgid);
  log(`soak: RSS ${before.toFixed(0)} MB; ${seconds} s at ${apiRate} req/s (API) + ${pageRate} req/s (page)`);
  const run = await load(apiUrl, pageUrl, seconds, apiRate, pageRate);
  const after = groupRssMb(serverPgid);
  log(`soak: RSS ${after.toFixed(0)} MB after ${run.requests} requests`);
  return { seconds, apiRate, pageRate, ...run, rssBeforeMb: before, rssAfterMb: after, growth: before > 0 ? after / before - 1 : Number.NaN };
}

/** The soak's lines of the table. */
export function soakChecks(s: SoakResult): Check[] {
  const label = `soak ${Math.round(s.seconds / 60)} min`;
  return [
    { dataset: label, metric: `requests at ${s.apiRate} + ${s.pageRate} req/s`, value: String(s.requests), target: "", pass: null },
    { dataset: label, metric: "errors + non-2xx", value: `${s.errors} + ${s.non2xx}`, target: "0", pass: s.errors + s.non2xx === 0 },
    { dataset: label, metric: "server RSS before → after", value: `${s.rssBeforeMb.toFixed(0)} → ${s.rssAfterMb.toFixed(0)} MB (${(s.growth * 100).toFixed(1)} %)`, target: "growth ≤ 10 %", pass: s.growth <= MAX_GROWTH },
  ];
}
