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
  return projectWith(newCache(), scene, t);
}

/**
 * Projected marks kept for reuse under one transform: nodes by the actor's position, ties by the tie's order
 * (flat arrays, checked by identity with the scene object they came from), ghosts by their scene object.
 */
interface Cache {
  nodes: Array<ProjectedNode | undefined>;
  ties: Array<ProjectedTie | undefined>;
  ghosts: WeakMap<object, Point>;
}

const newCache = (): Cache => ({ nodes: [], ties: [], ghosts: new WeakMap() });

/**
 * A projector that keeps what did not change: with the same transform, a node, tie or ghost that is the same
 * scene object as before keeps its projected object, so a scrub step costs the marks it changed plus one pass
 * to list them, and the same scene gives the same projection. Renderers can then skip what is identical.
 */
export function createProjector(): (scene: Scene, t: Transform) => Projection {
  let previous: Projection | null = null;
  let cache = newCache();
  return (scene, t) => {
    if (previous && sameTransform(previous.transform, t)) {
      if (previous.scene === scene) return previous;
    } else {
      cache = newCache();
    }
    const ghosts = previous && previous.scene.ghosts === scene.ghosts && sameTransform(previous.transform, t) ? previous.ghosts : null;
    return (previous = projectWith(cache, scene, t, ghosts));
  };
}

function sameTransform(a: Transform, b: Transform): boolean {
  return a === b || (a.k === b.k && a.x === b.x && a.y === b.y);
}

/** Projects `scene`, reusing the projected marks of scene objects already in `cache` (same transform). */
function projectWith(cache: Cache, scene: Scene, t: Transform, ghosts: Point[] | null = null): Projection {
  const scale = nodeScale(t.k);
  const nodeById = new Map<string, ProjectedNode>();
  const nodes: ProjectedNode[] = new Array(scene.nodes.length);
  scene.nodes.forEach((node, i) => {
    let projected = cache.nodes[node.order];
    if (projected?.node !== node) {
      projected = { node, sx: t.k * node.x + t.x, sy: t.k * node.y + t.y, r: node.r * scale };
      cache.nodes[node.order] = projected;
    }
    nodeById.set(node.id, projected);
    nodes[i] = projected;
  });
  const ties: ProjectedTie[] = [];
  for (const tie of scene.ties) {
    // A scene tie keeps its object only while its two ends keep their place and size (scene.ts), so its curve
    // still holds. A new one is drawn between this scene's nodes (its own may be older objects at the same spot).
    const order = tie.visible.indexed.order;
    let projected = cache.ties[order];
    if (projected?.tie !== tie) {
      const a = nodeById.get(tie.source.id);
      const b = nodeById.get(tie.target.id);
      if (!a || !b) continue;
      const flip = tie.source.id > tie.target.id;
      projected = { tie, curve: tieCurve(a.sx, a.sy, b.sx, b.sy, a.r, b.r, tie.lane, flip) };
      cache.ties[order] = projected;
    }
    ties.push(projected);
  }
  return { nodes, nodeById, ties, ghosts: ghosts ?? projectGhosts(cache.ghosts, scene.ghosts, t), scene, transform: t };
}

function projectGhosts(cache: WeakMap<object, Point>, ghosts: Scene["ghosts"], t: Transform): Point[] {
  return ghosts.map((g) => {
    let p = cache.get(g);
    if (!p) cache.set(g, (p = toScreen(t, g)));
    return p;
  });
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
