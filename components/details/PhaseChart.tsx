import { formatIso } from "@/lib/dates";
import type { IndexedTie } from "@/lib/dataset/indexed";
import { sentimentColor, sentimentLabel } from "@/lib/palette";

const WIDTH = 160;
const HEIGHT = 28;

/** A tie's sentiment over time as a small step chart of its phases, with a text list for screen readers. */
export function PhaseChart({ tie }: { tie: IndexedTie }) {
  const phases = tie.phases;
  if (phases.length === 0) return null;
  const finite = phases.flatMap((p) => [p.start, p.end]).filter(Number.isFinite);
  const min = Math.min(...finite);
  const max = Math.max(...finite, min + 1);
  const x = (day: number) => (Number.isFinite(day) ? ((day - min) / (max - min)) * WIDTH : day < 0 ? 0 : WIDTH);
  const y = (sentiment: number) => HEIGHT / 2 - (sentiment / 2) * (HEIGHT / 2 - 3);
  return (
    <div className="phase-chart">
      <svg width={WIDTH} height={HEIGHT} aria-hidden="true">
        <line x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} className="phase-zero" />
        {phases.map((p, i) => (
          <line
            key={i}
            x1={x(p.start)}
            x2={Math.max(x(p.end), x(p.start) + 2)}
            y1={y(p.phase.sentiment)}
            y2={y(p.phase.sentiment)}
            stroke={sentimentColor(p.phase.sentiment)}
            strokeWidth={4}
          />
        ))}
      </svg>
      <ol className="phase-list">
        {phases.map((p, i) => (
          <li key={i}>
            <span className="phase-when">
              {p.phase.start ? formatIso(p.phase.start) : "…"} – {p.phase.end ? formatIso(p.phase.end) : "…"}
            </span>
            : {sentimentLabel(p.phase.sentiment)}. {p.phase.note}
          </li>
        ))}
      </ol>
    </div>
  );
}
