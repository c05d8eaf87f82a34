/**
 * The one place an importer's findings become a dataset: actors de-duplicated by name, themes by label,
 * ids slugged and unique, every text made plain, and the result built through the schema, whose problems
 * are traced back to the file, row and column the item came from.
 */
import { parseDataset } from "@/lib/dataset/parse";
import type { Dataset, Source } from "@/lib/dataset/schema";
import type { DateValue } from "./dates";
import { IdPool, slugify } from "./ids";
import { htmlToText, httpUrl, plain } from "./text";
import type { ImportOptions, ImportProblem } from "./types";

/** Where an item came from, for problems found later by the schema. */
export interface Origin {
  file: string;
  row?: number;
  line?: number;
  /** The column or field holding the item's main value. */
  column?: string;
}

export type { DateValue } from "./dates";

type Item = Record<string, unknown>;

/** At most this many problems are listed; a broken 100,000-row file would otherwise list 100,000. */
export const MAX_PROBLEMS = 200;

/** Sources from links: each distinct http(s) URL once. */
export function urlSources(urls: Iterable<string | null | undefined>): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const raw of urls) {
    const url = httpUrl(raw ?? undefined);
    if (url && !seen.has(url)) {
      seen.add(url);
      sources.push({ url });
    }
  }
  return sources;
}

/** Collects one import's items and problems, then builds the dataset. */
export class DatasetBuilder {
  readonly problems: ImportProblem[] = [];
  private extraProblems = 0;
  private readonly actors: Item[] = [];
  private readonly actorOrigins: Origin[] = [];
  private readonly actorByName = new Map<string, string>();
  private readonly actorIds = new IdPool("actor");
  private readonly themes: Item[] = [];
  private readonly themeByLabel = new Map<string, string>();
  private readonly themeIds = new IdPool("theme");
  private readonly events: Item[] = [];
  private readonly eventOrigins: Origin[] = [];
  private readonly eventIds = new IdPool("event");
  private readonly ties: Item[] = [];
  private readonly tieOrigins: Origin[] = [];
  private readonly tieIds = new IdPool("tie");
  private readonly periods: Item[] = [];
  private readonly periodOrigins: Origin[] = [];
  private readonly periodIds = new IdPool("period");
  title = "";
  description = "";

  constructor(readonly file: string) {}

