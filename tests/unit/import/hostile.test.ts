import { describe, expect, it } from "vitest";
import { decodeBytes } from "@/lib/import/decode";
import { htmlToText } from "@/lib/import/text";
import { allText, imported, problems } from "./helpers";

const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)><b>Bold</b> &amp; <i>true</i>';

describe("hostile input", () => {
  it("reduces HTML and <script> to plain text in every field of every format, keeping links as sources", () => {
    const csv = `date,title,actors,themes,description\n2024-01-01,"${SCRIPT.replace(/"/g, '""')}","<b>Ann</b>;${SCRIPT.replace(/"/g, '""')}","<i>War</i>","<a href=""https://example.org/x"">link</a> ${SCRIPT.replace(/"/g, '""')}"\n`;
    const kumu = JSON.stringify({ elements: [{ label: SCRIPT, type: "<b>x</b>", description: SCRIPT }, { label: "B" }], connections: [{ from: SCRIPT, to: "B", type: SCRIPT, tags: [SCRIPT] }] });
    const timeline = JSON.stringify({ title: { text: { headline: SCRIPT, text: SCRIPT } }, events: [{ start_date: { year: 2024 }, text: { headline: SCRIPT, text: SCRIPT }, group: SCRIPT }] });
    const gexf = `<gexf version="1.3"><meta><description>&lt;script&gt;alert(1)&lt;/script&gt;Desc</description></meta><graph><nodes><node id="a" label="&lt;b&gt;A&lt;/b&gt;&lt;script&gt;x()&lt;/script&gt;"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b" label="&lt;i&gt;ally&lt;/i&gt;"/></edges></graph></gexf>`;
    for (const file of [{ name: "e.csv", text: csv }, { name: "k.json", text: kumu }, { name: "t.json", text: timeline }, { name: "g.gexf", text: gexf }]) {
      const text = allText(imported([file]));
      expect(text, file.name).not.toMatch(/<script|<b>|<i>|<img|onerror|alert/);
      expect(text, file.name).toMatch(/Bold & true|A|Desc/);
    }
    const d = imported([{ name: "e.csv", text: csv }]);
    expect(d.events[0]!.title).toBe("Bold & true");
    expect(d.actors.map((a) => a.name)).toEqual(["Ann", "Bold & true"]);
    expect(d.events[0]!.sources).toEqual([{ url: "https://example.org/x" }]);
  });

  it("keeps spreadsheet formulas as the text they are (never evaluated, never dropped)", () => {
    const d = imported([{ name: "f.csv", text: 'date,title,actors\n2024-01-01,"=HYPERLINK(""http://evil"",""x"")","@SUM(A1);+cmd|\' /C calc\'!A0"\n' }]);
    expect(d.events[0]!.title).toBe('=HYPERLINK("http://evil","x")');
    expect(d.actors.map((a) => a.name)).toEqual(["@SUM(A1)", "+cmd", "' /C calc'!A0"]);
  });

  it("names the row of an unbalanced quote", () => {
    expect(problems([{ name: "q.csv", text: 'date,title\n2024-01-01,Fine\n2024-01-02,"never closed\n2024-01-03,Lost\n' }], { format: "events-csv" })).toEqual([
      "q.csv:3:-: a quoted cell is never closed (unbalanced quotes)",
    ]);
  });

  it("refuses text that is not UTF-8, and reads UTF-16 with a BOM and UTF-8 with a BOM", () => {
    expect(decodeBytes(Uint8Array.from([0x64, 0x61, 0x74, 0x65, 0x0a, 0xe9, 0x74, 0xe9]))).toEqual({ problem: expect.stringMatching(/not UTF-8/) });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("date\n").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeBytes(utf16)).toEqual({ text: "date\n" });
    const withBom = imported([{ name: "b.csv", text: "\uFEFFdate,title\n2024-01-01,Café\n" }]);
    expect(withBom.events[0]!.title).toBe("Café");
  });

  it("reports an empty file and a header with no rows", () => {
    expect(problems([{ name: "empty.csv", text: "" }], { format: "events-csv" })).toEqual(["empty.csv:-:-: the file is empty"]);
    expect(problems([{ name: "h.csv", text: "date,title,actors\n" }], { format: "events-csv" })).toEqual(["h.csv:1:-: the file has a header but no rows"]);
    expect(problems([{ name: "blank.gexf", text: "   " }], { format: "gexf" })[0]).toMatch(/^blank\.gexf/);
    expect(problems([{ name: "nothing.json", text: "" }], { format: "kumu" })[0]).toMatch(/not valid JSON/);
  });

  it("refuses a date like 2024-02-30 with its row and column", () => {
    expect(problems([{ name: "d.csv", text: "date,title\n2024-02-29,Leap day\n2024-02-30,No such day\n" }])).toEqual(['d.csv:3:date: "2024-02-30" is not a real calendar date']);
  });

  it("refuses a date beyond what a JavaScript Date holds", () => {
    expect(problems([{ name: "d.csv", text: "date,title\n-300000,Too early\n" }])[0]).toMatch(/^d\.csv:2:date: "-300000" is outside the dates a browser can hold/);
  });

  it("reports duplicated ids where a format has ids, and merges actors that share a name", () => {
    expect(problems([{ name: "n.csv", text: "Id,Label\n1,A\n1,B\n" }, { name: "e.csv", text: "Source,Target\n1,1\n" }])[0]).toBe('n.csv:3:Id: duplicate node Id "1" (also row 2)');
    const d = imported([{ name: "e.csv", text: "date,title,actors\n2024,One,Ann; ann ;ANN\n2024,Two,Ann\n" }]);
    expect(d.actors).toHaveLength(1);
    expect(d.events.map((e) => e.id)).toEqual(["one", "two"]);
  });

  it("refuses a GEXF with a DOCTYPE or an entity declaration before parsing (no entity is ever expanded)", () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf><graph><nodes><node id="a" label="&xxe;"/></nodes></graph></gexf>`;
    expect(problems([{ name: "x.gexf", text: xxe }])).toEqual(["x.gexf:2:-: a DOCTYPE declaration is not allowed: GEXF needs none, and entities are never expanded"]);
    const bomb = `<gexf><!ENTITY a "aaaa"><graph/></gexf>`;
    expect(problems([{ name: "b.gexf", text: bomb }], { format: "gexf" })[0]).toMatch(/ENTITY declaration is not allowed/);
    expect(problems([{ name: "m.gexf", text: "<gexf><graph><nodes><node id='a'></nodes></graph></gexf>" }])[0]).toMatch(/^m\.gexf:.*not well-formed XML/);
  });

  it("imports 100,000 rows in a few seconds and lists at most 200 problems of a broken one", () => {
    const names = Array.from({ length: 300 }, (_, i) => `Actor ${i}`);
    const rows = Array.from({ length: 100_000 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, "0");
      return `2020-${String((i % 12) + 1).padStart(2, "0")}-${day},Event ${i},${names[i % 300]};${names[(i * 7 + 1) % 300]};${names[(i * 13 + 2) % 300]},Theme ${i % 5}`;
    });
    const text = `date,title,actors,themes\n${rows.join("\n")}\n`;
    const started = performance.now();
    const d = imported([{ name: "big.csv", text }]);
    const seconds = (performance.now() - started) / 1000;
    expect(d.events).toHaveLength(100_000);
    expect(d.actors).toHaveLength(300);
    expect(seconds).toBeLessThan(20);
    const broken = problems([{ name: "big.csv", text: text.replace(/2020-(\d\d)-01/g, "2020-$1-32") }]);
    expect(broken).toHaveLength(201);
    expect(broken[200]).toMatch(/and \d+ more problems/);
  }, 60_000);
});

describe("htmlToText", () => {
  it("drops tags, scripts and comments, decodes entities, keeps line breaks from blocks and collects links", () => {
    expect(htmlToText('<p>One&nbsp;&lt;two&gt;</p><!-- hidden --><p>Three <a href="https://a.example/x?y=1&amp;z=2">link</a> https://b.example/page.</p>')).toEqual({
      text: "One <two>\nThree link https://b.example/page.",
      links: ["https://a.example/x?y=1&z=2", "https://b.example/page"],
    });
    expect(htmlToText('<a href="javascript:alert(1)">x</a>').links).toEqual([]);
  });
});

describe("problems a person can act on", () => {
  it("says where a JSON file stops being JSON, and that a cut-off file ends too early", () => {
    expect(problems([{ name: "cut.json", text: '{\n  "events": [\n    { "title": "A"' }])).toEqual(["cut.json:3:19: not valid JSON: the text ends too early (is the file complete?)"]);
    const [broken] = problems([{ name: "broken.json", text: '{\n  "a": 1\n  "b": 2\n}' }]);
    expect(broken).toMatch(/^broken\.json:3:3: not valid JSON: /);
    expect(broken).not.toMatch(/position|--format/);
    // The same words, wherever the format was chosen by hand.
    for (const format of ["dataset", "kumu", "timelinejs"] as const) {
      expect(problems([{ name: "cut.json", text: '{\n  "events": [\n    { "title": "A"' }], { format })).toEqual(["cut.json:3:19: not valid JSON: the text ends too early (is the file complete?)"]);
    }
  });

  it("names the title column of a row whose title is nothing but HTML", () => {
    expect(problems([{ name: "x.csv", text: "date,title,actors\n2024-01-01,<img src=x onerror=alert(1)>,A\n" }])).toEqual([
      "x.csv:2:title: an event needs a title (nothing is left once HTML is removed)",
    ]);
  });
});
