"use client";
/**
 * The SVG renderer (for networks of a few hundred ties): ties, faint ghosts of hidden actors, nodes and
 * labels, all in screen pixels. Each mark is a memoised component of its projected object, and the projector
 * keeps unchanged objects, so a scrub step touches only the marks it changed. Marks entering the window fade
 * in; marks leaving it stay in place and fade out (CSS transitions; none under reduced motion). Decorative for assistive
 * technology: the actor buttons laid over it carry the names and states, and Details carries the ties.
 */
import { memo, useId } from "react";
import { curvePath } from "@/lib/network/edges";
import {
  CHANGE_RINGS,
  DIMMED_LABEL_OPACITY,
  GHOST,
  LABEL_LEADER,
  nodeOpacity,
  PIN,
  RINGS,
  shapePath,
  STRUCTURAL_COLOR,
  TURN_BAND,
  TURN_EXTRA,
  type RingStyle,
} from "@/lib/network/encoding";
import type { PlacedLabel } from "@/lib/network/labels";
import type { ProjectedNode, ProjectedTie, Projection } from "@/lib/network/project";
import { sentimentColor } from "@/lib/palette";
import type { RendererProps } from "./rendererProps";
import { useKeptMarks } from "./useKeptMarks";
import styles from "./Network.module.css";

const tieKey = (p: ProjectedTie) => p.tie.id;
const nodeKey = (p: ProjectedNode) => p.node.id;

/** Arrowhead colours: one marker per sentiment colour and one for structural ties. */
const MARKER_COLORS = [...[-2, -1, 0, 1, 2].map(sentimentColor), STRUCTURAL_COLOR];

