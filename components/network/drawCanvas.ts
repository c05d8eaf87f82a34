/**
 * The canvas renderer (for large datasets): the same projection, encoding and labels as the SVG,
 * drawn in batches (one stroke per tie style, one fill per node kind) so a few thousand ties redraw
 * within a frame: on a software canvas the cost is per call as much as per pixel.
 */
import type { ActorKind } from "@/lib/dataset/schema";
import { appendShape, DIMMED_LABEL_OPACITY, DIMMED_NODE_OPACITY, KIND_LABELS } from "@/lib/network/encoding";
import type { PlacedLabel } from "@/lib/network/labels";
import type { Projection } from "@/lib/network/project";

/** Colours read from the panel's CSS variables (they follow light and dark mode). */
export interface CanvasColors {
  kinds: Record<ActorKind, string>;
  outline: string;
  text: string;
  panel: string;
  accent: string;
  ghost: string;
}

/** Reads the renderer's colours from an element's computed CSS variables. */
export function readColors(element: Element): CanvasColors {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const kinds = Object.fromEntries(KIND_LABELS.map(([kind]) => [kind, v(`--kind-${kind}`, "#777")])) as Record<ActorKind, string>;
  return {
    kinds,
    outline: v("--panel", "#fff"),
    text: v("--text", "#111"),
    panel: v("--panel", "#fff"),
    accent: v("--accent", "#0b5cad"),
    ghost: v("--ghost", "#888"),
  };
}

interface DrawOptions {
  width: number;
  height: number;
  dpr: number;
  colors: CanvasColors;
  hoveredTie: string | null;
  pointed: string | null;
  font: string;
  /** Thousands of ties: leave out arrowheads of unemphasised ties. */
  crowded: boolean;
}

