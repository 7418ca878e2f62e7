// Reads and validates one actor dictionary file (docs/actor-dictionary.md). Every problem becomes a
// DataError that names the file, the entry (index and id) and what to fix, so that a user's dictionary
// fails at start-up rather than halfway through a batch.

import { readFileSync } from "node:fs";
import { DataError } from "../../errors.js";

export const ACTOR_FILE_FORMAT = "stancegraph.actors/1";

export const DICTIONARY_TYPES = ["person", "organization", "state", "group", "media", "place"] as const;
export type DictionaryActorType = (typeof DICTIONARY_TYPES)[number];

export interface DictionaryAffiliation {
  actor: string;
  role: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null: since ever. */
  from: string | null;
  /** Likewise; null: still. */
  to: string | null;
}

/** One entry as written; name and type may be missing when it extends an entry of an earlier file. */
export interface ActorEntry {
  id: string;
  name: string | null;
  type: DictionaryActorType | null;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  iso3: string | null;
  country: string | null;
  affiliations: DictionaryAffiliation[];
}

export interface ActorFile {
  path: string;
  entries: ActorEntry[];
}

/** What an actor id may be: lower case letters and digits, joined by - _ . : */
export const ACTOR_ID = /^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const ENTRY_KEYS = new Set([
  "id",
  "name",
  "type",
  "aliases",
  "demonyms",
  "capitals",
  "iso3",
  "country",
  "affiliations",
  "note",
]);
const AFFILIATION_KEYS = new Set(["actor", "role", "from", "to", "note"]);

function fail(path: string, where: string, problem: string): never {
  throw new DataError(
    "SG_ACTORS_INVALID",
    `actor dictionary ${path}: ${where}: ${problem}; fix it (format: docs/actor-dictionary.md) or leave the file out`,
  );
}

function optionalString(value: unknown, path: string, where: string, key: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.trim() === "")
    fail(path, where, `"${key}" must be a non-empty string, not ${JSON.stringify(value)}`);
  return value;
}

function strings(value: unknown, path: string, where: string, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(path, where, `"${key}" must be an array of strings`);
  value.forEach((s, k) => {
    if (typeof s !== "string" || s.trim() === "")
      fail(path, where, `"${key}"[${k}] must be a non-empty string, not ${JSON.stringify(s)}`);
  });
  return value as string[];
}

function date(value: unknown, path: string, where: string, key: string): string | null {
  const s = optionalString(value, path, where, key);
  if (s !== null && !DATE.test(s))
    fail(path, where, `"${key}" must be YYYY, YYYY-MM or YYYY-MM-DD, not "${s}"`);
  return s;
}

function parseAffiliation(value: unknown, path: string, where: string): DictionaryAffiliation {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail(path, where, 'must be an object with at least an "actor" id');
  const a = value as Record<string, unknown>;
  for (const key of Object.keys(a))
    if (!AFFILIATION_KEYS.has(key)) fail(path, where, `unknown field "${key}"`);
  const actor = optionalString(a.actor, path, where, "actor");
  if (actor === null || !ACTOR_ID.test(actor))
    fail(path, where, `"actor" must be an actor id, not ${JSON.stringify(a.actor)}`);
  const from = date(a.from, path, where, "from");
  const to = date(a.to, path, where, "to");
  if (from !== null && to !== null && to < from) fail(path, where, `"to" (${to}) is before "from" (${from})`);
  return { actor, role: optionalString(a.role, path, where, "role"), from, to };
}

function parseEntry(value: unknown, index: number, path: string): ActorEntry {
  let where = `entry ${index}`;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail(path, where, "must be an object");
  const e = value as Record<string, unknown>;
  if (typeof e.id === "string") where = `entry ${index} ("${e.id}")`;
  if (typeof e.id !== "string" || !ACTOR_ID.test(e.id))
    fail(path, where, `"id" must be lower-case letters, digits and - _ . :, not ${JSON.stringify(e.id)}`);
  for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) fail(path, where, `unknown field "${key}"`);
  const type = optionalString(e.type, path, where, "type");
  if (type !== null && !(DICTIONARY_TYPES as readonly string[]).includes(type))
    fail(path, where, `"type" must be one of ${DICTIONARY_TYPES.join(", ")}, not "${type}"`);
  const country = optionalString(e.country, path, where, "country");
  if (country !== null && !ACTOR_ID.test(country))
    fail(path, where, `"country" must be an actor id, not "${country}"`);
  const iso3 = optionalString(e.iso3, path, where, "iso3");
  if (iso3 !== null && !/^[A-Z]{3}$/.test(iso3))
    fail(path, where, `"iso3" must be three capital letters, not "${iso3}"`);
  const affiliations = e.affiliations === undefined ? [] : e.affiliations;
  if (!Array.isArray(affiliations)) fail(path, where, '"affiliations" must be an array');
  return {
    id: e.id,
    name: optionalString(e.name, path, where, "name"),
    type: type as DictionaryActorType | null,
    aliases: strings(e.aliases, path, where, "aliases"),
    demonyms: strings(e.demonyms, path, where, "demonyms"),
    capitals: strings(e.capitals, path, where, "capitals"),
    iso3,
    country,
    affiliations: affiliations.map((a, k) => parseAffiliation(a, path, `${where}, affiliation ${k}`)),
  };
}

/** Validates a parsed dictionary file. @throws DataError (SG_ACTORS_INVALID) naming the entry at fault. */
export function parseActorFile(json: unknown, path: string): ActorFile {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    fail(path, "top level", 'must be an object with "format" and "actors"');
  const top = json as Record<string, unknown>;
  if (top.format !== ACTOR_FILE_FORMAT)
    fail(path, "top level", `"format" must be "${ACTOR_FILE_FORMAT}", not ${JSON.stringify(top.format)}`);
  if (!Array.isArray(top.actors)) fail(path, "top level", '"actors" must be an array of entries');
  const seen = new Set<string>();
  const entries = top.actors.map((value, index) => {
    const entry = parseEntry(value, index, path);
    if (seen.has(entry.id))
      fail(path, `entry ${index} ("${entry.id}")`, "this id is already used by an earlier entry of the file");
    seen.add(entry.id);
    return entry;
  });
  return { path, entries };
}

/** Reads a dictionary file's text. @throws DataError (SG_ACTORS_INVALID) when it cannot be read. */
export function readActorText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new DataError(
      "SG_ACTORS_INVALID",
      `cannot read actor dictionary ${path}: ${(e as Error).message}; check the path given to --actors or in the config file`,
      { cause: e },
    );
  }
}

/** Parses and validates a dictionary file's text. @throws DataError (SG_ACTORS_INVALID). */
export function parseActorText(raw: string, path: string): ActorFile {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    fail(path, "the file", `is not valid JSON (${(e as Error).message})`);
  }
  return parseActorFile(json, path);
}

/** Reads and validates a dictionary file. @throws DataError (SG_ACTORS_INVALID). */
export function readActorFile(path: string): ActorFile {
  return parseActorText(readActorText(path), path);
}
