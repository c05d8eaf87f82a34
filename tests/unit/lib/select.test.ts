import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import type { ActorId, ThemeId } from "@/lib/dataset/ids";
import { actorEventsInScope, eventsInWindow, isStaticNetwork, selectVisible, selectWindow, themeCounts } from "@/lib/select";
import { indexedFixture, staticFixture } from "../fixtures";

const index = indexedFixture();
const d = (iso: string) => parseIsoDay(iso)!;
const ids = (items: { event: { id: string } }[]) => items.map((e) => e.event.id);
const select = (from: string, to: string, themes: string[] = []) =>
  selectVisible(index, { from: d(from), to: d(to), themes: themes as ThemeId[] });

describe("selectVisible", () => {
  it("keeps events that intersect the window, in date order, plus undated ones", () => {
    expect(ids(select("2024-10-01", "2025-01-31").events)).toEqual(["kazan", "summit", "forecast", "interview", "timeless"]);
  });

  it("numbers each indexed event by its position, dated ones first in date order", () => {
    expect(index.events.map((e) => e.order)).toEqual(index.events.map((_, i) => i));
    const dated = index.events.filter((e) => e.dated);
    expect(dated.every((e, i) => i === 0 || dated[i - 1]!.start <= e.start)).toBe(true);
    expect(index.events.slice(0, dated.length)).toEqual(dated);
  });

  it("treats the window as inclusive at both ends", () => {
    expect(ids(select("2024-12-06", "2024-12-06").events)).toContain("summit");
    expect(ids(select("2025-01-07", "2025-01-07").events)).toContain("interview");
    expect(ids(select("2024-12-07", "2025-01-06").events)).not.toContain("summit");
  });

  it("lets month and year precision cover their whole period", () => {
    expect(ids(select("2024-10-31", "2024-11-02").events)).toContain("kazan");
    expect(ids(select("2016-12-31", "2017-01-05").events)).toContain("old");
    expect(ids(select("2017-01-01", "2017-01-05").events)).not.toContain("old");
    expect(ids(select("2017-01-01", "2017-01-05").events)).toContain("timeless");
    expect(ids(select("2016-06-01", "2016-06-02").events)).toContain("old");
  });

  it("keeps events and ties tagged with any checked theme", () => {
    const selection = select("2024-10-01", "2025-01-31", ["beta"]);
    expect(ids(selection.events)).toEqual(["kazan", "interview", "timeless"]);
    expect(selection.ties.map((t) => t.indexed.tie.id).sort()).toEqual(["east-club", "leader-hope"]);
  });

  it("shows a tie only while its span and its phase in force meet the window, with that phase's sentiment", () => {
    const december = select("2024-12-01", "2024-12-31");
    const tie = december.ties.find((t) => t.indexed.tie.id === "north-south");
    expect(tie?.sentiment).toBe(-1);
    expect(december.ties.map((t) => t.indexed.tie.id)).not.toContain("leader-hope");
    const january = select("2024-12-01", "2025-01-07");
    expect(january.ties.find((t) => t.indexed.tie.id === "north-south")?.sentiment).toBe(1);
    expect(january.ties.map((t) => t.indexed.tie.id)).toContain("leader-hope");
    // Before its span (and so its first phase) begins, the phased tie is hidden.
    expect(select("2018-01-01", "2018-12-31").ties.map((t) => t.indexed.tie.id)).not.toContain("north-south");
  });

  it("starts a later phase without a start date where the previous one ends", async () => {
    const { rawFixture } = await import("../fixtures");
    const { parseDataset } = await import("@/lib/dataset/parse");
    const { indexDataset } = await import("@/lib/dataset/indexed");
    const raw = rawFixture() as { ties: { phases?: unknown[] }[] };
    raw.ties[0]!.phases = [
      { start: "2021-01-20", end: "2021", sentiment: 1, note: "warm" },
      { sentiment: -1, note: "cold" },
    ];
    const parsed = parseDataset(raw);
    if (!parsed.ok) throw new Error("fixture invalid");
    const phased = indexDataset(parsed.dataset);
    const sentiment = (from: string, to: string) =>
      selectVisible(phased, { from: d(from), to: d(to), themes: [] }).ties.find((t) => t.indexed.tie.id === "north-south")?.sentiment;
    expect(sentiment("2021-03-01", "2021-04-01")).toBe(1);
    expect(sentiment("2023-03-01", "2023-04-01")).toBe(-1);
  });

  it("shows a timeless tie only between actors in the window by their own events or dated ties", () => {
    // 2019: only the undated event (club) is in the window; the timeless tie's actors have nothing there.
    const quiet = select("2019-01-01", "2019-12-31");
    expect(quiet.ties).toEqual([]);
    expect([...quiet.actorIds].sort()).toEqual(["club"]);
    // 7 January 2025: the interview holds north-leader, the dated north–south tie holds north: the timeless tie joins them.
    const busy = select("2025-01-07", "2025-01-07");
    expect(busy.ties.map((t) => t.indexed.tie.id)).toContain("leader-of-north");
    expect(busy.degrees.get("north-leader" as ActorId)).toBe(2);
    // Themes filter timeless ties too: with only "alpha", leader-hope (beta) is gone, but the untagged timeless tie passes no filter.
    const alpha = selectVisible(index, { from: d("2025-01-07"), to: d("2025-01-07"), themes: ["alpha" as ThemeId] });
    expect(alpha.ties.map((t) => t.indexed.tie.id)).toEqual(["north-south"]);
  });

  it("marks a tie whose sentiment changes inside the window", () => {
    const turn = (from: string, to: string) => select(from, to).ties.find((t) => t.indexed.tie.id === "north-south")!;
    // Strained until 6 January 2025, hopeful from the 7th: a window over both turns, one on either side does not.
    expect(turn("2025-01-01", "2025-01-31")).toMatchObject({ sentiment: 1, turns: true });
    expect(turn("2024-12-01", "2024-12-31")).toMatchObject({ sentiment: -1, turns: false });
    expect(turn("2025-01-07", "2025-01-31")).toMatchObject({ sentiment: 1, turns: false });
  });

  it("never lets a timeless tie hold an actor in the window", () => {
    // In October 2024 north-leader has no event and no dated tie: its timeless tie to north does not bring it in.
    const october = select("2024-10-01", "2024-10-31");
    expect(october.actorIds.has("north-leader" as ActorId)).toBe(false);
    expect(october.ties.map((t) => t.indexed.tie.id)).not.toContain("leader-of-north");
  });

  it("counts visible and total items", () => {
    const { counts } = select("2024-10-01", "2025-01-31");
    expect(counts.events).toEqual({ visible: 5, total: 6 });
    expect(counts.ties.total).toBe(4);
    expect(counts.actors.total).toBe(5);
  });

  it("finds the same events by binary search as by a full scan", () => {
    for (const [from, to] of [["2016-01-01", "2030-01-01"], ["2024-12-05", "2024-12-05"], ["2025-06-01", "2025-06-02"]] as const) {
      const scan = index.events.filter((e) => e.start <= d(to) && e.end >= d(from)).map((e) => e.event.id);
      expect(ids(eventsInWindow(index, d(from), d(to)))).toEqual(scan);
    }
  });

  it("counts what each theme would show in the window", () => {
    const counts = themeCounts(index, d("2024-10-01"), d("2025-01-31"));
    expect(counts.get("alpha" as ThemeId)).toBe(3);
    expect(counts.get("beta" as ThemeId)).toBe(3);
  });
});

