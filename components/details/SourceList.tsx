import type { Source } from "@/lib/dataset/schema";

/** Where a fact comes from: the paragraph and quote of the source text, or a public link. */
export function SourceList({ sources, sourceTitle }: { sources: readonly Source[]; sourceTitle: string }) {
  if (sources.length === 0) return <p className="muted">No source in the imported file.</p>;
  return (
    <ul className="sources">
      {sources.map((source, i) => (
        <li key={i}>
          {source.paragraph !== undefined && (
            <span>
              <abbr title={`${sourceTitle}, paragraph ${source.paragraph}`}>¶{source.paragraph}</abbr>
              {source.quote && <q>{source.quote}</q>}
            </span>
          )}
          {source.url && (
            <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
              {safeHost(source.url)}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
