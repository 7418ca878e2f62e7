// Loads the actor dictionary an extractor uses: the bundled files in data/actors/, then the user's files
// (config file, --actors) on top. Compiling 32,000 aliases takes about half a second, in every worker
// thread; so the compiled dictionary is cached on disk (v8.serialize), keyed by the files' contents and
// by the code that compiles them, and read back in about a fifth of that. A cache that cannot be read or
// written is simply not used.

import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { bundledDataPath } from "../../data/load.js";
import { parseActorText, readActorText } from "./actorFile.js";
import { type ActorDictionary, buildDictionary } from "./dictionary.js";

/** In order of precedence, lowest first: the converted Phoenix dictionary, then the curated files. */
export const BUNDLED_ACTOR_FILES = ["phoenix.json", "states.json", "igos.json", "middle-east.json"] as const;

/** The modules whose code decides what a compiled dictionary holds: a change to any of them is a new cache. */
const COMPILER_MODULES = ["./dictionary.js", "./fold.js", "./actorFile.js", "../../text/tokens.js"];

const memo = new Map<string, ActorDictionary>();

/**
 * Where compiled dictionaries are kept: $STANCEGRAPH_CACHE_DIR ("off" for none), else
 * $XDG_CACHE_HOME/stancegraph or ~/.cache/stancegraph, else the temporary folder.
 */
export function actorCacheDir(): string | null {
  const env = process.env.STANCEGRAPH_CACHE_DIR;
  if (env === "off") return null;
  if (env) return env;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), ".cache") : tmpdir());
  return join(base, "stancegraph");
}

let compilerHash: string | undefined;

function compilerKey(): string {
  if (compilerHash === undefined) {
    const h = createHash("sha256");
    for (const m of COMPILER_MODULES) h.update(readFileSync(fileURLToPath(new URL(m, import.meta.url))));
    compilerHash = h.digest("hex");
  }
  return compilerHash;
}

function readCache(path: string): ActorDictionary | null {
  try {
    const d = deserialize(readFileSync(path)) as ActorDictionary;
    return d && d.actors instanceof Map && typeof d.aliasCount === "number" ? d : null;
  } catch {
    return null;
  }
}

function writeCache(dir: string, path: string, dictionary: ActorDictionary): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside, then renamed: a reader never sees half a file, and two workers may race harmlessly.
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, serialize(dictionary));
    renameSync(temp, path);
    pruneCache(dir);
  } catch {
    // A read-only home or a full disk: compile again next time.
  }
}

/** Compiled dictionaries kept; older ones (earlier code, other --actors sets) are deleted. */
const KEEP = 4;

function pruneCache(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^actors-[0-9a-f]+\.bin$/.test(f))
    .map((f) => ({ path: join(dir, f), at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const f of files.slice(KEEP)) unlinkSync(f.path);
}

/**
 * The bundled dictionary with `userFiles` layered on top, in order.
 * @throws DataError (SG_ACTORS_INVALID) naming the file and entry at fault.
 */
export function loadActorDictionary(
  userFiles: readonly string[] = [],
  options: { memo?: boolean } = {},
): ActorDictionary {
  const memoKey = JSON.stringify(userFiles);
  const hit = options.memo === false ? undefined : memo.get(memoKey);
  if (hit) return hit;
  const bundled = BUNDLED_ACTOR_FILES.map((f) => bundledDataPath(`actors/${f}`)).filter((p) => existsSync(p));
  const paths = [...bundled, ...userFiles];
  const texts = paths.map(readActorText);
  const dir = actorCacheDir();
  let dictionary: ActorDictionary | null = null;
  let cachePath: string | null = null;
  if (dir !== null) {
    const h = createHash("sha256").update(compilerKey());
    paths.forEach((p, k) => {
      h.update(`\u0000${p}\u0000`).update(texts[k] as string);
    });
    cachePath = join(dir, `actors-${h.digest("hex").slice(0, 32)}.bin`);
    dictionary = readCache(cachePath);
  }
  if (dictionary === null) {
    dictionary = buildDictionary(paths.map((p, k) => parseActorText(texts[k] as string, p)));
    if (dir !== null && cachePath !== null) writeCache(dir, cachePath, dictionary);
  }
  memo.set(memoKey, dictionary);
  return dictionary;
}
