// foldToken for a token that is a range of a longer text, without cutting the token out first. The
// alias matcher folds every capitalised word of every document: slicing each one and hashing the new
// string for foldToken's Map made a garbage string per word. Here the range's characters are hashed in
// place and compared with startsWith; only a token not seen before is sliced (and folded by foldToken).

import { type FoldedToken, foldToken } from "./fold.js";

const BITS = 16;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
/** Emptied when three quarters full: a stream of new names must not grow it, and probes stay short. */
const LIMIT = (SIZE * 3) >> 2;

const surfaces: (string | undefined)[] = new Array(SIZE).fill(undefined);
const hashes = new Int32Array(SIZE);
const folded: (FoldedToken | undefined)[] = new Array(SIZE).fill(undefined);
let count = 0;

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The same as foldToken(text.slice(start, end)). */
export function foldTokenAt(text: string, start: number, end: number): FoldedToken {
  const h = hashOf(text, start, end);
  const length = end - start;
  let slot = h & MASK;
  for (;;) {
    const s = surfaces[slot];
    if (s === undefined) break;
    if (hashes[slot] === h && s.length === length && text.startsWith(s, start))
      return folded[slot] as FoldedToken;
    slot = (slot + 1) & MASK;
  }
  const surface = text.slice(start, end);
  const result = foldToken(surface);
  if (count >= LIMIT) {
    surfaces.fill(undefined);
    folded.fill(undefined);
    count = 0;
    slot = h & MASK;
  }
  surfaces[slot] = surface;
  hashes[slot] = h;
  folded[slot] = result;
  count++;
  return result;
}
