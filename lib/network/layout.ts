/**
 * Layout as a function: the force-directed positions of a whole dataset, computed with d3-force and a
 * seeded random source, so the same data always gives the same picture. The simulation is built on
 * copies of the nodes (d3 mutates what it is given), never started (no timer), and advanced with
 * `.tick(n)`. A run can be stepped in chunks, so a Web Worker can report progress between them.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { ActorId } from "@/lib/dataset/ids";
import { nodeRadius, sizeFactor } from "./encoding";
import { isStructuralKind, type LayoutGraph, type LayoutLink, type LayoutNode } from "./graph";
import { hashString, seededRandom } from "@/lib/random";

/** A point in layout space (unitless; about one unit per pixel at zoom 1). */
export interface Point {
  x: number;
  y: number;
}

/** Positions by actor id. */
export type Positions = Map<ActorId, Point>;

/** The strengths of the forces (the defaults give the dashboard's picture). */
export interface ForceParams {
  /** Many-body strength (negative repels). */
  charge: number;
  /** Pull towards the centre, horizontally and vertically (a weaker x pull makes the picture wider than tall). */
  centreX: number;
  centreY: number;
  /** Rest length of a relationship tie, before node radii are added. */
  linkDistance: number;
}

/** Forces for graphs up to LARGE_GRAPH nodes, and for larger ones. */
export const DEFAULT_FORCES: ForceParams = { charge: -400, centreX: 0.03, centreY: 0.07, linkDistance: 60 };
export const LARGE_FORCES: ForceParams = { charge: -70, centreX: 0.02, centreY: 0.08, linkDistance: 70 };

/** How a layout runs. The defaults give the dashboard's picture. */
export interface LayoutOptions {
  /** Overrides of the force strengths. */
  forces?: Partial<ForceParams>;
  /** Seed of the random source (defaults to a hash of the graph). */
  seed?: number;
  /** Number of ticks until the simulation has cooled (alpha reaches its minimum). */
  ticks?: number;
}

/** A layout in progress: step it until `done === total`, then read its positions. */
export interface LayoutRun {
  readonly total: number;
  readonly done: number;
  /** Advances up to `ticks` ticks; returns how many ticks are done in all. */
  step(ticks: number): number;
  positions(): Positions;
}

type SimNode = LayoutNode & SimulationNodeDatum;
type SimLink = SimulationLinkDatum<SimNode> & Pick<LayoutLink, "kind" | "count">;

const ALPHA_MIN = 0.001;

/** Rest length of a link: structural ties and affiliations hold actors close to what they belong to. */
function linkDistance(link: SimLink, relationship: number, factor: number): number {
  const s = link.source as SimNode;
  const t = link.target as SimNode;
  const base = link.kind === "leadership" ? 26 : link.kind === "membership" ? 40 : link.kind === "affiliation" ? 46 : relationship;
  return factor * base + nodeRadius(s.degree, factor) + nodeRadius(t.degree, factor);
}

/** Above this many nodes the layout trades a little precision for speed (fewer ticks, coarser charge). */
export const LARGE_GRAPH = 400;

/** Default ticks: fewer on large graphs, where each tick costs more. */
export function defaultTicks(nodeCount: number): number {
  return nodeCount > LARGE_GRAPH ? 140 : 300;
}

/** Starts a layout of the graph. Nothing is computed until `step` is called. */
export function createLayoutRun(graph: LayoutGraph, options: LayoutOptions = {}): LayoutRun {
  const total = options.ticks ?? defaultTicks(graph.nodes.length);
  const random = seededRandom(options.seed ?? hashString(graph.key));
  const n = graph.nodes.length;
  // Copies: d3 writes x, y, vx, vy and index onto the objects it is given.
  const nodes: SimNode[] = graph.nodes.map((node) => ({ ...node }));
  const links: SimLink[] = graph.links.map((l) => ({ source: l.source, target: l.target, kind: l.kind, count: l.count }));
  const linksPerNode = new Array<number>(n).fill(0);
  for (const l of graph.links) {
    linksPerNode[l.source]!++;
    linksPerNode[l.target]!++;
  }
  // Spread the start with the seeded source, in a disc whose area grows with the node count.
  const radius = 12 * Math.sqrt(n + 1);
  for (const node of nodes) {
    const r = radius * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    node.x = r * Math.cos(a);
    node.y = r * Math.sin(a);
  }
  const large = n > LARGE_GRAPH;
  const forces = { ...(large ? LARGE_FORCES : DEFAULT_FORCES), ...options.forces };
  // Spacing follows the drawn node size, which shrinks in large networks.
  const factor = sizeFactor(n);
  const collide = forceCollide<SimNode>((d) => nodeRadius(d.degree, factor) + 5 * factor).iterations(large ? 1 : 2);
  // On large graphs collision only matters once the picture has settled: add it for the last ticks.
  const collideFrom = large ? Math.floor(total * 0.65) : 0;
  const simulation = forceSimulation<SimNode, SimLink>(nodes)
    .randomSource(random)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(1 - Math.pow(ALPHA_MIN, 1 / total))
    .force(
      "link",
      forceLink<SimNode, SimLink>(links)
        .distance((l) => linkDistance(l, forces.linkDistance, factor))
        .strength((l) => {
          if (isStructuralKind(l.kind)) return 0.9;
          if (l.kind === "affiliation") return 0.35;
          const s = (l.source as SimNode).index ?? 0;
          const t = (l.target as SimNode).index ?? 0;
          return Math.min(1, (1 + 0.25 * (l.count - 1)) / Math.min(linksPerNode[s] ?? 1, linksPerNode[t] ?? 1));
        }),
    )
    .force("charge", forceManyBody<SimNode>().strength(forces.charge).theta(large ? 1.1 : 0.9).distanceMax(500))
    // A weak pull to the centre keeps actors without ties (and small components) in the picture.
    .force("x", forceX<SimNode>(0).strength(forces.centreX))
    .force("y", forceY<SimNode>(0).strength(forces.centreY))
    .stop();

  let done = 0;
  return {
    total,
    get done() {
      return done;
    },
    step(ticks: number) {
      let count = Math.max(0, Math.min(ticks, total - done));
      while (count > 0) {
        if (done === collideFrom) simulation.force("collide", collide);
        // Tick in runs that stop where collision starts, so chunking never changes the result.
        const run = done < collideFrom ? Math.min(count, collideFrom - done) : count;
        simulation.tick(run);
        done += run;
        count -= run;
      }
      return done;
    },
    positions() {
      return new Map(nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
    },
  };
}

/** The settled positions of a graph (all ticks at once). Pure: the same graph and seed give the same Map. */
export function layoutNetwork(graph: LayoutGraph, options: LayoutOptions = {}): Positions {
  const run = createLayoutRun(graph, options);
  run.step(run.total);
  return run.positions();
}
