// Who matters in the actor graph, and who sides with whom: weighted degree, PageRank over the evidence
// weights, and Louvain communities over the positive ties only (allies cluster; enmity is no tie).

import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import { prng } from "../testing/prng.js";
import type { ActorGraph, ActorMetrics } from "./actorGraph.js";

// CommonJS modules whose type declarations say `export default`: at run time the default import is the
// function itself.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

export type { ActorMetrics } from "./actorGraph.js";

export function actorMetrics(graph: ActorGraph): ActorMetrics[] {
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: "weight" }) : {};
  // Allies only, undirected, weighted by how much positive evidence there is.
  const allies = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.net <= 0) return;
    if (!allies.hasNode(s)) allies.addNode(s);
    if (!allies.hasNode(t)) allies.addNode(t);
    if (allies.hasEdge(s, t)) allies.updateEdgeAttribute(s, t, "weight", (w) => (w ?? 0) + a.net);
    else allies.addEdge(s, t, { weight: a.net });
  });
  const communities =
    allies.size > 0
      ? louvain(allies, { getEdgeWeight: "weight", rng: prng(7) })
      : ({} as Record<string, number>);
  const out: ActorMetrics[] = [];
  graph.forEachNode((id, n) => {
    let degree = 0;
    let positive = 0;
    let negative = 0;
    graph.forEachEdge(id, (_e, a) => {
      degree += a.weight;
      positive += a.positive;
      negative += a.negative;
    });
    out.push({
      id,
      label: n.label,
      degree,
      positive,
      negative,
      pagerank: ranks[id] ?? 0,
      community: communities[id] ?? -1,
    });
  });
  return out.sort((a, b) => b.pagerank - a.pagerank || b.degree - a.degree || a.label.localeCompare(b.label));
}
