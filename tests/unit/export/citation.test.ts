import { describe, expect, it } from "vitest";
import type { ActorId, ThemeId } from "@/lib/dataset/ids";
import { bibtexCitation, bibtexEscape, plainCitation } from "@/lib/export/citation";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
const actor = index.dataset.actors[0]!;
const theme = index.dataset.themes[0]!;
const view = { from: index.extent.start, to: index.extent.start + 30, themes: [theme.id as ThemeId], actor: actor.id as ActorId, event: null, tie: null, step: null, compare: null };
const url = "https://example.org/?dataset=mini&themes=a,b";

describe("citation", () => {
  it("names the dataset, its source, the dates and filters in words, the URL and the access date", () => {
    const text = plainCitation(index, view, url, "2026-11-30");
    expect(text).toContain(index.dataset.title);
    expect(text).toContain(index.dataset.source!.title);
    expect(text).toContain(theme.label);
    expect(text).toContain(`actor ${actor.name}`);
    expect(text).toContain(url);
    expect(text).toContain("30 November 2026");
  });

  it("writes a BibTeX entry with balanced braces and special characters escaped", () => {
    const entry = bibtexCitation(index, view, url, "2026-11-30");
    expect(entry).toMatch(/^@misc\{[a-z0-9]+2026,\n/);
    expect(entry).toContain(`\\url{${url}}`);
    expect(entry).toContain("urldate = {2026-11-30}");
    let depth = 0;
    for (const [i, c] of [...entry].entries()) {
      if (entry[i - 1] === "\\") continue;
      if (c === "{") depth++;
      if (c === "}") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bibtexEscape("R&D 100% {x}_1 #2")).toBe("R\\&D 100\\% \\{x\\}\\_1 \\#2");
  });

  it("says in words when the view compares two windows", () => {
    const compared = { ...view, compare: { from: index.extent.start, to: index.extent.start + 9 } };
    expect(plainCitation(index, compared, url, "2026-11-30")).toMatch(/compared with \S+ \S+ \d{4} to \S+ \S+ \d{4}/);
  });
});
