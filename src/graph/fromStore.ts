// The actor graph of a store for a time window, persons optionally rolled up to their organisations.

import type { Store, TimeWindow } from "../store/store.js";
import { type ActorGraph, buildActorGraph } from "./actorGraph.js";
import { rollUpMap } from "./rollUp.js";

export interface GraphOptions {
  window?: TimeWindow;
  /** Count a person's relations for their organisation (Haniya's thanks for Hamas). */
  rollUp?: boolean;
  /** Only relations of these types (docs/relations.md); all when absent. */
  relationTypes?: ReadonlySet<string>;
}

export async function loadActorGraph(store: Store, options: GraphOptions = {}): Promise<ActorGraph> {
  const types = options.relationTypes;
  const all = await store.relationRows(options.window);
  const rows = types ? all.filter((r) => types.has(r.type)) : all;
  const ids = new Set<string>();
  for (const r of rows) {
    ids.add(r.source);
    ids.add(r.target);
  }
  let rollUp = new Map<string, string>();
  if (options.rollUp) {
    const affiliations = await store.affiliationRows();
    const known = await store.actorsById([...new Set([...ids, ...affiliations.map((a) => a.actor)])]);
    rollUp = rollUpMap(affiliations, (id) => known.get(id)?.type);
    for (const to of rollUp.values()) ids.add(to);
  }
  return buildActorGraph(rows, await store.actorsById([...ids]), rollUp);
}
