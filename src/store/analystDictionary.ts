// The aliases analysts added (`actors alias add`), as an actor dictionary file the engine loads on top of
// the bundled one, so that ingest and reextract find the actor under its new name too. The file is
// written once per content (its name is the content's hash) beside the compiled-dictionary cache.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTOR_ID } from "../actors/dictionary/actorFile.js";
import { actorCacheDir } from "../actors/dictionary/loadDictionary.js";
import type { AnalystAlias } from "./store.js";

const DICTIONARY_TYPES = new Set(["person", "organization", "state", "group", "media", "place"]);

/** Writes the dictionary of analysts' aliases; returns its path, or null when there are none. */
export function writeAnalystDictionary(aliases: readonly AnalystAlias[]): string | null {
  const byActor = new Map<string, { id: string; name?: string; type?: string; aliases: string[] }>();
  for (const a of aliases) {
    if (!ACTOR_ID.test(a.actor)) continue;
    let entry = byActor.get(a.actor);
    if (!entry) {
      // A dictionary actor is extended by id; a name the dictionary did not know becomes an entry of its own.
      entry = a.known
        ? { id: a.actor, aliases: [] }
        : { id: a.actor, name: a.name, type: DICTIONARY_TYPES.has(a.type) ? a.type : "group", aliases: [] };
      byActor.set(a.actor, entry);
    }
    entry.aliases.push(a.alias);
  }
  if (byActor.size === 0) return null;
  const json = `${JSON.stringify(
    {
      format: "stancegraph.actors/1",
      description: "Aliases added by analysts (stancegraph actors alias add), generated from the store",
      actors: [...byActor.values()],
    },
    null,
    2,
  )}\n`;
  const dir = actorCacheDir() ?? tmpdir();
  const path = join(
    dir,
    `analyst-aliases-${createHash("sha256").update(json).digest("hex").slice(0, 16)}.json`,
  );
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, json);
  }
  return path;
}
