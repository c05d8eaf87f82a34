import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { focusOf, NO_FOCUS } from "@/lib/highlight";
import type { DrawList } from "@/lib/network/drawList";
import { drawListSvg, networkSvg } from "@/lib/export/networkSvg";
import { creditLine, estimateWidth, FONT_FAMILY } from "@/lib/export/picture";
import { timelineSvg } from "@/lib/export/timelineSvg";
import { selectVisible } from "@/lib/select";
import { indexDataset } from "@/lib/dataset/indexed";
import { generateSyntheticDataset } from "@/lib/synthetic/generate";
import { indexedFixture } from "../fixtures";

const index = indexedFixture();
const query = { from: index.extent.start, to: index.extent.end, themes: [] };
const selection = selectVisible(index, query);
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => new XMLParser({ processEntities: true }).parse(`<t>${m[1]}</t>`).t as string);

describe("timeline picture", () => {
  const { svg } = timelineSvg({ index, selection, query, focus: NO_FOCUS, width: 900, measure: estimateWidth });

  it("is a well-formed standalone SVG with the title line, legend and credit as text", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toMatch(/class=|<style|<foreignObject|<script/);
    const words = texts(svg);
    expect(words).toContain(index.dataset.title);
    expect(words).toContain(creditLine(index));
    expect(words).toEqual(expect.arrayContaining(["Day", "Dated span", "Month or year only", "Expected"]));
    expect(svg).toContain(`font-family="${FONT_FAMILY.replace(/"/g, "&quot;")}"`);
  });

  it("is tall enough for every lane: each mark lies above the legend", () => {
    const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
    const chartTop = Number(/<g transform="translate\(16 ([\d.]+)\)">/.exec(svg)![1]);
    const legendTop = Number([...svg.matchAll(/<g transform="translate\(16 ([\d.]+)\)">/g)][1]![1]);
    const lowest = Math.max(...[...svg.matchAll(/<(?:circle|rect)[^>]* (?:cy|y)="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < 5000));
    expect(legendTop).toBeGreaterThan(chartTop);
    expect(chartTop + lowest).toBeLessThan(legendTop);
    expect(height).toBeGreaterThan(legendTop);
  });

  it("labels the events of the selection and leaves out the others", () => {
    const words = texts(svg).join("\n");
    const labelled = selection.dated.filter((e) => words.includes(e.event.title));
    expect(labelled.length).toBeGreaterThan(0);
    const narrow = selectVisible(index, { ...query, to: query.from + 40 });
    const narrowSvg = timelineSvg({ index, selection: narrow, query: { ...query, to: query.from + 40 }, focus: NO_FOCUS, width: 900, measure: estimateWidth }).svg;
    const outside = selection.dated.find((e) => !narrow.dated.includes(e))!;
    expect(texts(narrowSvg).join("\n")).not.toContain(outside.event.title);
  });

  it("draws the selected event's label in bold", () => {
    const chosen = selection.dated[0]!;
    const focus = focusOf({ actor: null, event: chosen.event.id, tie: null }, index, selection);
    const bold = timelineSvg({ index, selection, query, focus, width: 900, measure: estimateWidth }).svg;
    expect(bold).toMatch(new RegExp(`font-weight="600"[^>]*>${chosen.event.title.slice(0, 10)}`));
  });
});

describe("timeline picture of a large window", () => {
  it("draws bins, as the page does above 300 events, and stays quick", () => {
    const big = indexDataset(generateSyntheticDataset({ events: 10_000, actors: 300, ties: 600, seed: 3 }));
    const q = { from: big.extent.start, to: big.extent.end, themes: [] };
    const s = selectVisible(big, q);
    expect(s.events.length).toBeGreaterThan(300);
    const started = performance.now();
    const { svg } = timelineSvg({ index: big, selection: s, query: q, focus: NO_FOCUS, width: 1200, measure: estimateWidth });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(XMLValidator.validate(svg)).toBe(true);
    // No event is labelled; bin counts are, and they add up to at least the dated events (an event may span bins).
    expect(s.dated.some((e) => svg.includes(`>${e.event.title}<`))).toBe(false);
    const counts = [...svg.matchAll(/text-anchor="middle"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(3);
  });
});

describe("network picture", () => {
  const list: DrawList = {
    width: 400,
    height: 300,
    ghosts: new Float32Array([10, 10]),
    ties: [{ order: 1, band: false, color: "#2166AC", width: 2, dash: [5, 4], alpha: 0.8, straight: new Float32Array([0, 0, 100, 100]), curved: new Float32Array([0, 0, 50, 20, 100, 0]), heads: new Float32Array([100, 100, 92, 96, 96, 92]) }],
    nodes: [{ kind: "state", color: undefined, ring: false, alpha: 1, xyr: new Float32Array([100, 100, 8, 0, 0, 6]), shapes: new Uint8Array([0, 1]) }],
    rings: [{ x: 100, y: 100, r: 11, width: 2, dashed: false, accent: true, alpha: 1 }],
    pins: new Float32Array([]),
    labels: [
      { text: "Türkiye <&>", x: 110, y: 100, anchor: "start", bold: true, alpha: 1, leader: null },
      { text: "Far", x: 200, y: 40, anchor: "start", bold: false, alpha: 1, leader: { x1: 108, y1: 96, x2: 200, y2: 40 } },
    ],
    crowded: false,
  };

  it("writes every part of the draw list, text escaped", () => {
    const markup = drawListSvg(list);
    expect(XMLValidator.validate(`<svg>${markup}</svg>`)).toBe(true);
    expect(markup).toContain("Türkiye &lt;&amp;&gt;");
    expect(markup).toContain('stroke-dasharray="5 4"');
    expect(markup.match(/<path transform=/g)).toHaveLength(2);
    expect(markup).toMatch(/Q50 20 100 0/);
    // A label set away from its node keeps its leader line.
    expect(markup).toMatch(/<line x1="108" y1="96" x2="200" y2="40"/);
  });

  it("frames the drawing with the title line, the legend and the credit", () => {
    const { svg } = networkSvg({ index, query, counts: selection.counts, list, measure: estimateWidth });
    expect(XMLValidator.validate(svg)).toBe(true);
    const words = texts(svg);
    expect(words).toContain(index.dataset.title);
    expect(words).toContain("Türkiye <&>");
    expect(words).toEqual(expect.arrayContaining(["State", "Leader", "hostile tie", "warm tie", "sentiment turns in the window or since the last step"]));
    expect(words.some((w) => w.includes(`${selection.counts.actors.visible} of ${selection.counts.actors.total} actors`))).toBe(true);
  });
});
