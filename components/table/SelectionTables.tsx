"use client";
import { useState } from "react";
import { formatRange } from "@/lib/dates";
import { sentimentLabel } from "@/lib/palette";
import type { TableViewProps } from "./TableView";

const PAGE = 100;

/** The tables themselves, a page at a time; loaded only when the table view is first opened. */
export default function SelectionTables({ index, selection, onSelectEvent, onSelectTie }: TableViewProps) {
  const [eventRows, setEventRows] = useState(PAGE);
  const [tieRows, setTieRows] = useState(PAGE);
  const actorName = (id: string) => index.actorById.get(id as never)?.name ?? id;
  const themeLabel = (id: string) => index.themeById.get(id as never)?.label ?? id;
  return (
    <>
      <table>
        <caption>Events in the window ({selection.events.length})</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Date</th>
            <th scope="col">Precision</th>
            <th scope="col">Actors</th>
            <th scope="col">Themes</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {selection.events.slice(0, eventRows).map(({ event }) => (
            <tr key={event.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelectEvent(event.id)}>
                  {event.title}
                </button>
              </th>
              <td>{event.date ? <time dateTime={event.date.start}>{formatRange(event.date.start, event.date.end)}</time> : "undated"}</td>
              <td>{event.date?.precision ?? "—"}</td>
              <td>{event.actors.map(actorName).join(", ")}</td>
              <td>{event.themes.map(themeLabel).join(", ")}</td>
              <td>{event.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {selection.events.length > eventRows && (
        <button type="button" className="button" onClick={() => setEventRows((n) => n + PAGE)}>
          Show more events
        </button>
      )}
      <table>
        <caption>Ties in the window ({selection.ties.length})</caption>
        <thead>
          <tr>
            <th scope="col">Actors</th>
            <th scope="col">Kind</th>
            <th scope="col">Sentiment in the window</th>
            <th scope="col">Span</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {selection.ties.slice(0, tieRows).map(({ indexed, sentiment }) => {
            const { tie } = indexed;
            return (
              <tr key={tie.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelectTie(tie.id)}>
                    {actorName(tie.source)} {tie.directed ? "→" : "–"} {actorName(tie.target)}
                  </button>
                </th>
                <td>{tie.kind}</td>
                <td>
                  {sentimentLabel(sentiment)} ({sentiment > 0 ? "+" : ""}
                  {sentiment})
                </td>
                <td>{tie.span ? formatRange(tie.span.start ?? "…", tie.span.end ?? "…") : "no dates given"}</td>
                <td>{tie.status}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {selection.ties.length > tieRows && (
        <button type="button" className="button" onClick={() => setTieRows((n) => n + PAGE)}>
          Show more ties
        </button>
      )}
    </>
  );
}
