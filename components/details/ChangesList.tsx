"use client";
/**
 * The Changes list (Compare on): each tie gained, lost or turned between the compare window and the main
 * window, naming both actors; a turned tie says from what to what ("hostile → positive"). Each names its
 * tie as a button that shows it in Details.
 */
import { memo } from "react";
import type { ChangedTie, Comparison } from "@/lib/compare/changes";
import { formatDayShort } from "@/lib/dates";
import type { TieId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { sentimentLabel } from "@/lib/palette";
import type { DayRange } from "@/lib/view/state";

const WORD = { gained: "Gained", lost: "Lost", turned: "Turned" } as const;
/** More than this many changes are summarised: the list is for reading, the network shows them all. */
const MAX_ITEMS = 60;

function describe(change: ChangedTie): string {
  if (change.change === "turned") return `${sentimentLabel(change.before!)} → ${sentimentLabel(change.after!)}`;
  const sentiment = change.change === "gained" ? change.after! : change.before!;
  return `${change.visible.indexed.tie.kind}, ${sentimentLabel(sentiment)}`;
}

interface Props {
  comparison: Comparison;
  compare: DayRange;
  index: IndexedDataset;
  onSelectTie: (id: TieId) => void;
}

/** The list of changed ties under a heading that says which two windows were compared. */
export const ChangesList = memo(function ChangesList({ comparison, compare, index, onSelectTie }: Props) {
  const name = (id: string) => index.actorById.get(id as never)?.name ?? id;
  const { gained, lost, turned } = comparison.counts;
  const shown = comparison.changed.slice(0, MAX_ITEMS);
  return (
    <section className="changes" aria-labelledby="changes-heading">
      <h3 id="changes-heading">Changes since {formatDayShort(compare.from)} – {formatDayShort(compare.to)}</h3>
      <p className="muted">
        {gained} gained, {lost} lost, {turned} turned
      </p>
      <ul aria-label="Changes" className="changes-list">
        {shown.map((change) => {
          const { tie } = change.visible.indexed;
          return (
            <li key={tie.id} data-change={change.change}>
              <span className={`change-badge change-${change.change}`}>{WORD[change.change]}</span>{" "}
              <button type="button" className="link-button" onClick={() => onSelectTie(tie.id)}>
                {name(tie.source)} – {name(tie.target)}
              </button>
              : {describe(change)}
            </li>
          );
        })}
      </ul>
      {comparison.changed.length > shown.length && <p className="muted">and {comparison.changed.length - shown.length} more (see the network)</p>}
    </section>
  );
});
