// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FOLLOW_MS, REST_MS, useFollowingQuery } from "@/components/dashboard/useFollowingQuery";
import { useRestingQuery } from "@/components/dashboard/useRestingQuery";
import { useFollowingBehind, useSelection } from "@/components/dashboard/useSelection";
import { DashboardProvider } from "@/components/dashboard/viewContext";
import { useWindowCommit } from "@/components/timeline/useWindowCommit";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { createViewStore } from "@/lib/view/store";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();

function setup() {
  const store = createViewStore(resolveView({}, index));
  const changes: string[] = [];
  store.listen((_s, _p, kind) => changes.push(kind));
  const wrapper = ({ children }: { children: ReactNode }) => <DashboardProvider value={{ index, store }}>{children}</DashboardProvider>;
  return { store, changes, wrapper };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout", "performance", "Date"] });
});
afterEach(() => vi.useRealTimers());

describe("useWindowCommit", () => {
  it("applies a frame's queued gesture updates as one store change, in order, and the first burst starts a history entry", () => {
    const { store, changes, wrapper } = setup();
    const { result } = renderHook(() => useWindowCommit(), { wrapper });
    const from = store.get().view.from;
    act(() => {
      result.current.commit((v) => ({ ...v, from: v.from + 1 }));
      result.current.commit((v) => ({ ...v, from: v.from * 2 }));
    });
    expect(store.get().view.from).toBe(from);
    // What a gesture reads to continue from includes what is queued.
    expect(result.current.peek().from).toBe((from + 1) * 2);
    act(() => vi.advanceTimersToNextFrame());
    expect(store.get().view.from).toBe((from + 1) * 2);
    expect(changes).toEqual(["discrete"]);
    act(() => {
      result.current.commit((v) => ({ ...v, from: v.from - 1 }));
      vi.advanceTimersToNextFrame();
    });
    expect(changes).toEqual(["discrete", "continuous"]);
  });

  it("applies a key step at once, after what was queued, as part of the gesture", () => {
    const { store, changes, wrapper } = setup();
    const { result } = renderHook(() => useWindowCommit(), { wrapper });
    const from = store.get().view.from;
    act(() => {
      result.current.commit((v) => ({ ...v, from: v.from + 2 }));
      result.current.step((v) => ({ ...v, from: v.from * 3 }));
    });
    expect(store.get().view.from).toBe((from + 2) * 3);
    act(() => result.current.step((v) => ({ ...v, from: v.from + 1 })));
    act(() => vi.advanceTimersToNextFrame());
    expect(store.get().view.from).toBe((from + 2) * 3 + 1);
    expect(changes).toEqual(["discrete", "continuous"]);
  });

  it("applies a discrete change at once, together with what was queued, and drops the pending frame", () => {
    const { store, changes, wrapper } = setup();
    const { result } = renderHook(() => useWindowCommit(), { wrapper });
    const { from, to } = store.get().view;
    act(() => {
      result.current.commit((v) => ({ ...v, from: v.from + 3 }));
      result.current.apply((v) => ({ ...v, to: v.to - 3 }));
    });
    expect(store.get().view).toMatchObject({ from: from + 3, to: to - 3 });
    act(() => vi.advanceTimersToNextFrame());
    expect(changes).toEqual(["discrete"]);
  });
});

