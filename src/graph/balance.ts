// Structural balance (Heider; Cartwright and Harary): in a signed graph a triad of actors is balanced
// when the product of its three ties is positive ("the friend of my friend is my friend", "the enemy of
// my enemy is my friend") and unbalanced otherwise (Hamas +Iran, Iran −Syrian opposition, Syrian
// opposition +Hamas). A tie is the net sign of all the relations between two actors, both directions
// together; pairs with no net sign are no tie. Comparing two windows shows which triads tipped.

import type { ActorGraph } from "./actorGraph.js";

export interface Tie {
  a: string;
  b: string;
  sign: -1 | 1;
  positive: number;
  negative: number;
}

export interface Triad {
  /** Actor ids, sorted. */
  actors: [string, string, string];
  labels: [string, string, string];
  /** The ties a–b, a–c, b–c. */
  ties: [Tie, Tie, Tie];
  balanced: boolean;
}

export interface BalanceReport {
  ties: number;
  triads: number;
  balanced: number;
  unbalanced: number;
  /** balanced / triads, or null without triads. */
  ratio: number | null;
  unbalancedTriads: Triad[];
}

const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The signed ties of the graph, both directions of a pair added together. */
export function signedTies(graph: ActorGraph): Map<string, Tie> {
  const sums = new Map<string, { a: string; b: string; positive: number; negative: number }>();
  graph.forEachEdge((_e, attrs, s, t) => {
    const k = key(s, t);
    const [a, b] = s < t ? [s, t] : [t, s];
    const x = sums.get(k) ?? { a, b, positive: 0, negative: 0 };
    x.positive += attrs.positive;
    x.negative += attrs.negative;
    sums.set(k, x);
  });
  const ties = new Map<string, Tie>();
  for (const [k, x] of sums) {
    const net = x.positive - x.negative;
    if (net !== 0) ties.set(k, { ...x, sign: net > 0 ? 1 : -1 });
  }
  return ties;
}

/** Every triad whose three pairs are all tied, each once. */
export function triads(graph: ActorGraph, ties: Map<string, Tie> = signedTies(graph)): Triad[] {
  const neighbours = new Map<string, Set<string>>();
  for (const t of ties.values()) {
    if (!neighbours.has(t.a)) neighbours.set(t.a, new Set());
    if (!neighbours.has(t.b)) neighbours.set(t.b, new Set());
    neighbours.get(t.a)?.add(t.b);
    neighbours.get(t.b)?.add(t.a);
  }
  const label = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const out: Triad[] = [];
  for (const [a, na] of neighbours) {
    for (const b of na) {
      if (b <= a) continue;
      for (const c of na) {
        if (c <= b || !neighbours.get(b)?.has(c)) continue;
        const ab = ties.get(key(a, b)) as Tie;
        const ac = ties.get(key(a, c)) as Tie;
        const bc = ties.get(key(b, c)) as Tie;
        out.push({
          actors: [a, b, c],
          labels: [label(a), label(b), label(c)],
          ties: [ab, ac, bc],
          balanced: ab.sign * ac.sign * bc.sign > 0,
        });
      }
    }
  }
  return out.sort((x, y) => x.labels.join(" ").localeCompare(y.labels.join(" ")));
}

export function balanceReport(graph: ActorGraph): BalanceReport {
  const ties = signedTies(graph);
  const all = triads(graph, ties);
  const balanced = all.filter((t) => t.balanced).length;
  return {
    ties: ties.size,
    triads: all.length,
    balanced,
    unbalanced: all.length - balanced,
    ratio: all.length > 0 ? balanced / all.length : null,
    unbalancedTriads: all.filter((t) => !t.balanced),
  };
}

export interface BalanceChange {
  before: BalanceReport;
  after: BalanceReport;
  /** Triads unbalanced after that were balanced (or absent) before. */
  tipped: Triad[];
  /** Triads balanced after that were unbalanced before. */
  settled: Triad[];
}

export function compareBalance(before: ActorGraph, after: ActorGraph): BalanceChange {
  const b = triads(before);
  const a = triads(after);
  const was = new Map(b.map((t) => [t.actors.join("\u0000"), t.balanced]));
  return {
    before: balanceReport(before),
    after: balanceReport(after),
    tipped: a.filter((t) => !t.balanced && was.get(t.actors.join("\u0000")) !== false),
    settled: a.filter((t) => t.balanced && was.get(t.actors.join("\u0000")) === false),
  };
}
