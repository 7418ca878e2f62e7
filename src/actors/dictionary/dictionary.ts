// The actor dictionary in memory: the files merged in order (a later file's entry with the same id
// extends the earlier one), checked for dangling ids, and compiled once into a trie over the words'
// transliteration keys, so that matching a text costs one Map lookup per capitalised word whatever the
// number of aliases.

import { DataError } from "../../errors.js";
import { tokenize } from "../../text/tokens.js";
import type { ActorEntry, ActorFile, DictionaryActorType, DictionaryAffiliation } from "./actorFile.js";
import { clearFoldCache, type FoldedWord, foldWords } from "./fold.js";

/** An actor once every file is merged: an entry whose name and type some file gave. */
export interface DictionaryActor extends Omit<ActorEntry, "name" | "type"> {
  name: string;
  type: DictionaryActorType;
}

export type AliasKind = "name" | "demonym" | "capital";

/** A title and one word of a name: "Sheikh Tamim", "Sultan Haitham", "Crown Prince Mohammed". */
const TITLED =
  /^((?:Crown Prince|Sheikh|Emir|King|Prince|President|Sayyed|Sayyid|Imam|Ayatollah|Sultan|Mufti|General|Gen\.)) (\S+)$/;

/**
 * The names with each titled short alias also before the longer names it starts: with "Sheikh Tamim" and
 * "Tamim bin Hamad", "Sheikh Tamim bin Hamad" too, so that a match does not stop after "Sheikh Tamim" and
 * leave "bin Hamad" to be read as another name.
 */
export function withTitledNames(names: readonly string[]): string[] {
  let out: string[] | null = null;
  for (const n of names) {
    const m = TITLED.exec(n);
    if (!m) continue;
    for (const longer of names) {
      if (!longer.startsWith(`${m[2]} `)) continue;
      const titled = `${m[1]} ${longer}`;
      if (names.includes(titled) || out?.includes(titled)) continue;
      out ??= [...names];
      out.push(titled);
    }
  }
  return out ?? (names as string[]);
}

export interface AliasEntry {
  actor: DictionaryActor;
  kind: AliasKind;
  /** The alias's words, exactly folded and joined by spaces. */
  exact: string;
  /** Must match on the exact fold (states, places, demonyms, capitals: "Oman" is not "Amman"). */
  strict: boolean;
  /** Written in capitals only ("US", "IRGC"): the text must be too, so that "Us" and "Who" do not match. */
  acronym: boolean;
  /** One word of fewer than LOOSE_MIN_LETTERS letters: must match on the exact fold. */
  short: boolean;
  /** The file that gave the alias; a later file wins a contested alias. */
  layer: number;
}

/**
 * A node of the alias trie. Most nodes have one child, kept in two fields: 30,000 one-entry Maps would
 * cost several megabytes in every worker thread. Further children go to `more`.
 */
export interface TrieNode {
  key: string | null;
  child: TrieNode | null;
  more: Map<string, TrieNode> | null;
  entries: AliasEntry[] | null;
  /**
   * The first letters that a word leading on to a child may have, folded (bit 0 "a" … bit 25 "z"; bit 26
   * anything else): the matcher skips folding a next word that cannot go on (most words after a name).
   */
  nextFirst: number;
}

export function newNode(): TrieNode {
  return { key: null, child: null, more: null, entries: null, nextFirst: 0 };
}

/** Bit 26 of nextFirst: a child whose word starts with something other than a to z. */
export const OTHER_FIRST = 1 << 26;

/**
 * The letters a to z an exactly folded word may start with when its key (wordKey) starts as `key` does:
 * a transliteration key's first letter stands for a class ("i" for e and i, "q" for q, k and gh).
 */
export function firstLettersOfKey(key: string): number {
  const translit = key.charCodeAt(0) === 126 && key.length > 1; // "~"
  const c = key.charCodeAt(translit ? 1 : 0);
  if (c < 97 || c > 122) return OTHER_FIRST;
  const bit = (letter: string) => 1 << (letter.charCodeAt(0) - 97);
  let mask = 1 << (c - 97);
  if (translit) {
    if (c === 105)
      mask |= bit("e"); // e, i → i
    else if (c === 117)
      mask |= bit("o"); // o, u → u
    else if (c === 113)
      mask |= bit("k") | bit("g"); // k → q, gh → q
    else if (c === 120)
      mask |= bit("k"); // kh → x
    else if (c === 102) mask |= bit("p"); // ph → f
  }
  return mask;
}

