"use client";
import { useMemo, useRef } from "react";
import { useElementSize } from "@/components/shared/useElementSize";
import { formatIso, precisionOf } from "@/lib/dates";
import type { IndexedTie } from "@/lib/dataset/indexed";
import { sentimentColor, sentimentLabel } from "@/lib/palette";
import { phaseAxis } from "@/lib/timeline/phaseAxis";

const BAR = 26;
const ROW = 12;
const ROWS = 2;
/** Until the chart's box is measured (and where it cannot be). */
const DEFAULT_WIDTH = 260;

const precision = (value: string | undefined) => (value ? (precisionOf(value) ?? undefined) : undefined);

/**
 * A tie's sentiment over time as a small step chart of its phases with their dates under it (each phase has
 * room for its date, the rest of the width goes by length), and a text list of the phases for everyone.
 */
export function PhaseChart({ tie }: { tie: IndexedTie }) {
  const box = useRef<HTMLDivElement>(null);
  const width = Math.floor(useElementSize(box)?.width || DEFAULT_WIDTH);
  const { phases } = tie;
  const axis = useMemo(
    () =>
      phaseAxis(
        phases.map((p) => ({ start: p.start, end: p.end, startPrecision: precision(p.phase.start), endPrecision: precision(p.phase.end) })),
        width,
        { rows: ROWS },
      ),
    [phases, width],
  );
  if (phases.length === 0) return null;
  const rows = Math.max(1, ...axis.labels.map((l) => l.row + 1));
  const y = (sentiment: number) => BAR / 2 - (sentiment / 2) * (BAR / 2 - 3);
  return (
    <div className="phase-chart" ref={box}>
      <svg width={width} height={BAR + rows * ROW} aria-hidden="true">
        <line x1={0} x2={width} y1={BAR / 2} y2={BAR / 2} className="phase-zero" />
        {axis.segments.map((s, i) => {
          const sentiment = phases[i]!.phase.sentiment;
          const at = y(sentiment);
          return (
            <g key={i} stroke={sentimentColor(sentiment)}>
              <line x1={s.x0 + (s.openStart ? 6 : 0)} x2={Math.max(s.x1 - (s.openEnd ? 6 : 0), s.x0 + 2)} y1={at} y2={at} strokeWidth={4} />
              {/* An open end runs on: a chevron instead of a cut. */}
              {s.openEnd && <polyline points={`${s.x1 - 5},${at - 4} ${s.x1 - 1},${at} ${s.x1 - 5},${at + 4}`} fill="none" strokeWidth={2} />}
              {s.openStart && <polyline points={`${s.x0 + 5},${at - 4} ${s.x0 + 1},${at} ${s.x0 + 5},${at + 4}`} fill="none" strokeWidth={2} />}
            </g>
          );
        })}
        {axis.labels.map((l) => {
          // The boundary's tick, kept inside the drawing at the chart's edges.
          const tick = Math.min(Math.max(l.boundary, 0.5), width - 0.5);
          return (
            <g key={l.day}>
              <line className="phase-tick" x1={tick} x2={tick} y1={BAR - 4} y2={BAR + l.row * ROW + 2} />
              <text className="phase-label" x={l.x} y={BAR + l.row * ROW + 10} textAnchor={l.anchor}>
                {l.text}
              </text>
            </g>
          );
        })}
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
