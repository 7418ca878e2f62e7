// foldToken for a token that is a range of a longer text, without cutting the token out first. The
// alias matcher folds every capitalised word of every document: slicing each one and hashing the new
// string for foldToken's Map made a garbage string per word. Here the range's characters are hashed in
// place and compared with startsWith; only a token not seen before is sliced (and folded by foldToken).
// Each entry also remembers where its word leads from the root of the last trie asked about, so that a
// capitalised word seen before costs one probe of this table and no Map lookup.

import type { TrieNode } from "./dictionary.js";
import { type FoldedToken, foldToken } from "./fold.js";

const BITS = 16;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
/** Emptied when three quarters full: a stream of new names must not grow it, and probes stay short. */
const LIMIT = (SIZE * 3) >> 2;

/**
 * One token seen: everything a probe needs in one object, so that a capitalised word costs few cache
 * misses even when other stages have run since (the table is hit once per document per word).
 */
export interface TokenEntry {
  hash: number;
  surface: string;
  folded: FoldedToken;
  /** folded.words.length, here so that a word with no child of the root is done with this object alone. */
  wordCount: number;
  /** The root that rootChild was found under (null: not looked up yet). */
  root: TrieNode | null;
  /** The root's child under the token's only word, or null (none, or not one word). */
  rootChild: TrieNode | null;
}

const table: (TokenEntry | undefined)[] = new Array(SIZE).fill(undefined);
let count = 0;

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The entry of the token text[start, end), made on first sight; valid until the next call. */
export function tokenEntry(text: string, start: number, end: number): TokenEntry {
  const h = hashOf(text, start, end);
  const length = end - start;
  let slot = h & MASK;
  for (;;) {
    const e = table[slot];
    if (e === undefined) break;
    if (e.hash === h && e.surface.length === length && text.startsWith(e.surface, start)) return e;
    slot = (slot + 1) & MASK;
  }
  const surface = text.slice(start, end);
  const tokenFolded = foldToken(surface);
  const entry: TokenEntry = {
    hash: h,
    surface,
    folded: tokenFolded,
    wordCount: tokenFolded.words.length,
    root: null,
    rootChild: null,
  };
  if (count >= LIMIT) {
    table.fill(undefined);
    count = 0;
    slot = h & MASK;
  }
  table[slot] = entry;
  count++;
  return entry;
}

/**
 * For a token of one word: that word's child of `root` (null: none); found by `lookUp` the first time
 * and remembered for that root.
 */
export function rootChildOf(
  entry: TokenEntry,
  root: TrieNode,
  lookUp: (root: TrieNode, key: string) => TrieNode | undefined,
): TrieNode | null {
  if (entry.root === root) return entry.rootChild;
  const word = entry.folded.words[0];
  const child = word === undefined ? null : (lookUp(root, word.key) ?? null);
  entry.root = root;
  entry.rootChild = child;
  return child;
}

/** The same as foldToken(text.slice(start, end)). */
export function foldTokenAt(text: string, start: number, end: number): FoldedToken {
  return tokenEntry(text, start, end).folded;
}
