import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { buildSearchIndex, editDistance, normalize, search, type SearchIndex } from "@/lib/search";
import { rawFixture } from "../fixtures";

const raw = rawFixture();
(raw.actors as { id: string; name: string; kind: string; aliases?: string[] }[]).push({ id: "turkiye", name: "Türkiye", kind: "state", aliases: ["Turkey"] });
// An event whose summary, not its title, names the summit: title matches must rank above it.
(raw.events as Record<string, unknown>[]).push({
  id: "press-note",
  title: "Press note",
  summary: "A comment on the summit in December by the Club.",
  date: { start: "2024-12-10", precision: "day" },
  actors: ["club"],
  themes: ["alpha"],
  status: "occurred",
  basis: "article",
  sources: [{ paragraph: 1 }],
});
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

  it("finds events by words of their summary, ranked below every title match", () => {
    expect(first("hopeful")).toMatchObject({ type: "event", id: "interview" });
    expect(first("leaders met")).toMatchObject({ type: "event", id: "summit" });
    const hits = search(searchIndex, "summit");
    expect(hits.map((h) => h.id)).toEqual(["summit", "press-note"]);
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score);
    // No typos in summaries: a misspelt word finds titles only.
    expect(search(searchIndex, "hopefull").map((h) => h.id)).not.toContain("interview");
  });

  it("ranks exact names above partial matches and returns nothing for nonsense", () => {
    const hits = search(searchIndex, "north");
    expect(hits[0]).toMatchObject({ id: "north" });
    expect(hits.map((h) => h.id)).toContain("north-leader");
    expect(search(searchIndex, "qqqzzz")).toEqual([]);
    expect(search(searchIndex, "   ")).toEqual([]);
  });
});

describe("search in the bundled dataset", () => {
  const bundled = parseDataset(JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "data", "datasets", "azerbaijan-us-2025.json"), "utf8")));
  if (!bundled.ok) throw new Error("bundled dataset invalid");
  const index: SearchIndex = buildSearchIndex(indexDataset(bundled.dataset));
  const ids = (query: string) => search(index, query).map((h) => h.id as string);

  it('finds the OSCE refusal by "Malta", which only its summary names, below the title matches', () => {
    const found = ids("Malta");
    expect(found).toContain("az-rejects-us-mediated-fm-meeting");
    expect(found.indexOf("malta")).toBeLessThan(found.indexOf("az-rejects-us-mediated-fm-meeting"));
    expect(found.indexOf("osce-mc-malta")).toBeLessThan(found.indexOf("az-rejects-us-mediated-fm-meeting"));
  });

  it('finds the 7 January interview first for "interview", and Pezeshkian\'s NBC interview by its summary', () => {
    const found = ids("interview");
    expect(found[0]).toBe("aliyev-jan7-interview");
    expect(found).toContain("pezeshkian-nbc-denial");
  });

  it('finds Hajiyev by his name and not Haniyeh: misspellings only when nothing matches as typed', () => {
    const hits = search(index, "Hajiyev");
    expect(hits[0]!.id).toBe("mfa-vs-embassy-jan-2025");
    expect(hits.every((h) => !/haniyeh/i.test(h.label))).toBe(true);
    // With nothing spelt that way, a misspelling still finds its look-alike.
    expect(ids("Hajiyv")).toContain("mfa-vs-embassy-jan-2025");
  });

  it('finds events by the dates people type: "7 January", "January 7", "Jan 2025", "2025-01-07"', () => {
    for (const q of ["7 January", "January 7", "7 Jan 2025", "2025-01-07"]) expect(ids(q), q).toContain("aliyev-jan7-interview");
    expect(ids("7 Jan 2024")).not.toContain("aliyev-jan7-interview");
    const january = search(index, "Jan 2025", 100).filter((h) => h.type === "event");
    expect(january.length).toBeGreaterThan(10);
    // Day-precision hits in date order, all in January 2025 (or spanning it).
    expect(january.map((h) => h.id)).toContain("gaza-ceasefire-in-force");
    expect(ids("Jan 2025")).not.toContain("assad-falls");
  });
});