  /** Records a problem (beyond MAX_PROBLEMS only counted). */
  problem(origin: Origin, message: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.extraProblems++;
      return;
    }
    const { file, row, line, column } = origin;
    this.problems.push({ file, ...(row !== undefined && { row }), ...(line !== undefined && { line }), ...(column !== undefined && { column }), message });
  }

  get failed(): boolean {
    return this.problems.length > 0;
  }

  /** The id of the actor with this name (compared without case or extra spaces), created on first sight. */
  actor(rawName: string, origin: Origin, details: { kind?: string; description?: string; sources?: Source[] } = {}): string | null {
    const name = plain(rawName);
    if (!name) {
      this.problem(origin, "an actor needs a name (nothing is left once HTML is removed)");
      return null;
    }
    const key = name.toLowerCase();
    const existing = this.actorByName.get(key);
    if (existing) return existing;
    const id = this.actorIds.take(name);
    this.actorByName.set(key, id);
    const kind = plain(details.kind).toLowerCase() || "actor";
    const description = htmlToText(details.description).text;
    this.actors.push({ id, name, kind, ...(description && { description }), ...(details.sources?.length && { sources: details.sources }) });
    this.actorOrigins.push(origin);
    return id;
  }

  /** Looks an actor up by name without creating it. */
  actorNamed(name: string): string | undefined {
    return this.actorByName.get(plain(name).toLowerCase());
  }

  /** The id of the theme with this label, created on first sight (null for an empty label). */
  theme(rawLabel: string): string | null {
    const label = plain(rawLabel);
    if (!label) return null;
    const key = label.toLowerCase();
    const existing = this.themeByLabel.get(key);
    if (existing) return existing;
    const id = this.themeIds.take(label);
    this.themeByLabel.set(key, id);
    this.themes.push({ id, label });
    return id;
  }

  /** Adds an event; its title and summary are made plain, links in them become sources. Returns its id. */
  event(input: { title: string; summary?: string; date?: DateValue; actors: string[]; themes: string[]; urls?: (string | null | undefined)[]; idHint?: string }, origin: Origin): string | null {
    const title = htmlToText(input.title);
    const summary = htmlToText(input.summary);
    const titleText = title.text.replace(/\s+/g, " ");
    if (!titleText) {
      this.problem(origin, "an event needs a title (nothing is left once HTML is removed)");
      return null;
    }
    const id = this.eventIds.take(input.idHint || titleText);
    this.events.push({
      id,
      title: titleText,
      summary: summary.text || titleText,
      ...(input.date && { date: input.date }),
      actors: [...new Set(input.actors)],
      themes: [...new Set(input.themes)],
      status: "occurred",
      basis: "imported",
      sources: urlSources([...(input.urls ?? []), ...title.links, ...summary.links]),
    });
    this.eventOrigins.push(origin);
    return id;
  }

  /** Adds a tie between two actor ids. */
  tie(
    input: { source: string; target: string; kind?: string; directed?: boolean; weight?: number; span?: { start?: string; end?: string }; phases?: Item[]; summary?: string; themes?: string[]; urls?: string[] },
    origin: Origin,
  ): void {
    const kind = plain(input.kind).toLowerCase() || "tie";
    const summary = htmlToText(input.summary);
    const id = this.tieIds.take(`${input.source}-${input.target}`);
    this.ties.push({
      id,
      source: input.source,
      target: input.target,
      kind,
      directed: input.directed ?? false,
      sentiment: 0,
      ...(input.weight !== undefined && Number.isFinite(input.weight) && input.weight > 0 && { weight: input.weight }),
      ...(input.span && (input.span.start || input.span.end) && { span: input.span }),
      ...(input.phases?.length && { phases: input.phases }),
      status: "occurred",
      basis: "imported",
      themes: [...new Set(input.themes ?? [])],
      summary: summary.text || `${kind}`,
      sources: urlSources([...(input.urls ?? []), ...summary.links]),
    });
    this.tieOrigins.push(origin);
  }

  /** Adds a named band of time. */
  period(label: string, start: string, end: string, origin: Origin): void {
    const text = plain(label) || "Period";
    this.periods.push({ id: this.periodIds.take(text), label: text, start, end });
    this.periodOrigins.push(origin);
  }

  /** Counts so far (for progress and previews). */
  counts() {
    return { events: this.events.length, actors: this.actors.length, ties: this.ties.length, themes: this.themes.length, periods: this.periods.length };
  }

  /** Builds through the schema. Problems already found win; schema problems are traced to their origin. */
  build(options: ImportOptions, fallbackTitle: string): { ok: true; dataset: Dataset } | { ok: false; problems: ImportProblem[] } {
    if (this.failed) return { ok: false, problems: this.listedProblems() };
    const title = plain(options.title) || plain(this.title) || fallbackTitle;
    const raw = {
      id: options.id || slugify(title) || "imported",
      title,
      description: htmlToText(this.description).text,
      themes: this.themes,
      ...(this.periods.length && { periods: this.periods }),
      actors: this.actors,
      events: this.events,
      ties: this.ties,
    };
    const result = parseDataset(raw);
    if (result.ok) return result;
    const origins: Record<string, Origin[]> = { actors: this.actorOrigins, events: this.eventOrigins, ties: this.tieOrigins, periods: this.periodOrigins };
    for (const p of result.problems) {
      const match = /^(actors|events|ties|periods)\[(\d+)\]\.?(.*)$/.exec(p.path);
      const origin = match ? origins[match[1]!]![Number(match[2])] : undefined;
      if (origin) this.problem({ ...origin, column: match![3] ? match![3] : origin.column }, p.message);
      else this.problem({ file: this.file, column: p.path }, p.message);
    }
    return { ok: false, problems: this.listedProblems() };
  }

  private listedProblems(): ImportProblem[] {
    if (this.extraProblems === 0) return this.problems;
    return [...this.problems, { file: this.file, message: `and ${this.extraProblems} more problems` }];
  }
}