/** Draws a projection and its labels onto a 2D context sized width·dpr × height·dpr. */
export function drawNetwork(ctx: CanvasRenderingContext2D, projection: Projection, labels: PlacedLabel[], o: DrawOptions) {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);

  ctx.globalAlpha = 0.35;
  ctx.fillStyle = o.colors.ghost;
  ctx.beginPath();
  for (const g of projection.ghosts) {
    ctx.moveTo(g.x + 2, g.y);
    ctx.arc(g.x, g.y, 2, 0, 2 * Math.PI);
  }
  ctx.fill();

  // Ties: one stroke per style (grouped, so interleaved colours do not break batches), in emphasis order.
  ctx.lineCap = "round";
  const groups = new Map<string, { color: string; width: number; dashed: boolean; alpha: number; path: Path2D }>();
  const heads = new Map<string, { color: string; alpha: number; path: Path2D }>();
  for (const { tie, curve } of projection.ties) {
    const s = tie.style;
    const hovered = o.hoveredTie === tie.id;
    const width = hovered ? s.width + 1 : s.width;
    const alpha = hovered ? 1 : s.opacity;
    const key = `${tie.emphasis === "dimmed" ? 0 : hovered ? 3 : tie.emphasis === "normal" ? 1 : 2}|${s.color}|${width}|${s.dashed}|${alpha}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { color: s.color, width, dashed: s.dashed, alpha, path: new Path2D() }));
    group.path.moveTo(curve.x1, curve.y1);
    if (tie.lane === 0) group.path.lineTo(curve.x2, curve.y2);
    else group.path.quadraticCurveTo(curve.cx, curve.cy, curve.x2, curve.y2);
    // In a crowded picture arrowheads only mark emphasised ties: hundreds of tiny heads say nothing.
    if (s.arrow && !(o.crowded && tie.emphasis !== "selected" && tie.emphasis !== "related" && !hovered)) {
      const headKey = `${key}`;
      let head = heads.get(headKey);
      if (!head) heads.set(headKey, (head = { color: s.color, alpha, path: new Path2D() }));
      const angle = Math.atan2(curve.y2 - curve.cy, curve.x2 - curve.cx);
      const c = Math.cos(angle);
      const sn = Math.sin(angle);
      const back = 8;
      const half = 3.6;
      head.path.moveTo(curve.x2, curve.y2);
      head.path.lineTo(curve.x2 - back * c - half * sn, curve.y2 - back * sn + half * c);
      head.path.lineTo(curve.x2 - back * c + half * sn, curve.y2 - back * sn - half * c);
      head.path.closePath();
    }
  }
  const order = (key: string) => Number(key.slice(0, 1));
  for (const key of [...groups.keys()].sort((a, b) => order(a) - order(b))) {
    const g = groups.get(key)!;
    ctx.strokeStyle = g.color;
    ctx.lineWidth = g.width;
    // Butt caps keep 1 px lines on the fast hairline path.
    ctx.lineCap = g.width <= 1 ? "butt" : "round";
    ctx.globalAlpha = g.alpha;
    ctx.setLineDash(g.dashed ? [5, 4] : []);
    ctx.stroke(g.path);
    const head = heads.get(key);
    if (head) {
      ctx.fillStyle = head.color;
      ctx.fill(head.path);
    }
  }
  ctx.setLineDash([]);

  // Nodes: one fill and one outline per kind and opacity; rings for the selection and the pointer.
  const nodeGroups = new Map<string, { kind: ActorKind; ring: boolean; alpha: number; path: Path2D }>();
  const rings: Array<{ x: number; y: number; r: number; width: number; color: string; alpha: number }> = [];
  for (const { node, sx, sy, r } of projection.nodes) {
    const alpha = node.emphasis === "dimmed" ? DIMMED_NODE_OPACITY : 1;
    const ring = node.shape === "ring";
    const key = `${alpha}|${node.actor.kind}`;
    let group = nodeGroups.get(key);
    if (!group) nodeGroups.set(key, (group = { kind: node.actor.kind, ring, alpha, path: new Path2D() }));
    appendShape(group.path, node.shape, sx, sy, r);
    if (node.emphasis === "selected" || node.emphasis === "related" || o.pointed === node.id) {
      const selected = node.emphasis === "selected";
      rings.push({
        x: sx,
        y: sy,
        r: r + (selected ? 5 : 3.5),
        width: selected ? 3 : 1.5,
        color: node.emphasis === "normal" || node.emphasis === "dimmed" ? o.colors.text : o.colors.accent,
        alpha,
      });
    }
  }
  for (const ring of rings) {
    ctx.globalAlpha = ring.alpha;
    ctx.strokeStyle = ring.color;
    ctx.lineWidth = ring.width;
    ctx.beginPath();
    ctx.arc(ring.x, ring.y, ring.r, 0, 2 * Math.PI);
    ctx.stroke();
  }
  const dimFirst = [...nodeGroups.values()].sort((a, b) => a.alpha - b.alpha);
  for (const g of dimFirst) {
    ctx.globalAlpha = g.alpha;
    const color = o.colors.kinds[g.kind];
    ctx.fillStyle = g.ring ? o.colors.panel : color;
    ctx.fill(g.path);
    ctx.strokeStyle = g.ring ? color : o.colors.outline;
    ctx.lineWidth = o.crowded ? (g.ring ? 1.5 : 1) : g.ring ? 2.5 : 1.5;
    ctx.stroke(g.path);
  }

  // Labels with a halo in the panel colour.
  const dimmed = new Set(projection.nodes.filter((n) => n.node.emphasis === "dimmed").map((n) => n.node.id as string));
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = o.colors.panel;
  ctx.fillStyle = o.colors.text;
  for (const label of labels) {
    ctx.globalAlpha = dimmed.has(label.id) ? DIMMED_LABEL_OPACITY : 1;
    ctx.font = `${label.bold ? "600 " : ""}${o.font}`;
    ctx.textAlign = label.anchor === "middle" ? "center" : label.anchor === "end" ? "right" : "left";
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.globalAlpha = 1;
}
