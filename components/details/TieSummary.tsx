import { formatRange } from "@/lib/dates";
import type { IndexedTie } from "@/lib/dataset/indexed";
import { sentimentLabel } from "@/lib/palette";

/** One line about a tie: kind, direction, sentiment and span. */
export function TieSummary({ item }: { item: IndexedTie }) {
  const { tie } = item;
  const span = tie.span?.start || tie.span?.end ? formatRange(tie.span.start ?? "…", tie.span.end ?? "…") : "timeless";
  return (
    <span className="tie-summary">
      {tie.kind}
      {tie.directed ? " (directed)" : ""}, {sentimentLabel(tie.sentiment)}, {span}
      {tie.status === "expected" ? ", expected" : ""}
    </span>
  );
}