function markerKey(color: string): string {
  return color.replace("#", "").toLowerCase();
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const TieMark = memo(function TieMark({ projected, hovered, gone, uid }: { projected: ProjectedTie; hovered: boolean; gone: boolean; uid: string }) {
  const { tie, curve } = projected;
  const { style } = tie;
  const d = curvePath(curve, tie.lane === 0);
  // A tie whose sentiment turns (in the window or since the previous one): heavier, over a soft band of its colour.
  const turns = tie.turned;
  const width = (hovered ? style.width + 1 : style.width) + (turns ? TURN_EXTRA : 0);
  return (
    <g className={gone ? `${styles.tieMark} ${styles.gone}` : styles.tieMark} opacity={hovered ? 1 : style.opacity}>
      {(tie.emphasis === "selected" || hovered) && <path className={styles.tieHalo} d={d} strokeWidth={style.width + 6} />}
      {turns && <path className={styles.tieTurn} d={d} stroke={style.color} strokeWidth={width + TURN_BAND.extra} strokeOpacity={TURN_BAND.opacity} />}
      <path
        d={d}
        stroke={style.color}
        strokeWidth={width}
        strokeDasharray={style.dash?.join(" ")}
        markerEnd={style.arrow ? `url(#${uid}-a-${markerKey(style.color)})` : undefined}
      />
    </g>
  );
});

function Ring({ className, r, ring }: { className: string | undefined; r: number; ring: RingStyle }) {
  return <circle className={className} r={r + ring.gap} strokeWidth={ring.width} strokeOpacity={ring.opacity} strokeDasharray={ring.dashed ? "2 2" : undefined} />;
}

const NodeMark = memo(function NodeMark({ projected, pointed, gone }: { projected: ProjectedNode; pointed: boolean; gone: boolean }) {
  const { node, sx, sy, r } = projected;
  return (
    <g className={gone ? `${styles.nodeMark} ${styles.gone}` : styles.nodeMark} transform={`translate(${round(sx)} ${round(sy)})`} opacity={nodeOpacity(node.emphasis, node.change)}>
      {node.change && <Ring className={styles.changeRing} r={r} ring={CHANGE_RINGS[node.change]} />}
      {node.emphasis === "selected" && <Ring className={styles.selectedRing} r={r} ring={RINGS.selected} />}
      {node.emphasis === "related" && <Ring className={styles.relatedRing} r={r} ring={RINGS.related} />}
      {pointed && node.emphasis !== "selected" && <Ring className={styles.pointedRing} r={r} ring={RINGS.pointed} />}
      <path className={`${styles.node} ${node.shape === "ring" ? styles.ring : ""} ${node.color ? "" : (styles[node.actor.kind] ?? "")}`} style={node.color ? { fill: node.color } : undefined} d={shapePath(node.shape, r)} />
      {node.pinned && <circle className={styles.pin} cx={r * PIN.offset} cy={-r * PIN.offset} r={PIN.radius} />}
    </g>
  );
});

const LabelMark = memo(function LabelMark({ label, dimmed }: { label: PlacedLabel; dimmed: boolean }) {
  const { text, x, y, anchor, bold, leader } = label;
  const opacity = dimmed ? DIMMED_LABEL_OPACITY : 1;
  return (
    <>
      {leader && (
        <line
          className={styles.labelLeader}
          x1={round(leader.x1)}
          y1={round(leader.y1)}
          x2={round(leader.x2)}
          y2={round(leader.y2)}
          strokeWidth={LABEL_LEADER.width}
          strokeOpacity={LABEL_LEADER.opacity * opacity}
        />
      )}
      <text className={`${styles.label} ${bold ? styles.labelBold : ""}`} x={round(x)} y={round(y)} textAnchor={anchor} dominantBaseline="central" opacity={opacity}>
        {text}
      </text>
    </>
  );
}, sameLabel);

/** Labels are placed afresh each render: equal by what they draw, so an unmoved label is not touched. */
function sameLabel(a: { label: PlacedLabel; dimmed: boolean }, b: { label: PlacedLabel; dimmed: boolean }): boolean {
  const p = a.label;
  const q = b.label;
  return (
    a.dimmed === b.dimmed &&
    p.text === q.text &&
    p.x === q.x &&
    p.y === q.y &&
    p.anchor === q.anchor &&
    p.bold === q.bold &&
    p.leader?.x1 === q.leader?.x1 &&
    p.leader?.y1 === q.leader?.y1 &&
    p.leader?.x2 === q.leader?.x2 &&
    p.leader?.y2 === q.leader?.y2
  );
}

/**
 * The ghosts as one path of circles: a scrub step that hides or shows an actor then changes one attribute, where
 * a circle each (keyed by position in the list) moved every circle after it.
 */
const Ghosts = memo(function Ghosts({ ghosts }: { ghosts: Projection["ghosts"] }) {
  const r = GHOST.radius;
  const d = ghosts.map((g) => `M${round(g.x - r)},${round(g.y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`).join("");
  // In a group of its own, present even when empty: the drawing's groups keep their order (ghosts, ties, nodes, labels).
  return <g>{d && <path className={styles.ghost} d={d} opacity={GHOST.opacity} />}</g>;
});

/** Draws the network as SVG. */
export const NetworkSvg = memo(function NetworkSvg({ projection, labels, width, height, hoveredTie, pointed }: RendererProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  // Ties and actors that leave the window stay a moment, fading out (see useKeptMarks).
  const ties = useKeptMarks(projection.ties, tieKey);
  const nodes = useKeptMarks(projection.nodes, nodeKey);
  return (
    <svg className={styles.drawing} width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <defs>
        {MARKER_COLORS.map((color) => (
          <marker
            key={color}
            id={`${uid}-a-${markerKey(color)}`}
            viewBox="0 -5 10 10"
            refX="10"
            refY="0"
            markerWidth="8"
            markerHeight="8"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,-4.5L10,0L0,4.5Z" fill={color} />
          </marker>
        ))}
      </defs>
      <Ghosts ghosts={projection.ghosts} />
      <g fill="none" strokeLinecap="round">
        {ties.map(({ item, shown }) => (
          <TieMark key={item.tie.id} projected={item} hovered={shown && hoveredTie === item.tie.id} gone={!shown} uid={uid} />
        ))}
      </g>
      <g>
        {nodes.map(({ item, shown }) => (
          <NodeMark key={item.node.id} projected={item} pointed={shown && pointed === item.node.id} gone={!shown} />
        ))}
      </g>
      <g>
        {labels.map((label) => (
          <LabelMark key={label.id} label={label} dimmed={projection.nodeById.get(label.id)?.node.emphasis === "dimmed"} />
        ))}
      </g>
    </svg>
  );
});
