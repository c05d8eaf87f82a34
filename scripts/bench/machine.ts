/**
 * Whether the machine is quiet before a measurement. The bench's server shares the machine with the browser,
 * and after a dataset's first load it lays the dataset's network out in the background (`lib/server/layouts.ts`),
 * seconds of processor time at 50k: a held scrub measured meanwhile would be judged on the server's work too. On
 * a real deployment the server runs elsewhere, so the bench waits for the machine, not only the page, to rest.
 */
import { readFileSync } from "node:fs";

/** The machine's processor time so far, in the kernel's ticks: busy, and everything (busy + idle + iowait). */
export interface CpuTotals {
  busy: number;
  total: number;
}

/** Parses /proc/stat's first line ("cpu  user nice system idle iowait irq softirq steal ..."). Null if it is not one. */
export function parseCpuLine(stat: string): CpuTotals | null {
  const line = stat.split("\n", 1)[0] ?? "";
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== "cpu" || fields.length < 5) return null;
  const ticks = fields.slice(1, 9).map(Number);
  if (ticks.some((n) => !Number.isFinite(n))) return null;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = ticks;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** The share of all processors that was busy between two readings (0–1). */
export function busyShare(before: CpuTotals, after: CpuTotals): number {
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : 0;
}

function readCpu(): CpuTotals | null {
  try {
    return parseCpuLine(readFileSync("/proc/stat", "utf8"));
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the machine's processors are busy less than `threshold` of the time over `windowMs`, for at most
 * `maxMs`. Returns how long it waited, and whether the machine got quiet (null where there is no /proc).
 */
export async function waitForQuietMachine({ threshold = 0.15, windowMs = 500, maxMs = 30_000 } = {}): Promise<{ waitedMs: number; quiet: boolean } | null> {
  const start = Date.now();
  let before = readCpu();
  if (!before) return null;
  for (;;) {
    await sleep(windowMs);
    const after = readCpu();
    if (!after) return null;
    const waitedMs = Date.now() - start;
    if (busyShare(before, after) < threshold) return { waitedMs, quiet: true };
    if (waitedMs >= maxMs) return { waitedMs, quiet: false };
    before = after;
  }
}

/** Waits for a quiet machine (see waitForQuietMachine) and says so when that took a while or did not happen. */
export async function restMachine(what: string): Promise<void> {
  const rest = await waitForQuietMachine();
  if (rest && !rest.quiet) console.log(`    (the machine was still busy after ${Math.round(rest.waitedMs / 1000)} s; ${what} anyway)`);
  else if (rest && rest.waitedMs > 1000) console.log(`    (waited ${(rest.waitedMs / 1000).toFixed(1)} s for the machine to rest before ${what})`);
}
