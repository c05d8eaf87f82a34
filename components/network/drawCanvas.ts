/**
 * Draws a draw list (lib/network/drawList.ts) on any 2D context: the page's canvas, a worker's
 * OffscreenCanvas, or an export. Batched (one stroke per tie style, one fill per node kind), because on
 * a software canvas the cost is per call as much as per pixel.
 */
import { SHAPES, type DrawList } from "@/lib/network/drawList";
import { appendShape, GHOST, KIND_LABELS, LABEL_LEADER, PIN } from "@/lib/network/encoding";

/** Colours read from the panel's CSS variables (they follow light and dark mode). */
export interface CanvasColors {
  kinds: Record<string, string>;
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
  const kinds = Object.fromEntries(KIND_LABELS.map(([kind]) => [kind, v(`--kind-${kind}`, "#777")]));
  return {
    kinds,
    outline: v("--panel", "#fff"),
    text: v("--text", "#111"),
    panel: v("--panel", "#fff"),
    accent: v("--accent", "#0b5cad"),
    ghost: v("--ghost", "#888"),
  };
}

/** How to draw: device pixels per CSS pixel, the colours and the label font. */
export interface DrawStyle {
  dpr: number;
  colors: CanvasColors;
  font: string;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Nodes per path (see the node loop of drawList). */
const NODE_BATCH = 8;

/** Draws a list onto a context sized width·dpr × height·dpr. */
export function drawList(ctx: Context, list: DrawList, { dpr, colors, font }: DrawStyle) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, list.width, list.height);

  ctx.globalAlpha = GHOST.opacity;
  ctx.fillStyle = colors.ghost;
  ctx.beginPath();
  for (let i = 0; i < list.ghosts.length; i += 2) {
    ctx.moveTo(list.ghosts[i]! + GHOST.radius, list.ghosts[i + 1]!);
    ctx.arc(list.ghosts[i]!, list.ghosts[i + 1]!, GHOST.radius, 0, 2 * Math.PI);
  }
  ctx.fill();

  for (const g of list.ties) {
    const path = new Path2D();
    const s = g.straight;
    for (let i = 0; i < s.length; i += 4) {
      path.moveTo(s[i]!, s[i + 1]!);
      path.lineTo(s[i + 2]!, s[i + 3]!);
    }
    const c = g.curved;
    for (let i = 0; i < c.length; i += 6) {
      path.moveTo(c[i]!, c[i + 1]!);
      path.quadraticCurveTo(c[i + 2]!, c[i + 3]!, c[i + 4]!, c[i + 5]!);
    }
    ctx.strokeStyle = g.color;
    ctx.lineWidth = g.width;
    // Butt caps keep 1 px lines on the fast hairline path.
    ctx.lineCap = g.width <= 1 ? "butt" : "round";
    ctx.globalAlpha = g.alpha;
    ctx.setLineDash(g.dash ? [...g.dash] : []);
    ctx.stroke(path);
    if (g.heads.length) {
      const heads = new Path2D();
      const h = g.heads;
      for (let i = 0; i < h.length; i += 6) {
        heads.moveTo(h[i]!, h[i + 1]!);
        heads.lineTo(h[i + 2]!, h[i + 3]!);
        heads.lineTo(h[i + 4]!, h[i + 5]!);
        heads.closePath();
      }
      ctx.fillStyle = g.color;
      ctx.fill(heads);
    }
  }
  ctx.setLineDash([]);

  for (const ring of list.rings) {
    ctx.globalAlpha = ring.alpha;
    ctx.strokeStyle = ring.accent ? colors.accent : colors.text;
    ctx.lineWidth = ring.width;
    ctx.setLineDash(ring.dashed ? [2, 2] : []);
    ctx.beginPath();
    ctx.arc(ring.x, ring.y, ring.r, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const g of list.nodes) {
    ctx.globalAlpha = g.alpha;
    const color = g.color ?? colors.kinds[g.kind] ?? colors.text;
    ctx.fillStyle = g.ring ? colors.panel : color;
    ctx.strokeStyle = g.ring ? color : colors.outline;
    ctx.lineWidth = list.crowded ? (g.ring ? 1.5 : 1) : g.ring ? 2.5 : 1.5;
    // A few shapes per path: a software canvas fills a path of a thousand overlapping shapes more slowly than
    // a hundred paths of ten, and each node's outline then lies over the nodes drawn before it, as in SVG.
    for (let start = 0; start < g.shapes.length; start += NODE_BATCH) {
      const path = new Path2D();
      const end = Math.min(g.shapes.length, start + NODE_BATCH);
      for (let i = start; i < end; i++) appendShape(path, SHAPES[g.shapes[i]!] ?? "circle", g.xyr[3 * i]!, g.xyr[3 * i + 1]!, g.xyr[3 * i + 2]!);
      ctx.fill(path);
      ctx.stroke(path);
    }
  }

  if (list.pins.length) {
    ctx.globalAlpha = 1;
    ctx.beginPath();
    for (let i = 0; i < list.pins.length; i += 2) {
      ctx.moveTo(list.pins[i]! + PIN.radius, list.pins[i + 1]!);
      ctx.arc(list.pins[i]!, list.pins[i + 1]!, PIN.radius, 0, 2 * Math.PI);
    }
    ctx.fillStyle = colors.text;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = colors.panel;
    ctx.stroke();
  }

  // Leader lines of labels set away from their nodes, then labels with a halo in the panel colour.
  ctx.strokeStyle = colors.text;
  ctx.lineWidth = LABEL_LEADER.width;
  for (const label of list.labels) {
    if (!label.leader) continue;
    ctx.globalAlpha = LABEL_LEADER.opacity * label.alpha;
    ctx.beginPath();
    ctx.moveTo(label.leader.x1, label.leader.y1);
    ctx.lineTo(label.leader.x2, label.leader.y2);
    ctx.stroke();
  }
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = colors.panel;
  ctx.fillStyle = colors.text;
  for (const label of list.labels) {
    ctx.globalAlpha = label.alpha;
    ctx.font = `${label.bold ? "600 " : ""}${font}`;
    ctx.textAlign = label.anchor === "middle" ? "center" : label.anchor === "end" ? "right" : "left";
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.globalAlpha = 1;
}
