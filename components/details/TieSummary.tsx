import { formatRange } from "@/lib/dates";
import type { IndexedTie } from "@/lib/dataset/indexed";
import { sentimentLabel } from "@/lib/palette";

/** One line about a tie: kind, direction, the sentiment in force in the window (the selection's) and span. */
export function TieSummary({ item, sentiment }: { item: IndexedTie; sentiment: number }) {
  const { tie } = item;
  const span = tie.span?.start || tie.span?.end ? formatRange(tie.span.start ?? "…", tie.span.end ?? "…") : "no dates given";
  return (
    <span className="tie-summary">
      {tie.kind}
      {tie.directed ? " (directed)" : ""}, {sentimentLabel(sentiment)}, {span}
      {tie.status === "expected" ? ", expected" : ""}
    </span>
  );
}
