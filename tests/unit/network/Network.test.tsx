// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Network } from "@/components/network/Network";
import type { ActorId } from "@/lib/dataset/ids";
import type { LayoutReply, LayoutRequest } from "@/components/network/layoutProtocol";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { renderInDashboard } from "../dashboardHarness";
import { indexedFixture, rawFixture } from "../fixtures";

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

  it("keeps one actor in the tab order and moves focus to the neighbour each arrow points at", async () => {
    // Known positions, delivered through the layout worker's own protocol. jsdom measures the stage as
    // 0 × 0, so the view keeps the identity transform and these are also the screen positions:
    //
    //                 Ann North (0,-100)
    //                  Northland (0,0)   Eastland (100,0)   Südland (150,0)
    //                 The Club (0,100)
    //
    // Northland is tied to Südland and to Ann North; Eastland and Südland are not tied.
    const positions: Record<string, { x: number; y: number }> = {
      north: { x: 0, y: 0 },
      east: { x: 100, y: 0 },
      south: { x: 150, y: 0 },
      "north-leader": { x: 0, y: -100 },
      club: { x: 0, y: 100 },
    };
    const started = vi.fn();
    vi.stubGlobal(
      "Worker",
      class {
        onmessage: ((event: { data: LayoutReply }) => void) | null = null;
        onerror: (() => void) | null = null;
        constructor() {
          started();
        }
        postMessage({ graph }: LayoutRequest) {
          const xy = new Float64Array(graph.nodes.flatMap((n) => [positions[n.id]!.x, positions[n.id]!.y]));
          setTimeout(() => this.onmessage?.({ data: { type: "done", key: graph.key, total: 1, xy } }));
        }
        terminate() {}
      },
    );
    // A dataset id of its own, so the layout cached by the other tests (same actors, real layout) is not reused.
    const parsed = parseDataset({ ...rawFixture(), id: "mini-arrows" });
    if (!parsed.ok) throw new Error("the renamed fixture should stay valid");
    const own = indexDataset(parsed.dataset);
    renderInDashboard(<Network onReady={vi.fn()} />, own);
    const region = screen.getByRole("region", { name: "Network" });
    await within(region).findByRole("button", { name: "Northland" });
    expect(started).toHaveBeenCalledOnce();

    const actorButtons = within(region)
      .getAllByRole("button")
      .filter((b) => b.hasAttribute("aria-pressed"));
    expect(actorButtons).toHaveLength(5);
    expect(actorButtons.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute("aria-label"))).toEqual(["Northland"]);
    act(() => actorButtons.find((b) => b.tabIndex === 0)!.focus());
    const focused = () => document.activeElement?.getAttribute("aria-label");

    // Nothing lies left of Northland: focus stays.
    await userEvent.keyboard("{ArrowLeft}");
    expect(focused()).toBe("Northland");
    // Right: Südland, tied, beats the nearer but untied Eastland.
    await userEvent.keyboard("{ArrowRight}");
    expect(focused()).toBe("Südland");
    // Left from Südland: the nearest is Eastland (Northland is further, and Südland's tie to it does not make up 150 vs 50).
    await userEvent.keyboard("{ArrowLeft}");
    expect(focused()).toBe("Eastland");
    await userEvent.keyboard("{ArrowLeft}");
    expect(focused()).toBe("Northland");
    await userEvent.keyboard("{ArrowUp}");
    expect(focused()).toBe("Ann North");
    // Down from Ann North: Northland lies between it and The Club.
    await userEvent.keyboard("{ArrowDown}");
    expect(focused()).toBe("Northland");
    await userEvent.keyboard("{ArrowDown}");
    expect(focused()).toBe("The Club");
    // The tab stop follows focus.
    expect(actorButtons.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute("aria-label"))).toEqual(["The Club"]);
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
    await waitFor(() => expect(getContext).toHaveBeenCalled());
  }, 30_000);
});
