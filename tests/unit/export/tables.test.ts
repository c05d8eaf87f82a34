import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ThemeId } from "@/lib/dataset/ids";
import { BOM } from "@/lib/export/csv";
import { actorsCsv, eventsCsv, tiesCsv } from "@/lib/export/tables";
import { selectVisible } from "@/lib/select";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
const all = selectVisible(index, { from: index.extent.start, to: index.extent.end, themes: [] });
/** A CSV file's rows (and its header as `columns`), read by the library that writes it. */
const parse = (text: string) => {
  const { data, meta } = Papa.parse<Record<string, string>>(text.slice(BOM.length), { header: true, skipEmptyLines: true });
  return Object.assign(data, { columns: meta.fields ?? [] });
};

describe("selection tables", () => {
  it("writes one event row per event of the selection, dates at their precision", () => {
    const table = parse(eventsCsv(index, all));
    expect(table.length).toBe(all.events.length);
    expect(table.columns).toEqual(["id", "title", "start", "end", "precision", "status", "basis", "actors", "actor_names", "themes", "summary", "sources"]);
    const byId = new Map(table.map((r) => [r.id, r]));
    for (const e of all.events) {
      const row = byId.get(e.event.id)!;
      expect(row.start).toBe(e.event.date?.start ?? "");
      expect(row.precision).toBe(e.event.date?.precision ?? "undated");
      expect(row.actors).toBe(e.event.actors.join("; "));
      expect(row.sources).not.toBe("");
    }
    expect(table.some((r) => r.precision === "month" && /^\d{4}-\d{2}$/.test(r.start!))).toBe(true);
  });

  it("follows the theme filter and the window of the selection it is given", () => {
    const theme = index.dataset.themes[0]!.id as ThemeId;
    const filtered = selectVisible(index, { from: index.extent.start, to: index.extent.end, themes: [theme] });
    const table = parse(eventsCsv(index, filtered));
    expect(table.length).toBe(filtered.events.length);
    expect(table.length).toBeLessThan(all.events.length);
    for (const row of table) expect(row.themes!.split("; ")).toContain(theme);
  });

  it("writes the actors with their events and ties in the selection", () => {
    const table = parse(actorsCsv(index, all));
    expect(table.map((r) => r.id)).toEqual(all.actors.map((a) => a.id));
    for (const row of table) expect(Number(row.ties_in_selection)).toBe(all.degrees.get(row.id as never) ?? 0);
  });

  it("writes each tie with the sentiment of the phase in force in the window", () => {
    const phased = index.ties.find((t) => t.phases.length > 1)!;
    const last = phased.phases[phased.phases.length - 1]!;
    const from = Math.max(last.start, index.extent.start);
    const selection = selectVisible(index, { from, to: from, themes: [] });
    const row = parse(tiesCsv(index, selection)).find((r) => r.id === phased.tie.id)!;
    expect(Number(row.sentiment)).toBe(last.phase.sentiment);
    expect(row.phase).toBe(last.phase.note);
    expect(row.source_name).toBe(index.actorById.get(phased.tie.source)!.name);
  });
});
