// A sentence as the relations stage reads it (a Frame: its tokens, the mention and the statement each
// token belongs to) and the document-wide lookups behind it: mentions in order, pronoun antecedents,
// the statements that touch a sentence. Also the Draft a trigger leaves before it becomes relations.

import type { Actor, Span, Statement } from "../contract/extraction.js";
import { type Tokens, tokenize } from "../text/tokens.js";
import type { RelationType } from "./relationLexicon.js";
import type { TokenRole } from "./triggers.js";
import { CLAUSE_MARKS } from "./words.js";

export interface Mention {
  start: number;
  end: number;
  actor: string;
}

/** One sentence, tokenized, with each token's mention and each token's statement. */
export interface Frame {
  tk: Tokens;
  /** Index into `mentions` of the mention a token belongs to, or -1. */
  mentionOf: number[];
  mentions: Mention[];
  /** Index into `statements` of the statement whose content holds the token, or -1. */
  contentOf: number[];
  sentence: Span;
  /** Statements (indexes) whose cue or content lies in the sentence. */
  spoken: number[];
  /** What the relation lexicon knows of each token (triggers.ts's rolesOf), when the caller made it. */
  roles?: readonly (TokenRole | undefined)[];
  /** The statement whose cue holds each token, or -1; built on first use. */
  cueOf?: number[];
  /** The last actor named before `offset` in the same statement's content (other than its speaker). */
  earlier: (offset: number, statement: number) => string | null;
  /** The last `n` distinct actors named before `offset`, nearest last, within a paragraph's reach. */
  previousActors: (offset: number, n: number, within?: number) => string[];
  /** The two parties "both sides" stands for, named before the offset. */
  previousPair: (offset: number) => string[];
  /** The actor a narrative pronoun ("He", "It", "They") at `offset` refers to, or null. */
  antecedent: (offset: number, pronoun: string) => string | null;
  /** Titles and role words that may stand between a demonym and a name ("Syrian President X"). */
  isRoleWord: (lower: string) => boolean;
  /** An actor's type ("state", "person", …; "unknown" for names found here). */
  typeOf: (id: string) => string;
  /** The actor the text names who holds `role` ("president") for `owner` ("syria"), or null. */
  roleHolder: (owner: string, role: string) => string | null;
  /** Is `other` an organisation or state that `person` is affiliated with? */
  ownOrganisation?: (person: string, other: string) => boolean;
}

/** The subject a verb trigger found, for the infinitives and coordinated verbs after it. */
export interface SubjectMemo {
  actors: string[];
  at: number;
  statement: number;
  /** The verb's object and type: "urged Hamas to …" hands Hamas to the infinitive. */
  objects?: string[];
  type?: string;
}

export interface Draft {
  sources: string[];
  targets: string[];
  type: RelationType;
  /** Token range of the evidence. */
  from: number;
  to: number;
  /** The trigger's token, for the clause that dates it. */
  at: number;
  statement: number;
  confidence: number;
  /** Source and target both ways (symmetric types with coordinated parties). */
  mutual: boolean;
}

export function allMentions(actors: readonly Actor[]): Mention[] {
  const out: Mention[] = [];
  // Indexed loops: destructuring each span through the iterator protocol cost more than the rest.
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i] as Actor;
    const spans = a.mentions;
    for (let n = 0; n < spans.length; n++) {
      const span = spans[n] as Span;
      out.push({ start: span[0], end: span[1], actor: a.id });
    }
  }
  return sortMentions(out);
}

/** Offsets and counts below these pack into one exact number (2^20 · 2^20 · 2^11 < 2^53). */
const PACKED_OFFSETS = 2 ** 20;
const PACKED_COUNT = 2 ** 11;

/**
 * Mentions by start, longest first at the same start ("Hamas political bureau" before "Hamas"), in
 * their given order otherwise: what a stable sort by that comparator gives. Each mention's order is
 * packed into one number and the numbers sorted natively, without a comparator call per pair; texts
 * too long to pack take the comparator.
 */
export function sortMentions(mentions: Mention[]): Mention[] {
  const n = mentions.length;
  let packable = n < PACKED_COUNT;
  for (let i = 0; i < n && packable; i++) {
    const m = mentions[i] as Mention;
    packable =
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= 0 &&
      m.end >= 0 &&
      m.start < PACKED_OFFSETS &&
      m.end < PACKED_OFFSETS;
  }
  if (!packable) return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = mentions[i] as Mention;
    keys[i] = (m.start * PACKED_OFFSETS + (PACKED_OFFSETS - 1 - m.end)) * PACKED_COUNT + i;
  }
  keys.sort();
  const out = new Array<Mention>(n);
  for (let i = 0; i < n; i++) out[i] = mentions[(keys[i] as number) % PACKED_COUNT] as Mention;
  return out;
}

