import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { buildSearchIndex, editDistance, normalize, search } from "@/lib/search";
import { rawFixture } from "../fixtures";

const raw = rawFixture();
(raw.actors as { id: string; name: string; kind: string; aliases?: string[] }[]).push({ id: "turkiye", name: "Türkiye", kind: "state", aliases: ["Turkey"] });
const parsed = parseDataset(raw);
if (!parsed.ok) throw new Error("fixture invalid");
const searchIndex = buildSearchIndex(indexDataset(parsed.dataset));
const first = (query: string) => search(searchIndex, query)[0];

describe("search", () => {
  it("normalises case, diacritics and punctuation", () => {
    expect(normalize("  Türkiye's  ")).toBe("turkiyes");
    expect(normalize("SÜDLAND")).toBe("sudland");
  });

  it("measures edits, counting a transposition as one", () => {
    expect(editDistance("turkey", "turkiye", 2)).toBe(2);
    expect(editDistance("nroth", "north", 2)).toBe(1);
    expect(editDistance("abc", "xyzabc", 2)).toBe(3);
  });

  it("finds an actor by name without diacritics, by alias, and despite a typo", () => {
    expect(first("turkiye")).toMatchObject({ type: "actor", id: "turkiye" });
    expect(first("Turkey")).toMatchObject({ type: "actor", id: "turkiye" });
    expect(first("sudland")).toMatchObject({ type: "actor", id: "south" });
    expect(first("Northlnad")).toMatchObject({ type: "actor", id: "north" });
    expect(first("nord")).toMatchObject({ type: "actor", id: "north" });
  });

  it("finds events by words of their title", () => {
    expect(first("december summit")).toMatchObject({ type: "event", id: "summit" });
    expect(first("intervew")).toMatchObject({ type: "event", id: "interview" });
  });

  it("ranks exact names above partial matches and returns nothing for nonsense", () => {
    const hits = search(searchIndex, "north");
    expect(hits[0]).toMatchObject({ id: "north" });
    expect(hits.map((h) => h.id)).toContain("north-leader");
    expect(search(searchIndex, "qqqzzz")).toEqual([]);
    expect(search(searchIndex, "   ")).toEqual([]);
  });
});
