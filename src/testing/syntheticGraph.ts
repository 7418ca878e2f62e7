// A made-up signed network of the size an analyst's corpus reaches, in the shape GET /api/graph answers:
// `actors` nodes with a Zipf-like degree distribution (a few hubs, many small actors), `ties` edges with
// signs and weights at random. For the network view's bench and its browser tests, which hand it to the
// page in place of the store's graph.

import { prng } from "./prng.js";

export interface SyntheticGraph {
  nodes: { id: string; label: string; pagerank: number }[];
  edges: { source: string; target: string }[];
}

export function syntheticGraph(actors: number, ties: number): SyntheticGraph {
  const rand = prng(5);
  const types = ["person", "organization", "state", "group"];
  const nodes = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    label: `Actor ${i}`,
    type: types[i % types.length],
    known: true,
    members: [],
    degree: 0,
    positive: 0,
    negative: 0,
    pagerank: 1 / (i + 1),
    community: i % 9,
  }));
  const pick = () => Math.min(actors - 1, Math.floor(actors * rand() ** 2));
  const seen = new Set<string>();
  const edges = [];
  while (edges.length < ties) {
    const s = pick();
    const t = Math.floor(rand() * actors);
    if (s === t || seen.has(`${s}>${t}`)) continue;
    seen.add(`${s}>${t}`);
    const sign = rand() < 0.5 ? 1 : rand() < 0.6 ? -1 : 0;
    const weight = 1 + Math.floor(rand() * 5);
    edges.push({
      source: `a${s}`,
      target: `a${t}`,
      positive: sign > 0 ? weight : 0,
      negative: sign < 0 ? weight : 0,
      neutral: sign === 0 ? weight : 0,
      weight,
      net: sign * weight,
      sign,
      types: {},
      first: "2020-01-01",
      last: "2021-01-01",
      relations: [edges.length + 1],
    });
  }
  return { nodes, edges };
}
