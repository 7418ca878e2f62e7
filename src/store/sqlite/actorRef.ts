// An actor as questions answer it, from a row whose columns for it share a prefix ("s_id", "s_name", …).

import type { ActorType } from "../../contract/extraction.js";
import type { ActorRef } from "../store.js";

export function actorRef(row: Record<string, unknown>, prefix: string): ActorRef {
  return {
    id: row[`${prefix}id`] as string,
    name: row[`${prefix}name`] as string,
    type: row[`${prefix}type`] as ActorType,
    known: row[`${prefix}known`] === 1,
  };
}
