// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REFRESH_MS, useBurstClock, useHeldWhileMoving, useWindowMoving } from "@/components/network/useHeldWhileMoving";
import { BURST_REST_MS } from "@/lib/view/burst";
import type { Projection } from "@/lib/network/project";
import { resolveView } from "@/lib/view/state";
import { createViewStore } from "@/lib/view/store";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => vi.useRealTimers());

/** A stand-in projection: only its identity and transform matter here. */
const projection = (k = 1): Projection => ({ nodes: [], nodeById: new Map(), ties: [], ghosts: [], scene: { nodes: [], nodeById: new Map(), ties: [], ghosts: [] }, transform: { k, x: 0, y: 0 } });

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

describe("useHeldWhileMoving", () => {
  it("follows the projection at rest, holds it during a burst until the clock ticks, and never holds across a pan or zoom", () => {
    const a = projection();
    const { result, rerender } = renderHook(({ p, clock }: { p: Projection; clock: number | null }) => useHeldWhileMoving(p, clock), { initialProps: { p: a, clock: null as number | null } });
    expect(result.current).toBe(a);
    const b = projection();
    rerender({ p: b, clock: null });
    expect(result.current).toBe(b);
    // The burst starts: its first projection is let through, then held.
    const c = projection();
    rerender({ p: c, clock: 0 });
    expect(result.current).toBe(c);
    rerender({ p: projection(), clock: 0 });
    expect(result.current).toBe(c);
    // The clock ticks: let go once.
    const d = projection();
    rerender({ p: d, clock: 1 });
    expect(result.current).toBe(d);
    rerender({ p: projection(), clock: 1 });
    expect(result.current).toBe(d);
    // A zoom during the burst is never held (labels must sit on their nodes).
    const zoomed = projection(2);
    rerender({ p: zoomed, clock: 1 });
    expect(result.current).toBe(zoomed);
    // The burst rests: the current projection at once.
    const e = projection(2);
    rerender({ p: e, clock: null });
    expect(result.current).toBe(e);
  });
});
