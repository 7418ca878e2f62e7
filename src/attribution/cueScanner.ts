// A pre-filter for the attribution stage: does a range of text contain any cue word at all? A small
// automaton over lower-cased ASCII letters, run over the characters without building strings, so that
// the many sentences with no reporting cue and no quotation are never tokenized.

import { isWordCode } from "../text/tokens.js";

const ALPHABET = 28; // a–z, "-", "'"

function symbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c === 45) return 26;
  if (c === 39) return 27;
  return -1;
}

/** symbol() of every ASCII code, looked up instead of computed in the scan's inner loop. */
const ASCII_SYMBOL = Int8Array.from({ length: 128 }, (_, c) => symbol(c));

export interface CueScanner {
  /** True when a word of the set occurs in text[start, end) on word boundaries (case-insensitive). */
  containsAny(text: string, start: number, end: number): boolean;
}

/** Several word sets in one automaton: one pass tells which of them occur in a range. */
export interface WordClassScanner {
  /**
   * The classes (bit 1 << k for the k-th set) of the words that occur in text[start, end) on word
   * boundaries (case-insensitive), or-ed; the pass stops at the first word of a class in `enough`.
   */
  classesIn(text: string, start: number, end: number, enough: number): number;
}

export function compileCueScanner(words: Iterable<string>): CueScanner {
  const scanner = compileWordClasses([words]);
  return { containsAny: (text, start, end) => scanner.classesIn(text, start, end, 1) !== 0 };
}

/** At most 8 sets: a state's classes are a byte. */
export function compileWordClasses(sets: readonly Iterable<string>[]): WordClassScanner {
  // Transition table grown as words are added; -1 means no edge. State 0 is the root.
  let next = new Int32Array(ALPHABET * 64).fill(-1);
  let final = new Uint8Array(64);
  let states = 1;
  sets.forEach((words, k) => {
    for (const word of words) {
      let s = 0;
      for (let i = 0; i < word.length; i++) {
        const sym = symbol(word.charCodeAt(i));
        if (sym === -1) {
          s = -1;
          break;
        }
        let t = next[s * ALPHABET + sym] as number;
        if (t === -1) {
          if (states * ALPHABET >= next.length) {
            const grown = new Int32Array(next.length * 2).fill(-1);
            grown.set(next);
            next = grown;
            const f = new Uint8Array(final.length * 2);
            f.set(final);
            final = f;
          }
          t = states++;
          next[s * ALPHABET + sym] = t;
        }
        s = t;
      }
      if (s > 0) final[s] = (final[s] as number) | (1 << k);
    }
  });
  // Constants from here on: the scan's closure then reads fixed tables, not variables that may change.
  const edges = next;
  const classes = final;
  return {
    classesIn(text, start, end, enough) {
      let found = 0;
      let i = start;
      while (i < end) {
        // Skip to the start of a word.
        while (i < end && !isWordCode(text.charCodeAt(i))) i++;
        let s = 0;
        let j = i;
        while (j < end && s !== -1) {
          const c = text.charCodeAt(j);
          const sym = c < 128 ? (ASCII_SYMBOL[c] as number) : -1;
          if (sym === -1) break;
          s = edges[s * ALPHABET + sym] as number;
          j++;
        }
        if (s > 0 && classes[s] !== 0 && (j >= end || !isWordCode(text.charCodeAt(j)))) {
          found |= classes[s] as number;
          if ((found & enough) !== 0) return found;
        }
        // Skip the rest of this word.
        while (j < end && isWordCode(text.charCodeAt(j))) j++;
        i = j === i ? i + 1 : j;
      }
      return found;
    },
  };
}
