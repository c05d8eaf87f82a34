/**
 * The graph a layout runs on: every actor of the dataset and one link per tied pair (not per tie, so
 * three ties between two states do not pull three times as hard), plus affiliation links that keep a
 * leader or an official near its state. Plain data, so it can be posted to a Web Worker.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { ActorKind, TieKind } from "@/lib/dataset/schema";
import { hashString } from "@/lib/random";

/** What a layout link stands for: the tightest tie kind between the pair, or an affiliation. */
export type LinkKind = TieKind | "affiliation";

/** A node of the layout graph. `degree` counts every tie of the actor in the whole dataset. */
export interface LayoutNode {
  id: ActorId;
  kind: ActorKind;
  degree: number;
}

/** A link between two nodes, by their index in `nodes`. */
export interface LayoutLink {
  source: number;
  target: number;
  kind: LinkKind;
  /** How many ties join the pair (more ties pull a little harder). */
  count: number;
}

/** The whole dataset as a layout graph, with a key that changes only when the graph does. */
export interface LayoutGraph {
  nodes: LayoutNode[];
  links: LayoutLink[];
  key: string;
}

/** Ties that describe structure (who leads or belongs to what) rather than a relationship. */
const STRUCTURAL: ReadonlySet<LinkKind> = new Set<LinkKind>(["leadership", "membership"]);

/**
 * True for leadership and membership ties: the one test both the layout (they pull tight) and the
 * encoding (they are drawn thin and grey) use.
 */
export function isStructuralKind(kind: LinkKind): boolean {
  return STRUCTURAL.has(kind);
}

/** The layout graph of a whole dataset (all actors and ties, whatever the window). Pure. */
export function layoutGraphOf(index: IndexedDataset): LayoutGraph {
  const { actors } = index.dataset;
  const position = new Map<ActorId, number>(actors.map((a, i) => [a.id, i]));
  const degree = new Array<number>(actors.length).fill(0);
  const byPair = new Map<string, LayoutLink>();
  const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

  for (const { tie } of index.ties) {
    const s = position.get(tie.source);
    const t = position.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    degree[s]!++;
    degree[t]!++;
    const key = pairKey(s, t);
    const link = byPair.get(key);
    if (!link) byPair.set(key, { source: s, target: t, kind: tie.kind, count: 1 });
    else {
      link.count++;
      // A structural tie wins: it is the reason the two sit together.
      if (isStructuralKind(tie.kind) && !isStructuralKind(link.kind)) link.kind = tie.kind;
    }
  }
  actors.forEach((actor, i) => {
    const home = actor.affiliation ? position.get(actor.affiliation) : undefined;
    if (home === undefined || home === i) return;
    const key = pairKey(i, home);
    if (!byPair.has(key)) byPair.set(key, { source: i, target: home, kind: "affiliation", count: 1 });
  });

  const nodes = actors.map((a, i): LayoutNode => ({ id: a.id, kind: a.kind, degree: degree[i]! }));
  const links = [...byPair.values()];
  let hash = hashString(index.dataset.id);
  for (const n of nodes) hash = hashString(n.id, hash);
  for (const l of links) hash = hashString(`${l.source}>${l.target}:${l.kind}:${l.count}`, hash);
  return { nodes, links, key: `${index.dataset.id}:${nodes.length}:${links.length}:${hash.toString(36)}` };
}
