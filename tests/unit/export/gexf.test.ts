import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { toIsoDay } from "@/lib/dates";
import { GEXF_NS, networkGexf, networkGexfParts } from "@/lib/export/gexf";
import type { Dataset } from "@/lib/dataset/schema";
import { rawFixture } from "../fixtures";

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["node", "edge", "attvalue", "attribute", "attributes", "spell"].includes(name) });

function load(raw = rawFixture(), extend: (d: Dataset) => Dataset = (d) => d) {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error("fixture invalid");
  const index = indexDataset(extend(result.dataset));
  const text = networkGexf(index, "2026-11-30");
  return { index, text, doc: parser.parse(text) as { gexf: Node & { graph: Node } } };
}

const DATE = /^-?\d{4}-\d{2}-\d{2}$/;

describe("GEXF writer", () => {
  it("holds only the actors and ties it is given (the view's), each tie with its whole span and phases", () => {
    const { index } = load();
    const tie = index.ties.find((t) => t.phases.length > 0)!;
    const ends = new Set([tie.tie.source, tie.tie.target]);
    const actors = index.dataset.actors.filter((a) => ends.has(a.id));
    const doc = parser.parse(networkGexf(index, "2026-11-30", { actors, ties: [tie] })) as { gexf: { graph: { nodes: { node: Node[] }; edges: { edge: Node[] } } } };
    expect(doc.gexf.graph.nodes.node.map((n) => n.id)).toEqual(actors.map((a) => a.id));
    expect(doc.gexf.graph.edges.edge.map((e) => e.id)).toEqual([tie.tie.id]);
    const sentiments = ((doc.gexf.graph.edges.edge[0]!.attvalues as Node).attvalue as Node[]).filter((v) => v.for === "sentiment");
    expect(sentiments).toHaveLength(tie.phases.length);
  });

  it("writes well-formed GEXF 1.3 with a dynamic graph on dates", () => {
    const { text, doc } = load();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(doc.gexf.xmlns).toBe(GEXF_NS);
    expect(doc.gexf.version).toBe("1.3");
    expect(doc.gexf.graph).toMatchObject({ mode: "dynamic", timeformat: "date", defaultedgetype: "undirected" });
  });

  it("has every actor as a node and every tie as an edge between known nodes", () => {
    const { index, doc } = load();
    const nodes = (doc.gexf.graph.nodes as { node: Node[] }).node;
    const edges = (doc.gexf.graph.edges as { edge: Node[] }).edge;
    expect(nodes.map((n) => n.id)).toEqual(index.dataset.actors.map((a) => a.id));
    expect(nodes.map((n) => n.label)).toEqual(index.dataset.actors.map((a) => a.name));
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.length).toBe(index.ties.length);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    for (const e of edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
      expect(["directed", "undirected"]).toContain(e.type);
    }
  });

  it("declares every attribute an attvalue uses, with values of its type", () => {
    const { doc } = load();
    const blocks = doc.gexf.graph.attributes as { class: string; mode: string; attribute: Node[] }[];
    const declared = (cls: string) => new Map(blocks.filter((b) => b.class === cls).flatMap((b) => b.attribute.map((a) => [a.id, a.type] as const)));
    for (const [cls, list] of [["node", "nodes"], ["edge", "edges"]] as const) {
      const types = declared(cls);
      const items = ((doc.gexf.graph[list] as Node)[cls] as Node[]) ?? [];
      for (const item of items) {
        for (const v of ((item.attvalues as Node)?.attvalue as Node[]) ?? []) {
          expect(types.has(v.for)).toBe(true);
          if (types.get(v.for) === "integer") expect(String(v.value)).toMatch(/^-?\d+$/);
        }
      }
    }
    expect(blocks.find((b) => b.attribute.some((a) => a.id === "sentiment"))?.mode).toBe("dynamic");
  });

  it("writes a tie's span as a spell and its phases as dynamic sentiment values, month and year bounds widened to days", () => {
    const { index, doc } = load();
    const edges = (doc.gexf.graph.edges as { edge: Node[] }).edge;
    const phased = index.ties.find((t) => t.phases.length > 1)!;
    const edge = edges.find((e) => e.id === phased.tie.id)!;
    const spell = ((edge.spells as Node).spell as Node[])[0]!;
    // The spell runs from the span's first day; an open end is left out (unbounded).
    expect(spell.start).toBe(toIsoDay(phased.start));
    expect(spell.end).toBe(Number.isFinite(phased.end) ? toIsoDay(phased.end) : undefined);
    // A month-precision span covers its whole month.
    const monthly = index.ties.find((t) => t.tie.span?.start?.length === 7)!;
    const monthSpell = ((edges.find((e) => e.id === monthly.tie.id)!.spells as Node).spell as Node[])[0]!;
    expect(monthSpell).toMatchObject({ start: `${monthly.tie.span!.start}-01`, end: toIsoDay(monthly.end) });
    expect(String(monthSpell.end)).toMatch(/-3[01]$/);
    const sentiments = ((edge.attvalues as Node).attvalue as Node[]).filter((v) => v.for === "sentiment");
    expect(sentiments.map((v) => Number(v.value))).toEqual(phased.phases.map((p) => p.phase.sentiment));
    for (const v of sentiments) {
      for (const bound of [v.start, v.end]) if (bound !== undefined) expect(String(bound)).toMatch(DATE);
    }
    // Phases follow one another without overlapping.
    for (let i = 1; i < sentiments.length; i++) expect(String(sentiments[i]!.start) > String(sentiments[i - 1]!.end)).toBe(true);
    // A timeless tie has no spell.
    const timeless = index.ties.find((t) => !t.tie.span)!;
    expect(edges.find((e) => e.id === timeless.tie.id)!.spells).toBeUndefined();
  });

  it("escapes text from the data and writes a weight when ties carry one", () => {
    const raw = rawFixture();
    (raw.actors as Node[])[0]!.name = 'A <b>&"quoted"</b>';
    (raw.ties as Node[])[0]!.kind = "alliance";
    const { text, doc } = load(raw);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(((doc.gexf.graph.nodes as Node).node as Node[])[0]!.label).toBe('A <b>&"quoted"</b>');
    expect(text).not.toContain("weight=");
    // Weights arrive with the import issue as an optional field: the writer passes one through when present.
    const weighted = load(rawFixture(), (d) => ({ ...d, ties: d.ties.map((t, i) => (i === 0 ? { ...t, weight: 2.5 } : t)) }));
    const edges = (weighted.doc.gexf.graph.edges as { edge: Node[] }).edge;
    expect(Number(edges[0]!.weight)).toBe(2.5);
    expect(edges[1]!.weight).toBeUndefined();
  });
});

describe("GEXF in parts", () => {
  it("joins into the same document, with nodes and edges split into parts", () => {
    const { index, text } = load();
    const parts = [...networkGexfParts(index, "2026-11-30", undefined, 2)];
    expect(parts.join("")).toBe(text);
    expect(parts.length).toBeGreaterThan(5);
  });
});
