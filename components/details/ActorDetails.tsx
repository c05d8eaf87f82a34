import type { ActorId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { Actor } from "@/lib/dataset/schema";
import { formatRange } from "@/lib/dates";
import type { Selection } from "@/lib/select";
import { tiesByOther } from "@/lib/selection/tiesByOther";
import { TiesOverTime } from "@/components/metrics/TiesOverTime";
import type { DetailsActions } from "./actions";
import { PhaseChart } from "./PhaseChart";
import { ShowInNetworkButton } from "./ShowInNetworkButton";
import { SourceList } from "./SourceList";
import { TieSummary } from "./TieSummary";

interface Props {
  actor: Actor;
  index: IndexedDataset;
  selection: Selection;
  actions: DetailsActions;
}

/** An actor: what it is, its ties in the window (with how they changed) and its events in the window. */
export function ActorDetails({ actor, index, selection, actions }: Props) {
  const ties = selection.ties.filter(({ indexed }) => indexed.tie.source === actor.id || indexed.tie.target === actor.id);
  const events = selection.events.filter((e) => e.event.actors.includes(actor.id));
  const allTies = index.tiesByActor.get(actor.id)?.length ?? 0;
  const allEvents = index.eventsByActor.get(actor.id)?.length ?? 0;
  const affiliation = actor.affiliation ? index.actorById.get(actor.affiliation) : undefined;
  const name = (id: ActorId) => index.actorById.get(id)?.name ?? id;
  return (
    <article className="details-item">
      <h2>{actor.name}</h2>
      <p className="details-meta">
        <span className="badge">{actor.kind}</span>
        {affiliation && (
          <>
            {" "}of{" "}
            <button type="button" className="link-button" onClick={() => actions.selectActor(affiliation.id)}>
              {affiliation.name}
            </button>
          </>
        )}
      </p>
      {actor.aliases && actor.aliases.length > 0 && <p className="muted">Also: {actor.aliases.join(", ")}</p>}
      {actor.description && <p>{actor.description}</p>}
      <p className="details-actions">
        <ShowInNetworkButton onShow={actions.showInNetwork} />
      </p>
      <TiesOverTime actor={actor.id} name={actor.name} />
      <h3 id="ties-heading">
        Ties in the window ({ties.length} of {allTies})
      </h3>
      {/* One item per other actor; several ties with it are lines inside that item. */}
      <ul aria-label="Ties" className="tie-list">
        {tiesByOther(ties, actor.id).map(({ other, ties: withOther }) => (
          <li key={other}>
            <button type="button" className="chip" onClick={() => actions.selectActor(other)}>
              {name(other)}
            </button>
            {withOther.length > 1 && <span className="muted"> {withOther.length} ties</span>}
            {withOther.map(({ indexed, sentiment }) => (
              <div key={indexed.tie.id} className="tie-line">
                <TieSummary item={indexed} sentiment={sentiment} />
                <PhaseChart tie={indexed} />{" "}
                <button type="button" className="link-button" onClick={() => actions.selectTie(indexed.tie.id)}>
                  Tie details<span className="visually-hidden"> for {actor.name} and {name(other)}: {indexed.tie.kind}</span>
                </button>
                <details className="tie-sources">
                  <summary>Sources</summary>
                  <SourceList sources={indexed.tie.sources} sourceTitle={index.dataset.source?.title ?? "the source"} />
                </details>
              </div>
            ))}
          </li>
        ))}
      </ul>
      <h3>
        Events in the window ({events.length} of {allEvents})
      </h3>
      <ul className="event-list">
        {events.map(({ event }) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => actions.selectEvent(event.id)}>
              {event.title}
            </button>{" "}
            {event.date && <span className="muted">{formatRange(event.date.start, event.date.end)}</span>}
          </li>
        ))}
      </ul>
      {actor.sources && actor.sources.length > 0 && (
        <>
          <h3>Sources</h3>
          <SourceList sources={actor.sources} sourceTitle={index.dataset.source?.title ?? "the source"} />
        </>
      )}
    </article>
  );
}
