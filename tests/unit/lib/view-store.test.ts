import { describe, expect, it, vi } from "vitest";
import type { ActorId, ThemeId } from "@/lib/dataset/ids";
import { createViewStore } from "@/lib/view/store";
import type { ViewState } from "@/lib/view/state";

const initial: ViewState = { from: 100, to: 200, themes: ["a" as ThemeId], actor: null, event: null, tie: null, step: null, compare: null };

describe("view store", () => {
  it("notifies a window subscriber on a window change and leaves subscribers of other slices asleep", () => {
    const store = createViewStore(initial);
    const onTo = vi.fn();
    const onActor = vi.fn();
    const onThemes = vi.fn();
    store.watch((s) => s.view.to, onTo);
    store.watch((s) => s.view.actor, onActor);
    store.watch((s) => s.view.themes, onThemes);
    store.setView((v) => ({ ...v, to: 150 }), "continuous");
    expect(onTo).toHaveBeenCalledExactlyOnceWith(150, "continuous");
    expect(onActor).not.toHaveBeenCalled();
    expect(onThemes).not.toHaveBeenCalled();
    store.setView((v) => ({ ...v, actor: "x" as ActorId }));
    expect(onActor).toHaveBeenCalledExactlyOnceWith("x", "discrete");
    expect(onTo).toHaveBeenCalledTimes(1);
  });

  it("keeps the themes array's identity when an update rebuilds it with the same ids", () => {
    const store = createViewStore(initial);
    const onThemes = vi.fn();
    store.watch((s) => s.view.themes, onThemes);
    store.setView((v) => ({ ...v, from: 120, themes: ["a" as ThemeId] }));
    expect(store.get().view.from).toBe(120);
    expect(store.get().view.themes).toBe(initial.themes);
    expect(onThemes).not.toHaveBeenCalled();
  });

  it("tells no one about an update that changes nothing", () => {
    const store = createViewStore(initial);
    const any = vi.fn();
    store.subscribe(any);
    store.setView((v) => ({ ...v }));
    store.setView((v) => v);
    expect(any).not.toHaveBeenCalled();
    store.setView((v) => ({ ...v, to: 201 }));
    expect(any).toHaveBeenCalledTimes(1);
  });

  it("passes the previous state and the kind to listeners, and stops after unsubscribing", () => {
    const store = createViewStore(initial);
    const listener = vi.fn();
    const stop = store.listen(listener);
    store.setView((v) => ({ ...v, from: 110 }), "continuous");
    expect(listener).toHaveBeenCalledWith(store.get(), expect.objectContaining({ view: initial }), "continuous");
    stop();
    store.setView((v) => ({ ...v, from: 111 }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("counts network frame requests without touching the view", () => {
    const store = createViewStore(initial);
    const onView = vi.fn();
    const onFrame = vi.fn();
    store.watch((s) => s.view, onView);
    store.watch((s) => s.frameNetwork, onFrame);
    store.requestNetworkFrame();
    store.requestNetworkFrame();
    expect(onFrame.mock.calls.map((c) => c[0])).toEqual([1, 2]);
    expect(onView).not.toHaveBeenCalled();
  });
});