describe("useFollowingQuery", () => {
  it("follows a scrub at most every FOLLOW_MS and ends on the last window", () => {
    const { store, wrapper } = setup();
    const renders: number[] = [];
    const { result } = renderHook(
      () => {
        const q = useFollowingQuery();
        renders.push(q.to);
        return q;
      },
      { wrapper },
    );
    const to = store.get().view.to;
    renders.length = 0;
    // A scrub of 50 steps at 60 steps a second.
    for (let i = 1; i <= 50; i++) {
      act(() => {
        store.setView((v) => ({ ...v, to: to - i }), "continuous");
        vi.advanceTimersByTime(1000 / 60);
      });
    }
    // Still the burst's last due update: the rest has not come yet.
    expect(result.current.to).not.toBe(to - 50);
    act(() => vi.advanceTimersByTime(REST_MS));
    expect(result.current.to).toBe(to - 50);
    const distinct = [...new Set(renders)];
    expect(distinct.length).toBeGreaterThan(1);
    expect(distinct.length).toBeLessThanOrEqual(Math.ceil(1000 / FOLLOW_MS) + 2);
  });

  it("moves every following panel together, in one render, during a scrub and after it", () => {
    const { store, wrapper } = setup();
    const watch = vi.spyOn(store, "watch");
    const seen: Array<[number, number]> = [];
    const { result, unmount } = renderHook(
      () => {
        const a = useFollowingQuery();
        const b = useFollowingQuery();
        seen.push([a.to, b.to]);
        return b;
      },
      { wrapper },
    );
    const to = store.get().view.to;
    for (let i = 1; i <= 40; i++) {
      act(() => {
        store.setView((v) => ({ ...v, to: to - i }), "continuous");
        vi.advanceTimersByTime(1000 / 60);
      });
    }
    act(() => vi.advanceTimersByTime(REST_MS));
    expect(result.current.to).toBe(to - 40);
    expect(seen.every(([a, b]) => a === b)).toBe(true);
    expect(new Set(seen.map(([a]) => a)).size).toBeGreaterThan(2);
    // One follower times both panels (one timer, one transition); a panel mounted later joins it.
    expect(watch).toHaveBeenCalledTimes(1);
    const late = renderHook(() => useFollowingQuery(), { wrapper });
    expect(late.result.current.to).toBe(to - 40);
    expect(watch).toHaveBeenCalledTimes(1);
    late.unmount();
    unmount();
  });

  it("says the panels are behind while a burst has not rested, and not once they caught up", () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(() => useFollowingBehind(), { wrapper });
    expect(result.current).toBe(false);
    const to = store.get().view.to;
    act(() => store.setView((v) => ({ ...v, to: to - 1 }), "continuous"));
    act(() => vi.advanceTimersByTime(0));
    act(() => store.setView((v) => ({ ...v, to: to - 2 }), "continuous"));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(REST_MS));
    expect(result.current).toBe(false);
  });

  it("takes a discrete change at once, even right after a burst's update", () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(() => useFollowingQuery(), { wrapper });
    const to = store.get().view.to;
    act(() => store.setView((v) => ({ ...v, to: to - 1 }), "continuous"));
    act(() => vi.advanceTimersByTime(REST_MS));
    expect(result.current.to).toBe(to - 1);
    act(() => store.setView((v) => ({ ...v, to: to - 5 }), "discrete"));
    expect(result.current.to).toBe(to - 5);
  });
});

describe("useRestingQuery", () => {
  const REST = 250;

  it("stays on the rested window through a held scrub, however long, and takes the last one after a rest", () => {
    const { store, wrapper } = setup();
    const seen: number[] = [];
    const { result } = renderHook(
      () => {
        const q = useRestingQuery(REST);
        if (q) seen.push(q.to);
        return q;
      },
      { wrapper },
    );
    const to = store.get().view.to;
    // Nothing until the page has stood still for a rest after its first render.
    expect(result.current).toBeNull();
    act(() => vi.advanceTimersByTime(REST));
    expect(result.current!.to).toBe(to);
    // Three seconds of a held key: longer than the panels' FOLLOW_MS and than REST between their updates.
    for (let i = 1; i <= 180; i++) {
      act(() => {
        vi.advanceTimersByTime(1000 / 60);
        store.setView((v) => ({ ...v, to: to - i }), "continuous");
      });
    }
    expect(new Set(seen)).toEqual(new Set([to]));
    act(() => vi.advanceTimersByTime(REST - 1));
    expect(result.current!.to).toBe(to);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current!.to).toBe(to - 180);
  });

  it("waits for a rest after a discrete change too, and follows a theme filter", () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(() => useRestingQuery(REST), { wrapper });
    act(() => vi.advanceTimersByTime(REST));
    const before = result.current!;
    act(() => store.setView((v) => ({ ...v, themes: [index.dataset.themes[0]!.id] }), "discrete"));
    expect(result.current).toBe(before);
    act(() => vi.advanceTimersByTime(REST));
    expect(result.current!.themes).toEqual([index.dataset.themes[0]!.id]);
    expect(result.current!.to).toBe(before.to);
  });

  it("starts from nothing again for another store (another dataset)", () => {
    const first = setup();
    const second = createViewStore(resolveView({ from: "2024-12-01", to: "2024-12-31" }, index));
    let store = first.store;
    const wrapper = ({ children }: { children: ReactNode }) => <DashboardProvider value={{ index, store }}>{children}</DashboardProvider>;
    const { result, rerender } = renderHook(() => useRestingQuery(REST), { wrapper });
    act(() => vi.advanceTimersByTime(REST));
    expect(result.current!.to).toBe(first.store.get().view.to);
    store = second;
    rerender();
    expect(result.current).toBeNull();
    act(() => vi.advanceTimersByTime(REST));
    expect(result.current!.to).toBe(second.get().view.to);
  });
});

describe("useSelection", () => {
  it("is the selection of the store's window, recomputed when the window changes", () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(() => useSelection(), { wrapper });
    expect(result.current.counts).toEqual(selectVisible(index, store.get().view).counts);
    act(() => store.setView((v) => ({ ...v, to: v.from })));
    expect(result.current.counts).toEqual(selectVisible(index, store.get().view).counts);
  });
});
