/**
 * Cross-reference checks for a dataset: what a per-field schema cannot see (unknown ids, duplicates,
 * self-ties, ranges that end before they start, date strings that do not match their precision), and
 * two rules about time that single fields cannot see: a tie with phases has a phase wherever its span is,
 * and an item that has occurred does not end after asOf unless a source gives that end.
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

/** Whether the item cites a source for its end date (`"supports": "end"`). */
const citesEnd = (sources: unknown) => list(sources).some((source) => source.supports === "end");

/**
 * An item that has occurred and ends after asOf claims to know the future: the bundled dataset once ended
 * Azerbaijan–US relations in 2029 because a presidential term does. Such an end is allowed when the item is
 * `expected` (a forecast) or when one of its sources is marked as giving the end (a term fixed by law, a
 * treaty's expiry date). An end counts as after asOf only if its first day is, so "2025-01" is fine for an
 * asOf in January 2025: month precision is honesty about the date, not a claim about the future.
 */
function checkEndNotAfterAsOf(ctx: Ctx, end: unknown, item: Loose, asOf: string | undefined, path: Path, noun: string) {
  const endRange = rangeOf(end);
  const asOfRange = rangeOf(asOf);
  if (!endRange || !asOfRange || endRange.start <= asOfRange.start) return;
  if (item.status === "expected" || citesEnd(item.sources)) return;
  report(
    ctx,
    path,
    `ends ${String(end)}, after the as-of date ${asOf}: mark the ${noun} expected, drop the end, or cite the source that gives it ("supports": "end")`,
  );
}

/**
 * A tie with phases is drawn only where a phase meets the window (lib/selection/window.ts), so a span that
 * starts before its first phase, ends after its last, or has a hole between two phases hides the tie there:
 * Azerbaijan–US ties once vanished for 1992–2020. Phases are resolved as lib/dataset/indexed.ts does: an
 * open start follows the previous phase (or the span's start), an open end runs to the next phase (or the
 * span's end), so only explicit dates can leave a gap.
 */
function checkPhaseCoverage(ctx: Ctx, tie: Loose, path: Path) {
  const phases = list(tie.phases);
  if (phases.length === 0) return;
  const span = isObject(tie.span) ? tie.span : {};
  const dates = [span.start, span.end, ...phases.flatMap((phase) => [phase.start, phase.end])];
  // A malformed date is reported by its own check; resolving around it would invent gaps.
  if (dates.some((value) => value !== undefined && rangeOf(value) === undefined)) return;
  const from = rangeOf(span.start)?.start ?? -Infinity;
  const to = rangeOf(span.end)?.end ?? Infinity;
  const resolved: { start: number; end: number }[] = [];
  phases.forEach((phase, i) => {
    const nextStart = rangeOf(phases[i + 1]?.start)?.start;
    resolved.push({
      start: rangeOf(phase.start)?.start ?? (i > 0 ? resolved[i - 1]!.end + 1 : from),
      end: rangeOf(phase.end)?.end ?? (nextStart !== undefined ? nextStart - 1 : to),
    });
  });
  const spanStartText = span.start === undefined ? "has no start" : `starts ${String(span.start)}`;
  if (resolved[0]!.start > from) {
    report(ctx, [...path, "phases", 0, "start"], `the span ${spanStartText} but the first phase starts ${String(phases[0]!.start)}: the tie is hidden in between; add a phase for that time or start the span later`);
  }
  for (let i = 1; i < phases.length; i++) {
    if (resolved[i]!.start > resolved[i - 1]!.end + 1) {
      report(ctx, [...path, "phases", i, "start"], `gap between phases: phases[${i - 1}] ends ${String(phases[i - 1]!.end)} but this one starts ${String(phases[i]!.start)}, so the tie is hidden in between`);
    }
  }
  const last = phases.length - 1;
  if (resolved[last]!.end < to) {
    const spanEndText = span.end === undefined ? "has no end" : `ends ${String(span.end)}`;
    report(ctx, [...path, "phases", last, "end"], `the last phase ends ${String(phases[last]!.end)} but the span ${spanEndText}: the tie is hidden after it; add a phase or end the span there`);
  }
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

function checkEvents(ctx: Ctx, events: Loose[], actorIds: Set<string>, themeIds: Set<string>, asOf: string | undefined, paragraphs?: number) {
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
    checkEndNotAfterAsOf(ctx, end, event, asOf, [...path, "date", "end"], "event");
  });
}

function checkTies(ctx: Ctx, ties: Loose[], ids: { actors: Set<string>; themes: Set<string>; events: Set<string> }, asOf: string | undefined, paragraphs?: number) {
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
    if (isObject(tie.span)) {
      checkOrder(ctx, tie.span.start, tie.span.end, [...path, "span"]);
      checkEndNotAfterAsOf(ctx, tie.span.end, tie, asOf, [...path, "span", "end"], "tie");
    }
    const phases = list(tie.phases);
    phases.forEach((phase, phaseIndex) => {
      checkOrder(ctx, phase.start, phase.end, [...path, "phases", phaseIndex]);
      const previous = phases[phaseIndex - 1];
      const previousEnd = rangeOf(previous?.end);
      const start = rangeOf(phase.start);
      if (previousEnd && start && start.start <= previousEnd.end) {
        report(ctx, [...path, "phases", phaseIndex, "start"], "phases overlap: each must start after the previous one ends");
      }
      checkEndNotAfterAsOf(ctx, phase.end, tie, asOf, [...path, "phases", phaseIndex, "end"], "tie");
    });
    checkPhaseCoverage(ctx, tie, path);
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

  const asOf = str(value.asOf);
  checkEvents(ctx, events, actorIds, themeIds, asOf, paragraphs);
  checkTies(ctx, ties, { actors: actorIds, themes: themeIds, events: eventIds }, asOf, paragraphs);
  const periods = list(value.periods);
  collectIds(ctx, periods, "periods", "period");
  periods.forEach((period, index) => checkOrder(ctx, period.start, period.end, ["periods", index]));
  checkStory(ctx, value.story, { actors: actorIds, themes: themeIds, events: eventIds, ties: tieIds }, paragraphs);
  if (isObject(value.defaultWindow)) checkOrder(ctx, value.defaultWindow.from, value.defaultWindow.to, ["defaultWindow"], "to");
}
