/**
 * The selection as a dataset of its own: the events and ties in the window and filter, the actors and themes
 * they need, and everything else the dataset says about itself (source, asOf, periods…). It validates and,
 * opened again, shows the same items: its default window is the view's window and no theme filter is needed.
 */
import { toIsoDay } from "@/lib/dates";
import type { ActorId, ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Actor, Dataset, Tie } from "@/lib/dataset/schema";
import type { Selection, SelectionQuery } from "@/lib/select";

/** A dataset of the selection. */
export function selectionDataset(index: IndexedDataset, selection: Selection, query: SelectionQuery): Dataset {
  // Everything the dataset carries besides its items (including fields added later, such as periods) is kept;
  // the story goes, since its steps may name items that are not in the selection.
  const { story: _story, $schema: _schema, ...rest } = index.dataset;
  void _story;
  void _schema;
  const events = selection.events.map((e) => e.event);
  const eventIds = new Set(events.map((e) => e.id));
  const ties = selection.ties.map(({ indexed: { tie } }): Tie => {
    if (!tie.events) return tie;
    // A tie may point at events outside the window: keep only the references that still resolve.
    const kept = tie.events.filter((id) => eventIds.has(id));
    const { events: _events, ...withoutEvents } = tie;
    void _events;
    return kept.length ? { ...tie, events: kept } : withoutEvents;
  });
  const actorIds = new Set<ActorId>(selection.actorIds);
  const actors = index.dataset.actors
    .filter((a) => actorIds.has(a.id))
    .map((a): Actor => {
      if (!a.affiliation || actorIds.has(a.affiliation)) return a;
      // The affiliated actor is not in the selection: keeping it would add an actor the view does not show.
      const { affiliation: _affiliation, ...withoutAffiliation } = a;
      void _affiliation;
      return withoutAffiliation;
    });
  const used = new Set<ThemeId>(query.themes);
  for (const e of events) for (const t of e.themes) used.add(t);
  for (const t of ties) for (const th of t.themes) used.add(th);
  const kept = index.dataset.themes.filter((t) => used.has(t.id));
  const filter = query.themes.map((id) => index.themeById.get(id)?.label ?? id).join(", ");
  const from = toIsoDay(query.from);
  const to = toIsoDay(query.to);
  return {
    ...rest,
    id: `${index.dataset.id}-selection`.slice(0, 120) as Dataset["id"],
    title: `${index.dataset.title} (selection)`,
    description: `${index.dataset.description} Selection from ${from} to ${to}${filter ? `, themes: ${filter}` : ""}.`.trim(),
    defaultWindow: { from, to },
    // A dataset needs at least one theme: an empty selection keeps them all.
    themes: kept.length ? kept : index.dataset.themes,
    actors,
    events,
    ties,
  };
}

/** Items per part of the JSON text (see datasetJsonParts). */
const ITEMS_PER_PART = 2000;

/**
 * A dataset as JSON text in parts: its small fields first, then its lists a few thousand items at a time, one
 * item per line. Joined, the parts are the dataset's JSON; a caller can yield to the browser between them.
 */
export function* datasetJsonParts(dataset: Dataset, perPart = ITEMS_PER_PART): Generator<string> {
  const lists = ["themes", "actors", "events", "ties"] as const;
  const small: Record<string, unknown> = { ...dataset };
  for (const key of lists) delete small[key];
  const head = JSON.stringify(small, null, 2);
  // The object's closing brace comes after the lists.
  yield head.slice(0, head.lastIndexOf("}")).trimEnd();
  let first = head.trim() === "{}";
  for (const key of lists) {
    const items: readonly unknown[] = dataset[key];
    yield `${first ? "" : ","}\n  ${JSON.stringify(key)}: [`;
    first = false;
    for (let i = 0; i < items.length; i += perPart) {
      const slice = items.slice(i, i + perPart).map((item) => `\n    ${JSON.stringify(item)}`);
      yield `${i === 0 ? "" : ","}${slice.join(",")}`;
    }
    yield items.length ? "\n  ]" : "]";
  }
  yield "\n}\n";
}
