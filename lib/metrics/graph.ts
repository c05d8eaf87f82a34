/**
 * The visible graph of a window as a graphology graph, kept up to date by adding and removing ties (so a
 * series of windows costs the ties that changed between them), and its measures from graphology-metrics:
 * ties per actor, weighted ties and betweenness (shortest paths by hops, normalised; see betweenness.ts).
 */
import { UndirectedGraph } from "graphology";
import { weightedDegree } from "graphology-metrics/node/weighted-degree";
import type { Tie } from "@/lib/dataset/schema";
import { betweenness } from "./betweenness";

/** Per pair of actors: how many visible ties join them and their summed weight. */
interface PairAttributes {
  ties: number;
  weight: number;
}

/** What a measurement gives per actor id (actors without a visible tie are left out). */
export interface GraphMeasures {
  degree: Map<string, number>;
  weighted: Map<string, number>;
  betweenness: Map<string, number>;
}

/** A tie's weight: its own when the dataset gives one, else 1. */
export function tieWeight(tie: Tie): number {
  const weight = (tie as { weight?: unknown }).weight;
  return typeof weight === "number" && Number.isFinite(weight) && weight > 0 ? weight : 1;
}

/** A visible graph that ties can join and leave. Parallel ties between two actors share one edge. */
export class VisibleGraph {
  private graph = new UndirectedGraph<Record<string, never>, PairAttributes>();

  add(tie: Tie): void {
    const { source, target } = tie;
    if (source === target) return;
    this.graph.mergeNode(source);
    this.graph.mergeNode(target);
    const weight = tieWeight(tie);
    const edge = this.graph.edge(source, target);
    if (edge === undefined) this.graph.addEdge(source, target, { ties: 1, weight });
    else this.graph.updateEdgeAttributes(edge, (a) => ({ ties: a.ties + 1, weight: a.weight + weight }));
  }

  remove(tie: Tie): void {
    const edge = this.graph.edge(tie.source, tie.target);
    if (edge === undefined) return;
    const a = this.graph.getEdgeAttributes(edge);
    if (a.ties <= 1) {
      this.graph.dropEdge(edge);
      for (const node of [tie.source, tie.target]) if (this.graph.degree(node) === 0) this.graph.dropNode(node);
    } else this.graph.replaceEdgeAttributes(edge, { ties: a.ties - 1, weight: a.weight - tieWeight(tie) });
  }

  /** Ties, weighted ties and betweenness of every actor with a visible tie. */
  measure(): GraphMeasures {
    const degree = new Map<string, number>();
    const weighted = new Map<string, number>();
    const graph = this.graph;
    graph.forEachNode((node) => {
      degree.set(node, weightedDegree(graph, node, "ties"));
      weighted.set(node, weightedDegree(graph, node, "weight"));
    });
    return { degree, weighted, betweenness: betweenness(graph) };
  }
}

/** The measures of one set of ties. */
export function measureTies(ties: Iterable<Tie>): GraphMeasures {
  const graph = new VisibleGraph();
  for (const tie of ties) graph.add(tie);
  return graph.measure();
}
