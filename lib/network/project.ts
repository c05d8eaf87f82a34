/**
 * The scene in screen space for one pan/zoom: node centres and tie curves in pixels, plus hit-testing
 * of ties (one code path for the SVG and the canvas renderer).
 */
import { distanceToCurve, tieCurve, type TieCurve } from "./edges";
import type { Point } from "./layout";
import type { Scene, SceneNode, SceneTie } from "./scene";
import { toScreen, type Transform } from "./viewport";

/** A node with its screen position and drawn radius. */
export interface ProjectedNode {
  node: SceneNode;
  sx: number;
  sy: number;
  r: number;
}

/**
 * How much nodes shrink when zoomed far out (down to 60%), so a whole large picture stays legible;
 * from zoom 0.6 up they keep their full pixel size.
 */
export function nodeScale(k: number): number {
  return Math.min(1, Math.max(0.6, Math.sqrt(k / 0.6)));
}

/** A tie with its screen geometry. */
export interface ProjectedTie {
  tie: SceneTie;
  curve: TieCurve;
}

/** The scene in pixels. */
export interface Projection {
  nodes: ProjectedNode[];
  nodeById: Map<string, ProjectedNode>;
  ties: ProjectedTie[];
  ghosts: Point[];
  /** What it was projected from (for reuse by a projector). */
  scene: Scene;
  transform: Transform;
}

/** Projects a scene through a transform. Pure. */
export function project(scene: Scene, t: Transform): Projection {
  return projectReusing(null, scene, t);
}

/**
 * A projector that keeps what did not change: with the same transform, a node or tie that is the same scene
 * object as before keeps its projected object, and the same scene gives the same projection. Renderers can
 * then skip what is identical.
 */
export function createProjector(): (scene: Scene, t: Transform) => Projection {
  let previous: Projection | null = null;
  return (scene, t) => (previous = projectReusing(previous, scene, t));
}

function sameTransform(a: Transform, b: Transform): boolean {
  return a === b || (a.k === b.k && a.x === b.x && a.y === b.y);
}

function projectReusing(previous: Projection | null, scene: Scene, t: Transform): Projection {
  const reuse = previous !== null && sameTransform(previous.transform, t) ? previous : null;
  if (reuse && reuse.scene === scene) return reuse;
  const scale = nodeScale(t.k);
  const nodes = scene.nodes.map((node): ProjectedNode => {
    const before = reuse?.nodeById.get(node.id);
    if (before && before.node === node) return before;
    const s = toScreen(t, node);
    return { node, sx: s.x, sy: s.y, r: node.r * scale };
  });
  const nodeById = new Map(nodes.map((p) => [p.node.id as string, p]));
  const tiesBefore = reuse ? new Map(reuse.ties.map((p) => [p.tie, p])) : null;
  const ties: ProjectedTie[] = [];
  for (const tie of scene.ties) {
    const before = tiesBefore?.get(tie);
    if (before) {
      ties.push(before);
      continue;
    }
    const a = nodeById.get(tie.source.id);
    const b = nodeById.get(tie.target.id);
    if (!a || !b) continue;
    const flip = tie.source.id > tie.target.id;
    const curve = tieCurve({ x: a.sx, y: a.sy }, { x: b.sx, y: b.sy }, a.r, b.r, tie.lane, flip);
    ties.push({ tie, curve });
  }
  const ghosts = reuse && reuse.scene.ghosts === scene.ghosts ? reuse.ghosts : scene.ghosts.map((g) => toScreen(t, g));
  return { nodes, nodeById, ties, ghosts, scene, transform: t };
}

/** The tie under a screen point (within `tolerance` px), preferring emphasised ties drawn on top. */
export function hitTie(projection: Projection, point: Point, tolerance = 5): SceneTie | null {
  let best: SceneTie | null = null;
  let bestDistance = tolerance;
  // Later ties are drawn on top: walk backwards so they win ties in distance.
  for (let i = projection.ties.length - 1; i >= 0; i--) {
    const { tie, curve } = projection.ties[i]!;
    if (tie.emphasis === "dimmed") continue;
    const minX = Math.min(curve.x1, curve.cx, curve.x2) - tolerance;
    const maxX = Math.max(curve.x1, curve.cx, curve.x2) + tolerance;
    const minY = Math.min(curve.y1, curve.cy, curve.y2) - tolerance;
    const maxY = Math.max(curve.y1, curve.cy, curve.y2) + tolerance;
    if (point.x < minX || point.x > maxX || point.y < minY || point.y > maxY) continue;
    const d = distanceToCurve(point, curve);
    if (d < bestDistance) {
      best = tie;
      bestDistance = d;
    }
  }
  return best;
}
