// The signed, weighted actor graph (graphology): one node per actor, one directed edge per ordered pair
// with the relations behind it counted by sign and type, their first and last day, and their ids, so
// that every edge leads back to its evidence. Optionally with persons rolled up to their organisations.

import { DirectedGraph } from "graphology";
import type { ActorType } from "../contract/extraction.js";
import type { ActorRef, RelationRow } from "../store/store.js";

export interface NodeAttributes {
  label: string;
  type: ActorType;
  known: boolean;
  /** Actors rolled up into this one. */
  members: string[];
}

export interface EdgeAttributes {
  positive: number;
  negative: number;
  neutral: number;
  /** All relations: the edge's weight. */
  weight: number;
  /** positive − negative, and its sign: +1 ally, −1 adversary, 0 neither. */
  net: number;
  sign: -1 | 0 | 1;
  types: Record<string, number>;
  first: string | null;
  last: string | null;
  /** Every relation behind the edge, with its day: the evidence and the time line. */
  relations: { id: number; polarity: -1 | 0 | 1; type: string; day: string | null }[];
}

/** An actor's place in the graph (metrics.ts): kept here, with the graph's shapes, for the workbench. */
export interface ActorMetrics {
  id: string;
  label: string;
  /** Relations in and out. */
  degree: number;
  positive: number;
  negative: number;
  pagerank: number;
  /** Louvain community over the positive ties; -1 when the actor has none. */
  community: number;
}

export type ActorGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildActorGraph(
  rows: readonly RelationRow[],
  actors: ReadonlyMap<string, ActorRef>,
  rollUp: ReadonlyMap<string, string> = new Map(),
): ActorGraph {
  const graph: ActorGraph = new DirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  const node = (id: string): string => {
    const to = rollUp.get(id) ?? id;
    if (!graph.hasNode(to)) {
      const a = actors.get(to);
      graph.addNode(to, {
        label: a?.name ?? to,
        type: a?.type ?? "unknown",
        known: a?.known ?? false,
        members: [],
      });
    }
    if (to !== id) {
      const members = graph.getNodeAttribute(to, "members");
      if (!members.includes(id)) members.push(id);
    }
    return to;
  };
  for (const r of rows) {
    const s = node(r.source);
    const t = node(r.target);
    if (s === t) continue; // a person's relation to their own organisation, once rolled up
    if (!graph.hasEdge(s, t)) {
      graph.addDirectedEdge(s, t, {
        positive: 0,
        negative: 0,
        neutral: 0,
        weight: 0,
        net: 0,
        sign: 0,
        types: {},
        first: null,
        last: null,
        relations: [],
      });
    }
    const e = graph.getDirectedEdgeAttributes(s, t);
    if (r.polarity > 0) e.positive++;
    else if (r.polarity < 0) e.negative++;
    else e.neutral++;
    e.weight++;
    e.net = e.positive - e.negative;
    e.sign = Math.sign(e.net) as -1 | 0 | 1;
    e.types[r.type] = (e.types[r.type] ?? 0) + 1;
    if (r.day && (e.first === null || r.day < e.first)) e.first = r.day;
    if (r.day && (e.last === null || r.day > e.last)) e.last = r.day;
    e.relations.push({ id: r.id, polarity: r.polarity, type: r.type, day: r.day });
  }
  return graph;
}
