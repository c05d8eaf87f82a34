/**
 * Where the processors went during the held scrub: every thread's time on a processor, and the time the page's
 * main thread spent ready to run but waiting for one, read from Linux's scheduler statistics
 * (`/proc/PID/task/TID/schedstat`: nanoseconds on a processor, nanoseconds waiting on a run queue, time slices).
 *
 * A frame that is slow because the page did too much and one that is slow because another thread held the
 * processor read the same in rAF deltas. On a machine with two cores the drawing worker, the compositor, raster
 * and V8's background compilers all take turns with the page's main thread, so the bench reports both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { round1 } from "./stats";

/** One thread's totals at one moment. */
export interface ThreadSample {
  /** `pid:tid`, stable while the thread lives. */
  key: string;
  /** The thread's name as the kernel keeps it (at most 15 characters: "DedicatedWorker", "ThreadPoolForeg"). */
  name: string;
  runNs: number;
  waitNs: number;
}

/** What the threads did between two samples. */
export interface ThreadUse {
  /** The busiest renderer main thread: the page under test. */
  main: { runMs: number; waitMs: number };
  /** Processor time of every other thread, summed by what the thread does, busiest first. */
  others: { name: string; runMs: number }[];
}

/** Parses a schedstat line: "run_ns wait_ns slices". Null for anything else. */
export function parseSchedstat(text: string): { runNs: number; waitNs: number } | null {
  const [run, wait] = text.trim().split(/\s+/).map(Number);
  return Number.isFinite(run) && Number.isFinite(wait) ? { runNs: run!, waitNs: wait! } : null;
}

/** Chromium's thread names, as the kernel truncates them, said plainly. Other threads keep their own name. */
const THREAD_ROLES: Record<string, string> = {
  CrRendererMain: "other renderers",
  DedicatedWorker: "page's workers",
  Compositor: "compositor",
  VizCompositorTh: "display compositor",
  // V8's background compilers and garbage collectors, and (without GPU) tile raster.
  ThreadPoolForeg: "thread pool",
  CompositorTileW: "raster",
  CrGpuMain: "GPU process",
  CrUtilityMain: "utility processes",
  CrBrowserMain: "browser",
  // The browser process's main thread (and the idle zygote's) keeps the program's name.
  chromium: "browser",
};

const role = (name: string) => THREAD_ROLES[name] ?? name;

/** Chromium names its threads, but a process's main thread keeps the program's name: its `--type` says what it is. */
const MAIN_THREADS: Record<string, string> = { renderer: "CrRendererMain", "gpu-process": "CrGpuMain", utility: "CrUtilityMain" };

/**
 * The name of a process's main thread from its command line, or null to keep the kernel's. Arguments are separated
 * by NULs, or by spaces once Chromium's child processes have rewritten their command line.
 */
export function mainThreadName(cmdline: string): string | null {
  const type = /(?:^|[\0 ])--type=([a-z-]+)(?=$|[\0 ])/.exec(cmdline)?.[1];
  return type ? (MAIN_THREADS[type] ?? null) : null;
}

/**
 * A name for every thread of a process whose threads are all one job, else null: the bench's server (Node names
 * its helper threads "node", like any Node process) and the bench itself.
 */
export function processRole(pid: string, processName: string, selfPid: string): string | null {
  if (pid === selfPid) return "the bench";
  return processName.startsWith("next-server") ? "server" : null;
}

/** A file's text, or "" when it cannot be read (its process ended, or is not ours). */
function readOr(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Every thread of every process this user may read, or null where there is no /proc (not Linux). */
export function readThreads(proc = "/proc", selfPid = String(process.pid)): ThreadSample[] | null {
  let pids: string[];
  try {
    pids = readdirSync(proc).filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const samples: ThreadSample[] = [];
  for (const pid of pids) {
    let tids: string[];
    try {
      tids = readdirSync(`${proc}/${pid}/task`);
    } catch {
      continue; // The process ended, or is not ours to read.
    }
    // Where the command line or the process's name cannot be read, the kernel's names for its threads stand.
    const mainName = mainThreadName(readOr(`${proc}/${pid}/cmdline`));
    const wholeProcess = processRole(pid, readOr(`${proc}/${pid}/comm`).trim(), selfPid);
    for (const tid of tids) {
      try {
        const stat = parseSchedstat(readFileSync(`${proc}/${pid}/task/${tid}/schedstat`, "utf8"));
        const name = wholeProcess ?? (tid === pid && mainName ? mainName : readFileSync(`${proc}/${pid}/task/${tid}/comm`, "utf8").trim());
        if (stat) samples.push({ key: `${pid}:${tid}`, name, ...stat });
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  }
  return samples;
}

/** The use of each thread between `before` and `after`, summed over several intervals if given several pairs. */
export function threadUse(pairs: readonly (readonly [readonly ThreadSample[], readonly ThreadSample[]])[]): ThreadUse | null {
  const perThread = new Map<string, { name: string; runNs: number; waitNs: number }>();
  for (const [before, after] of pairs) {
    const start = new Map(before.map((s) => [s.key, s]));
    for (const s of after) {
      const from = start.get(s.key);
      // A thread born during the interval counts from zero.
      const run = s.runNs - (from?.runNs ?? 0);
      const wait = s.waitNs - (from?.waitNs ?? 0);
      const sum = perThread.get(s.key) ?? { name: s.name, runNs: 0, waitNs: 0 };
      sum.runNs += run;
      sum.waitNs += wait;
      perThread.set(s.key, sum);
    }
  }
  let mainKey: string | null = null;
  for (const [key, t] of perThread) if (t.name === "CrRendererMain" && (mainKey === null || t.runNs > perThread.get(mainKey)!.runNs)) mainKey = key;
  if (mainKey === null) return null;
  const main = perThread.get(mainKey)!;
  const byRole = new Map<string, number>();
  for (const [key, t] of perThread) if (key !== mainKey && t.runNs > 0) byRole.set(role(t.name), (byRole.get(role(t.name)) ?? 0) + t.runNs);
  return {
    main: { runMs: round1(main.runNs / 1e6), waitMs: round1(main.waitNs / 1e6) },
    others: [...byRole].map(([name, ns]) => ({ name, runMs: round1(ns / 1e6) })).sort((a, b) => b.runMs - a.runMs),
  };
}

/** The main thread's time on a processor / waiting for one: "1200 / 400 ms (25 % waiting)". */
export function describeMain(use: ThreadUse): string {
  const { runMs, waitMs } = use.main;
  const share = runMs + waitMs > 0 ? Math.round((100 * waitMs) / (runMs + waitMs)) : 0;
  return `${Math.round(runMs)} / ${Math.round(waitMs)} ms (${share} % waiting)`;
}

/** The `count` busiest other threads: "compositor 300, raster 120 ms". */
export function describeOthers(use: ThreadUse, count = 5): string {
  const top = use.others.slice(0, count);
  return top.length === 0 ? "none" : `${top.map((o) => `${o.name} ${Math.round(o.runMs)}`).join(", ")} ms`;
}
