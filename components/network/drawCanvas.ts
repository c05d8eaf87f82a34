/**
 * The canvas renderer (for large datasets): the same projection, encoding and labels as the SVG,
 * drawn in batches (one stroke per tie style, one fill per node colour) so a few thousand ties redraw
 * within a frame.
 */
import type { ActorKind } from "@/lib/dataset/schema";
import { KIND_LABELS, shapePath, type NodeShape } from "@/lib/network/encoding";
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

const pathCache = new Map<string, Path2D>();
function shape(shapeName: NodeShape, r: number): Path2D {
  const key = `${shapeName}:${Math.round(r * 4)}`;
  let path = pathCache.get(key);
  if (!path) {
    path = new Path2D(shapePath(shapeName, Math.round(r * 4) / 4));
    pathCache.set(key, path);
  }
  return path;
}

interface DrawOptions {
  width: number;
  height: number;
  dpr: number;
  colors: CanvasColors;
  hoveredTie: string | null;
  pointed: string | null;
  font: string;
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

  // Ties: batch by style; ties are already sorted so emphasised batches come later (on top).
  ctx.lineCap = "round";
  let batchKey = "";
  const flush = () => {
    if (batchKey) ctx.stroke();
    batchKey = "";
  };
  const heads: Array<{ color: string; alpha: number; x: number; y: number; angle: number; size: number }> = [];
  for (const { tie, curve } of projection.ties) {
    const s = tie.style;
    const hovered = o.hoveredTie === tie.id;
    const width = hovered ? s.width + 1 : s.width;
    const alpha = hovered ? 1 : s.opacity;
    const key = `${s.color}|${width}|${s.dashed}|${alpha}`;
    if (key !== batchKey) {
      flush();
      batchKey = key;
      ctx.strokeStyle = s.color;
      ctx.lineWidth = width;
      ctx.globalAlpha = alpha;
      ctx.setLineDash(s.dashed ? [5, 4] : []);
      ctx.beginPath();
    }
    ctx.moveTo(curve.x1, curve.y1);
    if (tie.lane === 0) ctx.lineTo(curve.x2, curve.y2);
    else ctx.quadraticCurveTo(curve.cx, curve.cy, curve.x2, curve.y2);
    if (s.arrow) {
      const angle = Math.atan2(curve.y2 - curve.cy, curve.x2 - curve.cx);
      heads.push({ color: s.color, alpha, x: curve.x2, y: curve.y2, angle, size: 8 });
    }
  }
  flush();
  ctx.setLineDash([]);
  for (const h of heads) {
    ctx.globalAlpha = h.alpha;
    ctx.fillStyle = h.color;
    const c = Math.cos(h.angle);
    const sn = Math.sin(h.angle);
    const back = h.size;
    const half = h.size * 0.45;
    ctx.beginPath();
    ctx.moveTo(h.x, h.y);
    ctx.lineTo(h.x - back * c - half * sn, h.y - back * sn + half * c);
    ctx.lineTo(h.x - back * c + half * sn, h.y - back * sn - half * c);
    ctx.closePath();
    ctx.fill();
  }

  // Nodes.
  ctx.lineWidth = 1.5;
  for (const { node, sx, sy, r } of projection.nodes) {
    ctx.globalAlpha = node.emphasis === "dimmed" ? 0.22 : 1;
    ctx.setTransform(o.dpr, 0, 0, o.dpr, sx * o.dpr, sy * o.dpr);
    if (node.emphasis === "selected" || node.emphasis === "related" || o.pointed === node.id) {
      ctx.beginPath();
      ctx.arc(0, 0, r + (node.emphasis === "selected" ? 5 : 3.5), 0, 2 * Math.PI);
      ctx.strokeStyle = node.emphasis === "selected" || node.emphasis === "related" ? o.colors.accent : o.colors.text;
      ctx.lineWidth = node.emphasis === "selected" ? 3 : 1.5;
      ctx.stroke();
      ctx.lineWidth = 1.5;
    }
    const path = shape(node.shape, r);
    const color = o.colors.kinds[node.actor.kind];
    if (node.shape === "ring") {
      ctx.fillStyle = o.colors.panel;
      ctx.fill(path);
      ctx.strokeStyle = color;
      ctx.lineWidth = 2.5;
      ctx.stroke(path);
      ctx.lineWidth = 1.5;
    } else {
      ctx.fillStyle = color;
      ctx.fill(path);
      ctx.strokeStyle = o.colors.outline;
      ctx.stroke(path);
    }
  }
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);

  // Labels with a halo in the panel colour.
  const dimmed = new Set(projection.nodes.filter((n) => n.node.emphasis === "dimmed").map((n) => n.node.id as string));
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = o.colors.panel;
  ctx.fillStyle = o.colors.text;
  for (const label of labels) {
    ctx.globalAlpha = dimmed.has(label.id) ? 0.45 : 1;
    ctx.font = `${label.bold ? "600 " : ""}${o.font}`;
    ctx.textAlign = label.anchor === "middle" ? "center" : label.anchor === "end" ? "right" : "left";
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.globalAlpha = 1;
}