/** The child of `node` under `key`, if any. */
export function childOf(node: TrieNode, key: string): TrieNode | undefined {
  if (node.key === key) return node.child as TrieNode;
  return node.more?.get(key);
}

export interface ActorDictionary {
  actors: ReadonlyMap<string, DictionaryActor>;
  root: TrieNode;
  /** Number of distinct (actor, alias) pairs compiled. */
  aliasCount: number;
  /** The files it was built from, in order. */
  files: readonly string[];
}

/** Entries that no file gave a name, and ids referred to but defined nowhere, fail the whole load. */
function checkReferences(
  actors: ReadonlyMap<string, DictionaryActor>,
  firstFile: ReadonlyMap<string, string>,
): void {
  for (const [id, path] of firstFile) {
    const a = actors.get(id);
    if (a && a.name === "")
      throw new DataError(
        "SG_ACTORS_INVALID",
        `actor dictionary ${path}: entry "${id}" has no "name", and no other file defines that id; add "name" and "type", or check the id`,
      );
  }
  for (const a of actors.values()) {
    for (const f of a.affiliations)
      if (!actors.has(f.actor))
        throw new DataError(
          "SG_ACTORS_INVALID",
          `actor dictionary: "${a.id}" is affiliated with "${f.actor}", which no loaded dictionary file defines; define it or fix the id`,
        );
    if (a.country !== null && !actors.has(a.country))
      throw new DataError(
        "SG_ACTORS_INVALID",
        `actor dictionary: "${a.id}" has country "${a.country}", which no loaded dictionary file defines; define it or fix the id`,
      );
  }
}

/** A one-word alias matches spelling variants only from this length on ("Hezbollah", "Soleimani"). */
export const LOOSE_MIN_LETTERS = 8;

function hasLowerCase(s: string): boolean {
  return s !== s.toUpperCase();
}

/** Adds an alias's entry under its keys; the same alias given again by a later file takes that file's layer. */
function insert(root: TrieNode, keys: readonly string[], entry: AliasEntry): boolean {
  let node = root;
  for (const k of keys) {
    let child = childOf(node, k);
    if (!child) {
      child = newNode();
      if (node.child === null) {
        node.key = k;
        node.child = child;
      } else {
        node.more ??= new Map();
        node.more.set(k, child);
      }
    }
    node = child;
  }
  // Array literals, not [] and push: a pushed-to array reserves room for 17, and there are 30,000 of them.
  if (node.entries === null) {
    node.entries = [entry];
    return true;
  }
  for (const e of node.entries) {
    if (e.actor === entry.actor && e.exact === entry.exact && e.kind === entry.kind) {
      e.layer = Math.max(e.layer, entry.layer);
      return false;
    }
  }
  node.entries.push(entry);
  return true;
}