/** The index of the first mention that starts at or after `offset` (mentions sorted by start). */
export function firstMentionFrom(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mentionBefore(mentions: readonly Mention[], offset: number, st: Statement): string | null {
  const lo = firstMentionFrom(mentions, offset);
  const first = st.contentSpans[0]?.[0] ?? offset;
  // Bounded: a quotation of thousands of sentences that name only its speaker is not walked back whole.
  for (let i = lo - 1; i >= 0 && lo - i <= 200; i--) {
    const m = mentions[i] as Mention;
    if (m.start < first) return null;
    if (m.actor !== st.speaker && firstSpanOverlapping(st.contentSpans, m.start, m.end) !== -1)
      return m.actor;
  }
  return null;
}

/**
 * The index of the first of `spans` (sorted, not overlapping) that overlaps [s0, s1), or -1: a statement
 * quoted over thousands of paragraphs has thousands of content spans.
 */
export function firstSpanOverlapping(spans: readonly Span[], s0: number, s1: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span)[1] <= s0) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] < s1 ? lo : -1;
}

/** The nearest earlier actor that a narrative pronoun can stand for: a person for he/she, else not one. */
export function antecedentOf(
  mentions: readonly Mention[],
  sentences: readonly Span[],
  offset: number,
  pronoun: string,
  typeOf: (id: string) => string,
): string | null {
  const lo = firstMentionFrom(mentions, offset);
  const fits = (m: Mention) => fitsPronoun(typeOf(m.actor), pronoun);
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (offset - m.end > 400) return null;
    if (!fits(m)) continue;
    // The subject of that sentence rather than its last name: "Ghaani crossed into Lebanon, where he met
    // Nasrallah. … he also held meetings" is Ghaani.
    const s0 = (sentences[sentenceOf(sentences, m.start)] ?? [m.start])[0];
    let first = m;
    for (let j = i - 1; j >= 0 && (mentions[j] as Mention).start >= s0; j--)
      if (fits(mentions[j] as Mention)) first = mentions[j] as Mention;
    return first.actor;
  }
  return null;
}

/** Names only the relations stage found are "unknown": a he or she may be one of them. */
export function fitsPronoun(type: string, pronoun: string): boolean {
  if (type === "place") return false;
  return /^(?:he|she|his|her)$/.test(pronoun) ? type === "person" || type === "unknown" : type !== "person";
}

