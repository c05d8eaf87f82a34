// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSelection } from "@/components/dashboard/useSelection";
import { DashboardProvider } from "@/components/dashboard/viewContext";
import { usePacedSelection } from "@/components/network/usePacedSelection";
import { BURST_REST_MS } from "@/lib/view/burst";
import { resolveView } from "@/lib/view/state";
import { createViewStore } from "@/lib/view/store";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "performance"] });
});
afterEach(() => vi.useRealTimers());

function setUp(canvas: boolean, workerCanDraw = false) {
  const store = createViewStore(resolveView({}, index));
  const wrapper = ({ children }: { children: ReactNode }) => <DashboardProvider value={{ index, store }}>{children}</DashboardProvider>;
  const { result } = renderHook(() => ({ paced: usePacedSelection(store, canvas, workerCanDraw), live: useSelection() }), { wrapper });
  const step = () => act(() => store.setView((v) => ({ ...v, to: v.to - 1 }), "continuous"));
  return { result, step };
}

describe("usePacedSelection", () => {
  it("while the window moves and the worker makes the pictures, keeps the selection from before the burst, from its first step until it rests", () => {
    const { result, step } = setUp(true, true);
    const before = result.current.paced.selection;
    expect(before).toBe(result.current.live);
    step();
    // A single step is a burst already: the worker draws it, the view keeps what it drew.
    expect(result.current.paced.inWorker).toBe(true);
    expect(result.current.paced.moving).toBe(false);
    expect(result.current.paced.selection).toBe(before);
    expect(result.current.live).not.toBe(before);
    step();
    step();
    expect(result.current.paced.moving).toBe(true);
    expect(result.current.paced.selection).toBe(before);
    expect(result.current.live).not.toBe(before);
    act(() => void vi.advanceTimersByTime(BURST_REST_MS));
    expect(result.current.paced.inWorker).toBe(false);
    expect(result.current.paced.selection).toBe(result.current.live);
  });

  it("while the window moves and the worker cannot make the pictures (a comparison, sizes by a measure), keeps the selection of the last picture; takes the latest when the worker is free", () => {
    const { result, step } = setUp(true);
    step();
    step();
    expect(result.current.paced.moving).toBe(true);
    expect(result.current.paced.selection).toBe(result.current.live);
    act(() => result.current.paced.drawGate.set(true));
    const drawn = result.current.paced.selection;
    step();
    step();
    expect(result.current.paced.selection).toBe(drawn);
    expect(result.current.live).not.toBe(drawn);
    act(() => result.current.paced.drawGate.set(false));
    expect(result.current.paced.selection).toBe(result.current.live);
  });

  it("follows every selection at rest, even with the worker busy", () => {
    const { result, step } = setUp(true);
    act(() => result.current.paced.drawGate.set(true));
    step();
    act(() => void vi.advanceTimersByTime(BURST_REST_MS));
    expect(result.current.paced.moving).toBe(false);
    expect(result.current.paced.selection).toBe(result.current.live);
  });

  it("never holds the SVG picture's selection", () => {
    const { result, step } = setUp(false);
    act(() => result.current.paced.drawGate.set(true));
    for (let i = 0; i < 4; i++) {
      step();
      expect(result.current.paced.selection).toBe(result.current.live);
    }
  });
});
