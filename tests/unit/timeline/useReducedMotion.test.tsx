// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A media query list whose answer the test sets, telling its listeners only when `notify` is true. */
function fakeQuery() {
  const listeners = new Set<() => void>();
  const query = {
    matches: false,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    set(matches: boolean, notify: boolean) {
      query.matches = matches;
      if (notify) for (const l of listeners) l();
    },
  };
  vi.stubGlobal("matchMedia", () => query);
  return query;
}

describe("useReducedMotion", () => {
  it("follows the preference while mounted, and reads it afresh for a reader mounted after a change nobody heard", async () => {
    const query = fakeQuery();
    // A fresh module: it keeps its query list and answer at module level.
    const { useReducedMotion } = await import("@/components/timeline/useReducedMotion");
    const first = renderHook(() => useReducedMotion());
    expect(first.result.current).toBe(false);
    act(() => query.set(true, true));
    expect(first.result.current).toBe(true);
    first.unmount();
    // Changed while no reader listened.
    query.set(false, false);
    const second = renderHook(() => useReducedMotion());
    expect(second.result.current).toBe(false);
  });
});
