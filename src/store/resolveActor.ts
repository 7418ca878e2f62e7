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

/**
 * Refuses an alias that already names another actor ("Iran" for Hamas): the next extraction would give
 * that actor's mentions to this one. A merge is how analysts say two actors are one.
 */
export async function assertFreeAlias(store: Store, actor: ActorRef, alias: string): Promise<void> {
  const others = (await store.findActors(alias)).filter((a) => a.id !== actor.id && a.id !== alias.trim());
  const other = others[0];
  if (!other) return;
  throw new UsageError(
    "SG_BAD_OPTION",
    `${JSON.stringify(alias)} already names ${others.map((a) => `${a.name} (id ${a.id})`).join("; ")}; as an alias of ${actor.name} it would take those mentions at the next reextract. If they are one actor: stancegraph actors merge ${actor.id} ${other.id}; to add the alias anyway: --force`,
  );
}