/** Plain aliases ("Islamic Resistance Movement", "U.S.", "PFLP–GC") split on spaces; others are tokenized. */
const PLAIN_ALIAS = /^[\p{L}\p{N}\p{M}'’.\-–‐ ]+$/u;

/** The words of an alias as the matcher sees them; a leading "the" is not needed in the text. */
function aliasWords(alias: string): FoldedWord[] {
  const tokens = PLAIN_ALIAS.test(alias) ? alias.split(" ").filter((t) => t !== "") : tokenize(alias).surface;
  const words = foldWords(tokens);
  if (words.length > 1 && words[0]?.exact === "the") words.shift();
  return words;
}

/** Shared by every actor that has none; never pushed to (withNew copies). */
const NONE: string[] = [];

function newActor(id: string): DictionaryActor {
  return {
    id,
    name: "",
    type: "organization",
    aliases: NONE,
    demonyms: NONE,
    capitals: NONE,
    iso3: null,
    country: null,
    affiliations: [],
  };
}

/** `list` with the strings of `more` it lacks: the same array when nothing is new, else an exact-size copy. */
function withNew(list: string[], more: string[]): string[] {
  if (more.length === 0) return list;
  // The usual case, an actor's first file: its own array, unless it repeats itself.
  if (list.length === 0 && more.every((s, k) => more.indexOf(s) === k)) return more;
  const fresh = more.filter((s, k) => !list.includes(s) && more.indexOf(s) === k);
  return fresh.length === 0 ? list : [...list, ...fresh];
}

/**
 * Merges the files (in order of precedence, lowest first: an entry with an id seen before extends that
 * actor) and compiles the trie in the same pass.
 * @throws DataError (SG_ACTORS_INVALID) for an entry without name or type, or a dangling id.
 */
export function buildDictionary(files: readonly ActorFile[]): ActorDictionary {
  const actors = new Map<string, DictionaryActor>();
  /** Where each id first appears, for the message when no file gives it a name. */
  const firstFile = new Map<string, string>();
  const root: TrieNode = newNode();
  let aliasCount = 0;
  const add = (a: DictionaryActor, alias: string, kind: AliasKind, layer: number) => {
    const words = aliasWords(alias);
    if (words.length === 0) return;
    const keys: string[] = [];
    let exact = "";
    for (const w of words) {
      keys.push(w.key);
      exact = exact === "" ? w.exact : `${exact} ${w.exact}`;
    }
    const entry: AliasEntry = {
      actor: a,
      kind,
      exact,
      // Strictness depends on the type, which a later file may still change: settled after the pass.
      strict: kind !== "name",
      acronym: !hasLowerCase(alias) && /\p{L}/u.test(alias),
      short: words.length === 1 && exact.length < LOOSE_MIN_LETTERS,
      layer,
    };
    if (insert(root, keys, entry)) aliasCount++;
  };
  files.forEach((file, layer) => {
    for (const e of file.entries) {
      let a = actors.get(e.id);
      if (!a) {
        a = newActor(e.id);
        actors.set(e.id, a);
        firstFile.set(e.id, file.path);
      }
      if (e.name !== null) a.name = e.name;
      if (e.type !== null) a.type = e.type;
      if (e.iso3 !== null) a.iso3 = e.iso3;
      if (e.country !== null) a.country = e.country;
      const names = e.name !== null ? [e.name, ...e.aliases] : e.aliases;
      a.aliases = withNew(a.aliases, names);
      a.demonyms = withNew(a.demonyms, e.demonyms);
      a.capitals = withNew(a.capitals, e.capitals);
      for (const s of withTitledNames(names)) add(a, s, "name", layer);
      for (const s of e.demonyms) add(a, s, "demonym", layer);
      for (const s of e.capitals) add(a, s, "capital", layer);
      const known = a.affiliations;
      const affiliations =
        known.length === 0
          ? e.affiliations
          : e.affiliations.filter(
              (f) => !known.some((g) => g.actor === f.actor && g.role === f.role && g.from === f.from),
            );
      if (affiliations.length > 0)
        a.affiliations = a.affiliations.length === 0 ? affiliations : [...a.affiliations, ...affiliations];
    }
  });
  checkReferences(actors, firstFile);
  settleStrictness(root);
  clearFoldCache();
  return { actors, root, aliasCount, files: files.map((f) => f.path) };
}

/**
 * Names of states and places match on the exact fold only ("Oman" is not "Amman"); and each node learns
 * the first letters of its children's words (nextFirst).
 */
function settleStrictness(root: TrieNode): void {
  const stack: TrieNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    if (node.entries)
      for (const e of node.entries) if (e.actor.type === "state" || e.actor.type === "place") e.strict = true;
    let nextFirst = 0;
    if (node.child) {
      stack.push(node.child);
      nextFirst |= firstLettersOfKey(node.key as string);
    }
    if (node.more)
      for (const [key, child] of node.more) {
        stack.push(child);
        nextFirst |= firstLettersOfKey(key);
      }
    node.nextFirst = nextFirst;
  }
}

/** Whether an affiliation held on `date` (YYYY-MM-DD); every affiliation holds when the date is unknown. */
export function heldOn(f: DictionaryAffiliation, date: string | null): boolean {
  if (date === null) return true;
  if (f.from !== null && date.slice(0, f.from.length) < f.from) return false;
  if (f.to !== null && date.slice(0, f.to.length) > f.to) return false;
  return true;
}
