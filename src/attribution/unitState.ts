// A unit's working state for attribution: its tokens, quotations and claimed tokens, the token and span
// lookups every pass uses, and the draft a pass records for a statement it finds.

import type { Span, StatementKind } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { type Tokens, tokenize } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import type { CueGroup } from "./cueGroups.js";
import { bareWord, type Phrase, phraseEndingAt } from "./phrases.js";

/** Shortest quotation (in words) taken as speech when no cue is attached to it. */
const MIN_FREE_QUOTE_WORDS = 6;

export interface UnitState {
  text: string;
  tk: Tokens;
  unit: Span;
  /** Per token: index into `quotes` of the top-level quotation it lies in (marks included), or -1. */
  quoteOf: number[];
  /** Per token: 1 once part of a statement. Shared buffer: entries from tk.length on belong to no unit. */
  claimed: number[];
  /** The speaker of the unit's latest statement: "X said … but lamented …" goes on with it. */
  lastSpeaker: Phrase | null;
  /**
   * Per token: its cue group once computed (null: no cue), since several passes ask for the same token.
   * Shared buffer, as `claimed`.
   */
  cues: (CueGroup | null | undefined)[];
}

/** Shared, never written: the quotation map of every unit that holds no quotation. */
let noQuotes = filled(256, -1);

/**
 * A per-token array of `value`. A plain array, not a typed one: a typed array of more than 64 bytes
 * keeps its storage outside the JavaScript heap, which costs several times as much to allocate and
 * collect, and every unit with a cue or a quotation gets its own.
 */
function filled(n: number, value: number): number[] {
  return new Array<number>(n).fill(value);
}

/**
 * The per-token `claimed` and `cues` arrays, kept from unit to unit instead of made for each: two sets,
 * used in turn, since the previous unit's state is still read (and claimed in) while the next one is built.
 * Only the first tk.length entries of a set belong to a unit; they are reset when the set is taken.
 */
const buffers = [
  { claimed: filled(256, 0), cues: new Array<CueGroup | null | undefined>(256) },
  { claimed: filled(256, 0), cues: new Array<CueGroup | null | undefined>(256) },
];

let bufferTurn = 0;

export function unitState(text: string, unit: Span, quotes: readonly Quote[], qi: number): UnitState {
  const tk = tokenize(text, unit[0], unit[1]);
  const n = tk.length;
  const set = buffers[bufferTurn] as (typeof buffers)[number];
  bufferTurn ^= 1;
  if (set.claimed.length < n) {
    set.claimed = filled(n * 2, 0);
    set.cues = new Array(n * 2);
  } else {
    set.claimed.fill(0, 0, n);
    set.cues.fill(undefined, 0, n);
  }
  const first = quotes[qi];
  if (!first || first.open >= unit[1]) {
    if (noQuotes.length < n) noQuotes = filled(n * 2, -1);
    return { text, tk, unit, quoteOf: noQuotes, claimed: set.claimed, lastSpeaker: null, cues: set.cues };
  }
  const quoteOf = filled(n, -1);
  let k = qi;
  for (let i = 0; i < n; i++) {
    const s = tk.starts[i] as number;
    while (k < quotes.length && (quotes[k] as Quote).end <= s) k++;
    const q = quotes[k];
    if (q && q.open <= s && s < q.end) quoteOf[i] = k;
  }
  return { text, tk, unit, quoteOf, claimed: set.claimed, lastSpeaker: null, cues: set.cues };
}

/** The token that starts at `offset`, or -1. */
export function tokenAt(tk: Tokens, offset: number): number {
  return indexInSorted(tk.starts, offset, tk.length);
}

