"use client";
/**
 * Ties over time: the selected actor's visible ties per time step as small bars, the window marked, with
 * the numbers as a table in a disclosure (the chart's text alternative).
 */
import { useFollowingQuery } from "@/components/dashboard/useFollowingQuery";
import { formatDayShort } from "@/lib/dates";
import { actorRow } from "@/lib/metrics/measures";
import type { ActorId } from "@/lib/dataset/ids";
import { useActorSeries } from "./useMetrics";

const WIDTH = 300;
const HEIGHT = 56;
const LABEL = 12;

interface Props {
  actor: ActorId;
  name: string;
}

/** The figure for one actor (a note while the series is measured). */
export function TiesOverTime({ actor, name }: Props) {
  const series = useActorSeries();
  // The window mark follows the views like the rest of Details, never in a scrub's frame.
  const { from, to } = useFollowingQuery();
  if (!series) {
    return (
      <figure className="ties-over-time" aria-label="Ties over time">
        <figcaption>Ties over time</figcaption>
        <p className="muted">Measuring…</p>
      </figure>
    );
  }
  const values = actorRow(series, series.degree, actor);
  const steps = series.steps;
  const max = Math.max(1, ...values);
  const first = steps[0]?.start ?? 0;
  const span = Math.max(1, (steps[steps.length - 1]?.end ?? first) + 1 - first);
  const x = (day: number) => ((day - first) / span) * WIDTH;
  const chartHeight = HEIGHT - LABEL;
  return (
    <figure className="ties-over-time" aria-label="Ties over time">
      <figcaption>
        Ties over time <span className="muted">(most: {max})</span>
      </figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`${name}: ties per step, up to ${max}; the window is shaded`}>
        <rect className="tot-window" x={x(from)} y={0} width={Math.max(1.5, x(to + 1) - x(from))} height={chartHeight} />
        {values.map((value, i) => {
          const step = steps[i]!;
          const h = (value / max) * (chartHeight - 2);
          return value > 0 ? <rect key={i} className="tot-bar" x={x(step.start)} y={chartHeight - h} width={Math.max(0.8, x(step.end + 1) - x(step.start) - 0.4)} height={h} /> : null;
        })}
        <line className="tot-base" x1={0} x2={WIDTH} y1={chartHeight + 0.5} y2={chartHeight + 0.5} />
        <text className="tot-label" x={0} y={HEIGHT - 1}>
          {formatDayShort(first)}
        </text>
        <text className="tot-label" x={WIDTH} y={HEIGHT - 1} textAnchor="end">
          {formatDayShort(first + span - 1)}
        </text>
      </svg>
      <details>
        <summary>Table</summary>
        <table className="tot-table">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Ties</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, i) => (
              <tr key={step.start}>
                <td>{formatDayShort(step.start)}</td>
                <td>{formatDayShort(step.end)}</td>
                <td>{values[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
