import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/indexed";
import { parseDataset } from "@/lib/dataset/parse";
import { parseIsoDay } from "@/lib/dates";
import { selectVisible } from "@/lib/select";

const root = path.join(__dirname, "..", "..", "..");
const raw = JSON.parse(readFileSync(path.join(root, "data", "datasets", "azerbaijan-us-2025.json"), "utf8"));
const parsed = parseDataset(raw);
if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
const dataset = parsed.dataset;

const THEMES: Record<string, string> = {
  "us-azerbaijan": "US–Azerbaijan relations",
  "peace-process": "Armenia–Azerbaijan peace process",
  "regional-security": "Russia, Iran and regional security",
  "great-power": "Great-power competition (China, Russia, Central Asia, BRICS)",
  ideology: "Ideology and values",
  georgia: "Georgia",
  mediation: "Global conflicts and mediation",
  "us-style": "Trump's foreign-policy style",
};

const ACTORS: Record<string, string> = {
  azerbaijan: "Azerbaijan",
  "united-states": "United States",
  armenia: "Armenia",
  russia: "Russia",
  iran: "Iran",
  turkiye: "Türkiye",
  georgia: "Georgia",
  "ilham-aliyev": "Ilham Aliyev",
  "donald-trump": "Donald Trump",
  "joe-biden": "Joe Biden",
};

/** Everything that cites the article: events, ties and the story's steps. */
const cited = () => [...dataset.events, ...dataset.ties, ...(dataset.story?.steps ?? [])];

describe("the bundled dataset", () => {
  it("has the contract's themes and seed actors", () => {
    expect(Object.fromEntries(dataset.themes.map((t) => [t.id, t.label]))).toEqual(THEMES);
    const names = new Map(dataset.actors.map((a) => [a.id as string, a.name]));
    for (const [id, name] of Object.entries(ACTORS)) expect(names.get(id)).toBe(name);
  });

  it("is complete enough to be useful", () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(35);
    expect(dataset.actors.length).toBeGreaterThanOrEqual(40);
    expect(dataset.ties.length).toBeGreaterThanOrEqual(40);
    expect(dataset.events.some((e) => e.status === "expected")).toBe(true);
    expect(dataset.ties.some((t) => t.phases && t.phases.length > 1)).toBe(true);
  });

  it("keeps every quote short (about 25 words at most)", () => {
    const quotes = cited().flatMap((item) => item.sources.flatMap((s) => (s.quote ? [s.quote] : [])));
    expect(quotes.length).toBeGreaterThan(50);
    for (const quote of quotes) expect(quote.split(/\s+/).length).toBeLessThanOrEqual(25);
  });

  it("dates the key events as the chronology confirms", () => {
    const start = (id: string) => dataset.events.find((e) => e.id === id)?.date?.start;
    expect(start("aliyev-jan7-interview")).toBe("2025-01-07");
    expect(start("osce-mc-malta")).toBe("2024-12-05");
    expect(start("kazan-brics-summit")).toBe("2024-10-22");
    expect(start("gaza-deal-announced")).toBe("2025-01-15");
  });

  it("tells the article's argument as a story of 7 to 9 steps that ends on what Baku expects", () => {
    const steps = dataset.story?.steps ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(7);
    expect(steps.length).toBeLessThanOrEqual(9);
    const last = steps.at(-1)!;
    const asOf = parseIsoDay(dataset.asOf!)!;
    // The last step's window straddles the as-of line and holds expected items beyond it.
    expect(parseIsoDay(last.view.from!)!).toBeLessThan(asOf);
    expect(parseIsoDay(last.view.to!)!).toBeGreaterThan(asOf);
    const index = indexDataset(dataset);
    const view = { from: parseIsoDay(last.view.from!)!, to: parseIsoDay(last.view.to!)!, themes: last.view.themes ?? [] };
    expect(selectVisible(index, view).events.some(({ event }) => event.status === "expected")).toBe(true);
  });

  it("opens each story step on a window that shows the event, tie or actor it names", () => {
    const index = indexDataset(dataset);
    const missing: string[] = [];
    for (const step of dataset.story?.steps ?? []) {
      const { from, to, themes, actor, event, tie } = step.view;
      const selection = selectVisible(index, { from: parseIsoDay(from!)!, to: parseIsoDay(to!)!, themes: themes ?? [] });
      if (event && !selection.events.some((e) => e.event.id === event)) missing.push(`${step.id}: event ${event}`);
      if (tie && !selection.ties.some((t) => t.indexed.tie.id === tie)) missing.push(`${step.id}: tie ${tie}`);
      if (actor && !selection.actorIds.has(actor)) missing.push(`${step.id}: actor ${actor}`);
    }
    expect(missing).toEqual([]);
  });

  it("turns Baku–Washington from strained to hopeful across 7 January 2025", () => {
    const index = indexDataset(dataset);
    const sentimentAt = (from: string, to: string) => {
      const selection = selectVisible(index, { from: parseIsoDay(from)!, to: parseIsoDay(to)!, themes: [] });
      const tie = selection.ties.find(({ indexed: { tie: t } }) =>
        [t.source, t.target].sort().join() === "azerbaijan,united-states" && t.kind === "partnership",
      );
      return tie?.sentiment;
    };
    expect(sentimentAt("2024-12-01", "2024-12-31")).toBeLessThan(0);
    expect(sentimentAt("2024-12-01", "2025-01-10")).toBeGreaterThan(0);
  });
});

// The verbatim check needs the source article, which sits beside the project (../shared) on the team's
// machines and in CI but not in a user's clone. Without it the test is not defined, and we say so plainly.
const articlePath = path.join(root, "..", "shared", "sources", "article.txt");
if (existsSync(articlePath)) {
  const paragraphs = readFileSync(articlePath, "utf8").split("\n");
  describe("quotes against the source article", () => {
    it("every quote of an event, tie or story step appears verbatim in the paragraph it cites", () => {
      const wrong: string[] = [];
      for (const item of cited()) {
        for (const s of item.sources) {
          if (s.quote && !(paragraphs[s.paragraph! - 1] ?? "").includes(s.quote)) wrong.push(`${item.id} ¶${s.paragraph}: ${s.quote}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });
} else {
  console.log(`quote check: ${articlePath} not found, so the verbatim quote check did not run (it runs where ../shared exists).`);
}
