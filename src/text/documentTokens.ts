// The tokens of a whole document, made once and shared by the stages that read tokens: attribution reads
// its units, the relations stage its sentences, and each used to tokenize its own ranges, which together
// covered most of the text twice, with a new string per token each time. A range's tokens are cut from
// the document's (arrays copied, strings shared) whenever that is provably what tokenize(text, start,
// end) would return; otherwise the range is tokenized on its own, as before.

import { isSpaceCode, type Tokens, tokenize } from "./tokens.js";

/** The index of the first token that starts at or after `at`. */
function firstFrom(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class DocumentTokens {
  readonly text: string;
  /** Tokenized on first use: a document with no cue and no relation word never is. */
  #all: Tokens | null = null;

  constructor(text: string) {
    this.text = text;
  }

  /** Exactly tokenize(this.text, start, end). */
  range(start: number, end: number): Tokens {
    const { text } = this;
    if (end <= start) return tokenize(text, start, end);
    // tokenize(text, start, end) decides a token's end without looking past `end` (wordEnd stops there);
    // the document's tokenizer may look further ("U.S.", "al-'Askari", "Almarkazia.com"). With a space
    // at `end`, or nothing, every look past it answers "no word goes on", so both decide alike.
    if (end < text.length && !isSpaceCode(text.charCodeAt(end))) return tokenize(text, start, end);
    if (this.#all === null) this.#all = tokenize(text);
    const all = this.#all;
    const a = firstFrom(all.starts, start);
    // A document token that runs into the range from before it: the range starts inside a word.
    if (a > 0 && (all.ends[a - 1] as number) > start) return tokenize(text, start, end);
    const b = firstFrom(all.starts, end);
    if (b > a && (all.ends[b - 1] as number) > end) return tokenize(text, start, end);
    return {
      starts: all.starts.slice(a, b),
      ends: all.ends.slice(a, b),
      lower: all.lower.slice(a, b),
      surface: all.surface.slice(a, b),
      length: b - a,
    };
  }
}
