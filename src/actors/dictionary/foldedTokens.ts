// foldToken for a token that is a range of a longer text, without cutting the token out first. The
// alias matcher folds every capitalised word of every document: slicing each one and hashing the new
// string for foldToken's Map made a garbage string per word. Here the range's characters are hashed in
// place and compared with startsWith; only a token not seen before is sliced (and folded by foldToken).
// Each slot also remembers where its word leads from the root of the last trie asked about, so that a
// capitalised word seen before costs one probe of this table and no Map lookup.

import type { TrieNode } from "./dictionary.js";
import { type FoldedToken, foldToken } from "./fold.js";

const BITS = 16;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
/** Emptied when three quarters full: a stream of new names must not grow it, and probes stay short. */
const LIMIT = (SIZE * 3) >> 2;

const surfaces: (string | undefined)[] = new Array(SIZE).fill(undefined);
const hashes = new Int32Array(SIZE);
const folded: (FoldedToken | undefined)[] = new Array(SIZE).fill(undefined);
/** Per slot: the root that rootChildren[slot] was found under (undefined: not looked up yet). */
const roots: (TrieNode | undefined)[] = new Array(SIZE).fill(undefined);
/** Per slot: the root's child under the token's only word, or null (none, or not one word). */
const rootChildren: (TrieNode | null)[] = new Array(SIZE).fill(null);
let count = 0;

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The slot that holds the token text[start, end), filled on first sight; valid until the next call. */
export function tokenSlot(text: string, start: number, end: number): number {
  const h = hashOf(text, start, end);
  const length = end - start;
  let slot = h & MASK;
  for (;;) {
    const s = surfaces[slot];
    if (s === undefined) break;
    if (hashes[slot] === h && s.length === length && text.startsWith(s, start)) return slot;
    slot = (slot + 1) & MASK;
  }
  const surface = text.slice(start, end);
  const result = foldToken(surface);
  if (count >= LIMIT) {
    surfaces.fill(undefined);
    folded.fill(undefined);
    roots.fill(undefined);
    rootChildren.fill(null);
    count = 0;
    slot = h & MASK;
  }
  surfaces[slot] = surface;
  hashes[slot] = h;
  folded[slot] = result;
  count++;
  return slot;
}

/** The folded token of a slot (see tokenSlot). */
export function foldedOfSlot(slot: number): FoldedToken {
  return folded[slot] as FoldedToken;
}

/**
 * For a slot whose token is one word: that word's child of `root` (null: none); computed by `lookUp`
 * the first time and remembered for that root.
 */
export function rootChildOfSlot(
  slot: number,
  root: TrieNode,
  lookUp: (root: TrieNode, key: string) => TrieNode | undefined,
): TrieNode | null {
  if (roots[slot] === root) return rootChildren[slot] as TrieNode | null;
  const word = (folded[slot] as FoldedToken).words[0];
  const child = word === undefined ? null : (lookUp(root, word.key) ?? null);
  roots[slot] = root;
  rootChildren[slot] = child;
  return child;
}

/** The same as foldToken(text.slice(start, end)). */
export function foldTokenAt(text: string, start: number, end: number): FoldedToken {
  return folded[tokenSlot(text, start, end)] as FoldedToken;
}
