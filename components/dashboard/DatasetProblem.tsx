import type { Problem } from "@/lib/dataset/parse";
import type { DatasetSummary } from "@/lib/server/datasets";

interface Props {
  id: string;
  problems: Problem[];
  /** Why a file that exists cannot be served (too large, refused, unreadable, being written). */
  message?: string;
  others: DatasetSummary[];
}

/** The error state for a dataset that is missing or invalid: what is wrong, and where to go instead. */
export function DatasetProblem({ id, problems, message, others }: Props) {
  return (
    <main className="state-page">
      <h1>{message ? `Dataset “${id}” cannot be shown` : problems.length ? `Dataset “${id}” is invalid` : `No dataset named “${id}”`}</h1>
      {message ? (
        <p role="alert">{message}</p>
      ) : problems.length > 0 ? (
        <>
          <p>The file was found but did not pass validation. Fix these problems and reload:</p>
          <ul className="problems">
            {problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > 200 && <p>…and {problems.length - 200} more.</p>}
        </>
      ) : (
        <p>There is no file for it in the datasets folder.</p>
      )}
      {others.length > 0 && (
        <>
          <h2>Available datasets</h2>
          <ul>
            {others.map((d) => (
              <li key={d.id}>
                <a href={`/?dataset=${d.id}`}>{d.title}</a> ({d.events} events, {d.actors} actors, {d.ties} ties)
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
