import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { isoRange } from "@/lib/dates";
import { networkGexf } from "@/lib/export/gexf";
import { importFiles } from "@/lib/import";

/** The bundled dataset: its ties have spans and phases (the Azerbaijan–US tie turns twice). */
function bundled() {
  const file = path.join(__dirname, "..", "..", "..", "data", "datasets", "azerbaijan-us-2025.json");
  const result = parseDataset(JSON.parse(readFileSync(file, "utf8")));
  if (!result.ok) throw new Error("the bundled dataset does not parse");
  return indexDataset(result.dataset);
}

/** A tie's pair of actor names, its first and last day, and its phases as (first day, sentiment). */
function shape(tie: { source: string; target: string; span?: { start?: string; end?: string }; phases?: { start?: string; sentiment: number }[] }, name: (id: string) => string) {
  return {
    pair: [name(tie.source), name(tie.target)].join(" → "),
    start: tie.span?.start ? isoRange(tie.span.start).start : null,
    end: tie.span?.end ? isoRange(tie.span.end).end : null,
    phases: (tie.phases ?? []).map((p) => [p.start ? isoRange(p.start).start : null, p.sentiment]),
  };
}

describe("Network as GEXF, read back by the GEXF importer", () => {
  it("gives the same ties, with the same spans and phases", () => {
    const index = bundled();
    const gexf = networkGexf(index, "2026-11-30");
    const imported = importFiles([{ name: "network.gexf", text: gexf }]);
    if (!imported.ok) throw new Error(imported.problems.map((p) => p.message).join("\n"));
    expect(imported.format).toBe("gexf");
    const back = imported.dataset;
    expect(back.actors.map((a) => a.name).sort()).toEqual(index.dataset.actors.map((a) => a.name).sort());
    const originalName = (id: string) => index.actorById.get(id as never)?.name ?? id;
    const importedName = new Map(back.actors.map((a) => [a.id as string, a.name]));
    const original = index.dataset.ties.map((t) => shape(t, originalName));
    const roundTripped = back.ties.map((t) => shape(t, (id) => importedName.get(id) ?? id));
    // Not a vacuous comparison: the bundled ties carry spans, and several of them two phases or more.
    expect(original.filter((t) => t.phases.length >= 2).length).toBeGreaterThanOrEqual(3);
    expect(original.filter((t) => t.start !== null).length).toBeGreaterThan(50);
    expect(roundTripped).toHaveLength(index.dataset.ties.length);
    const key = (s: ReturnType<typeof shape>) => JSON.stringify(s);
    expect(roundTripped.map(key).sort()).toEqual(original.map(key).sort());
  });
});
