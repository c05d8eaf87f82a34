// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Timeline } from "@/components/timeline/Timeline";
import { indexDataset, type IndexedDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { renderInDashboard } from "../dashboardHarness";
import { rawFixture } from "../fixtures";

beforeAll(() => {
  // jsdom has no layout: give every element the size of a desktop panel so the views draw.
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({
    x: 0, y: 0, left: 0, top: 0, right: 900, bottom: 420, width: 900, height: 420, toJSON: () => ({}),
  } as DOMRect);
});
afterEach(cleanup);

/** The mini fixture plus `extra` one-day events in December 2024. */
function dataset(extra: number): IndexedDataset {
  const raw = rawFixture() as { events: unknown[] };
  for (let i = 0; i < extra; i++) {
    raw.events.push({
      id: `extra-${i}`,
      title: `Extra event ${i}`,
      summary: "Generated.",
      date: { start: `2024-12-${String(1 + (i % 28)).padStart(2, "0")}`, precision: "day" },
      actors: [],
      themes: ["alpha"],
      status: "occurred",
      basis: "context",
      sources: [{ url: "https://example.org/" }],
    });
  }
  const parsed = parseDataset(raw);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return indexDataset(parsed.dataset);
}

function setup(index: IndexedDataset, raw: Parameters<typeof resolveView>[0] = {}) {
  const view = resolveView(raw, index);
  const selection = selectVisible(index, view);
  const onReady = vi.fn();
  const { store } = renderInDashboard(<Timeline onReady={onReady} />, index, raw);
  const region = screen.getByRole("region", { name: "Timeline" });
  /** The view as the store holds it now. */
  const applied = () => store.get().view;
  return { view, selection, region, applied, onReady };
}

describe("Timeline", () => {
  it("shows every event of the selection as a button whose name starts with its title, and no other", async () => {
    const index = dataset(0);
    const { region, selection, onReady } = setup(index);
    // The undated list loads on demand (most datasets have no undated events): wait for it first.
    expect(await within(region).findByRole("group", { name: "Undated events" })).toBeInTheDocument();
    for (const { event } of selection.events) {
      expect(within(region).getAllByRole("button", { name: new RegExp(`^${event.title}`) })).toHaveLength(1);
    }
    const outside = index.events.find((e) => e.event.id === "old")!;
    expect(within(region).queryByRole("button", { name: new RegExp(`^${outside.event.title}`) })).toBeNull();
    expect(within(region).getByRole("group", { name: "Undated events" })).toBeInTheDocument();
    expect(onReady).toHaveBeenCalled();
  });

  it("names an expected event as expected", () => {
    const { region } = setup(dataset(0));
    const forecast = within(region).getByRole("button", { name: /, 2025 – 2029, expected$/ });
    expect(forecast).toBeInTheDocument();
  });

  it("selects an event on click", () => {
    const { region, applied } = setup(dataset(0));
    fireEvent.click(within(region).getByRole("button", { name: /, 7 January 2025$/ }));
    expect(applied().event).toBe("interview");
    expect(applied().tie).toBeNull();
  });

  it("has the two window sliders with ISO value texts, moved by keys", async () => {
    const { region, applied, view } = setup(dataset(0));
    const start = within(region).getByRole("slider", { name: "Window start" });
    const end = within(region).getByRole("slider", { name: "Window end" });
    expect(start).toHaveAttribute("aria-valuetext", "2024-10-01");
    expect(end).toHaveAttribute("aria-valuetext", "2025-01-31");
    expect(end).toHaveAttribute("aria-valuenow", String(view.to));
    expect(end).toHaveAttribute("tabindex", "0");
    // Keys reach the store once per animation frame, composed in order.
    fireEvent.keyDown(end, { key: "PageDown" });
    await waitFor(() => expect(toIsoDay(applied().to)).toBe("2024-12-31"));
    await waitFor(() => expect(end).toHaveAttribute("aria-valuetext", "2024-12-31"));
    fireEvent.keyDown(end, { key: "PageDown" });
    fireEvent.keyDown(start, { key: "End" });
    await waitFor(() => expect(toIsoDay(applied().from)).toBe("2024-11-30"));
    expect(toIsoDay(applied().to)).toBe("2024-11-30");
  });

  it("toggles Play and Pause", () => {
    const { region } = setup(dataset(0));
    act(() => fireEvent.click(within(region).getByRole("button", { name: "Play" })));
    expect(within(region).getByRole("button", { name: "Pause" })).toBeInTheDocument();
    act(() => fireEvent.click(within(region).getByRole("button", { name: "Pause" })));
    expect(within(region).getByRole("button", { name: "Play" })).toBeInTheDocument();
  });

  it("with 300 events or fewer in the window, every event is its own button", () => {
    const base = dataset(0);
    const own = selectVisible(base, resolveView({}, base)).events.length;
    const index = dataset(300 - own);
    const { region, selection } = setup(index, { from: "2024-10-01", to: "2025-01-31" });
    expect(selection.events.length).toBe(300);
    expect(within(region).getAllByRole("button", { name: /^Extra event \d+,/ })).toHaveLength(300 - own);
    expect(within(region).queryByRole("button", { name: /^\d+ events, / })).toBeNull();
  });

  it("with more than 300, draws bins named 'N events, from to to' that narrow the window", async () => {
    const index = dataset(400);
    const { region, selection, applied, view } = setup(index, { from: "2024-10-01", to: "2025-01-31" });
    expect(selection.events.length).toBeGreaterThan(300);
    expect(within(region).queryByRole("button", { name: /^Extra event/ })).toBeNull();
    // Bins load on demand (they appear only above 300 events).
    const bins = await within(region).findAllByRole("button", { name: /^\d+ events, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/ });
    expect(bins.length).toBeGreaterThan(1);
    const december = bins.find((b) => /2024-12-0[1-9] to/.test(b.getAttribute("aria-label")!))!;
    const [, count, from, to] = /^(\d+) events, (\S+) to (\S+)$/.exec(december.getAttribute("aria-label")!)!;
    const inBin = selection.events.filter((e) => e.dated && e.start <= parseIsoDay(to!)! && e.end >= parseIsoDay(from!)!);
    expect(Number(count)).toBe(inBin.length);
    fireEvent.click(december);
    expect(toIsoDay(applied().from)).toBe(from);
    expect(toIsoDay(applied().to)).toBe(to);
    expect(applied().to - applied().from).toBeLessThan(view.to - view.from);
  });
});
