import type { IndexedDataset, IndexedTie } from "@/lib/dataset/indexed";
import { visibleTie, type Selection } from "@/lib/select";
import type { DetailsActions } from "./actions";
import { PhaseChart } from "./PhaseChart";
import { ShowInNetworkButton } from "./ShowInNetworkButton";
import { SourceList } from "./SourceList";
import { StatusBadge } from "./StatusBadge";
import { ThemeTags } from "./ThemeTags";
import { TieSummary } from "./TieSummary";

/** A tie: its two actors, kind, sentiment over time, span, summary, themes, events and sources. */
export function TieDetails({ item, index, selection, actions }: { item: IndexedTie; index: IndexedDataset; selection: Selection; actions: DetailsActions }) {
  const { tie } = item;
  // Outside the window the tie has no phase in force: say its own sentiment.
  const sentiment = visibleTie(selection, tie.id)?.sentiment ?? tie.sentiment;
  const source = index.actorById.get(tie.source);
  const target = index.actorById.get(tie.target);
  return (
    <article className="details-item">
      <h2>
        {source?.name} {tie.directed ? "→" : "–"} {target?.name}
      </h2>
      <p className="details-meta">
        <TieSummary item={item} sentiment={sentiment} /> <StatusBadge status={tie.status} />
      </p>
      <p>{tie.summary}</p>
      <PhaseChart tie={item} />
      <h3>Actors</h3>
      <ul className="chip-list">
        {[source, target].map((actor) =>
          actor ? (
            <li key={actor.id}>
              <button type="button" className="chip" onClick={() => actions.selectActor(actor.id)}>
                {actor.name}
              </button>
            </li>
          ) : null,
        )}
      </ul>
      <ThemeTags themes={tie.themes} index={index} />
      {tie.events && tie.events.length > 0 && (
        <>
          <h3>Events</h3>
          <ul className="event-list">
            {tie.events.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => actions.selectEvent(id)}>
                  {index.eventById.get(id)?.event.title ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Sources</h3>
      <SourceList sources={tie.sources} sourceTitle={index.dataset.source?.title ?? "the source"} />
      <p className="details-actions">
        {Number.isFinite(item.start) && (
          <button type="button" className="button" onClick={() => actions.showInTimeline(item.start, Number.isFinite(item.end) ? item.end : item.start + 30)}>
            Show in timeline
          </button>
        )}
        <ShowInNetworkButton onShow={actions.showInNetwork} />
      </p>
    </article>
  );
}
