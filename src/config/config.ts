// The project config file: stancegraph.config.json in the working folder, or the file given with
// --config. For now it lists the user's actor dictionaries; paths in it are relative to the file itself,
// so that a project folder can be moved or shared as a whole.

import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { StancegraphError } from "../errors.js";

export const CONFIG_FILE = "stancegraph.config.json";

export interface Config {
  /** The file read, or null when there is none. */
  path: string | null;
  /** Actor dictionary files, absolute, in order. */
  actors: string[];
}

const KEYS = new Set(["actors"]);

function fail(path: string, problem: string): never {
  throw new StancegraphError(
    "SG_CONFIG_INVALID",
    `config file ${path}: ${problem}; fix it, or move it out of the way (a config is optional)`,
  );
}

/**
 * Reads the config: `explicit` (from --config) must exist; otherwise stancegraph.config.json in `cwd` is
 * read if it is there.
 * @throws StancegraphError (SG_CONFIG_INVALID) naming the file and the problem.
 */
export function loadConfig(explicit: string | null, cwd: string = process.cwd()): Config {
  const path = explicit !== null ? resolve(cwd, explicit) : resolve(cwd, CONFIG_FILE);
  if (explicit === null && !existsSync(path)) return { path: null, actors: [] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(path, err.code === "ENOENT" ? "no such file" : `not readable as JSON (${err.message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    fail(path, 'must be a JSON object such as {"actors": ["my-actors.json"]}');
  const top = json as Record<string, unknown>;
  for (const key of Object.keys(top))
    if (!KEYS.has(key)) fail(path, `unknown setting "${key}" (known: actors)`);
  const actors = top.actors ?? [];
  if (!Array.isArray(actors) || actors.some((a) => typeof a !== "string" || a === ""))
    fail(path, '"actors" must be an array of file paths');
  return { path, actors: (actors as string[]).map((a) => resolve(dirname(path), a)) };
}
