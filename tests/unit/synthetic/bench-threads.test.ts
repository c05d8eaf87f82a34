import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeMain, describeOthers, mainThreadName, parseSchedstat, processRole, readThreads, threadUse, type ThreadSample } from "@/scripts/bench/threads";

const ms = 1e6;
const t = (key: string, name: string, runMs: number, waitMs = 0): ThreadSample => ({ key, name, runNs: runMs * ms, waitNs: waitMs * ms });

describe("bench threads: parseSchedstat", () => {
  it("reads nanoseconds on a processor and waiting on a run queue", () => {
    expect(parseSchedstat("9202267 56868 3\n")).toEqual({ runNs: 9202267, waitNs: 56868 });
  });
  it("refuses what is not a schedstat line", () => {
    expect(parseSchedstat("")).toBeNull();
    expect(parseSchedstat("n/a")).toBeNull();
  });
});

describe("bench threads: mainThreadName", () => {
  it("names a Chromium process's main thread by its --type, and leaves others to the kernel", () => {
    expect(mainThreadName("/usr/lib/chromium/chromium\0--type=renderer\0--lang=en-US\0")).toBe("CrRendererMain");
    expect(mainThreadName("/usr/lib/chromium/chromium\0--type=gpu-process\0")).toBe("CrGpuMain");
    // Chromium's children rewrite their command line with spaces.
    expect(mainThreadName("/usr/lib/chromium/chromium --type=renderer --crashpad-handler-pid=0")).toBe("CrRendererMain");
    expect(mainThreadName("/usr/lib/chromium/chromium\0--type=zygote\0")).toBeNull();
    expect(mainThreadName("/usr/lib/chromium/chromium\0--headless\0--no-sandbox\0")).toBeNull();
    expect(mainThreadName("node\0--flag\0--type=renderer-ish\0")).toBeNull();
  });
});

describe("bench threads: processRole", () => {
  it("names the bench's own threads and the server's, and leaves other processes to their threads' names", () => {
    expect(processRole("7", "node", "7")).toBe("the bench");
    expect(processRole("8", "next-server (v1", "7")).toBe("server");
    expect(processRole("9", "node", "7")).toBeNull();
  });
});

describe("bench threads: threadUse", () => {
  it("takes the busiest renderer main thread as the page's, with its wait", () => {
    const before = [t("10:10", "CrRendererMain", 100, 10), t("20:20", "CrRendererMain", 5000, 0), t("20:21", "Compositor", 50)];
    const after = [t("10:10", "CrRendererMain", 110, 11), t("20:20", "CrRendererMain", 5900, 300), t("20:21", "Compositor", 250)];
    const use = threadUse([[before, after]])!;
    expect(use.main).toEqual({ runMs: 900, waitMs: 300 });
    expect(use.others).toEqual([
      { name: "compositor", runMs: 200 },
      { name: "other renderers", runMs: 10 },
    ]);
  });

  it("counts a thread born during the interval from zero, sums by role, and leaves out idle threads", () => {
    const before = [t("1:1", "CrRendererMain", 0), t("1:2", "ThreadPoolForeg", 40), t("1:4", "node", 7)];
    const after = [t("1:1", "CrRendererMain", 500, 100), t("1:2", "ThreadPoolForeg", 100), t("1:3", "ThreadPoolForeg", 30), t("1:4", "node", 7)];
    const use = threadUse([[before, after]])!;
    expect(use.others).toEqual([{ name: "thread pool", runMs: 90 }]);
  });

  it("sums several rounds", () => {
    const round = (run: number): [ThreadSample[], ThreadSample[]] => [[t("1:1", "CrRendererMain", 0, 0)], [t("1:1", "CrRendererMain", run, run / 4)]];
    expect(threadUse([round(400), round(600)])!.main).toEqual({ runMs: 1000, waitMs: 250 });
  });

  it("is null when no renderer ran", () => {
    expect(threadUse([[[t("1:1", "node", 0)], [t("1:1", "node", 5)]]])).toBeNull();
  });

  it("describes the main thread's share of waiting, and the busiest others", () => {
    const use = { main: { runMs: 1200, waitMs: 400 }, others: [{ name: "compositor", runMs: 300.4 }, { name: "raster", runMs: 120 }] };
    expect(describeMain(use)).toBe("1200 / 400 ms (25 % waiting)");
    expect(describeOthers(use, 1)).toBe("compositor 300 ms");
    expect(describeOthers({ ...use, others: [] })).toBe("none");
  });
});

describe("bench threads: readThreads", () => {
  let root: string | null = null;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = null;
  });

  it("reads every thread's name and schedstat, and passes over what it cannot read", () => {
    root = mkdtempSync(path.join(tmpdir(), "proc-"));
    const thread = (pid: string, tid: string, comm: string, schedstat: string | null) => {
      const dir = path.join(root!, pid, "task", tid);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "comm"), `${comm}\n`);
      if (schedstat !== null) writeFileSync(path.join(dir, "schedstat"), schedstat);
    };
    thread("42", "42", "chromium", "2000000 500000 9\n");
    thread("42", "43", "Compositor", "1000000 0 2\n");
    thread("42", "44", "gone", null);
    writeFileSync(path.join(root, "42", "cmdline"), "/usr/lib/chromium/chromium\0--type=renderer\0");
    thread("50", "50", "node", "300 1 1\n");
    // The server: its helper threads are "node" to the kernel, like any Node process's.
    thread("60", "60", "next-server (v1", "900 0 1\n");
    thread("60", "61", "node", "100 0 1\n");
    writeFileSync(path.join(root, "60", "comm"), "next-server (v1\n");
    mkdirSync(path.join(root, "self"));
    mkdirSync(path.join(root, "77")); // no task directory: not ours to read
    const samples = readThreads(root, "50")!;
    expect(samples.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: "42:42", name: "CrRendererMain", runNs: 2000000, waitNs: 500000 },
      { key: "42:43", name: "Compositor", runNs: 1000000, waitNs: 0 },
      { key: "50:50", name: "the bench", runNs: 300, waitNs: 1 },
      { key: "60:60", name: "server", runNs: 900, waitNs: 0 },
      { key: "60:61", name: "server", runNs: 100, waitNs: 0 },
    ]);
  });

  it("is null without a /proc", () => {
    expect(readThreads(path.join(tmpdir(), "no-such-proc-directory"))).toBeNull();
  });
});
