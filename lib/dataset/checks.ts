/**
 * Cross-reference checks for a dataset: what a per-field schema cannot see (unknown ids, duplicates,
 * self-ties, ranges that end before they start, date strings that do not match their precision).
 * They run even when some fields failed their own checks, so a user sees every problem at once;
 * that is why they read the value defensively instead of trusting its type.
 */
import type { z } from "zod";
import { isoRange, precisionOf } from "@/lib/dates";

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map((item) => (isObject(item) ? item : {})) : []);
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function report(ctx: Ctx, path: Path, message: string) {
  ctx.addIssue({ code: "custom", message, path, input: undefined });
}

/** Collects the ids of a list, reporting duplicates. */
function collectIds(ctx: Ctx, items: Loose[], listName: string, noun: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = str(item.id);
    if (id === undefined) return;
    if (seen.has(id)) report(ctx, [listName, index, "id"], `duplicate ${noun} id "${id}"`);
    seen.add(id);
  });
  return seen;
}

function checkRefs(ctx: Ctx, values: unknown, known: Set<string>, path: Path, noun: string) {
  if (!Array.isArray(values)) return;
  values.forEach((value, index) => {
    if (typeof value === "string" && !known.has(value)) report(ctx, [...path, index], `unknown ${noun} "${value}"`);
  });
}

function checkRef(ctx: Ctx, value: unknown, known: Set<string>, path: Path, noun: string) {
  if (typeof value === "string" && !known.has(value)) report(ctx, path, `unknown ${noun} "${value}"`);
}

/** First day of a date string, or undefined when absent or malformed (malformed ones are reported elsewhere). */
function rangeOf(value: unknown) {
  const text = str(value);
  return text !== undefined && precisionOf(text) !== null ? isoRange(text) : undefined;
}

function checkOrder(ctx: Ctx, start: unknown, end: unknown, path: Path, endKey = "end") {
  const a = rangeOf(start);
  const b = rangeOf(end);
  if (a && b && b.end < a.start) report(ctx, [...path, endKey], `ends (${String(end)}) before it starts (${String(start)})`);
}

function checkSources(ctx: Ctx, sources: unknown, basis: unknown, paragraphs: number | undefined, path: Path) {
  const items = list(sources);
  // Imported items keep whatever sources their file had, possibly none; everything else cites something.
  if (Array.isArray(sources) && items.length === 0 && basis !== "imported") report(ctx, path, "needs at least one source");
  items.forEach((source, index) => {
    const paragraph = source.paragraph;
    if (typeof paragraph === "number" && paragraphs !== undefined && paragraph > paragraphs) {
      report(ctx, [...path, index, "paragraph"], `paragraph ${paragraph} does not exist (the source has ${paragraphs})`);
    }
  });
  if (basis === "context" && items.length > 0 && !items.some((s) => typeof s.url === "string")) {
    report(ctx, path, "a context item needs at least one source with a url");
  }
  if (basis === "article" && items.length > 0 && !items.some((s) => typeof s.paragraph === "number")) {
    report(ctx, path, "an article item needs at least one source with a paragraph");
  }
}

function checkEvents(ctx: Ctx, events: Loose[], actorIds: Set<string>, themeIds: Set<string>, paragraphs?: number) {
  events.forEach((event, index) => {
    const path: Path = ["events", index];
    checkRefs(ctx, event.actors, actorIds, [...path, "actors"], "actor");
    checkRefs(ctx, event.themes, themeIds, [...path, "themes"], "theme");
    checkSources(ctx, event.sources, event.basis, paragraphs, [...path, "sources"]);
    if (!isObject(event.date)) return;
    const { start, end, precision } = event.date;
    for (const [key, value] of [["start", start], ["end", end]] as const) {
      const text = str(value);
      const actual = text === undefined ? null : precisionOf(text);
      if (text !== undefined && actual !== null && typeof precision === "string" && actual !== precision) {
        report(ctx, [...path, "date", key], `"${text}" is a ${actual}-precision date but precision is "${precision}"`);
      }
    }
    checkOrder(ctx, start, end, [...path, "date"]);
  });
}