/** Where `value` stands among the first `n` entries of an ascending array, by binary search, or -1. */
export function indexInSorted(sorted: ArrayLike<number>, value: number, n: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] as number;
    if (x === value) return mid;
    if (x < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function span(tk: Tokens, from: number, to: number): Span {
  return [tk.starts[from] as number, tk.ends[to] as number];
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Per BMP code unit: 0 not yet known, 1 a letter or number, 2 neither (what LETTER_OR_NUMBER says). */
const LETTER_OR_NUMBER_CODE = new Uint8Array(65536);

function isLetterOrNumberCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = LETTER_OR_NUMBER_CODE[c];
  if (k === 0) {
    k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_OR_NUMBER_CODE[c] = k;
  }
  return k === 1;
}

/**
 * The number of runs of letters and numbers (/[\p{L}\p{N}]+/u) in the spans, counted up to `enough`: the
 * callers only ask "at least n?", so a long quotation is neither sliced nor read to its end.
 */
export function wordCount(text: string, spans: readonly Span[], enough = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (const [a, b] of spans) {
    let inWord = false;
    for (let k = a; k < b; k++) {
      const c = text.charCodeAt(k);
      let letter: boolean;
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < b && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
        // A character outside the BMP: one code point of two units.
        letter = LETTER_OR_NUMBER.test(text.slice(k, k + 2));
        k++;
      } else letter = isLetterOrNumberCode(c);
      if (letter && !inWord) {
        n++;
        if (n >= enough) return n;
      }
      inWord = letter;
    }
  }
  return n;
}

/** A quotation long enough, or sentence-like enough, to be speech without a cue (not a scare quote). */
export function isFreeSpeech(text: string, quote: Quote): boolean {
  const words = wordCount(text, quote.spans, MIN_FREE_QUOTE_WORDS);
  if (words >= MIN_FREE_QUOTE_WORDS) return true;
  const last = quote.spans[quote.spans.length - 1] as Span;
  return words >= 3 && /[.!?…]\s*$/.test(text.slice(last[0], last[1]));
}

function phraseSpan(tk: Tokens, p: Phrase): Span {
  return span(tk, p.start, p.end);
}

/** The part of a speaker phrase that names the speaker: up to its head, without appositive or party label. */
function headSpan(tk: Tokens, p: Phrase): Span {
  return span(tk, p.start, Math.max(p.start, Math.min(p.head, p.end)));
}

export function isPronoun(tk: Tokens, p: Phrase, res: AttributionResources): boolean {
  return p.start === p.end && res.words.pronouns.has(bareWord(tk.lower[p.start] ?? ""));
}

/** For a relative "who" speaker, the phrase before ", who". */
function antecedentOf(tk: Tokens, p: Phrase, floor: number, res: AttributionResources): Span | null {
  const l = tk.lower[p.start] ?? "";
  if (l !== "who" && l !== "which") return null;
  if (tk.surface[p.start - 1] !== ",") return null;
  const ante = phraseEndingAt(tk, p.start - 2, floor, res.words, res.isCue);
  return ante ? phraseSpan(tk, ante) : null;
}

export function claim(state: UnitState, from: number, to: number): void {
  for (let i = Math.max(0, from); i <= to && i < state.tk.length; i++) state.claimed[i] = 1;
}

export function claimQuote(state: UnitState, k: number): void {
  for (let i = 0; i < state.tk.length; i++) if (state.quoteOf[i] === k) state.claimed[i] = 1;
}

export function anyClaimed(state: UnitState, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < state.tk.length; i++) if (state.claimed[i]) return true;
  return false;
}

export function draftFrom(
  state: UnitState,
  speaker: Phrase | null,
  cue: CueGroup,
  contentSpans: Span[],
  kind: StatementKind,
  confidence: number,
  res: AttributionResources,
): StatementDraft {
  const { tk } = state;
  if (speaker) state.lastSpeaker = speaker;
  const pronoun = speaker ? isPronoun(tk, speaker, res) : false;
  let speakerSpan = speaker ? phraseSpan(tk, speaker) : null;
  if (speakerSpan && speaker && tk.surface[speaker.end] === "," && speaker.end > speaker.start) {
    // "Talal Naji, an aide to …, said": the comma that closes the appositive is not part of the speaker.
    speakerSpan = [speakerSpan[0], tk.ends[speaker.end - 1] as number];
  }
  let speakerHead = speaker ? headSpan(tk, speaker) : null;
  if (speaker && pronoun && speakerSpan) {
    // "He’s comparing … and says": the speaker is "He", not the contraction.
    const bare = bareWord(tk.lower[speaker.start] ?? "");
    speakerSpan = [speakerSpan[0], speakerSpan[0] + bare.length];
    speakerHead = speakerSpan;
  }
  return {
    speakerSpan,
    speakerHead,
    antecedent: speaker ? antecedentOf(tk, speaker, 0, res) : null,
    cueSpan: span(tk, cue.start, cue.end),
    contentSpans,
    kind,
    confidence: Math.round((pronoun ? confidence - 0.1 : confidence) * 100) / 100,
    unit: state.unit,
  };
}
