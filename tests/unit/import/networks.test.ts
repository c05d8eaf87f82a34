import { describe, expect, it } from "vitest";
import { detectFile, detectFormat } from "@/lib/import";
import { imported, problems, sample } from "./helpers";

describe("Kumu", () => {
  it("reads a JSON blueprint: kinds from element types, ties from connections by label or _id, tags as themes", () => {
    const d = imported([sample("kumu.json")]);
    expect(d.actors.map((a) => [a.name, a.kind])).toEqual([
      ["Alice", "person"],
      ["Bob", "person"],
      ["Acme Corp", "organization"],
    ]);
    expect(d.actors[0]!.description).toBe("A founder");
    expect(d.ties.map((t) => [t.source, t.target, t.kind, t.directed, t.sentiment])).toEqual([
      ["alice", "bob", "friendship", false, 0],
      ["alice", "acme-corp", "founder", true, 0],
      ["bob", "acme-corp", "employee", true, 0],
    ]);
    expect(d.themes.map((t) => t.label)).toEqual(["personal", "work"]);
    expect(d.events).toEqual([]);
  });

  it("reads the Elements and Connections sheets together, in either order, to the same dataset as the blueprint", () => {
    const files = [sample("kumu-connections.csv"), sample("kumu-elements.csv")];
    expect(detectFormat(files)).toEqual({ format: "kumu-csv" });
    const d = imported(files);
    const json = imported([sample("kumu.json")]);
    expect(d.actors.map((a) => a.id)).toEqual(json.actors.map((a) => a.id));
    expect(d.ties.map((t) => [t.source, t.target, t.kind, t.directed])).toEqual(json.ties.map((t) => [t.source, t.target, t.kind, t.directed]));
    expect(d.actors[2]!.description).toBe("A company, founded 2001");
  });

  it("names the row and column of a connection to an element that does not exist", () => {
    const connections = { name: "c.csv", text: "From,To,Type\nAlice,Nobody,Friendship\n" };
    const elements = { name: "e.csv", text: "Label,Type\nAlice,Person\n" };
    expect(problems([elements, connections])).toEqual(['c.csv:2:To: connects to "Nobody", which is not an element']);
  });
});

describe("GEXF", () => {
  it("reads the dynamic example of gexf.net: spans from start/end and spells, phases from dynamic values, entities decoded", () => {
    const file = sample("dynamics.gexf");
    expect(detectFile(file)).toBe("gexf");
    const d = imported([file]);
    expect(d.description).toBe("A Web network changing over time");
    expect(d.actors.map((a) => a.name)).toEqual(["Gephi", "Network", "Visualization & more", "Graph"]);
    const [first, second, third, fourth] = d.ties;
    expect(first).toMatchObject({ source: "gephi", target: "network", directed: true, span: { start: "2009-03-01" } });
    expect(second!.span).toEqual({ start: "2009-03-01", end: "2009-03-10" });
    expect(second!.phases).toEqual([
      { start: "2009-03-01", end: "2009-03-04", sentiment: -1, note: "sentiment -1" },
      { start: "2009-03-05", end: "2009-03-10", sentiment: 2, note: "sentiment 2" },
    ]);
    expect(third!.weight).toBe(2.5);
    // Spells: the first start to the last end; an open spell leaves that end open.
    expect(fourth!.span).toEqual({ start: "2009-03-02" });
  });

  it("reads a static GEXF 1.2 file with undirected weighted edges", () => {
    const d = imported([sample("static.gexf")]);
    expect(d.ties).toMatchObject([{ source: "hello", target: "word", directed: false, weight: 3 }]);
  });

  it("reads integer times that are years, and refuses fractional ones", () => {
    const gexf = (time: string) =>
      `<gexf version="1.3"><graph timeformat="integer"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b" start="${time}"/></edges></graph></gexf>`;
    expect(imported([{ name: "y.gexf", text: gexf("1914") }]).ties[0]!.span).toEqual({ start: "1914" });
    expect(problems([{ name: "y.gexf", text: gexf("1914.5") }])).toEqual([
      'y.gexf:-:edge[0]@start: "1914.5" is not a whole year: only integer times that are years can be read',
    ]);
  });

  it("names the edge to a node that does not exist and a duplicate node id", () => {
    const text = `<gexf version="1.3"><graph><nodes><node id="a" label="A"/><node id="a" label="Again"/></nodes><edges><edge source="a" target="ghost"/></edges></graph></gexf>`;
    expect(problems([{ name: "g.gexf", text }])).toEqual(['g.gexf:-:node[1]@id: duplicate node id "a"', 'g.gexf:-:edge[0]@target: target "ghost" is not a node']);
  });
});

describe("Gephi spreadsheets", () => {
  it("reads nodes and edges, kinds, weights and time intervals (several: first start to last end)", () => {
    const files = [sample("gephi-nodes.csv"), sample("gephi-edges.csv")];
    expect(detectFormat(files)).toEqual({ format: "gephi-csv" });
    const d = imported(files);
    expect(d.actors.map((a) => [a.id, a.kind])).toEqual([
      ["alice", "person"],
      ["bob", "person"],
      ["acme", "company"],
    ]);
    expect(d.ties.map((t) => [t.source, t.target, t.kind, t.directed, t.weight, t.span])).toEqual([
      ["alice", "bob", "knows", false, 2, { start: "2007", end: "2009" }],
      ["alice", "acme", "founded", true, 1, { start: "2001", end: "2010" }],
      ["bob", "acme", "works at", true, 1, undefined],
    ]);
  });

  it("names the row and column of an edge to a missing node and of a bad interval", () => {
    const nodes = { name: "n.csv", text: "Id,Label\n1,One\n2,Two\n" };
    const edges = { name: "e.csv", text: 'Source,Target,Time Interval\n1,3,\n1,2,"[2007, 2009]"\n' };
    expect(problems([nodes, edges])).toEqual(['e.csv:2:Target: "3" is not a node in the nodes sheet', 'e.csv:3:Time Interval: "[2007, 2009]" is not a Gephi interval like <[2007, 2009]>']);
  });
});