function checkTies(ctx: Ctx, ties: Loose[], ids: { actors: Set<string>; themes: Set<string>; events: Set<string> }, paragraphs?: number) {
  ties.forEach((tie, index) => {
    const path: Path = ["ties", index];
    checkRef(ctx, tie.source, ids.actors, [...path, "source"], "actor");
    checkRef(ctx, tie.target, ids.actors, [...path, "target"], "actor");
    if (typeof tie.source === "string" && tie.source === tie.target) {
      report(ctx, [...path, "target"], `a tie cannot link actor "${tie.source}" to itself`);
    }
    checkRefs(ctx, tie.themes, ids.themes, [...path, "themes"], "theme");
    checkRefs(ctx, tie.events, ids.events, [...path, "events"], "event");
    checkSources(ctx, tie.sources, tie.basis, paragraphs, [...path, "sources"]);
    if (isObject(tie.span)) checkOrder(ctx, tie.span.start, tie.span.end, [...path, "span"]);
    const phases = list(tie.phases);
    phases.forEach((phase, phaseIndex) => {
      checkOrder(ctx, phase.start, phase.end, [...path, "phases", phaseIndex]);
      const previous = phases[phaseIndex - 1];
      const previousEnd = rangeOf(previous?.end);
      const start = rangeOf(phase.start);
      if (previousEnd && start && start.start <= previousEnd.end) {
        report(ctx, [...path, "phases", phaseIndex, "start"], "phases overlap: each must start after the previous one ends");
      }
    });
  });
}

/** A story's steps: unique ids, known actors, events, ties and themes, and a window that does not end before it starts. */
function checkStory(ctx: Ctx, story: unknown, ids: { actors: Set<string>; themes: Set<string>; events: Set<string>; ties: Set<string> }, paragraphs?: number) {
  if (!isObject(story)) return;
  const steps = list(story.steps);
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    const path: Path = ["story", "steps", index];
    const id = str(step.id);
    if (id !== undefined && seen.has(id)) report(ctx, [...path, "id"], `duplicate step id "${id}"`);
    if (id !== undefined) seen.add(id);
    checkSources(ctx, step.sources, undefined, paragraphs, [...path, "sources"]);
    if (!isObject(step.view)) return;
    const view = step.view;
    checkRef(ctx, view.actor, ids.actors, [...path, "view", "actor"], "actor");
    checkRef(ctx, view.event, ids.events, [...path, "view", "event"], "event");
    checkRef(ctx, view.tie, ids.ties, [...path, "view", "tie"], "tie");
    checkRefs(ctx, view.themes, ids.themes, [...path, "view", "themes"], "theme");
    checkOrder(ctx, view.from, view.to, [...path, "view"], "to");
  });
}

/** Every cross-reference check of a dataset, each problem reported with its path. */
export function checkDataset(value: unknown, ctx: Ctx): void {
  if (!isObject(value)) return;
  const themes = list(value.themes);
  const actors = list(value.actors);
  const events = list(value.events);
  const ties = list(value.ties);
  const paragraphs = isObject(value.source) && typeof value.source.paragraphs === "number" ? value.source.paragraphs : undefined;

  const themeIds = collectIds(ctx, themes, "themes", "theme");
  const actorIds = collectIds(ctx, actors, "actors", "actor");
  const eventIds = collectIds(ctx, events, "events", "event");
  const tieIds = collectIds(ctx, ties, "ties", "tie");

  const names = new Map<string, number>();
  actors.forEach((actor, index) => {
    const name = str(actor.name);
    if (name === undefined) return;
    if (names.has(name)) report(ctx, ["actors", index, "name"], `duplicate actor name "${name}" (also actors[${names.get(name)}])`);
    else names.set(name, index);
    checkRef(ctx, actor.affiliation, actorIds, ["actors", index, "affiliation"], "actor");
    if (actor.affiliation === actor.id && actor.id !== undefined) report(ctx, ["actors", index, "affiliation"], "an actor cannot be affiliated with itself");
  });

  checkEvents(ctx, events, actorIds, themeIds, paragraphs);
  checkTies(ctx, ties, { actors: actorIds, themes: themeIds, events: eventIds }, paragraphs);
  const periods = list(value.periods);
  collectIds(ctx, periods, "periods", "period");
  periods.forEach((period, index) => checkOrder(ctx, period.start, period.end, ["periods", index]));
  checkStory(ctx, value.story, { actors: actorIds, themes: themeIds, events: eventIds, ties: tieIds }, paragraphs);
  if (isObject(value.defaultWindow)) checkOrder(ctx, value.defaultWindow.from, value.defaultWindow.to, ["defaultWindow"], "to");
}
