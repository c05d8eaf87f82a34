// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Network } from "@/components/network/Network";
import type { ActorId } from "@/lib/dataset/ids";
import { indexDataset } from "@/lib/dataset/indexed";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { renderInDashboard } from "../dashboardHarness";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderNetwork(raw: Record<string, string> = {}) {
  const selection = selectVisible(index, resolveView(raw, index));
  const onReady = vi.fn();
  const utils = renderInDashboard(<Network onReady={onReady} />, index, raw);
  return { ...utils, selection, onReady };
}

describe("Network", () => {
  it("lays out (here on the main thread: jsdom has no Worker), then shows one button per visible actor, named by the actor", async () => {
    const { selection, onReady } = renderNetwork();
    const region = screen.getByRole("region", { name: "Network" });
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    for (const actor of selection.actors) {
      const button = within(region).getByRole("button", { name: actor.name });
      expect(button).toHaveAttribute("aria-pressed", "false");
    }
    expect(region).toHaveAttribute("data-layout", "settled");
  });

  it("marks the selected actor pressed and toggles the selection on click", async () => {
    const { view } = renderNetwork({ actor: "north", event: "summit" });
    const region = screen.getByRole("region", { name: "Network" });
    const north = await within(region).findByRole("button", { name: "Northland" });
    expect(north).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(north);
    expect(view()).toMatchObject({ actor: null, event: null, tie: null });
    await waitFor(() => expect(north).toHaveAttribute("aria-pressed", "false"));
    await userEvent.click(within(region).getByRole("button", { name: "Northland" }));
    expect(view()).toMatchObject({ actor: "north" as ActorId });
  });

  it("keeps one actor in the tab order and moves focus with the arrow keys", async () => {
    renderNetwork();
    const region = screen.getByRole("region", { name: "Network" });
    await within(region).findByRole("button", { name: "Northland" });
    const actorButtons = within(region)
      .getAllByRole("button")
      .filter((b) => b.hasAttribute("aria-pressed"));
    expect(actorButtons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    const first = actorButtons.find((b) => b.tabIndex === 0)!;
    act(() => first.focus());
    // jsdom has no layout, so try every arrow: at least one must lead to another actor.
    let moved = false;
    for (const key of ["{ArrowRight}", "{ArrowLeft}", "{ArrowUp}", "{ArrowDown}"]) {
      await userEvent.keyboard(key);
      if (document.activeElement !== first) {
        moved = true;
        break;
      }
    }
    expect(moved).toBe(true);
    expect(document.activeElement).toHaveAttribute("aria-pressed");
  });

  it("describes each actor by kind and visible ties", async () => {
    renderNetwork();
    const region = screen.getByRole("region", { name: "Network" });
    const north = await within(region).findByRole("button", { name: "Northland" });
    expect(north).toHaveAccessibleDescription(/^State, \d+ ties? in the window$/);
  });
});

describe("Network on a large dataset", () => {
  it("draws on a canvas and still gives every visible actor a named button", async () => {
    // jsdom has no layout, canvas or media queries: give the stage a size and stub the rest.
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(private callback: (entries: Array<{ contentRect: { width: number; height: number } }>) => void) {}
        observe() {
          this.callback([{ contentRect: { width: 800, height: 400 } }]);
        }
        disconnect() {}
      },
    );
    vi.stubGlobal("matchMedia", () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    const big = indexDataset(generateSyntheticDataset({ events: 50, actors: 450, ties: 900, seed: 3 }));
    const selection = selectVisible(big, resolveView({}, big));
    const onReady = vi.fn();
    renderInDashboard(<Network onReady={onReady} />, big);
    const region = screen.getByRole("region", { name: "Network" });
    await waitFor(() => expect(onReady).toHaveBeenCalled(), { timeout: 20_000 });
    // The canvas renderer is loaded on demand.
    await waitFor(() => expect(region.querySelector("canvas")).not.toBeNull());
    expect(region.querySelector("svg[aria-hidden] path[marker-end]")).toBeNull();
    const first = selection.actors[0]!;
    expect(within(region).getByRole("button", { name: first.name })).toHaveAttribute("aria-pressed", "false");
    expect(region.querySelectorAll("button[aria-pressed]")).toHaveLength(selection.actors.length);
    expect(getContext).toHaveBeenCalled();
  }, 30_000);
});
