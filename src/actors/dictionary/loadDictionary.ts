// Loads the actor dictionary an extractor uses: the bundled files in data/actors/, then the user's files
// (config file, --actors) on top, compiled once per process and set of files.

import { existsSync } from "node:fs";
import { bundledDataPath } from "../../data/load.js";
import { readActorFile } from "./actorFile.js";
import { type ActorDictionary, buildDictionary } from "./dictionary.js";

/** In order of precedence, lowest first: the converted Phoenix dictionary, then the curated files. */
export const BUNDLED_ACTOR_FILES = ["phoenix.json", "states.json", "igos.json", "middle-east.json"] as const;

const cache = new Map<string, ActorDictionary>();

/**
 * The bundled dictionary with `userFiles` layered on top, in order.
 * @throws DataError (SG_ACTORS_INVALID) naming the file and entry at fault.
 */
export function loadActorDictionary(userFiles: readonly string[] = []): ActorDictionary {
  const key = JSON.stringify(userFiles);
  const hit = cache.get(key);
  if (hit) return hit;
  const bundled = BUNDLED_ACTOR_FILES.map((f) => bundledDataPath(`actors/${f}`)).filter((p) => existsSync(p));
  const dictionary = buildDictionary([...bundled, ...userFiles].map(readActorFile));
  cache.set(key, dictionary);
  return dictionary;
}
