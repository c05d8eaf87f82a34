import { describe, expect, it } from "vitest";
import { layoutFigures, type LayoutReading } from "@/scripts/bench/layout-figures";
import { allChecks, formatTable } from "@/scripts/bench/report";
import { compare, movingFrameDeltas, summarise, type RoundFigures } from "@/scripts/bench/ab-stats";
import { percentile } from "@/scripts/bench/stats";

const reading = (over: Partial<LayoutReading>): LayoutReading => ({
  attrMs: null,
  settledMark: null,
  startMark: null,
  runningAt: null,
  settledAt: null,
  readyAt: 800,
  now: 5000,
  longTasks: [],
  ...over,
});

describe("bench: percentile", () => {
  it("takes the nearest rank and returns null for no samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([], 50)).toBeNull();
  });
});

describe("bench: layoutFigures", () => {
  it("prefers data-layout-ms and looks for long tasks in the window it implies", () => {
    const figures = layoutFigures(
      reading({ attrMs: 400, settledAt: 2000, settledMark: 1900, longTasks: [{ start: 1000, duration: 60 }, { start: 1600, duration: 30 }] }),
    );
    expect(figures.method).toBe("data-layout-ms attribute");
    expect(figures.ms).toBe(400);
    // Ends at the mark (1900), starts 400 ms before: only the task at 1600 overlaps.
    expect(figures.window).toEqual([1500, 1900]);
    expect(figures.longestTaskMs).toBe(30);
  });

  it("uses the marks next, as a duration when layout-start exists", () => {
    expect(layoutFigures(reading({ settledMark: 1500, startMark: 1000 })).ms).toBe(500);
    const fromNavigation = layoutFigures(reading({ settledMark: 1500 }));
    expect(fromNavigation.ms).toBe(1500);
    expect(fromNavigation.method).toContain("from navigation");
  });

  it("falls back to the settled attribute, timing tasks from when the layout was first seen running", () => {
    const figures = layoutFigures(reading({ runningAt: 900, settledAt: 1700, longTasks: [{ start: 500, duration: 200 }, { start: 1000, duration: 70 }] }));
    expect(figures.ms).toBe(1700);
    expect(figures.longestTaskMs).toBe(70);
  });

  it("says n/a when there is no hook", () => {
    const figures = layoutFigures(reading({}));
    expect(figures.ms).toBeNull();
    expect(figures.method).toMatch(/^n\/a/);
  });
});

describe("bench: report", () => {
  it("judges the endpoint and first-load JS against their targets and aligns the table", () => {
    const checks = allChecks(
      [],
      { method: "route-bundle-stats.json", gzipBytes: 171_000, rawBytes: 500_000, files: 8 },
      [
        { label: "api gzip", url: "http://127.0.0.1:1/x", headers: {}, targeted: true, connections: 50, seconds: 10, requestsPerSecond: 1500, latencyP50: 5, latencyP99: 20, requests: 15000, errors: 0, timeouts: 0, non2xx: 0, serverCpuMsPerRequest: 0.4 },
        { label: "page /", url: "http://127.0.0.1:1/", headers: {}, targeted: false, connections: 50, seconds: 10, requestsPerSecond: 90, latencyP50: 500, latencyP99: 900, requests: 900, errors: 0, timeouts: 0, non2xx: 1, serverCpuMsPerRequest: null },
      ],
      { seconds: 300, apiRate: 200, pageRate: 5, requests: 61500, errors: 0, non2xx: 0, latencyP99: 12, rssBeforeMb: 200, rssAfterMb: 230, growth: 0.15 },
    );
    // The page has no throughput target (null), but its errors count; memory grew 15 %: the soak fails.
    expect(checks.map((c) => c.pass)).toEqual([false, true, true, null, true, null, null, false, null, true, false]);
    const lines = formatTable(checks).split("\n");
    expect(lines[0]).toMatch(/^dataset\s+metric\s+value\s+target\s+result$/);
    // Every row has its result starting in the same column.
    const column = lines[0]!.indexOf("result");
    for (const line of lines.slice(2)) expect(line.slice(column)).toMatch(/^(PASS|FAIL|)$/);
  });
});

describe("bench: A/B comparison", () => {
  it("counts only the frames after steps that moved the window", () => {
    // Six working frames, then four at the window's limit paced at the screen's rate: with them the p95 is theirs.
    const deltas = [8, 9, 7, 10, 8, 9, 17.2, 17.4, 17.3, 17.1];
    const moved = [true, true, true, true, true, true, false, false, false, false];
    expect(percentile(deltas, 95)).toBe(17.4);
    expect(movingFrameDeltas(deltas, moved)).toEqual([8, 9, 7, 10, 8, 9]);
    expect(percentile(movingFrameDeltas(deltas, moved), 95)).toBe(10);
    // A step with no record of moving (a run cut short) does not count either.
    expect(movingFrameDeltas([5, 6, 7], [true, false])).toEqual([5]);
  });

  const round = (deltas: number[], extra: Partial<RoundFigures> = {}): RoundFigures => ({ deltas, longTasks: 0, pictures: 0, ms: 1000, ...extra });
  // 100 frames whose p95 (nearest rank) is the slow value.
  const frames = (base: number, slow: number) => [...Array.from({ length: 94 }, () => base), ...Array.from({ length: 6 }, () => slow)];

  it("pairs the rounds in order and counts those in which B's p95 is lower", () => {
    // Drift moves both sides of a pair: B is 3 ms faster in every pair although its worst round is slower than A's best.
    const a = [round(frames(8, 20)), round(frames(8, 30)), round(frames(8, 40))];
    const b = [round(frames(7, 17)), round(frames(7, 27)), round(frames(7, 37))];
    const c = compare(a, b);
    expect(c.pairs).toBe(3);
    expect(c.bLowerP95).toBe(3);
    expect(c.medianP95Difference).toBe(-3);
    expect(c.b.roundP95Median).toBe(27);
    expect(c.a.roundP95Median).toBe(30);
  });

  it("pools each side's frames, long tasks and pictures a second", () => {
    const s = summarise([round(frames(10, 50), { longTasks: 1, pictures: 30, ms: 1500 }), round(frames(12, 60), { longTasks: 2, pictures: 15, ms: 1500 })]);
    expect(s.frames).toBe(200);
    expect(s.p50).toBe(12);
    expect(s.p95).toBe(50);
    expect(s.p99).toBe(60);
    expect(s.longTasks).toBe(3);
    expect(s.picturesPerSecond).toBe(15);
    // Without the kernel's thread times (not Linux), no share of waiting.
    expect(s.mainWaitingPercent).toBeNull();
  });

  it("gives the main thread's share of waiting over all rounds, only when every round has it", () => {
    const main = (runMs: number, waitMs: number) => ({ main: { runMs, waitMs } });
    expect(summarise([round(frames(8, 20), main(900, 100)), round(frames(8, 20), main(700, 300))]).mainWaitingPercent).toBe(20);
    expect(summarise([round(frames(8, 20), main(900, 100)), round(frames(8, 20), { main: null })]).mainWaitingPercent).toBeNull();
  });

  it("ties count for neither side, and a side without rounds has no figures", () => {
    const c = compare([round(frames(8, 20))], [round(frames(9, 20))]);
    expect(c.bLowerP95).toBe(0);
    expect(c.medianP95Difference).toBe(0);
    const empty = compare([], []);
    expect(empty.pairs).toBe(0);
    expect(empty.medianP95Difference).toBeNull();
    expect(empty.a.p95).toBeNull();
    expect(empty.a.picturesPerSecond).toBe(0);
  });
});