/** The index of the sentence that holds offset `at`. */
function sentenceOf(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span)[1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function actorsBefore(
  mentions: readonly Mention[],
  offset: number,
  n: number,
  within = 600,
): string[] {
  const lo = firstMentionFrom(mentions, offset);
  const out: string[] = [];
  for (let i = lo - 1; i >= 0 && out.length < n; i--) {
    const m = mentions[i] as Mention;
    if (offset - m.end > within) break;
    if (!out.includes(m.actor)) out.unshift(m.actor);
  }
  return out;
}

/**
 * The two parties "both sides", "the two leaders" stand for: the last pair named together before
 * `offset` ("Erdogan met Putin", "Hamas and Fatah"), else the last two that are no place. Within
 * `within` characters.
 */
export function pairBefore(
  text: string,
  mentions: readonly Mention[],
  offset: number,
  typeOf: (id: string) => string,
  within = 300,
): string[] {
  const lo = firstMentionFrom(mentions, offset);
  const parties: string[] = [];
  for (let i = lo - 1; i >= 1; i--) {
    const b = mentions[i] as Mention;
    if (offset - b.end > within) break;
    const a = mentions[i - 1] as Mention;
    if (a.actor !== b.actor && typeOf(a.actor) !== "place" && typeOf(b.actor) !== "place") {
      const between = text.slice(a.end, b.start);
      if (PAIRED_BY.test(between)) return [a.actor, b.actor];
    }
  }
  for (let i = lo - 1; i >= 0 && parties.length < 2; i--) {
    const m = mentions[i] as Mention;
    if (offset - m.end > within) break;
    if (typeOf(m.actor) !== "place" && !parties.includes(m.actor)) parties.unshift(m.actor);
  }
  return parties;
}
/** What joins two parties named together: "and", "met", "with", "and his … counterpart". */
const PAIRED_BY =
  /^\s+(?:and|met|met with|with|hosted|received|called|spoke with|and his [\p{L} ]{0,30}counterpart,?)\s+$/u;

/** Each statement with a speaker, by where its cue and content start and end. */
export function statementExtents(
  statements: readonly Statement[],
): { start: number; end: number; index: number }[] {
  const out: { start: number; end: number; index: number }[] = [];
  statements.forEach((st, index) => {
    if (!st.speaker) return;
    let start = st.cueSpan?.[0] ?? Number.MAX_SAFE_INTEGER;
    let end = st.cueSpan?.[1] ?? -1;
    for (const [a, b] of st.contentSpans) {
      if (a < start) start = a;
      if (b > end) end = b;
    }
    if (end > start) out.push({ start, end, index });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Statements whose cue or content lies in [s0, s1). */
export function statementsIn(
  statements: readonly Statement[],
  candidates: readonly { index: number }[],
  s0: number,
  s1: number,
): number[] {
  const out: number[] = [];
  for (const { index: i } of candidates) {
    const st = statements[i] as Statement;
    if (!st.speaker) continue;
    const hit =
      (st.cueSpan && st.cueSpan[0] < s1 && st.cueSpan[1] > s0) ||
      firstSpanOverlapping(st.contentSpans, s0, s1) !== -1;
    if (hit) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The first token that starts at or after `at`. */
function firstTokenAt(tk: Tokens, at: number): number {
  let lo = 0;
  let hi = tk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tk.starts[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A per-token index filled with -1 (none). A plain array, not an Int32Array: a typed array of more than
 * 64 bytes gets its storage outside the JavaScript heap, which costs several times as much to allocate
 * and collect, and frames are made for thousands of sentences per document.
 */
function noneFor(n: number): number[] {
  return new Array<number>(n).fill(-1);
}

// A frame's lookups until its caller sets them: shared functions, since a closure per frame is an
// allocation per sentence. (A new array per call from noPreviousActors, as the caller may keep it.)
const noEarlier = (): null => null;
const noPreviousActors = (): string[] => [];
const noRoleWord = (): boolean => false;
const unknownType = (): string => "unknown";

export function frameOf(
  text: string,
  sentence: Span,
  inside: Mention[],
  statements: readonly Statement[],
  spoken: number[],
  tk: Tokens = tokenize(text, sentence[0], sentence[1]),
): Frame {
  const mentionOf = noneFor(tk.length);
  const contentOf = noneFor(tk.length);
  let m = 0;
  for (let k = 0; k < tk.length; k++) {
    const a = tk.starts[k] as number;
    while (m < inside.length && (inside[m] as Mention).end <= a) m++;
    // The first mention that covers the token's start (longest first at one start).
    for (let n = m; n < inside.length && (inside[n] as Mention).start <= a; n++) {
      if ((inside[n] as Mention).end > a) {
        mentionOf[k] = n;
        break;
      }
    }
  }
  // Each spoken statement's content spans mark their tokens (the first statement wins a token).
  const s0 = sentence[0];
  const s1 = sentence[1];
  for (const i of spoken) {
    const spans = (statements[i] as Statement).contentSpans;
    for (let n = firstSpanOverlapping(spans, s0, s1); n !== -1 && n < spans.length; n++) {
      const [x, y] = spans[n] as Span;
      if (x >= s1) break;
      for (let k = firstTokenAt(tk, x); k < tk.length && (tk.starts[k] as number) < y; k++)
        if (contentOf[k] === -1) contentOf[k] = i;
    }
  }
  return {
    tk,
    mentionOf,
    mentions: inside,
    contentOf,
    sentence,
    spoken,
    earlier: noEarlier,
    previousActors: noPreviousActors,
    previousPair: noPreviousActors,
    antecedent: noEarlier,
    isRoleWord: noRoleWord,
    typeOf: unknownType,
    roleHolder: noEarlier,
  };
}

export function actorAt(f: Frame, k: number): string | null {
  const m = f.mentionOf[k] ?? -1;
  return m === -1 ? null : (f.mentions[m] as Mention).actor;
}

/** First token of the mention token k belongs to. */
export function mentionStartTok(f: Frame, k: number): number {
  const m = f.mentionOf[k];
  let j = k;
  while (j > 0 && f.mentionOf[j - 1] === m) j--;
  return j;
}

export function mentionEndTok(f: Frame, k: number): number {
  const m = f.mentionOf[k];
  let j = k;
  while (j + 1 < f.tk.length && f.mentionOf[j + 1] === m) j++;
  return j;
}

/**
 * Token j, or the token before the parenthesis that closes at j: "Ted Cruz (R-Texas) for …" reads as
 * "Ted Cruz for …". Party labels and asides stand between a name and what follows it.
 */
export function beforeParenthesis(f: Frame, j: number): number {
  if (f.tk.surface[j] !== ")") return j;
  for (let k = j - 1; k >= 0 && j - k <= 8; k--) if (f.tk.surface[k] === "(") return k - 1;
  return j;
}

/** The token that holds offset `at` (the first one at or after it). */
export function tokenAt(f: Frame, at: number): number {
  let lo = 0;
  let hi = f.tk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((f.tk.ends[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isClauseMark(f: Frame, k: number): boolean {
  return CLAUSE_MARKS.has(f.tk.surface[k] ?? "") || f.tk.surface[k] === ".";
}

export { isPossessive } from "../text/tokens.js";

// ---------------------------------------------------------------------------------------------------
// Targets and sources around a trigger

export function statementAtCue(f: Frame, k: number, statements: readonly Statement[]): number {
  if (f.spoken.length === 0) return -1;
  if (!f.cueOf) {
    // Built once per sentence: each spoken statement's cue marks its tokens.
    const cueOf = noneFor(f.tk.length);
    for (const i of f.spoken) {
      const st = statements[i] as Statement;
      if (!st.speaker || !st.cueSpan) continue;
      for (
        let t = firstTokenAt(f.tk, st.cueSpan[0]);
        t < f.tk.length && (f.tk.starts[t] as number) < st.cueSpan[1];
        t++
      )
        if (cueOf[t] === -1) cueOf[t] = i;
    }
    f.cueOf = cueOf;
  }
  return f.cueOf[k] ?? -1;
}
