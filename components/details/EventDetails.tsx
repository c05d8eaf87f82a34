import { formatRange } from "@/lib/dates";
import type { IndexedDataset, IndexedEvent } from "@/lib/dataset/indexed";
import type { DetailsActions } from "./actions";
import { ShowInNetworkButton } from "./ShowInNetworkButton";
import { SourceList } from "./SourceList";
import { StatusBadge } from "./StatusBadge";
import { ThemeTags } from "./ThemeTags";

/** An event: title, date at its precision, status, summary, actors, themes and sources. */
export function EventDetails({ item, index, actions }: { item: IndexedEvent; index: IndexedDataset; actions: DetailsActions }) {
  const { event } = item;
  return (
    <article className="details-item">
      <h2>{event.title}</h2>
      <p className="details-meta">
        {event.date ? (
          <time dateTime={event.date.start}>{formatRange(event.date.start, event.date.end)}</time>
        ) : (
          <span>Undated</span>
        )}
        {event.date && event.date.precision !== "day" && <span className="muted"> ({event.date.precision} precision)</span>}{" "}
        <StatusBadge status={event.status} /> {event.basis === "context" && <span className="badge">Context</span>}
      </p>
      <p>{event.summary}</p>
      {event.actors.length > 0 && (
        <>
          <h3>Actors</h3>
          <ul className="chip-list">
            {event.actors.map((id) => (
              <li key={id}>
                <button type="button" className="chip" onClick={() => actions.selectActor(id)}>
                  {index.actorById.get(id)?.name ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ThemeTags themes={event.themes} index={index} />
      <h3>Sources</h3>
      <SourceList sources={event.sources} sourceTitle={index.dataset.source?.title ?? "the source"} />
      <p className="details-actions">
      {item.dated && (
          <button type="button" className="button" onClick={() => actions.showInTimeline(item.start, item.end)}>
            Show in timeline
          </button>
        )}
        <ShowInNetworkButton onShow={actions.showInNetwork} />
      </p>
    </article>
  );
}
