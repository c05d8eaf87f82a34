// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REFRESH_MS, useBurstClock, useWindowMoving } from "@/components/dashboard/useWindowBursts";
import { BURST_REST_MS } from "@/lib/view/burst";
import { resolveView } from "@/lib/view/state";
import { createViewStore } from "@/lib/view/store";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "performance"] });
});
afterEach(() => vi.useRealTimers());

describe("useBurstClock", () => {
  it("is null at rest and for discrete changes, ticks every REFRESH_MS during a burst, and rests BURST_REST_MS after it", () => {
    const store = createViewStore(resolveView({}, index));
    const { result } = renderHook(() => useBurstClock(store));
    const step = (kind: "discrete" | "continuous") => act(() => store.setView((v) => ({ ...v, to: v.to - 1 }), kind));
    expect(result.current).toBeNull();
    step("discrete");
    expect(result.current).toBeNull();
    step("continuous");
    expect(result.current).toBe(0);
    // A held key: a change every 50 ms keeps the burst going, and the clock ticks on.
    for (let i = 0; i < 10; i++) {
      act(() => void vi.advanceTimersByTime(50));
      step("continuous");
    }
    expect(result.current).toBe(Math.floor(500 / REFRESH_MS));
    // A change of something else than the window is not a burst.
    act(() => store.setView((v) => ({ ...v, actor: index.dataset.actors[0]!.id }), "continuous"));
    act(() => void vi.advanceTimersByTime(BURST_REST_MS));
    expect(result.current).toBeNull();
  });
});

describe("useWindowMoving", () => {
  it("is false for a single step and a discrete change, true from a burst's second step until it rests", () => {
    const store = createViewStore(resolveView({}, index));
    const { result } = renderHook(() => useWindowMoving(store));
    const step = (kind: "discrete" | "continuous") => act(() => store.setView((v) => ({ ...v, to: v.to - 1 }), kind));
    step("continuous");
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(BURST_REST_MS));
    // Another single press after a rest is a step of its own.
    step("continuous");
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(BURST_REST_MS - 1));
    step("continuous");
    expect(result.current).toBe(true);
    for (let i = 0; i < 5; i++) {
      act(() => void vi.advanceTimersByTime(50));
      step("continuous");
      expect(result.current).toBe(true);
    }
    act(() => void vi.advanceTimersByTime(BURST_REST_MS));
    expect(result.current).toBe(false);
    // A click in the middle of a hold ends the motion at once.
    step("continuous");
    step("continuous");
    expect(result.current).toBe(true);
    step("discrete");
    expect(result.current).toBe(false);
  });
});
