import { describe, expect, it } from "vitest";
import { busyShare, parseCpuLine } from "@/scripts/bench/machine";

describe("bench machine: parseCpuLine", () => {
  it("sums busy ticks (user, nice, system, irq, softirq, steal) and all ticks (with idle and iowait)", () => {
    expect(parseCpuLine("cpu  100 5 50 800 20 3 2 0 0 0\ncpu0 50 2 25 400 10 1 1 0 0 0\n")).toEqual({ busy: 160, total: 980 });
  });
  it("refuses anything but the machine's cpu line", () => {
    expect(parseCpuLine("cpu0 50 2 25 400 10 1 1 0 0 0")).toBeNull();
    expect(parseCpuLine("")).toBeNull();
    expect(parseCpuLine("cpu  a b c d")).toBeNull();
  });
});

describe("bench machine: busyShare", () => {
  it("is the busy part of the time between two readings", () => {
    expect(busyShare({ busy: 100, total: 1000 }, { busy: 150, total: 1200 })).toBe(0.25);
    expect(busyShare({ busy: 100, total: 1000 }, { busy: 100, total: 1000 })).toBe(0);
  });
});
