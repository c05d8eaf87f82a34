// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useHeldWhileMoving } from "@/components/network/useHeldWhileMoving";
import type { Projection } from "@/lib/network/project";

/** A stand-in projection: only its identity and transform matter here. */
const projection = (k = 1): Projection => ({ nodes: [], nodeById: new Map(), ties: [], ghosts: [], scene: { nodes: [], nodeById: new Map(), ties: [], ghosts: [] }, transform: { k, x: 0, y: 0 } });

describe("useHeldWhileMoving", () => {
  it("follows the projection at rest, holds the one before a burst until the clock ticks, and never holds across a pan or zoom", () => {
    const a = projection();
    const { result, rerender } = renderHook(({ p, clock }: { p: Projection; clock: number | null }) => useHeldWhileMoving(p, clock), { initialProps: { p: a, clock: null as number | null } });
    expect(result.current).toBe(a);
    const b = projection();
    rerender({ p: b, clock: null });
    expect(result.current).toBe(b);
    // The burst starts: the projection before it stays, through its first step and the next.
    rerender({ p: projection(), clock: 0 });
    expect(result.current).toBe(b);
    rerender({ p: projection(), clock: 0 });
    expect(result.current).toBe(b);
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
