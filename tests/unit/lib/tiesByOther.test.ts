import { describe, expect, it } from "vitest";
import type { ActorId } from "@/lib/dataset/ids";
import { tiesByOther } from "@/lib/selection/tiesByOther";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { bundledLayout } from "../network/bundled";

const id = (s: string) => s as ActorId;

describe("tiesByOther", () => {
  const { index } = bundledLayout();
  const selection = selectVisible(index, resolveView({}, index));
  const azerbaijan = id("azerbaijan");
  const groups = tiesByOther(selection.ties, azerbaijan);

  it("gives one group per other actor, holding every tie between the two (Azerbaijan's four with the United States in one)", () => {
    const others = groups.map((g) => g.other);
    expect(new Set(others).size).toBe(others.length);
    const us = groups.find((g) => g.other === "united-states")!;
    expect(us.ties).toHaveLength(4);
    for (const t of us.ties) expect([t.indexed.tie.source, t.indexed.tie.target].sort()).toEqual(["azerbaijan", "united-states"]);
  });

  it("loses no tie and adds none: the groups hold exactly the actor's visible ties, in their order", () => {
    const own = selection.ties.filter((t) => t.indexed.tie.source === azerbaijan || t.indexed.tie.target === azerbaijan);
    const flat = groups.flatMap((g) => g.ties);
    expect(flat).toHaveLength(own.length);
    expect(new Set(flat)).toEqual(new Set(own));
    for (const g of groups) {
      const order = g.ties.map((t) => own.indexOf(t));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // Groups come in the order of their first tie.
    const firsts = groups.map((g) => own.indexOf(g.ties[0]!));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("returns nothing for an actor without visible ties", () => {
    expect(tiesByOther(selection.ties, id("nobody"))).toEqual([]);
  });
});
