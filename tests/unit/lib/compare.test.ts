import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import type { ThemeId } from "@/lib/dataset/ids";
import { compareSelections } from "@/lib/compare/changes";
import { selectVisible } from "@/lib/select";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
const d = (iso: string) => parseIsoDay(iso)!;
const select = (from: string, to: string, themes: ThemeId[] = []) => selectVisible(index, { from: d(from), to: d(to), themes });
const compare = (main: [string, string], other: [string, string], themes: ThemeId[] = []) =>
  compareSelections(select(...main, themes), select(...other, themes));

describe("compareSelections", () => {
  it("turns a tie whose phase in force differs across a phase boundary, naming both sentiments", () => {
    // north-south: strained (-1) until 6 Jan 2025, hopeful (+1) from 7 Jan.
    const result = compare(["2025-01-10", "2025-01-31"], ["2024-12-01", "2024-12-31"]);
    expect(result.ties.get("north-south" as never)).toBe("turned");
    const turned = result.changed.find((c) => c.visible.indexed.tie.id === "north-south");
    expect(turned).toMatchObject({ change: "turned", before: -1, after: 1 });
  });

  it("uses the latest phase meeting each window when a window straddles the boundary", () => {
    // A December–January window holds both phases: the later one (+1) is in force, as in the main view.
    const result = compare(["2024-12-20", "2025-01-20"], ["2025-01-10", "2025-01-31"]);
    expect(result.ties.get("north-south" as never)).toBe("unchanged");
  });

  it("gains a tie that starts in the main window and loses one that ended before it", () => {
    const result = compare(["2025-01-07", "2025-01-31"], ["2024-10-01", "2024-10-31"]);
    expect(result.ties.get("leader-hope" as never)).toBe("gained");
    expect(result.ties.get("east-club" as never)).toBe("lost");
    expect(result.lostTies.map((v) => v.indexed.tie.id)).toEqual(["east-club"]);
    // The timeless leader-of-north is gained too: its leader comes into the window with the interview.
    expect(result.counts).toEqual({ gained: 2, lost: 1, turned: 1 });
    expect(result.changed.map((c) => c.change)).toEqual(["gained", "gained", "lost", "turned"]);
  });

  it("a tie without a span follows its actors, and actors present in one window only are marked", () => {
    const result = compare(["2025-01-07", "2025-01-31"], ["2024-10-01", "2024-10-31"]);
    // North's leader has no event or dated tie in October, so the timeless tie to North appears only in January.
    expect(result.ties.get("leader-of-north" as never)).toBe("gained");
    expect(compare(["2025-01-07", "2025-01-31"], ["2025-01-01", "2025-01-31"]).ties.get("leader-of-north" as never)).toBe("unchanged");
    // East has only October's meeting and membership; the Club also has an undated stance, so it is in both.
    expect(result.actors.get("east" as never)).toBe("lost");
    expect(result.lostActors.map((a) => a.id)).toEqual(["east"]);
    expect(result.actors.has("club" as never)).toBe(false);
    expect(result.actors.has("north" as never)).toBe(false);
  });

  it("finds nothing changed when both windows are the same, and respects the theme filter", () => {
    const same = compare(["2024-12-01", "2024-12-31"], ["2024-12-01", "2024-12-31"]);
    expect(same.counts).toEqual({ gained: 0, lost: 0, turned: 0 });
    expect([...same.ties.values()].every((c) => c === "unchanged")).toBe(true);
    const alpha = compare(["2025-01-07", "2025-01-31"], ["2024-10-01", "2024-10-31"], ["alpha" as ThemeId]);
    expect(alpha.ties.has("east-club" as never)).toBe(false);
    expect(alpha.ties.has("leader-hope" as never)).toBe(false);
  });
});
