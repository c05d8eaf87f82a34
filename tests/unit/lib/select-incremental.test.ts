import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThemeId } from "@/lib/dataset/ids";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseIsoDay } from "@/lib/dates";
import { eventsInWindow, selectVisible, selectWindow, themeCounts, visibleTie, type Selection } from "@/lib/select";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import { indexedFixture } from "../fixtures";

/** What two selections must agree on, as plain data. */
function summary(s: Selection) {
  return {
    events: s.events.map((e) => e.event.id),
    dated: s.dated.map((e) => e.event.id),
    undated: s.undated.map((e) => e.event.id),
    ties: s.ties.map((t) => [t.indexed.tie.id, t.phase?.start ?? null, t.sentiment, t.turns]),
    actors: s.actors.map((a) => a.id),
    actorIds: [...s.actorIds].sort(),
    degrees: [...s.degrees].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    outside: s.outside,
    counts: s.counts,
    themedDated: s.themedDated.length,
  };
}

const synthetic = indexDataset(generateSyntheticDataset({ events: 400, actors: 40, ties: 160, seed: 7 }));
const fixture = indexedFixture();

describe.each([
  ["a synthetic dataset", synthetic],
  ["the mini fixture", fixture],
])("selectWindow on %s", (_name, index) => {
  const { start, end } = index.extent;
  const themeIds = index.dataset.themes.map((t) => t.id);
  const day = fc.integer({ min: start - 30, max: end + 30 });
  const window = fc.tuple(day, day).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
  const themes = fc.subarray(themeIds, { maxLength: Math.min(3, themeIds.length) });
  // A step of a scrub: mostly small moves of one edge, sometimes a jump or a new filter.
  const step = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("edge" as const), edge: fc.constantFrom("from", "to"), days: fc.integer({ min: -45, max: 45 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("jump" as const), window }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("themes" as const), themes }) },
  );

  it("equals the full computation after any sequence of window moves and filter changes", () => {
    fc.assert(
      fc.property(window, themes, fc.array(step, { minLength: 1, maxLength: 40 }), (first, firstThemes, steps) => {
        let query = { ...first, themes: firstThemes as ThemeId[] };
        for (const s of steps) {
          if (s.kind === "jump") query = { ...query, ...s.window };
          else if (s.kind === "themes") query = { ...query, themes: s.themes as ThemeId[] };
          else {
            const moved = query[s.edge as "from" | "to"] + s.days;
            query = s.edge === "from" ? { ...query, from: Math.min(moved, query.to) } : { ...query, to: Math.max(moved, query.from) };
          }
          expect(summary(selectWindow(index, query))).toEqual(summary(selectVisible(index, query)));
          // Theme counts (kept by the unfiltered tracker) against a direct count: each theme once per event.
          const direct = new Map(index.dataset.themes.map((t) => [t.id, 0]));
          for (const e of eventsInWindow(index, query.from, query.to)) for (const t of new Set(e.event.themes)) direct.set(t, direct.get(t)! + 1);
          expect(themeCounts(index, query.from, query.to)).toEqual(direct);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("selectWindow", () => {
  it("returns the same object for a repeated query, so both views and the panels share one computation", () => {
    const query = { from: synthetic.extent.start, to: synthetic.extent.start + 400, themes: [] };
    const a = selectWindow(synthetic, query);
    expect(a.events.length).toBeGreaterThan(0);
    expect(selectWindow(synthetic, { ...query })).toBe(a);
    expect(selectWindow(synthetic, { ...query, to: query.to + 1 })).not.toBe(a);
  });

  it("hands out one array per event list, one id set and one degree map however often they are read, even once the window has moved on", () => {
    const first = selectWindow(synthetic, { from: synthetic.extent.start, to: synthetic.extent.start + 600, themes: [] });
    // Read only after later windows moved the shared tracker: the lists are still this window's.
    const later = selectWindow(synthetic, { from: synthetic.extent.start + 200, to: synthetic.extent.start + 900, themes: [] });
    expect(first.dated).toBe(first.dated);
    expect(first.events).toBe(first.events);
    expect(first.events.length).toBe(first.counts.events.visible);
    expect(summary(first)).toEqual(summary(selectVisible(synthetic, { from: synthetic.extent.start, to: synthetic.extent.start + 600, themes: [] })));
    expect(later.dated).not.toBe(first.dated);
    // The network's id set and degrees are built when read: still this window's, and the same objects each time.
    expect(first.degrees).toBe(first.degrees);
    expect(first.actorIds).toBe(first.actorIds);
    expect([...later.degrees]).not.toEqual([...first.degrees]);
  });

  it("keeps the theme-filtered dated events as one array while the filter is unchanged", () => {
    const theme = synthetic.dataset.themes[0]!.id;
    const a = selectWindow(synthetic, { from: synthetic.extent.start, to: synthetic.extent.start + 100, themes: [theme] });
    const b = selectWindow(synthetic, { from: synthetic.extent.start + 50, to: synthetic.extent.start + 300, themes: [theme] });
    expect(b.themedDated).toBe(a.themedDated);
    expect(a.themedDated.length).toBeGreaterThan(0);
    expect(a.themedDated.every((e) => e.dated && e.event.themes.includes(theme))).toBe(true);
  });
});

describe("selectWindow's network part", () => {
  it("keeps the same ties, actors and degrees while a move crosses no tie and no actor's first or last item, and renews them when one does", () => {
    const index = synthetic;
    const steps: Array<{ changed: boolean; same: boolean }> = [];
    let previous = selectWindow(index, { from: index.extent.start, to: index.extent.end, themes: [] });
    for (let to = index.extent.end - 1; to > index.extent.start; to -= 3) {
      const next = selectWindow(index, { from: index.extent.start, to, themes: [] });
      const same = next.ties === previous.ties && next.actors === previous.actors && next.degrees === previous.degrees && next.actorIds === previous.actorIds;
      const changed = JSON.stringify(summary(next).ties) !== JSON.stringify(summary(previous).ties) || JSON.stringify(summary(next).actors) !== JSON.stringify(summary(previous).actors);
      steps.push({ changed, same });
      previous = next;
    }
    // Reused exactly when nothing in the network changed; both kinds of step happen on this scrub.
    for (const s of steps) expect(s.same).toBe(!s.changed);
    expect(steps.some((s) => s.same)).toBe(true);
    expect(steps.some((s) => !s.same)).toBe(true);
  });
});

describe("visibleTie", () => {
  it("gives a tie's sentiment in force in the window (its phase's), not its base sentiment", () => {
    const december = selectVisible(fixture, { from: parseIsoDay("2024-12-01")!, to: parseIsoDay("2024-12-31")!, themes: [] });
    const phased = december.ties.find((t) => t.phase && t.phase.phase.sentiment !== t.indexed.tie.sentiment);
    expect(phased).toBeDefined();
    expect(visibleTie(december, phased!.indexed.tie.id)?.sentiment).toBe(phased!.phase!.phase.sentiment);
  });
});
