// Naming an actor (command line, API): its exact id (which names that actor alone, even when the same
// words are another actor's name or alias), else its name or any alias, in any case. None is an error
// that says where to look; several is an error that lists them with their ids, which then resolve.

import { StancegraphError, UsageError } from "../errors.js";
import type { ActorRef, Store } from "./store.js";

export async function resolveActor(store: Store, name: string): Promise<ActorRef> {
  const found = await store.findActors(name);
  if (found.length === 1) return found[0] as ActorRef;
  if (found.length === 0) {
    throw new StancegraphError(
      "SG_NOT_FOUND",
      `no actor is named ${JSON.stringify(name)} in ${store.location}; \`stancegraph actors\` lists them, or try \`stancegraph search ${JSON.stringify(name)}\``,
    );
  }
  throw new UsageError(
    "SG_BAD_OPTION",
    `${JSON.stringify(name)} names ${found.length} actors: ${found.map((a) => `${a.name} (${a.type}, id ${a.id})`).join("; ")}; give the id instead`,
  );
}