describe("actorEventsInScope", () => {
  it("gives the actor's dated events that pass the theme filter, in date order", () => {
    expect(actorEventsInScope(index, [], "north" as ActorId).map((e) => e.event.id)).toEqual(["old", "summit", "forecast"]);
    expect(actorEventsInScope(index, ["beta" as ThemeId], "north" as ActorId).map((e) => e.event.id)).toEqual(["old"]);
    expect(actorEventsInScope(index, [], "club" as ActorId).map((e) => e.event.id)).toEqual(["kazan"]);
    expect(actorEventsInScope(index, [], "nobody" as ActorId)).toEqual([]);
  });
});

describe("a network without time", () => {
  const still = staticFixture();
  const tieIds = (themes: string[], from = d("1990-01-01"), to = d("1990-01-02")) =>
    selectVisible(still, { from, to, themes: themes as ThemeId[] }).ties.map((t) => t.indexed.tie.id);

  it("is told from a dataset with any day in it", () => {
    expect(isStaticNetwork(still)).toBe(true);
    expect(isStaticNetwork(index)).toBe(false);
  });

  it("is shown whole in any window: every actor, even one without ties, and every tie", () => {
    expect(still.ties.some((t) => t.tie.source === "loner" || t.tie.target === "loner")).toBe(false);
    for (const [from, to] of [["1970-01-01", "1970-01-01"], ["2024-10-01", "2025-01-31"], ["2100-01-01", "2100-12-31"]] as const) {
      const selection = selectVisible(still, { from: d(from), to: d(to), themes: [] });
      expect(selection.actors.map((a) => a.id)).toEqual(still.dataset.actors.map((a) => a.id));
      expect(selection.ties.map((t) => t.indexed.tie.id)).toEqual(still.ties.map((t) => t.tie.id));
      expect(selection.counts.actors).toEqual({ visible: still.dataset.actors.length, total: still.dataset.actors.length });
    }
  });

  it("keeps, under a theme filter, the ties that pass it and their actors", () => {
    const alpha = still.ties.filter((t) => t.tie.themes.includes("alpha" as ThemeId));
    expect(alpha.length).toBeGreaterThan(0);
    expect(alpha.length).toBeLessThan(still.ties.length);
    expect(tieIds(["alpha"])).toEqual(alpha.map((t) => t.tie.id));
    const actors = selectVisible(still, { from: 0, to: 0, themes: ["alpha" as ThemeId] }).actors.map((a) => a.id);
    expect(new Set(actors)).toEqual(new Set(alpha.flatMap((t) => [t.tie.source, t.tie.target])));
  });

  it("gives the same selection incrementally, filter or not", () => {
    for (const themes of [[], ["alpha"], ["beta"]] as ThemeId[][]) {
      for (const [from, to] of [[0, 10], [d("2024-01-01"), d("2025-01-01")], [5, 6]] as const) {
        const full = selectVisible(still, { from, to, themes });
        const step = selectWindow(still, { from, to, themes });
        expect(step.actors.map((a) => a.id)).toEqual(full.actors.map((a) => a.id));
        expect(step.ties.map((t) => t.indexed.tie.id)).toEqual(full.ties.map((t) => t.indexed.tie.id));
        expect([...step.degrees].sort()).toEqual([...full.degrees].sort());
      }
    }
  });
});
