// Attribution: finds statements (speaker, cue, content) in a document from its units and quotations.
// Two passes per unit. The quote pass attaches each quotation to a cue before it ("X said: “…”") or after
// it ("“…,” said X." / "“…,” X said."), and lets split and continued quotations join the same statement.
// The cue pass finds indirect speech around reporting cues outside quotations ("X said that …",
// "…, sources said.", "According to X, …"). Each token belongs to at most one statement.

import type { Span, StatementKind } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { MONTHS, WEEKDAYS } from "../text/calendarWords.js";
import { isCapitalized, isSpaceCode, isWord, type Tokens, tokenize } from "../text/tokens.js";
import { type CueLexicon, INTENT, SPEECH, THOUGHT } from "./cueLexicon.js";
import {
  bareWord,
  dashEndingAt,
  isAbbreviationPeriod,
  isAynApostrophe,
  isHead,
  opensWithin,
  type Phrase,
  POSSESSIVE_PRONOUNS,
  participleWithin,
  phraseEndingAt,
  RECORD_NOUNS,
  speakerLeftOf,
  speakerRightOf,
} from "./phrases.js";
import type { SpeakerWords } from "./speakerWords.js";

export interface StatementDraft {
  speakerSpan: Span | null;
  /** The part of the speaker span that names the speaker (the head phrase, without an appositive). */
  speakerHead: Span | null;
  /** For a relative "who", the phrase it stands for ("Trump, who said …"). */
  antecedent: Span | null;
  cueSpan: Span | null;
  contentSpans: Span[];
  kind: StatementKind;
  confidence: number;
  /** The unit the statement was found in. */
  unit: Span;
}

export interface AttributionInput {
  text: string;
  units: readonly Span[];
  paragraphs: readonly Span[];
  quotes: readonly Quote[];
}

export interface AttributionResources {
  cues: CueLexicon;
  words: SpeakerWords;
  /** Is this lower-cased word a cue form? (Keeps cue words out of speaker phrases.) */
  isCue: (lower: string) => boolean;
}

export function attributionResources(cues: CueLexicon, words: SpeakerWords): AttributionResources {
  return { cues, words, isCue: (l) => cues.mayStartCue(l) && cues.forms.has(l) };
}

/** Longest look-back from a cue to the start of its clause, in tokens. */
const MAX_CLAUSE_TOKENS = 80;
/** Shortest quotation (in words) taken as speech when no cue is attached to it. */
const MIN_FREE_QUOTE_WORDS = 6;
const ANONYMITY =
  /^(?:not to be (?:named|identified|quoted)|to (?:remain anonymous|not be named)|that (?:his|her|their) name)/;
const NEGATIONS = new Set(["not", "never", "n't", "n’t"]);
const BE = new Set(["is", "was", "were", "are", "be", "been", "being", "’s", "'s", "am"]);
/** Particles that turn a reporting verb into something else ("called off", "backed down"). */
const NOT_A_REPORT_AFTER = new Set(["off", "down", "away", "into"]);
/** Words after which a cue form is a noun ("of support", "for the states"). */
const NOUN_CONTEXT = new Set([
  "of",
  "for",
  "in",
  "on",
  "at",
  "with",
  "by",
  "from",
  "about",
  "into",
  "over",
  "against",
  "new",
  "more",
  "less",
  "public",
  "political",
  "strong",
  "broad",
  "such",
  "same",
  "phone",
  "telephone",
  "conference",
  "first",
  "final",
  "recent",
  "latest",
  "last",
  "video",
  "radio",
]);
/** "a (new) group called X": an indefinite noun right before "called" and a name or quotation after it. */
function isNamingCall(tk: Tokens, v: number): boolean {
  const next = tk.surface[v + 1] ?? "";
  if (!isCapitalized(next) && !QUOTE_MARKS.has(next)) return false;
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    const l = tk.lower[k] ?? "";
    if (l === "a" || l === "an") return k < v - 1;
    if (!isWord(tk.surface[k] ?? "") || isCapitalized(tk.surface[k] ?? "")) return false;
  }
  return false;
}

/**
 * "Blinken called Recep Tayyip Erdogan on Monday", "called Erdogan to discuss the truce": a telephone call
 * to someone named, with nothing said of them ("called Clinton a liar" names her something).
 */
function isPhoneCall(tk: Tokens, v: number): boolean {
  let j = v + 1;
  while (
    j < tk.length &&
    (isCapitalized(tk.surface[j] ?? "") ||
      /^(?:al|bin|ibn|el)[-‐]?/.test(tk.lower[j] ?? "") ||
      // "Mr. Obama": a title's full stop is inside the name.
      (tk.surface[j] === "." && /^(?:mr|mrs|ms|dr|sen|rep|gov|gen)$/.test(tk.lower[j - 1] ?? "")))
  )
    j++;
  // "called Mr. Obama's remarks …": an owner's possessive names a thing, not the one called.
  if (j === v + 1 || /['’]s?$/.test(tk.surface[j - 1] ?? "")) return false;
  // A time after the name: "on Monday", "late on Tuesday", "yesterday", "last week".
  const time = /^(?:on|late|early|last|this|yesterday|today|tonight|again|twice|briefly)$/;
  while (j < tk.length && time.test(tk.lower[j] ?? "")) {
    j++;
    while (j < tk.length && isCapitalized(tk.surface[j] ?? "")) j++;
    if (/^(?:week|night|month|morning|evening|afternoon)$/.test(tk.lower[j] ?? "")) j++;
  }
  const next = tk.lower[j] ?? "";
  return (
    j >= tk.length ||
    next === "." ||
    next === ";" ||
    next === "," ||
    next === "and" ||
    (next === "to" &&
      /^(?:discuss|talk|express|offer|congratulate|thank|convey|ask|urge|coordinate)$/.test(
        tk.lower[j + 1] ?? "",
      ))
  );
}

/** "Polls there show …": a place adverb between the speaker and the cue is neither. */
const LOCATIVES = new Set([
  "there",
  "here",
  "locally",
  "nationally",
  "nationwide",
  "statewide",
  // "Richards and Menendez both said", "Cruz himself said": a floating quantifier or reflexive.
  "both",
  "all",
  "themselves",
  "himself",
  "herself",
  "itself",
]);
/** Words and marks that cannot open the object of a stance verb (see computeCueAt). */
const NOT_AN_OBJECT = new Set([
  "",
  ",",
  ".",
  ";",
  ":",
  ")",
  "—",
  "–",
  "among",
  "since",
  "during",
  "and",
  "or",
]);
const COMPLEMENTIZERS = new Set(["whether", "if", "why", "how", "what", "when", "where", "who"]);
const EXPRESS_PREPOSITIONS = new Set(["for", "about", "over", "with", "at", "to", "in"]);
const CLAUSE_STOP = new Set([";", "(", ")", "[", "]", "—", "–", "?", "!"]);
const QUOTE_MARKS = new Set(['"', "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "''", "``"]);

interface UnitState {
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

export function attributeStatements(input: AttributionInput, res: AttributionResources): StatementDraft[] {
  const { text, units, quotes } = input;
  const topQuotes = quotes.filter((q) => !q.nested);
  const usedQuote = new Uint8Array(topQuotes.length);
  const drafts: StatementDraft[] = [];
  let qi = 0;
  /** The statement a cue-less quotation after it may continue: a direct one, or a reported one that ended its paragraph. */
  let continued: { draft: StatementDraft; paragraphEnd: number; paragraph: number } | null = null;
  let prevUnit: UnitState | null = null;
  let para = 0;
  // Where a record is named ("in a CNN poll"): found once per document, read unit by unit.
  const records = recordWordsIn(text);
  let ri = 0;
  const transcriptLabels = transcriptSpeakers(text, input.paragraphs);
  for (const unit of units) {
    while (qi < topQuotes.length && (topQuotes[qi] as Quote).end <= unit[0]) qi++;
    while (para < input.paragraphs.length && (input.paragraphs[para] as Span)[1] < unit[0]) para++;
    while (ri < records.length && (records[ri] as number) < unit[0]) ri++;
    const hasRecord = ri < records.length && (records[ri] as number) < unit[1];
    const paragraphEnd = (input.paragraphs[para] as Span | undefined)?.[1] ?? text.length;
    const hasQuote = qi < topQuotes.length && (topQuotes[qi] as Quote).open < unit[1];
    const colon = colonNear(text, unit);
    // "― Khalil Mroueh" after a quotation's closing mark: a name signing the quotation before.
    const signature = LIST_DASHES.has(text[unit[0]] as string);
    if (
      !hasQuote &&
      !hasRecord &&
      !colon &&
      !signature &&
      !res.cues.scanner.containsAny(text, unit[0], unit[1])
    ) {
      prevUnit = null;
      continue;
    }
    const state = unitState(text, unit, topQuotes, qi);
    const paragraphStart = (input.paragraphs[para] as Span | undefined)?.[0] ?? 0;
    // Quote pass.
    for (let k = qi; k < topQuotes.length; k++) {
      const quote = topQuotes[k] as Quote;
      if (quote.open >= unit[1]) break;
      if (usedQuote[k]) continue;
      if (quote.open < unit[0]) {
        // “…⏎⏎“…,” Nasrallah said.: a quotation over several paragraphs, attributed after it closes here.
        const d = attachClosingQuote(state, k, quote, usedQuote, res);
        if (d) {
          drafts.push(d);
          continued = { draft: d, paragraphEnd, paragraph: para };
        }
        continue;
      }
      // "Part of the exchange follows:⏎⏎“HOST: …": a transcript's turns, each its label's (headlineSpeaker).
      if (opensTurn(text, quote, transcriptLabels) && text.slice(paragraphStart, quote.open).trim() === "")
        continue;
      const d = attachQuote(state, k, quote, topQuotes, usedQuote, res, prevUnit);
      if (d) {
        drafts.push(d);
        continued = { draft: d, paragraphEnd, paragraph: para };
        continue;
      }
      const wholeParagraph =
        continued !== null &&
        para === continued.paragraph + 1 &&
        drafts[drafts.length - 1] === continued.draft &&
        isWholeParagraph(text, quote, input.paragraphs[para] as Span) &&
        runsOn(text, continued.draft, continued.paragraphEnd);
      if (
        continued &&
        (quote.open < continued.paragraphEnd || wholeParagraph) &&
        opensUnit(state, quote) &&
        isFreeSpeech(text, quote) &&
        // “You abandoned the Syrian people” to please Moscow, he said: the sentence names its own speaker.
        !invertedAttributionAfter(state, tokenAt(state.tk, Math.min(quote.end, unit[1]) - 1) + 1, res)
      ) {
        // A quotation with no cue of its own, right after a direct statement in the same paragraph,
        // continues it ("“…,” he said. “More.”"); so does a paragraph that is nothing but a quotation,
        // right after the paragraph that ended with it.
        // A loop, not push(...spans): a quotation continued over 100,000 paragraphs overflows the stack.
        for (const s of quote.spans) continued.draft.contentSpans.push(s);
        usedQuote[k] = 1;
        claimQuote(state, k);
        // A third paragraph of nothing but quotation goes on with the same speaker.
        if (wholeParagraph) continued = { draft: continued.draft, paragraphEnd, paragraph: para };
      }
    }
    // A transcript's turn ("FALLIN: I think he is …") and a headline with no cue after its colon ("NY
    // Daily News: Gun Lobby Is a Threat …") are read before the cue pass; other headlines after it, when
    // the cues inside them have left the line free (headlineSpeaker says which).
    const opensParagraph = text.slice(paragraphStart, unit[0]).trim() === "";
    const headline = (beforeCues: boolean) => {
      if (!colon) return;
      const end = opensParagraph ? paragraphEnd : -1;
      const d = headlineSpeaker(state, res, end, transcriptLabels, usedQuote, beforeCues);
      if (d) drafts.push(d);
    };
    headline(true);
    // Cue pass.
    for (const d of attachCues(state, topQuotes, usedQuote, res)) {
      drafts.push(d);
      // "Massie said Trump had “the obligation to bring us together.”⏎⏎“I think he can do that.”": a
      // paragraph of nothing but quotation after a reported statement that ended its paragraph goes on
      // with it (runsOn checks the ending below).
      // Not over a direct statement of the same paragraph, nor from a participle's aside ("referring to …").
      if (d.cueSpan && continued?.paragraph !== para && !/ing$/i.test(text.slice(d.cueSpan[0], d.cueSpan[1])))
        continued = { draft: d, paragraphEnd, paragraph: para };
    }
    for (const d of nominalStatements(state, usedQuote, res)) drafts.push(d);
    headline(false);
    if (hasRecord) {
      const d = recordSource(state, res) ?? reportedClause(state, res);
      if (d) drafts.push(d);
    }
    if (hasQuote || signature) {
      const d = listedSpeaker(state, topQuotes, qi, usedQuote, res);
      if (d) drafts.push(d);
    }
    if (continued && para > continued.paragraph + 1) continued = null;
    prevUnit = state;
  }
  return drafts;
}

/**
 * May a paragraph of bare quotation go on with this direct statement? Only if the statement ends its
 * paragraph (no other sentence came between), was not a question ("asked"), and was not the writer's
 * own ("I said"): in those cases the next quotation is as likely an answer or someone else's.
 */
function runsOn(text: string, draft: StatementDraft, paragraphEnd: number): boolean {
  const cue = draft.cueSpan ? text.slice(draft.cueSpan[0], draft.cueSpan[1]).toLowerCase() : "";
  if (/^(?:ask|wonder|inquir|enquir|question)/.test(cue)) return false;
  const head = draft.speakerHead ?? draft.speakerSpan;
  if (head && /^(?:i|we)$/i.test(text.slice(head[0], head[1]))) return false;
  let end = draft.unit[1];
  for (const s of draft.contentSpans) if (s[1] > end) end = s[1];
  // Letters or digits after the statement's sentence are another sentence (a footnote mark is not).
  return !/[\p{L}\p{N}]/u.test(text.slice(end, paragraphEnd).replace(/\[\d+\]/g, ""));
}

/** Does the quotation fill its paragraph, from the opening mark to the closing one? */
function isWholeParagraph(text: string, quote: Quote, paragraph: Span): boolean {
  if (!quote.closed || quote.open > paragraph[0] + 1) return false;
  for (let i = quote.end; i < paragraph[1]; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  for (let i = paragraph[0]; i < quote.open; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The quotation is the first thing in its unit (“…,” he said. “More.”), not part of a sentence. */
function opensUnit(state: UnitState, quote: Quote): boolean {
  const { tk } = state;
  if (tk.starts[0] === quote.open) return true;
  // "“…,” he said outside the building. But “Trump’s candidacy is strengthened …”": a conjunction before it.
  return /^(?:but|and|still|yet)$/.test(tk.lower[0] ?? "") && tk.starts[1] === quote.open;
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

function unitState(text: string, unit: Span, quotes: readonly Quote[], qi: number): UnitState {
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

/** The token that ends at `offset`, or -1. */
function tokenEndingAt(tk: Tokens, offset: number): number {
  return indexInSorted(tk.ends, offset, tk.length);
}

/** The token that starts at `offset`, or -1. */
function tokenAt(tk: Tokens, offset: number): number {
  return indexInSorted(tk.starts, offset, tk.length);
}

/** Where `value` stands among the first `n` entries of an ascending array, by binary search, or -1. */
function indexInSorted(sorted: ArrayLike<number>, value: number, n: number): number {
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

function span(tk: Tokens, from: number, to: number): Span {
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

/** A quotation that can continue a statement: three words or more, or a whole sentence. */
function quoteText(text: string, quote: Quote): string {
  const last = quote.spans[quote.spans.length - 1] as Span;
  return text.slice(last[0], last[1]);
}

function isJoinable(text: string, quote: Quote): boolean {
  const last = quote.spans[quote.spans.length - 1] as Span;
  return wordCount(text, quote.spans, 3) >= 3 || /[.!?…]\s*$/.test(text.slice(last[0], last[1]));
}

/** A quotation long enough, or sentence-like enough, to be speech without a cue (not a scare quote). */
function isFreeSpeech(text: string, quote: Quote): boolean {
  const words = wordCount(text, quote.spans, MIN_FREE_QUOTE_WORDS);
  if (words >= MIN_FREE_QUOTE_WORDS) return true;
  const last = quote.spans[quote.spans.length - 1] as Span;
  return words >= 3 && /[.!?…]\s*$/.test(text.slice(last[0], last[1]));
}

interface CueGroup {
  /** First token of the cue (auxiliaries included). */
  start: number;
  /** First token of the adverbs and auxiliaries before the verb ("also", "has publicly"): the speaker ends before it. */
  outer: number;
  /** The reporting verb or phrase head. */
  verb: number;
  /** Last token of the cue (a particle included). */
  end: number;
  classes: number;
  form: "base" | "s" | "past" | "ing" | "phrase";
  lemma: string;
  needsClause: boolean;
}

/** Words in -ly of five letters or more that are no adverbs ("the family", "a rally", "likely"). */
const NOT_LY_ADVERB = new Set([
  "early",
  "daily",
  "weekly",
  "monthly",
  "yearly",
  "family",
  "rally",
  "supply",
  "reply",
  "apply",
  "likely",
  "bully",
  "belly",
  "jelly",
  "assembly",
]);

/** A word in -ly of five letters or more that is an adverb ("overwhelmingly", "publicly"), from its lower case. */
function isLyAdverb(l: string): boolean {
  return /^[a-z]{3,}ly$/.test(l) && !NOT_LY_ADVERB.has(l);
}

/**
 * An adverb between a speaker and the cue ("voters overwhelmingly support", "Trump angrily said"): the
 * lexicon's, or a lower-case word in -ly ("Megyn Kelly said", "Donnelly said" are names).
 */
function isAdverb(res: AttributionResources, tk: Tokens, k: number): boolean {
  const l = tk.lower[k] ?? "";
  return res.cues.adverbs.has(l) || (isLyAdverb(l) && !isCapitalized(tk.surface[k] ?? ""));
}

function isAuxiliary(res: AttributionResources, l: string): boolean {
  return res.cues.auxiliaries.has(l) || l.endsWith("n't") || l.endsWith("n’t");
}

/** Quantifiers that may stand alone as a speaker ("Many say", "Some believe"), and the verbs they say with. */
const QUANTIFIER_SPEAKERS = new Set([
  "many",
  "some",
  "most",
  "several",
  "both",
  "all",
  "few",
  "others",
  "another",
  "each",
]);
const OPINION_LEMMAS = new Set([
  "say",
  "think",
  "believe",
  "argue",
  "insist",
  "feel",
  "fear",
  "worry",
  "agree",
  "disagree",
  "expect",
  "doubt",
  "suspect",
  "predict",
  "contend",
  "complain",
  "warn",
]);

/**
 * Does a comma at or after token `from` lead to an inverted speech cue ("…, a senior Egyptian official
 * said.", "…, U.S. officials told CNN")? Then the clause before it is that speaker's statement.
 */
function invertedAttributionAfter(state: UnitState, from: number, res: AttributionResources): boolean {
  const { tk } = state;
  for (let c = from; c < tk.length; c++) {
    if (tk.surface[c] !== "," || state.quoteOf[c] !== -1) continue;
    for (let k = c + 1; k < tk.length && k - c <= 8; k++) {
      const cue = cueAt(state, k, res);
      if (cue && cue.classes & SPEECH && (cue.form === "past" || cue.form === "s")) return true;
      if (/^[,.;:]$/.test(tk.surface[k] ?? "")) break;
    }
  }
  return false;
}

/** Words before which a subject does not reach: clause openers and conjunctions of clauses. */
const SUBJECT_STOPS = new Set(
  "that which who whom whose because when while as if although though but since once until unless where whereas however".split(
    " ",
  ),
);
/** Verbs of how something seems to the writer ("seemed to", "appears to"): no one said it. */
const IMPRESSION_LEMMAS = new Set(["seem", "appear"]);

/** Cue words that are also nouns of an utterance or a record ("report", "comments", "tweet"). */
const UTTERANCE_NOUNS =
  /^(?:reports?|comments?|remarks?|messages?|tweets?|posts?|emails?|statements?|notes?|letters?|memos?|blogs?|videos?|surveys?|polls?|studies|study|findings?|analys[ie]s)$/;

/** Finite verbs that a plural noun of what was said may take as its subject ("remarks were"). */
const NOUN_SUBJECT_VERBS = /^(?:are|were|have|had|will|would|could|can|may|might|should|must)$/;
/** Nouns after "phone" that make it the first word of a compound ("phone lines"). */
const PHONE_COMPOUNDS =
  /^(?:calls?|lines?|numbers?|banks?|banking|bankers?|spree|interviews?|conversations?|records?|book|booths?|companies|company|service|logs?)$/;

/** A subject pronoun with its verb contracted: "he’s", "they’re", "I’m". */
const CONTRACTED_PRONOUN = /^(?:he|she|it|they|we|i|you)['’](?:s|re|m|ll|d|ve)$/;

/** Endings of adjectives ("congressional", "strategic", "previous"); singular nouns so ending take -s verbs. */
const ADJECTIVE_ENDING = /^[a-z]+(?:al|ic|ive|ous|ful|ary|able|ible)$/;

/**
 * "Hizbullah Says It Will Not Disarm", "Erdogan Warns Damascus": a present-tense verb in a headline's
 * title case, between capitalised words. Read in a window around v, so a unit of many such words stays
 * linear.
 */
function isHeadlineVerb(tk: Tokens, v: number): boolean {
  const s = tk.surface[v] ?? "";
  // ("United States Citizenship and Immigration Services": a name's word.)
  if (tk.lower[v - 1] === "united") return false;
  if (
    !/^[A-Z][a-z]+s$/.test(s) ||
    !isCapitalized(tk.surface[v - 1] ?? "") ||
    !isCapitalized(tk.surface[v + 1] ?? "")
  )
    return false;
  // "Leaked Pentagon Reports Show …", "… Israeli Claims About …": nouns of what was said.
  if (
    (UTTERANCE_NOUNS.test(s.toLowerCase()) || /^(?:claims|statements|accounts)$/i.test(s)) &&
    HEADLINE_AFTER_NOUN.test(tk.surface[v + 1] ?? "")
  )
    return false;
  let words = 0;
  let capitalised = 0;
  for (let k = Math.max(0, v - 6); k < Math.min(tk.length, v + 7); k++) {
    const w = tk.surface[k] ?? "";
    if (w.length < 4 || !isWord(w)) continue;
    words++;
    if (isCapitalized(w)) capitalised++;
  }
  return words >= 4 && capitalised === words;
}

/** After a headline's noun ("Reports Show", "Claims About"): a verb of its own or a preposition. */
const HEADLINE_AFTER_NOUN =
  /^(?:Show|Shows|Say|Says|Suggest|Suggests|Reveal|Reveals|Find|Finds|Indicate|Indicates|Confirm|Confirms|About|On|Of|From|Over|Against)$/;

/**
 * Is the cue a progressive ("is defending", "was once again questioning the integrity of …"): a form of
 * "be" before it? Not questioning people ("police are questioning the suspects" interrogate them).
 */
function progressive(tk: Tokens, cue: CueGroup): boolean {
  if (cue.lemma === "question" && INTERROGATED.test(tk.lower[cue.end + 2] ?? "")) return false;
  for (let k = cue.start; k < cue.verb; k++)
    if (BE.has(tk.lower[k] ?? "") && tk.lower[k] !== "being") return true;
  return false;
}

/** People one questions by interrogating them. */
const INTERROGATED =
  /^(?:suspects?|detainees?|prisoners?|witnesses?|men|women|driver|crew|hamas|[a-z]+-year-old)$/;

/**
 * "pastors supporting Mr. Cruz", "Democrats backing Clinton", "a super PAC supporting Mrs. Clinton's
 * candidacy": a stance verb in -ing right after a plural noun or a name, with its object after it.
 */
function reducedStance(tk: Tokens, cue: CueGroup, res: AttributionResources): boolean {
  if (cue.form !== "ing" || !res.cues.frames.stance.has(cue.lemma) || cue.start !== cue.verb) return false;
  const prev = tk.surface[cue.verb - 1] ?? "";
  const noun =
    ((/^[a-z]{3,}s$/.test(prev) && !/(?:ss|us|is)$/.test(prev)) ||
      // A name, not a place ("ran commercials in New York criticizing Clinton" are Sanders's).
      (isCapitalized(prev) &&
        isWord(prev) &&
        !LOCATIVE_BEFORE.test(tk.lower[cue.verb - 2] ?? "") &&
        !LOCATIVE_BEFORE.test(tk.lower[cue.verb - 3] ?? ""))) &&
    // "a new Web ad accusing …", "videos showing …": a record's stance is its maker's (see recordSource).
    !RECORD_WORDS.test(prev.toLowerCase()) &&
    !UTTERANCE_NOUNS.test(prev.toLowerCase()) &&
    !isTimeWord(prev.toLowerCase()) &&
    // "spent millions of dollars attacking Trump": what was spent on the act is no one acting.
    !SPENT_AMOUNTS.test(prev.toLowerCase());
  const next = tk.surface[cue.end + 1] ?? "";
  return (
    noun &&
    (isCapitalized(next) || res.words.determiners.has(next.toLowerCase()) || POSSESSIVE_WORDS.test(next))
  );
}
const POSSESSIVE_WORDS = /^(?:his|her|its|their)$/i;
const SPENT_AMOUNTS =
  /^(?:dollars|euros|pounds|millions|billions|thousands|hundreds|years|months|weeks|days|hours|minutes|decades|resources|funds)$/;
const LOCATIVE_BEFORE = /^(?:in|at|from|to|near|across|throughout)$/;
const RECORD_WORDS =
  /^(?:ads?|adverts?|commercials?|spots?|videos?|films?|books?|articles?|documents?|banners?|signs?|posters?|web|campaigns?)$/;

/** "It seems …", "it appears that …": an expletive "it" right before the cue group. */
function expletiveIt(tk: Tokens, cue: CueGroup): boolean {
  return tk.lower[cue.outer - 1] === "it" && !isWord(tk.surface[cue.outer - 2] ?? "");
}

/**
 * The subject of what seems, when no speaker phrase is there: the words from the clause's start to the cue
 * ("His ability to do so seemed shaky"), a few and with no verb of their own.
 */
function impressionSubject(state: UnitState, cue: CueGroup, floor: number): Phrase | null {
  const { tk } = state;
  const start = afterDiscourseMarker(tk, floor, cue.outer);
  const end = cue.outer - 1;
  if (end < start || end - start > 10 || anyClaimed(state, start, end) || verbBetween(tk, start, cue.outer))
    return null;
  for (let k = start; k <= end; k++) if (!isWord(tk.surface[k] ?? "") && tk.surface[k] !== "-") return null;
  return { start, end, head: end, appositive: -1 };
}

/** Nouns of something said that one offers ("offered his condolences", "offered a blunt assessment"). */
const OFFERED_SAYING =
  /^(?:evaluation|assessment|words|thoughts|prayers|condolences|apology|apologies|praise|criticism|support|branch|defense|defence|explanation|view|views|take|advice|reassurance|reassurances|assurances?|guarantees?|promise|pledge|warning|congratulations|thanks|tribute|rebuttal|critique|response|answer|comment|comments|insight|glimpse|prediction|opinion)$/;

/** Does a noun of something said head the object within a few words after token `at`? */
function offeredWords(tk: Tokens, at: number): boolean {
  for (let k = at; k < tk.length && k - at <= 4; k++) {
    if (OFFERED_SAYING.test(tk.lower[k] ?? "")) return true;
    if (!isWord(tk.surface[k] ?? "")) return false;
  }
  return false;
}

/** Verbs whose passive with "as" or "for" is a view no one is named for ("is seen as", "is known for"). */
const HELD_AS = new Set(["see", "view", "know", "regard", "consider"]);

/** "Hamas is seen as …", "is widely regarded as …", "is best known for …": held, but by no one named. */
function passiveImpression(tk: Tokens, v: number, lemma: string, form: string): boolean {
  if (form !== "past" || !HELD_AS.has(lemma)) return false;
  const next = tk.lower[v + 1] ?? "";
  if (next !== "as" && !(lemma === "know" && next === "for")) return false;
  // "is viewed as a terrorist group by Israel": held by someone named, a passive with its agent.
  for (let j = v + 2; j < tk.length && j - v <= 12; j++) {
    const l = tk.lower[j] ?? "";
    if (l === "by") return false;
    if (l === "." || l === ";" || l === "," || l === ":") break;
  }
  let k = v - 1;
  while (
    k >= 0 &&
    /^(?:[a-z]{3,}ly|best|still|also|often|long|now|not|never|widely)$/.test(tk.lower[k] ?? "")
  )
    k--;
  return BE.has(tk.lower[k] ?? "");
}

/** Where the auxiliaries and adverbs before the verb at v begin ("has also repeatedly said"). */
function auxiliariesBefore(tk: Tokens, v: number, res: AttributionResources, expectation: boolean): number {
  let start = v;
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
    const w = tk.lower[k] ?? "";
    if (isAuxiliary(res, w) || isAdverb(res, tk, k) || (expectation && w === "not")) start = k;
    else break;
  }
  return start;
}

/** Verbs whose infinitive is their subject's own act ("tended to support", "continued to insist"). */
const CATENATIVES = new Set(
  "tend tends tended tending use used continue continues continued continuing begin begins began start starts started".split(
    " ",
  ),
);
/** Predicates before an infinitive whose subject is the speaker ("are more likely to say", "was quick to"). */
const READY_TO = new Set(["likely", "quick", "eager", "ready", "willing", "careful", "happy"]);
const TAKE = new Set(["take", "takes", "took", "taking"]);
const GO = new Set(["go", "goes", "went", "going"]);

/**
 * The first token of the verb phrase an infinitive cue at `to + 1` depends on, when that verb keeps its
 * subject the speaker: "went on to say", "tended to support", "are slightly more likely to say", "took to
 * Twitter to say". -1 when there is none ("refused to say" and "declined to comment" stay reports not made).
 */
function catenativeBefore(tk: Tokens, cueStart: number): number {
  const to = cueStart - 1;
  if (tk.lower[to] !== "to") return -1;
  const w = tk.lower[to - 1] ?? "";
  if (CATENATIVES.has(w)) return to - 1;
  if (w === "on" && GO.has(tk.lower[to - 2] ?? "")) return to - 2;
  if (READY_TO.has(w)) {
    let k = to - 2;
    // "are more likely to say" compares those polled; "is likely to endorse" is a forecast, no report.
    if (w === "likely" && !/^(?:more|less|most|least)$/.test(tk.lower[k] ?? "")) return -1;
    while (k >= 0 && /^(?:more|less|much|slightly|far|very|most|least)$/.test(tk.lower[k] ?? "")) k--;
    return BE.has(tk.lower[k] ?? "") ? k : -1;
  }
  // "took to Twitter to say", "took to the airwaves to": the medium between the two.
  for (let k = to - 1; k >= 0 && to - k <= 3; k--)
    if (tk.lower[k] === "to") return TAKE.has(tk.lower[k - 1] ?? "") ? k - 1 : -1;
  return -1;
}

/** Determiners of one thing, after which "DET adjective base-form" is a noun phrase ("a five-alarm call"). */
const SINGULAR_DETERMINERS = new Set(["a", "an", "his", "her", "its", "this", "my"]);

/** The cue group around a reporting verb at token v, or null when the token is no cue. */
function computeCueAt(tk: Tokens, v: number, res: AttributionResources): CueGroup | null {
  const l = tk.lower[v] ?? "";
  if (!res.cues.mayStartCue(l)) return null;
  const f = res.cues.forms.get(l);
  if (!f) return null;
  // A capitalised cue word inside a sentence is a name ("The Washington Post reported", "Egypt's Said
  // Hassan"), unless a headline writes every word so ("Hizbullah Says It Will Not Disarm").
  if (
    v > 0 &&
    isCapitalized(tk.surface[v] ?? "") &&
    !QUOTE_MARKS.has(tk.surface[v - 1] ?? "") &&
    !isHeadlineVerb(tk, v)
  )
    return null;
  // "the pledged delegates", "his stated aim": a participle after a determiner is an adjective.
  if (
    f.form === "past" &&
    v > 0 &&
    ADJECTIVE_DETERMINERS.has(tk.lower[v - 1] ?? "") &&
    /^[a-z]{3,}$/.test(tk.surface[v + 1] ?? "") &&
    !res.words.stopWords.has(tk.lower[v + 1] ?? "")
  )
    return null;
  // After a determiner, a possessive or a preposition, "states", "support", "emails" are nouns.
  if ((f.form === "base" || f.form === "s") && v > 0) {
    const prev = tk.lower[v - 1] ?? "";
    // "Many say", "Some believe", "One in five say": a quantifier standing alone is the subject of a verb
    // of saying or belief.
    const quantifierSubject =
      OPINION_LEMMAS.has(f.lemma) &&
      (tk.lower[v - 2] === "in" ||
        (QUANTIFIER_SPEAKERS.has(prev) &&
          (!isWord(tk.surface[v - 2] ?? "") ||
            /^(?:but|and|yet|so|while|though|although)$/.test(tk.lower[v - 2] ?? ""))));
    // "The video shows that …": a clause after it makes the word a verb ("video shows" are programmes).
    // ("The video shows an officer aiming a gun": after a determined record, an object makes it a verb.)
    const next = tk.lower[v + 1] ?? "";
    const clauseAfter =
      f.form === "s" &&
      RECORD_NOUNS.has(prev) &&
      (next === "that" ||
        (res.words.determiners.has(tk.lower[v - 2] ?? "") &&
          (res.words.determiners.has(next) ||
            res.words.pronouns.has(next) ||
            isCapitalized(tk.surface[v + 1] ?? ""))));
    if (
      (res.words.determiners.has(prev) && !quantifierSubject) ||
      (NOUN_CONTEXT.has(prev) && !clauseAfter) ||
      /['’]s?$/.test(prev)
    )
      return null;
    // "sources close to her campaign say she …": a preposition's object, then its subject's verb.
    // ("a real fear that …" stays a noun: only a possessive opens the object.)
    const objectThenVerb =
      OPINION_LEMMAS.has(f.lemma) &&
      ((/^(?:to|with|of|on|in|inside|within)$/.test(tk.lower[v - 3] ?? "") &&
        POSSESSIVE_PRONOUNS.has(tk.lower[v - 2] ?? "")) ||
        // "Officials seeking a truce say …": a participle's object; "Supporters who have heard from the
        // campaign say …": the end of a relative clause ("raising a genuine fear that" stays a noun).
        ((participleWithin(tk, v, 7) || relativeWithin(tk, v, 10)) && tk.lower[v + 1] !== "that")) &&
      (res.words.pronouns.has(tk.lower[v + 1] ?? "") ||
        res.words.determiners.has(tk.lower[v + 1] ?? "") ||
        tk.lower[v + 1] === "that" ||
        isCapitalized(tk.surface[v + 1] ?? ""));
    // "the original congressional report", "the RNC’s chief counsel": a base form after an adjective or a
    // role word has no subject there (a plural or a pronoun would stand before it), so it is a noun.
    if (
      f.form === "base" &&
      !isCapitalized(tk.surface[v - 1] ?? "") &&
      (ADJECTIVE_ENDING.test(prev) ||
        (res.words.roleWords.has(prev) && !/^(?:majority|minority|plurality)$/.test(prev))) &&
      // "those who are critical say": a predicate adjective ends its clause.
      !BE.has(tk.lower[v - 2] ?? "") &&
      !(BE.has(tk.lower[v - 3] ?? "") && /ly$/.test(tk.lower[v - 2] ?? "")) &&
      !quantifierSubject &&
      !isAuxiliary(res, prev) &&
      !isAdverb(res, tk, v - 1) &&
      !objectThenVerb
    )
      return null;
    // "his grand plan", "a five-alarm call": after a singular determiner and one lower-case word, a base
    // form is that word's noun ("their leaders call for" keeps its plural subject).
    if (
      f.form === "base" &&
      SINGULAR_DETERMINERS.has(tk.lower[v - 2] ?? "") &&
      /^[a-z][a-z-]*[^s]$/.test(tk.surface[v - 1] ?? "") &&
      // "Nearly a third say", "a majority say": a share of those polled speaks.
      !/^(?:third|quarter|half|fifth|tenth|majority|minority|plurality|handful|dozen|few|lot|number)$/.test(
        prev,
      ) &&
      !isAuxiliary(res, prev) &&
      !isAdverb(res, tk, v - 1) &&
      !objectThenVerb
    )
      return null;
  }
  // "A 2014 committee report found …", "his comments showed": a finite cue right after makes this a
  // noun, for the cue words that are also nouns of what was said ("The IDF says reports …" stays a verb).
  if ((f.form === "base" || f.form === "s") && v + 1 < tk.length && UTTERANCE_NOUNS.test(l)) {
    const following = res.cues.forms.get(tk.lower[v + 1] ?? "");
    if (
      following &&
      (following.form === "past" || following.form === "s") &&
      !isCapitalized(tk.surface[v + 1] ?? "")
    )
      return null;
    // "his numerous sexist remarks are …", "The derogatory comments had two goals": a verb of its own
    // after the plural makes it the subject.
    if (f.form === "s" && NOUN_SUBJECT_VERBS.test(tk.lower[v + 1] ?? "")) return null;
    // "Livingstone’s initial comments about Hitler", "his recent remarks on": an owner's possessive before
    // one or two describing words makes the plural a noun ("his aide says" keeps its role word).
    if (f.form === "s") {
      let o = v - 1;
      while (
        o >= v - 2 &&
        /^[a-z]+$/.test(tk.surface[o] ?? "") &&
        !POSSESSIVE_PRONOUNS.has(tk.lower[o] ?? "") &&
        !res.words.roleWords.has(tk.lower[o] ?? "")
      )
        o--;
      const owner = tk.surface[o] ?? "";
      if (
        o < v - 1 &&
        (POSSESSIVE_PRONOUNS.has(tk.lower[o] ?? "") || (/['’]s?$/.test(owner) && isCapitalized(owner)))
      )
        return null;
    }
  }
  // "phone lines", "phone banking", "the state-by-state roll call": the first word of a compound noun.
  if (f.lemma === "phone" && f.form !== "past" && PHONE_COMPOUNDS.test(tk.lower[v + 1] ?? "")) return null;
  if (f.lemma === "call" && f.form === "base" && tk.lower[v - 1] === "roll") return null;
  // "tried to argue that …", "attempted to portray …": an attempt reports only a speech act tried; the
  // cue runs to that verb ("tried to reach Cairo" reports nothing).
  let classes = f.classes;
  if (f.lemma === "try" || f.lemma === "attempt") {
    const tried = tk.lower[v + 1] === "to" ? res.cues.forms.get(tk.lower[v + 2] ?? "") : undefined;
    if (tried?.form !== "base" || !(tried.classes & SPEECH)) return null;
    classes = tried.classes;
  }
  // "a program called Sandy Hook Promise", "an app called “Crowdpac”": naming, not calling.
  if (f.lemma === "call" && f.form === "past" && isNamingCall(tk, v)) return null;
  if (f.lemma === "call" && isPhoneCall(tk, v)) return null;
  // "the Paris attacks in November", "48% support among women": a stance verb takes its object right
  // after it; a preposition, an auxiliary or punctuation there makes the word a noun.
  if ((f.form === "base" || f.form === "s") && res.cues.frames.stance.has(f.lemma)) {
    const next = tk.lower[v + 1] ?? "";
    if (NOT_AN_OBJECT.has(next) || NOUN_CONTEXT.has(next) || isAuxiliary(res, next)) return null;
  }
  // "is widely expected to", "is not expected to": an expectation no one is named for, negated or not.
  const expectation = f.lemma === "expect" && f.form === "past";
  let start = auxiliariesBefore(tk, v, res, expectation);
  if (f.form === "base") {
    const head = catenativeBefore(tk, start);
    if (head !== -1) start = auxiliariesBefore(tk, head, res, false);
  }
  const passiveExpectation = expectation && start < v && BE.has(tk.lower[start] ?? "");
  // Times and reflexives between the speaker and the cue ("Clinton on Tuesday said", "Cruz himself said")
  // are neither speaker nor cue.
  let outer = start;
  for (let k = start - 1; k >= 0 && start - k <= 5; k--) {
    const w = tk.lower[k] ?? "";
    // "All said": a quantifier that opens the clause is its subject.
    if ((w === "all" || w === "both") && (k === 0 || !isWord(tk.surface[k - 1] ?? ""))) break;
    if (
      res.words.temporal.has(w) ||
      LOCATIVES.has(w) ||
      isAuxiliary(res, w) ||
      isAdverb(res, tk, k) ||
      /^\d{1,2}$/.test(w) ||
      (/^(?:19|20)\d\d$/.test(w) && /^(?:in|since|by)$/.test(tk.lower[k - 1] ?? "")) ||
      // "Wells Fargo just this month announced": a time's determiner, and "just" before it.
      (/^(?:this|last|next|that|every|each|earlier|later)$/.test(w) &&
        res.words.temporal.has(tk.lower[k + 1] ?? "")) ||
      // "A Bloomberg poll in June showed": a month or a day after "in" or "on".
      (/^(?:in|on)$/.test(w) &&
        k + 1 < start &&
        (res.words.temporal.has(tk.lower[k + 1] ?? "") || /^(?:19|20)\d\d$/.test(tk.lower[k + 1] ?? ""))) ||
      (w === "just" && k < start - 1)
    )
      outer = k;
    else break;
  }
  const outermost = tk.lower[outer] ?? "";
  if (
    outer < start &&
    !res.words.temporal.has(outermost) &&
    !/^(?:19|20)\d\d$/.test(outermost) &&
    !LOCATIVES.has(outermost) &&
    !(/^(?:just|this|last|next|that|every|each|earlier|later|in|on)$/.test(outermost) && outer + 3 >= start)
  )
    outer = start;
  // Passive ("was declared the winner", "were criticized"): the subject is not the speaker. "Is seen as",
  // "is widely known for" stay, as impressions no one is named for (see passiveImpression).
  const held = passiveImpression(tk, v, f.lemma, f.form);
  // ("it's estimated", "that's been said": the contraction holds the "is".)
  const beAt = (i: number) =>
    BE.has(tk.lower[i] ?? "") || /^(?:it|that|there|this)['’]s$/.test(tk.lower[i] ?? "");
  if (f.form === "past" && v > 0 && beAt(v - 1) && !res.cues.frames.passiveReports.has(f.lemma) && !held)
    return null;
  if (
    f.form === "past" &&
    v > 1 &&
    beAt(v - 2) &&
    isAdverb(res, tk, v - 1) &&
    !res.cues.frames.passiveReports.has(f.lemma) &&
    !held
  ) {
    return null;
  }
  // "called off a deal", "backed down", "supported by": not reports; nor "called in to a show" (phoned in).
  const after = tk.lower[v + 1] ?? "";
  // ("said by telephone", "told by email": the medium, not a passive's agent.)
  if (
    NOT_A_REPORT_AFTER.has(after) ||
    (f.form === "past" && after === "by" && !BY_MEDIUM.test(tk.lower[v + 2] ?? ""))
  )
    return null;
  if (f.lemma === "call" && after === "in") return null;
  // "an envoy carrying Israeli demands, a party official told …": after a people's adjective inside a
  // phrase, a present form before a comma is a plural noun.
  if (
    f.form === "s" &&
    /^[,.;]$/.test(after) &&
    /^[A-Z][a-z]+(?:i|ian|ean|ese|ish|an)$/.test(tk.surface[v - 1] ?? "") &&
    /^[a-z]+$/.test(tk.surface[v - 2] ?? "")
  )
    return null;
  // "the most widely seen record": a participle graded by "most" is an adjective.
  if (
    f.form === "past" &&
    /^(?:most|more|less|least)$/.test(tk.lower[v - 2] ?? "") &&
    isAdverb(res, tk, v - 1)
  )
    return null;
  // "who asked not to be named", "speaking on condition of anonymity": a source's terms, not a report.
  if (
    (f.lemma === "ask" || f.lemma === "request" || f.lemma === "decline") &&
    ANONYMITY.test(tk.lower.slice(v + 1, v + 5).join(" "))
  ) {
    return null;
  }
  // "If Israel attacks Lebanon, …", "It is unlikely that Egypt will condemn …": a condition or a
  // likelihood, not a statement.
  if (isConditioned(tk, start)) return null;
  // "did not comment", "never said": a statement not made is no statement.
  for (let k = start; k < v && !passiveExpectation; k++)
    if (NEGATIONS.has(tk.lower[k] ?? "") || /n[’']t$/.test(tk.lower[k] ?? "")) return null;
  // "speaks to an audience", "talks in Beijing": these report only with their particle ("spoke about").
  // "talked openly on social media about", "talked to McConnell about": a few words may come between.
  let particleAt = -1;
  if (res.cues.frames.particleRequired.has(f.lemma)) {
    const own = res.cues.frames.particles.get(f.lemma);
    for (let j = v + 1; j < tk.length && j - v <= 5; j++) {
      // ("spoke of the need", "spoke favorably of"; not "spoke on the condition of anonymity".)
      const far = tk.lower[j] === "of" && j > v + 1 && !/^[a-z]+ly$/.test(tk.lower[j - 1] ?? "");
      // ("The reforms the minister spoke of last year never happened": a stranded "of" ends a relative clause.)
      const stranded =
        tk.lower[j] === "of" &&
        (res.words.temporal.has(tk.lower[j + 1] ?? "") ||
          isAuxiliary(res, tk.lower[j + 1] ?? "") ||
          /^(?:in|at|with|during|on|to|for|after|before|last|this)$/.test(tk.lower[j + 1] ?? "") ||
          !isWord(tk.surface[j + 1] ?? ""));
      if (own?.has(tk.lower[j] ?? "") && !far && !stranded) {
        particleAt = j;
        break;
      }
      if (!isWord(tk.surface[j] ?? "") || res.isCue(tk.lower[j] ?? "")) break;
      // "made it (very) clear", not "made a clear mistake": only "it" and adverbs before "clear".
      if (
        f.lemma === "make" &&
        !/^(?:it|very|so|quite|abundantly|perfectly|crystal|[a-z]+ly)$/.test(tk.lower[j] ?? "")
      )
        break;
    }
    if (particleAt === -1) return null;
    // "made clear his opposition": what was made clear follows; "made clear mistakes" is no report.
    if (
      f.lemma === "make" &&
      !/^(?:that|to|:|,|his|her|their|its|the)$/.test(tk.lower[particleAt + 1] ?? "") &&
      !QUOTE_MARKS.has(tk.surface[particleAt + 1] ?? "")
    )
      return null;
  }
  let end = particleAt > v + 1 ? particleAt : v;
  if (f.lemma === "try" || f.lemma === "attempt") end = v + 2;
  // "is seen as", "is known for": the preposition is the cue's.
  if (held) end = v + 1;
  const particles = res.cues.frames.particles.get(f.lemma);
  if (
    particles?.has(after) ||
    ((after === "about" || after === "of" || after === "against") && f.lemma !== "say")
  )
    end = v + 1;
  else if (f.lemma === "express" || f.lemma === "voice") {
    // "expressed concern", "voiced support for"
    if (isWord(tk.surface[v + 1] ?? "") && !res.words.determiners.has(tk.lower[v + 1] ?? "")) end = v + 1;
    if (EXPRESS_PREPOSITIONS.has(tk.lower[end + 1] ?? "") && end > v) end++;
  }
  // "said in a statement": the medium, named right after the verb, is part of the cue (as PolNeAR marks it
  // two times in three; "in an interview" it leaves out three times in four).
  if (
    end === v &&
    f.classes & SPEECH &&
    tk.lower[v + 1] === "in" &&
    tk.lower[v + 2] === "a" &&
    tk.lower[v + 3] === "statement"
  )
    end = v + 3;
  // "was quoted as saying", "is quoted saying": the saying is the cue's.
  if (f.lemma === "quote" && f.form === "past") {
    const j = tk.lower[v + 1] === "as" ? v + 2 : v + 1;
    if (/^(?:saying|telling)$/.test(tk.lower[j] ?? "")) end = j;
  }
  return {
    start,
    outer,
    verb: v,
    end,
    classes,
    form: f.form,
    lemma: f.lemma,
    needsClause: f.needsClause,
  };
}

/** A finite verb of saying at k, after auxiliaries, adverbs or a day ("have also said", "on Monday said"). */
function mainVerbOfSayingAt(tk: Tokens, k: number, res: AttributionResources): boolean {
  for (let j = k; j < tk.length && j - k <= 4; j++) {
    const l = tk.lower[j] ?? "";
    if (
      /^(?:said|says|say|told|tells|tell|warned|warns|warn|claimed|claims|claim|added|argued|insisted)$/.test(
        tk.surface[j] ?? "",
      )
    )
      return true;
    if (!(isAuxiliary(res, l) || /ly$/.test(l) || l === "also" || l === "on" || res.words.temporal.has(l)))
      return false;
  }
  return false;
}

/** Is there a "who" or "that" less than `reach` tokens before v, with no punctuation between? */
function relativeWithin(tk: Tokens, v: number, reach: number): boolean {
  for (let k = v - 2; k >= 0 && v - k < reach; k--) {
    const l = tk.lower[k] ?? "";
    if (l === "who") return true;
    if (!isWordToken(tk, k)) return false;
  }
  return false;
}

/** Determiners and possessives after which a participle modifies a noun ("the pledged delegates"). */
const ADJECTIVE_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "its",
  "their",
  "our",
  "my",
  "your",
  "whose",
]);

/** The cue group at token v of a unit, computed once per token. */
function cueAt(state: UnitState, v: number, res: AttributionResources): CueGroup | null {
  if (v < 0 || v >= state.tk.length) return null;
  let c = state.cues[v];
  if (c === undefined) {
    c = computeCueAt(state.tk, v, res);
    state.cues[v] = c;
  }
  return c;
}

function phraseCueAt(tk: Tokens, i: number, res: AttributionResources): CueGroup | null {
  const first = tk.lower[i] ?? "";
  if (!res.cues.mayStartCue(first) || !res.cues.phraseStarts.has(first)) return null;
  for (const p of res.cues.phrases) {
    let ok = true;
    for (let k = 0; k < p.words.length; k++) {
      if (tk.lower[i + k] !== p.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok)
      return {
        start: i,
        outer: i,
        verb: i,
        end: i + p.words.length - 1,
        classes: SPEECH,
        form: "phrase",
        lemma: p.words.join(" "),
        needsClause: false,
      };
  }
  return null;
}

function phraseSpan(tk: Tokens, p: Phrase): Span {
  return span(tk, p.start, p.end);
}

/** The part of a speaker phrase that names the speaker: up to its head, without appositive or party label. */
function headSpan(tk: Tokens, p: Phrase): Span {
  return span(tk, p.start, Math.max(p.start, Math.min(p.head, p.end)));
}

function isPronoun(tk: Tokens, p: Phrase, res: AttributionResources): boolean {
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

function claim(state: UnitState, from: number, to: number): void {
  for (let i = Math.max(0, from); i <= to && i < state.tk.length; i++) state.claimed[i] = 1;
}

function claimQuote(state: UnitState, k: number): void {
  for (let i = 0; i < state.tk.length; i++) if (state.quoteOf[i] === k) state.claimed[i] = 1;
}

function anyClaimed(state: UnitState, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < state.tk.length; i++) if (state.claimed[i]) return true;
  return false;
}

/** The draft for a direct statement whose content is quotation k, if a cue is attached to it. */
/**
 * A quotation that opened in an earlier paragraph and closes in this unit, with its attribution right
 * after the closing mark ("“We have been preparing …⏎⏎“If the enemy wants war …,” Nasrallah said.").
 */
function attachClosingQuote(
  state: UnitState,
  k: number,
  quote: Quote,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  if (!quote.closed || quote.spans.length < 2 || quote.end > state.unit[1] || quote.end <= state.unit[0])
    return null;
  const closeTok = tokenAt(state.tk, quote.end - 1);
  if (closeTok === -1) return null;
  const m = matchTrailingAttribution(state, closeTok + 1, res, announces(state, quote, res));
  if (!m) return null;
  used[k] = 1;
  claimQuote(state, k);
  claim(state, m.from, m.to);
  return draftFrom(state, m.speaker, m.cue, [...quote.spans], "direct", 0.85, res);
}

function attachQuote(
  state: UnitState,
  k: number,
  quote: Quote,
  quotes: readonly Quote[],
  used: Uint8Array,
  res: AttributionResources,
  prevUnit: UnitState | null,
): StatementDraft | null {
  const { tk } = state;
  const openTok = tokenAt(tk, quote.open);
  if (openTok === -1) return null;
  let closeTok = quote.closed && quote.end <= state.unit[1] ? tokenAt(tk, quote.end - 1) : -1;
  if (closeTok === -1) closeTok = lastTokenOfQuote(state, k);
  // "X said: “…”" binds the quotation to the cue before it, unless the quotation ends in the comma that
  // announces its own attribution ("Murphy lamented the tasks: “There's a ton of work,” he said.").
  const colonBefore = tk.surface[openTok - 1] === ":" && !/,\s*$/.test(quoteText(state.text, quote));
  // Cue after the quotation: “…,” said X. / “…,” X said. / “…” X told reporters.
  const after = closeTok + 1;
  if (quote.spans.length === 1 && after < tk.length && !colonBefore) {
    const m = matchTrailingAttribution(state, after, res, announces(state, quote, res));
    if (m) {
      used[k] = 1;
      claimQuote(state, k);
      claim(state, m.from, m.to);
      // 'Teachers who … are “very, very pro-Bernie,” Kilfoyle said': the writer's words before the
      // quotation belong to what is reported, which is then mixed speech.
      const lead = floorOf(state, openTok);
      if (lead < openTok && !anyClaimed(state, lead, openTok - 1) && hasWords(tk, lead, openTok)) {
        claim(state, lead, openTok - 1);
        // Mixed content keeps both marks of the quotation it holds, as a that-clause with quoted words does.
        const mixed: Span = [tk.starts[lead] as number, quote.end];
        const d = draftFrom(state, m.speaker, m.cue, [mixed], "mixed", 0.85, res);
        joinFollowingQuote(state, m.to + 1, quotes, used, d, res);
        return d;
      }
      const d = draftFrom(state, m.speaker, m.cue, [...quote.spans], "direct", 0.9, res);
      joinFollowingQuote(state, m.to + 1, quotes, used, d, res);
      return d;
    }
  }
  // "Reactions:⏎“The war has taken everything.” ― Rania Haddad": a name signs the quotation after it.
  if (signedAfter(state.text, quote.end)) return null;
  // Cue before the quotation: X said: “…” / X said, “…” / He wrote on Twitter: “…”
  const before = matchLeadingAttribution(state, openTok, res);
  if (before) {
    used[k] = 1;
    claimQuote(state, k);
    claim(state, before.from, before.to);
    return draftFrom(state, before.speaker, before.cue, [...quote.spans], "direct", 0.85, res);
  }
  // "He wrote:" ending the previous paragraph's last unit, the quotation opening this one.
  if (openTok === 0 && prevUnit) {
    const pt = prevUnit.tk;
    if (pt.surface[pt.length - 1] === ":") {
      const m = matchLeadingAttribution(prevUnit, pt.length, res);
      if (m) {
        used[k] = 1;
        claimQuote(state, k);
        claim(prevUnit, m.from, m.to);
        return draftFrom(prevUnit, m.speaker, m.cue, [...quote.spans], "direct", 0.8, res);
      }
    }
  }
  return null;
}

function lastTokenOfQuote(state: UnitState, k: number): number {
  let last = -1;
  for (let i = 0; i < state.quoteOf.length; i++) if (state.quoteOf[i] === k) last = i;
  return last;
}

interface Match {
  speaker: Phrase | null;
  cue: CueGroup;
  /** Token range the attribution occupies (speaker and cue); empty when they also report a clause after. */
  from: number;
  to: number;
}

/**
 * Does the quotation end in the comma that hands it to a speaker (“We never doubted it,” she said …), and
 * is it long enough to be said rather than named? Then what follows its cue is the cue's setting ("said
 * several months later", "told some of the fighters"), not a second thing said.
 */
function announces(state: UnitState, quote: Quote, res: AttributionResources): boolean {
  const { text, tk } = state;
  if (!quote.closed || wordCount(text, quote.spans, 3) < 3) return false;
  // “On this week’s “Fox News Sunday,” the senator said he …”: a title, named after a preposition.
  const open = tokenAt(tk, quote.open);
  if (open > 0 && res.words.stopWords.has(tk.lower[open - 1] ?? "")) return false;
  // “… on CBS’s “Face the Nation,” …”, “the anthem “A Change Is Gonna Come,” she …”: titles.
  if (isTitleLike(text.slice(quote.open, quote.end))) return false;
  return /,\s*$/.test(quoteText(text, quote)) || /^\s*,/.test(text.slice(quote.end, quote.end + 2));
}

/** Words in title case, as a show, song or book is named: “Face the Nation,”, “A Change Is Gonna Come,”. */
function isTitleLike(quoted: string): boolean {
  if (quoted.length > 120) return false;
  const words = quoted.match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length > 7) return false;
  return words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w));
}

/** After a closing mark: [,] cue speaker | speaker cue, then the end of the clause. */
function matchTrailingAttribution(
  state: UnitState,
  after: number,
  res: AttributionResources,
  announced: boolean,
): Match | null {
  const { tk } = state;
  let i = after;
  if (tk.surface[i] === ",") i++;
  if (i >= tk.length || state.quoteOf[i] !== -1) return null;
  const limit = clauseLimit(state, i);
  // cue first: “…,” said X.
  const c1 = cueAt(state, i, res) ?? (isAuxiliary(res, tk.lower[i] ?? "") ? cueAt(state, i + 1, res) : null);
  if (c1 && c1.start === i && c1.form !== "ing") {
    const sp = speakerRightOf(tk, c1.end + 1, limit, res.words, sentenceLimit(state, c1.end + 1), res.isCue);
    if (sp && (endsClause(tk, sp.end + 1, limit) || sp.appositive !== -1))
      return { speaker: sp, cue: c1, from: i, to: sp.end };
    // “…,” wrote Cameron Easley for Morning Consult.: the outlet after the name, not the speaker's.
    const outlet = sp ? outletEnd(tk, sp.end + 1, limit) : -1;
    if (sp && outlet !== -1) return { speaker: sp, cue: c1, from: i, to: outlet };
  }
  // speaker first: “…,” X said. / “…” he told reporters.
  for (let j = i; j < limit && j - i < 30; j++) {
    const c = cueAt(state, j, res);
    if (!c || c.form === "ing" || c.outer <= i) continue;
    let sp = speakerLeftOf(tk, c.outer, i, res.words, res.isCue);
    // “…,” another friend, Mariam Emara told CNN: a description, then the name.
    if (sp && sp.start !== i && tk.surface[sp.start - 1] === ",") {
      const described = phraseEndingAt(tk, sp.start - 2, i, res.words, res.isCue);
      if (described && described.start === i) sp = { ...sp, start: i };
    }
    // A cue inside a relative clause ("Cruz, who has proposed …, said") is not the attribution's.
    if (!sp || sp.start !== i || /^(?:who|which)$/.test(tk.lower[sp.end] ?? "")) continue;
    // “Hannity,” Newt Gingrich said if …: a cue with a complement of its own reports that, not the quotation.
    if (!attributionEndsAt(state, c, limit, res, announced)) {
      // “We are ready for a deal,” Haniya said Israel must first stop the war: the quotation is his too;
      // the speaker and cue stay free for the clause the cue reports.
      return announced ? { speaker: sp, cue: c, from: i, to: i - 1 } : null;
    }
    return { speaker: sp, cue: c, from: i, to: tailEnd(tk, c.end + 1, limit, res) };
  }
  return null;
}

/** After a cue that attributes the quotation before it, only its setting may follow: "said.", "said on
 * Tuesday.", "told CNN.", "said in an interview, adding …". */
function attributionEndsAt(
  state: UnitState,
  cue: CueGroup,
  limit: number,
  res: AttributionResources,
  announced: boolean,
): boolean {
  const { tk } = state;
  let k = cue.end + 1;
  if (res.cues.frames.addressee.has(cue.lemma)) {
    const addressee = speakerRightOf(tk, k, limit, res.words);
    if (addressee) k = addressee.end + 1;
  }
  if (k >= limit) return true;
  const l = tk.lower[k] ?? "";
  if (res.words.temporal.has(l) || AFTER_SPEAKER.has(l)) return true;
  // A complement opens here: "said that …", "said if …", "said he …", "said the …", "said Obama …".
  if (l === "that" || l === "if" || l === "whether") return false;
  // “We are ready for a deal,” Haniya said Israel must first stop the war: a clause of its own still
  // reports; the setting ("several months after the truce", "some of the fighters") has no verb.
  if (announced && !finiteVerbWithin(tk, k, limit)) return true;
  if (res.words.pronouns.has(bareWord(l)) || res.words.determiners.has(l)) return false;
  return !isCapitalized(tk.surface[k] ?? "");
}

/** An auxiliary, a modal or a past tense among the tokens [from, to)? */
/** A form of "be", "have" or "do", or a modal: a finite verb group starts here. */
function isFiniteAuxiliary(l: string): boolean {
  return BE.has(l) || MODALS.has(l) || /^(?:has|have|had|did|does|do)$/.test(l);
}

function finiteVerbWithin(tk: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to && k - from < 20; k++) {
    const l = tk.lower[k] ?? "";
    if (l === "," || l === ";" || l === ".") return false;
    if (isFiniteAuxiliary(l)) return true;
    if (/^[a-z]{3,}ed$/.test(tk.surface[k] ?? "")) return true;
  }
  return false;
}

/**
 * "Clinton seemed irritated", "the fallout appears significant", "seemed so stark": what someone seems,
 * an adjective or a participle after the verb (adverbs in -ly skipped); not where or when they appeared
 * ("appeared in court", "appeared briefly on television", "seemed the best fit").
 */
function predicateAfter(tk: Tokens, at: number, res: AttributionResources): boolean {
  let k = at;
  while (
    /^[a-z]{3,}ly$/.test(tk.lower[k] ?? "") ||
    /^(?:so|very|more|less|most|quite|rather|too)$/.test(tk.lower[k] ?? "")
  )
    k++;
  const l = tk.lower[k] ?? "";
  return (
    isWordToken(tk, k) &&
    !isCapitalized(tk.surface[k] ?? "") &&
    !PREPOSITION.test(l) &&
    !res.words.determiners.has(l) &&
    !res.words.pronouns.has(l) &&
    !res.words.temporal.has(l) &&
    !/^(?:to|that|and|or|but|if|when|while|because|there|here|not|never)$/.test(l) &&
    // "appear elsewhere as …", "appeared together": where or with whom, not what they seem.
    !/^(?:elsewhere|together|alone|alongside|online|onstage|abroad|again|once|twice|briefly)$/.test(l)
  );
}

const PREPOSITION = /^(?:of|for|in|on|at|with|by|from|about|into|over|against|as|like)$/;

/**
 * "Economists believe this provides an incentive", "thinks the plan is dead": a thought verb's bare clause,
 * a subject and its finite verb before any comma, not a thing believed ("believe the reports", "believe in
 * God") nor one a relative clause or a participle describes ("feel the pressure that has built", "found the
 * bodies of six hostages killed by Hamas", "considers the sanctions imposed by Washington illegal").
 */
function clauseFollows(tk: Tokens, at: number, res: AttributionResources): boolean {
  const next = tk.lower[at] ?? "";
  // ("think this will help": "this" opens a time only before one, as in "this week".)
  const time = res.words.temporal.has(next) && (next !== "this" || isTimeWord(tk.lower[at + 1] ?? ""));
  if (!isWordToken(tk, at) || PREPOSITION.test(next) || time) return false;
  for (let k = at + 1; k < tk.length && k - at < 10; k++) {
    const l = tk.lower[k] ?? "";
    // "believes his efforts to slow global warming will be …": an infinitive on the subject's noun.
    if (l === "to" && k - at >= 2 && tk.lower[k - 1] !== "ought" && isWordToken(tk, k + 1)) continue;
    if (l === "who" || l === "which" || l === "that" || l === "to" || !isWordToken(tk, k)) return false;
    const participle = l.endsWith("ed") && PREPOSITION.test(tk.lower[k + 1] ?? "");
    // "Officials who heard the plan to expand settlements said …": the sentence's own verb of saying.
    if (((res.cues.forms.get(l)?.classes ?? 0) & SPEECH) !== 0 && !isFiniteAuxiliary(l)) return false;
    if (!participle && (finiteVerbWithin(tk, k, k + 1) || presentVerbAt(tk, k, res))) return true;
  }
  return false;
}

/**
 * A present tense in -s after its subject ("believe the tax provides an incentive", "think this helps
 * Hamas"): a word in -s before what opens an object (a determiner, a name, a number, "to"); a plural
 * noun goes on with its own verb ("the plan to expand settlements said", "their ratings fall").
 */
function presentVerbAt(tk: Tokens, k: number, res: AttributionResources): boolean {
  const sf = tk.surface[k] ?? "";
  if (!/^[a-z]{3,}s$/.test(sf) || /(?:ss|us|is|ics)$/.test(sf)) return false;
  const next = tk.lower[k + 1] ?? "";
  return (
    res.words.determiners.has(next) ||
    /^(?:to|that|no|his|her|their|its|our|my|your|them|him|us|me)$/.test(next) ||
    /^\d/.test(next) ||
    isCapitalized(tk.surface[k + 1] ?? "")
  );
}

/** Token index where the sentence that holds token i ends (quotations inside it do not end it). */
function sentenceLimit(state: UnitState, i: number): number {
  const { tk } = state;
  for (let k = i; k < tk.length; k++) {
    const s = tk.surface[k] ?? "";
    if ((s === "." && !isAbbreviationPeriod(tk, k)) || s === ";" || s === "?" || s === "!") return k;
  }
  return tk.length;
}

/** Token index where the clause that starts at i ends: a quotation, sentence punctuation or the unit end. */
function clauseLimit(state: UnitState, i: number): number {
  const { tk } = state;
  for (let k = i; k < tk.length; k++) {
    if (state.quoteOf[k] !== -1) return k;
    const s = tk.surface[k] ?? "";
    if ((s === "." && !isAbbreviationPeriod(tk, k)) || s === ";" || s === "?" || s === "!" || s === ":")
      return k;
  }
  return tk.length;
}

/** Words that may follow an inverted speaker ("said X on Tuesday", "said X, who …"). */
const AFTER_SPEAKER = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "when",
  "while",
  "last",
  "this",
  "told",
  "to",
  "of",
  "about",
  "yesterday",
  "today",
  "who",
]);

/**
 * The last token of "for Morning Consult", "of The Atlantic", "at CNN" starting at i and closing the
 * clause, or -1.
 */
function outletEnd(tk: Tokens, i: number, limit: number): number {
  if (!/^(?:for|of|at|with)$/.test(tk.lower[i] ?? "") || !isCapitalized(tk.surface[i + 1] ?? "")) return -1;
  let k = i + 1;
  while (
    k < limit &&
    k - i <= 6 &&
    (isCapitalized(tk.surface[k] ?? "") || /^(?:of|the|&|['’]s)$/.test(tk.surface[k] ?? ""))
  )
    k++;
  return endsClause(tk, k, limit) ? k - 1 : -1;
}

function endsClause(tk: Tokens, i: number, limit: number): boolean {
  if (i >= limit) return true;
  const s = tk.surface[i] ?? "";
  if (s === "," || s === "." || s === ";") return true;
  return AFTER_SPEAKER.has(tk.lower[i] ?? "");
}

/** The attribution tail after the cue ("told reporters", "in a statement") up to the clause end. */
/** "before asking", "after saying": a later act of speech by the same speaker opens at k. */
function laterSpeechAct(tk: Tokens, k: number, res: AttributionResources): boolean {
  return (
    /^(?:before|after|then|while)$/.test(tk.lower[k] ?? "") &&
    /^[a-z]{3,}ing$/.test(tk.surface[k + 1] ?? "") &&
    ((res.cues.forms.get(tk.lower[k + 1] ?? "")?.classes ?? 0) & SPEECH) !== 0
  );
}

function tailEnd(tk: Tokens, from: number, limit: number, res: AttributionResources): number {
  let k = from;
  // ("sings to Clinton before asking her, “…”": the later act is no part of the tail.)
  while (k < limit && tk.surface[k] !== "," && !laterSpeechAct(tk, k, res)) k++;
  return k - 1 >= from ? Math.min(k - 1, from + 8) : from - 1;
}

/** Before an opening mark: speaker cue [tail] [:|,] “ */
function matchLeadingAttribution(state: UnitState, openTok: number, res: AttributionResources): Match | null {
  const { tk } = state;
  let j = openTok - 1;
  if (j < 0) return null;
  // Without a colon or comma the cue must touch the mark ("said “…”"); otherwise the words between are
  // its setting ("said in a statement:", "told reporters,"), and a quotation further on is a scare quote.
  const punctuated = tk.surface[j] === ":" || tk.surface[j] === ",";
  if (punctuated) j--;
  for (let c = j; c >= 0 && j - c <= (punctuated ? 7 : 0); c--) {
    const s = tk.surface[c] ?? "";
    // "Pollsters agree - Carl Bialik: “…”": a digest's source after a dash, not the cue before it.
    if (tk.surface[j + 1] === ":" && dashEndingAt(tk, c) !== -1) break;
    if (CLAUSE_STOP.has(s) || QUOTE_MARKS.has(s) || s === "." || state.quoteOf[c] !== -1) return null;
    const l = tk.lower[c] ?? "";
    // "said that “…”" is mixed speech, left to the cue pass.
    if (l === "that" || l === "whether" || l === "if") return null;
    const cue = cueAt(state, c, res) ?? phraseCueAt(tk, c, res);
    if (!cue || cue.form === "phrase") continue;
    // "would continue “as long as …”": only a plain reporting verb takes a quotation without a colon or comma,
    // and only a quotation that ends the clause: 'Bush said "local forces" must lead the way' is mixed speech.
    if (!punctuated && (cue.needsClause || !(cue.classes & SPEECH))) return null;
    if (!punctuated && !quoteEndsClause(state, openTok) && !namedByWhat(tk, cue)) return null;
    if (anyClaimed(state, cue.start, j)) return null;
    const speaker = speakerOfCue(state, cue, res);
    if (!speaker && cue.classes & SPEECH && cue.start > 0) return null;
    // A subject found further back ("he supported Obama … and said, “…”") keeps the words in between free.
    const adjacent = speaker !== null && speaker.end >= cue.outer - 1;
    return { speaker, cue, from: adjacent && speaker ? speaker.start : cue.start, to: j };
  }
  // "Trump on Twitter: “…”", "Hamas spokesman Hazem Qassem: “…”": a speaker and a colon, the colon as cue.
  if (tk.surface[openTok - 1] === ":") return colonAttribution(state, openTok - 1, res);
  return null;
}

function hasWords(tk: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWord(tk.surface[k] ?? "")) return true;
  return false;
}

/**
 * "what multiple lawmakers called “fraud” lead Sens. …": a name given in a "what" clause is the
 * quotation alone, whatever follows it.
 */
function namedByWhat(tk: Tokens, cue: CueGroup): boolean {
  if (!/^(?:call|dub|term|label|describe)$/.test(cue.lemma)) return false;
  for (let k = cue.start - 1; k >= 0 && cue.start - k <= 5; k--) {
    if (tk.lower[k] === "what") return true;
    if (!isWord(tk.surface[k] ?? "")) return false;
  }
  return false;
}

/** After a quotation's comma, how the writer's own clause opens ("…,” but he has also …", "but the two sides"). */
const BUT_CLAUSE_OPENERS =
  /^(?:he|she|they|we|it|the|his|her|their|its|this|these|those|in|after|when|while|there)$/;

/** Irregular past tenses that make a content a clause ("Hamas gave its answer … but has not heard"). */
const IRREGULAR_PASTS =
  /^(?:gave|took|made|said|told|held|found|kept|left|went|came|saw|knew|thought|got|won|lost|ran|stood|began|became|brought|bought|sent|set|put|fell|felt|met|paid|spent|struck)$/;

/**
 * Is the content from `from` to k a clause with a finite verb of its own ("the emails were not
 * classified", "Hamas wants a ceasefire", "the proposal falls short", "Israel needed more time")?
 */
function clausalContent(tk: Tokens, from: number, k: number): boolean {
  if (tk.lower[from] === "that") return true;
  for (let j = from; j < k; j++) {
    const l = tk.lower[j] ?? "";
    const sf = tk.surface[j] ?? "";
    if (isFiniteAuxiliary(l) || /^(?:he|she|they|we|i|it)$/.test(l) || /^[a-z]{3,}ed$/.test(sf)) return true;
    if (IRREGULAR_PASTS.test(sf)) return true;
    // A present tense after its subject: a name ("Hamas wants") or a determiner's noun ("the PA stands").
    if (
      /^[a-z]{3,}s$/.test(sf) &&
      j > from &&
      (isCapitalized(tk.surface[j - 1] ?? "") ||
        /^(?:the|a|an|its|his|her|their)$/.test(tk.lower[j - 2] ?? ""))
    )
      return true;
  }
  return false;
}

/**
 * Does the "but" at k end the content that began at `from`? "chastised Clinton for use of the server but
 * did not recommend prosecution": a "but" with the subject's next verb group after an object;
 * "“jobs, jobs, jobs,” but he has also intensified …": the writer's contrast after a quotation that
 * closes with its comma.
 */
function butEndsContent(tk: Tokens, from: number, k: number): boolean {
  const next = tk.lower[k + 1] ?? "";
  if (/^(?:has|have|had|did|does|do|was|were|is|are|also|could|would|will|can|then|later)$/.test(next)) {
    if (tk.surface[k - 1] === "," || /^(?:not|only)$/.test(tk.lower[k - 1] ?? "")) return false;
    // Only after an object ("chastised Clinton for …", "urged Israel to protect civilians but did not
    // threaten …"): a clause's "but" goes on with the clause's own subject ("the emails were not
    // classified but would take longer", "Hamas wants a ceasefire but could accept …").
    return !clausalContent(tk, from, k);
  }
  // After the quotation's comma, the writer's clause ends it ("…,” but the two sides remain far apart",
  // "…,” but he has also …"); an adjective goes on ("were “difficult,” but productive").
  return (
    QUOTE_MARKS.has(tk.surface[k - 1] ?? "") &&
    tk.surface[k - 2] === "," &&
    (BUT_CLAUSE_OPENERS.test(next) ||
      isCapitalized(tk.surface[k + 1] ?? "") ||
      // "…,” but stopped short of calling …": the subject's next verb.
      /^[a-z]{3,}ed$/.test(tk.surface[k + 1] ?? "") ||
      /^(?:did|didn't|didn’t|has|had|would|could|also|then|later)$/.test(next))
  );
}

/** "chanted “What curfew?” and kept going": the subject's next verb, after a quotation and "and". */
const NEXT_VERB_AFTER_AND = /^(?:[a-z]{3,}ed|kept|went|made|took|left|ran|held|began|gave|got)$/;
/** Words that open a verb's object or complement rather than go on with a noun phrase. */
const VERB_OBJECT_OPENERS =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|him|them|it|us|me|no|one|two|to|on|in|at|for|with|about|from|into|up|out|over|against|by|as)$/;

/**
 * A past tense ("boycotted", "took") or a perfect ("has gone", "had invited") at k: a verb group of its
 * own. A word in -ed before a bare noun is an adjective ("the heat and unsettled weather could last").
 */
function secondPredicateAt(tk: Tokens, k: number): boolean {
  const sf = tk.surface[k] ?? "";
  if (IRREGULAR_PASTS.test(sf)) return true;
  if (NEXT_VERB_AFTER_AND.test(sf)) {
    const next = tk.surface[k + 1] ?? "";
    return !/^[a-z]/.test(next) || VERB_OBJECT_OPENERS.test(next);
  }
  return (
    /^(?:has|have|had)$/.test(sf) &&
    (/^(?:[a-z]{2,}(?:ed|en)|gone|done|been|had|led|fought)$/.test(tk.surface[k + 1] ?? "") ||
      IRREGULAR_PASTS.test(tk.surface[k + 1] ?? ""))
  );
}

function quoteEndsClause(state: UnitState, openTok: number): boolean {
  const { tk } = state;
  const q = state.quoteOf[openTok] as number;
  let k = openTok;
  while (k < tk.length && state.quoteOf[k] === q) k++;
  if (k >= tk.length) return true;
  const s = tk.surface[k] ?? "";
  return s === "." || s === "," || s === ";" || s === ":" || s === "?" || s === "!" || s === ")" || s === "—";
}

function colonAttribution(state: UnitState, colon: number, res: AttributionResources): Match | null {
  const { tk } = state;
  const floor = floorOf(state, colon);
  let end = colon - 1;
  // "Trump on Twitter:", "Qassem in a statement:": a short setting after the name.
  for (let k = colon - 1; k > floor && colon - k <= 4; k--) {
    if (["on", "in", "to", "at"].includes(tk.lower[k] ?? "")) {
      end = k - 1;
      break;
    }
  }
  const speaker = phraseEndingAt(tk, end, floor, res.words, res.isCue);
  if (!speaker || anyClaimed(state, speaker.start, colon)) return null;
  // The speaker opens the clause, or follows a digest's dash ("… - Carl Bialik:", "… - More from Jones:").
  let before = speaker.start - 1;
  if (tk.lower[before] === "from") before -= tk.lower[before - 1] === "more" ? 2 : 1;
  if (speaker.start !== floor && (before < 0 || dashEndingAt(tk, before) === -1)) return null;
  const cue: CueGroup = {
    start: colon,
    outer: colon,
    verb: colon,
    end: colon,
    classes: SPEECH,
    form: "phrase",
    lemma: ":",
    needsClause: false,
  };
  return { speaker, cue, from: speaker.start, to: colon };
}

/**
 * The speaker of a cue: the phrase before it; for "…, saying" and "… and said" (no phrase right before
 * the cue), the subject of the clause.
 */
function speakerOfCue(state: UnitState, cue: CueGroup, res: AttributionResources): Phrase | null {
  const speaker = clauseSpeakerOfCue(state, cue, res);
  // ("footage of Al-Shifa Hospital showing a tunnel": what the footage shows is the footage's.)
  return speaker && cue.form === "ing" && !EVIDENCE_VERBS.has(cue.lemma)
    ? filmedSpeaker(state.tk, speaker)
    : speaker;
}

/** Footage, video and the like that show someone speaking ("footage of Trump saying …"). */
const FILMED_RECORDS = new Set(
  "footage video videos clip clips audio tape tapes recording recordings images photos pictures".split(" "),
);

/**
 * "The ad uses footage of Hillary Clinton asking, “…”", "a video of Trump saying …": the one filmed
 * speaks, not the footage.
 */
function filmedSpeaker(tk: Tokens, speaker: Phrase): Phrase {
  for (let k = speaker.end - 1; k > speaker.start; k--) {
    if (tk.lower[k] !== "of") continue;
    if (!FILMED_RECORDS.has(tk.lower[k - 1] ?? "") || !isCapitalized(tk.surface[k + 1] ?? "")) return speaker;
    return { start: k + 1, end: speaker.end, head: speaker.end, appositive: -1 };
  }
  return speaker;
}

function clauseSpeakerOfCue(state: UnitState, cue: CueGroup, res: AttributionResources): Phrase | null {
  const { tk } = state;
  const floor = floorOf(state, cue.outer);
  let speaker = speakerLeftOf(tk, cue.outer, floor, res.words, res.isCue);
  // "Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, said …": the appositive holds a
  // statement of its own, which bounds the clause; the speaker stands before it. So does a restrictive
  // relative clause: "Hawkins and others who want to ban abortion said …".
  if (!speaker && cue.form !== "ing" && floor > 0 && state.claimed[floor - 1]) {
    const comma = followsComma(tk, cue.outer);
    const wider = speakerLeftOf(tk, cue.outer, clauseStartOf(state, cue.outer), res.words, res.isCue);
    if (
      wider &&
      wider.appositive !== -1 &&
      (comma || tk.lower[wider.appositive] === "who") &&
      !anyClaimed(state, wider.start, wider.appositive - 1)
    )
      speaker = wider;
  }
  // "Sanders started out the debate saying …": a bare participle reports for the clause's subject, unless
  // a real speaker phrase stands right before it ("with 47 percent of Cuban Americans saying …").
  if (speaker && cue.form === "ing" && !followsComma(tk, cue.outer) && !isHead(tk, speaker.head, res.words)) {
    return clauseSubject(state, cue.outer, res);
  }
  // "Hamas issued a statement saying …", "The senator emailed supporters saying …", "making a pitch to
  // voters saying …": the verb's object is what carried the words or whom they went to; the verb's
  // subject says them.
  // (Only a carrier or a receiver of words, and only a verb of speech: "posted a video of Sanders saying",
  // "listened to protesters saying", "released a video showing" keep theirs.)
  const before = tk.lower[(speaker?.start ?? 0) - 1] ?? "";
  if (
    speaker &&
    cue.form === "ing" &&
    !followsComma(tk, cue.outer) &&
    ((res.cues.forms.get(tk.lower[cue.verb] ?? "")?.classes ?? 0) & SPEECH) !== 0 &&
    (((ISSUING_VERBS.test(before) ||
      // ("sent out a statement reassuring …", "put out a statement saying …")
      (/^(?:out|up)$/.test(before) && ISSUING_VERBS.test(tk.lower[speaker.start - 2] ?? ""))) &&
      CARRIERS.test(tk.lower[speaker.head] ?? "")) ||
      (before === "to" && UTTERANCES.test(tk.lower[speaker.start - 2] ?? "")))
  ) {
    const subject = clauseSubject(state, cue.outer, res);
    if (subject && subject.end < speaker.start - 1) return subject;
  }
  // "Speaking in Salem, Trump went after Bush, calling him …": the commas before a participle close a
  // clause, not an appositive; the participle is the clause subject's.
  if (speaker && speaker.appositive !== -1 && cue.form === "ing" && followsComma(tk, cue.outer)) {
    const subject = clauseSubject(state, cue.outer, res);
    if (subject && subject.start >= speaker.appositive) return subject;
  }
  // "Neither Russia nor Iran condemned …", "No Arab state condemned …", "Nobody in Hamas said …": no one
  // made the statement.
  if (speaker && isNoOne(tk, speaker)) return null;
  if (speaker) return speaker;
  const commaBefore = followsComma(tk, cue.outer);
  const lowerBefore = tk.lower[cue.outer - 1] ?? "";
  // "He suggested …, called her “third-rate” and …": a past cue after a comma goes on with the speaker.
  const listed = commaBefore && cue.form === "past" && state.lastSpeaker !== null;
  if (listed && (state.lastSpeaker as Phrase).end < cue.outer) return state.lastSpeaker;
  // "responded to the mother by saying …", "aside from saying …": the gerund's subject is the clause's.
  const whileDoing =
    cue.form === "ing" &&
    (lowerBefore === "while" ||
      lowerBefore === "by" ||
      // "before asking her, “…”", "After saying her foot was swollen, she …".
      lowerBefore === "before" ||
      lowerBefore === "after" ||
      (lowerBefore === "from" && tk.lower[cue.outer - 2] === "aside"));
  // "offered the man a job, then says he will …": a verb after ", then" goes on with the clause's subject.
  const thenAfter = tk.lower[cue.outer] === "then" && commaBefore;
  if (
    (cue.form === "ing" && commaBefore) ||
    lowerBefore === "and" ||
    lowerBefore === "but" ||
    whileDoing ||
    thenAfter
  ) {
    const subject = clauseSubject(state, cue.outer, res);
    if (subject) return subject;
    const last = state.lastSpeaker;
    if (
      last &&
      last.end < cue.outer &&
      (lowerBefore === "and" || lowerBefore === "but" || commaBefore || whileDoing || thenAfter)
    )
      return last;
  }
  return null;
}

/** Words before a clause that make it a condition or a likelihood ("If …", "It is unlikely that …"). */
function isConditioned(tk: Tokens, start: number): boolean {
  // Back over the subject to the clause's opening word (a few words at most).
  for (let k = start - 1; k >= 0 && start - k <= 6; k--) {
    const l = tk.lower[k] ?? "";
    if (l === "if" || l === "unless") return true;
    if (
      l === "that" &&
      /^(?:unlikely|likely|possible|impossible|unthinkable|inconceivable)$/.test(tk.lower[k - 1] ?? "")
    )
      return true;
    if (/^[,.;:!?]$/.test(tk.surface[k] ?? "") || l === "that" || l === "and" || l === "but") return false;
  }
  return false;
}

/** A speaker phrase that names no one: "No Arab state", "Nobody in Hamas", "(Neither) Russia nor Iran". */
function isNoOne(tk: Tokens, p: Phrase): boolean {
  const first = tk.lower[p.start] ?? "";
  if (first === "no" || first === "nobody" || first === "none" || first === "neither") return true;
  return tk.lower[p.start - 1] === "neither";
}

/** The first token the speaker search may use: after the last quotation, statement or clause stop before `i`. */
function floorOf(state: UnitState, i: number): number {
  return clauseScan(state, i, true);
}

/** Where the clause holding token i starts, by punctuation alone (statements inside it may nest). */
function clauseStartOf(state: UnitState, i: number): number {
  return clauseScan(state, i, false);
}

function clauseScan(state: UnitState, i: number, stopAtStatements: boolean): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (stopAtStatements) {
      // Bounded: a clause longer than this is cut, so that a unit of thousands of cues stays linear.
      if (i - k > MAX_CLAUSE_TOKENS) return k + 1;
      if (state.claimed[k]) return k + 1;
      // A speech quotation bounds the clause; a name or scare quote inside it ("“Division 20,”") does not.
      if (state.quoteOf[k] !== -1 && !isShortQuote(state, k)) return k + 1;
    }
    const s = state.tk.surface[k] ?? "";
    // A closed parenthesis ("McConnell (R-Ky.) said") is part of the clause.
    if (s === ")") depth++;
    else if (s === "(" && depth > 0) depth--;
    else if (s === "—" || s === "–") {
      // "Joyce — who is listed as an attorney — told …": a pair of dashes holds an aside, like a parenthesis.
      let o = k - 1;
      while (o >= 0 && k - o < 30 && state.tk.surface[o] !== s && !/^[;:]$/.test(state.tk.surface[o] ?? ""))
        o--;
      if (o < 0 || state.tk.surface[o] !== s || (stopAtStatements && state.claimed[o])) return k + 1;
      k = o;
    } else if (s === ";" || s === ":" || s === "(") return k + 1;
  }
  return 0;
}

/**
 * "… was not “qualified” for the presidency, before reversing himself": a comma, a preposition and a
 * gerund after the content tell what the speaker did next, not what was said.
 */
function beforeTrailingGerund(state: UnitState, from: number, end: number): number {
  const { tk } = state;
  for (let k = from + 2; k < end - 2; k++) {
    if (tk.surface[k] !== "," || state.quoteOf[k] !== -1) continue;
    if (
      /^(?:before|after|without|despite|while)$/.test(tk.lower[k + 1] ?? "") &&
      /^[a-z]{3,}ing$/.test(tk.lower[k + 2] ?? "")
    )
      return k;
  }
  return end;
}

/** Words that open a subordinate clause before its main clause ("While X said …, Y …"). */
const FRONTED_SUBORDINATORS = new Set([
  "while",
  "although",
  "though",
  "whereas",
  "because",
  "since",
  "if",
  "when",
  "after",
  "before",
  "as",
  "once",
  "even",
]);

/** A word (not punctuation, not "to") at token i. */
function isWordToken(tk: Tokens, i: number): boolean {
  return i < tk.length && isWord(tk.surface[i] ?? "") && tk.lower[i] !== "to";
}

/** Does "as" come within `limit` tokens of i, before the clause ends ("see the campaign as unfair")? */
function asWithin(tk: Tokens, i: number, limit: number): boolean {
  for (let k = i + 1; k < tk.length && k - i <= limit; k++) {
    if (tk.lower[k] === "as") return true;
    if (/^[.,;:!?]$/.test(tk.surface[k] ?? "")) return false;
  }
  return false;
}

/**
 * "with former Maryland Gov. Martin O’Malley calling Trump a fascist": "with", a name, then the participle
 * (an absolute phrase whose named subject reports).
 */
function afterWithName(tk: Tokens, i: number, res: AttributionResources): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    i - k <= 8 &&
    (isCapitalized(tk.surface[k] ?? "") ||
      tk.surface[k] === "." ||
      res.words.roleWords.has(tk.lower[k] ?? ""))
  )
    k--;
  return k < i - 1 && tk.lower[k] === "with" && isCapitalized(tk.surface[i - 1] ?? "");
}

/** Is token i right after a comma, or after a closing mark with the comma inside it (“…,” adding)? */
function followsComma(tk: Tokens, i: number): boolean {
  const before = tk.surface[i - 1] ?? "";
  if (before === "," || (QUOTE_MARKS.has(before) && tk.surface[i - 2] === ",")) return true;
  // ",''": two apostrophes as a closing mark.
  return before === "'" && tk.surface[i - 2] === "'" && tk.surface[i - 3] === ",";
}

/** The subject phrase at the start of the clause containing token i. */
function clauseSubject(state: UnitState, i: number, res: AttributionResources): Phrase | null {
  const { tk } = state;
  const floor = floorOf(state, i);
  // The subject opens the clause, or follows its introductory phrase ("In his speech, Obama …"), or a
  // dateline ("ORLANDO, Fla. (Reuters) - President Barack Obama met … and said").
  const dateline = datelineEnd(tk, floor, i);
  // (A stray quotation mark before the clause is no part of it: "” Sanders is also trying …, endorsing".)
  const stray = QUOTE_MARKS.has(tk.surface[floor] ?? "") && state.quoteOf[floor] === -1 ? floor + 1 : -1;
  for (let p = floor; p < i; p++) {
    // (A clause joined by ", and" or ", but" opens after the conjunction: "…, but the mediators kept
    // pushing, saying …".)
    const joined =
      (tk.lower[p - 1] === "and" || tk.lower[p - 1] === "but") &&
      tk.surface[p - 2] === "," &&
      mainClauseAt(tk, p) &&
      !speechBefore(state, p - 1);
    if (p !== floor && tk.surface[p - 1] !== "," && p !== dateline && p !== stray && !joined) continue;
    if (p < dateline) continue;
    if (state.claimed[p] || state.quoteOf[p] !== -1) continue;
    // "While most of his competitors called for …, Trump hewed …, noting": a fronted subordinate clause's
    // subject is not the main clause's.
    if (FRONTED_SUBORDINATORS.has(tk.lower[p] ?? "") && tk.lower[p] !== "even") continue;
    let sp = speakerRightOf(tk, p, i, res.words, i, res.isCue);
    if (!sp) continue;
    // "This week, Hamas rolled out …": a time is no subject, nor is what runs from it to the cue.
    const head = tk.lower[sp.head] ?? "";
    if (TIME_NOUNS.has(head) || res.words.temporal.has(head)) continue;
    // "Publicly, the nominee feuds … and dismisses", "Outside the plant, protesters …": an adverb or a
    // preposition's object opens the clause; the subject comes after it.
    if (
      // (Not "Italy", "Kelly", "Sully": a name's "-ly" has a short stem and no comma after it.)
      (sp.start === sp.head &&
        /^[A-Z][a-z]{3,}ly$/.test(tk.surface[sp.head] ?? "") &&
        tk.surface[sp.head + 1] === ",") ||
      INTRODUCING_PREPOSITIONS.has(tk.lower[sp.start] ?? "") ||
      INTRODUCING_PREPOSITIONS.has(tk.lower[sp.start - 1] ?? "")
    )
      continue;
    // "Dean, a doctor, then appeared … and began by saying": an appositive that runs up to the cue has
    // swallowed the clause's verbs; the subject is the name before it.
    if (sp.appositive !== -1 && sp.end >= i - 1)
      sp = { start: sp.start, end: sp.appositive - 2, head: sp.head, appositive: -1 };
    // "Eight years ago, he supported …": a time expression is no subject; an adverb of time or a reflexive
    // after the subject is no time expression ("The official later walked back …, saying").
    const next = tk.lower[sp.end + 1] ?? "";
    if (
      sp.end < i &&
      !TIME_NOUNS.has(next) &&
      (!res.words.temporal.has(next) ||
        SUBJECT_ADVERBS.has(next) ||
        // ("The Sanders campaign on Monday also doubled down …", "The group last week said …".)
        (/^(?:on|last|this)$/.test(next) && res.words.temporal.has(tk.lower[sp.end + 2] ?? "")) ||
        // ("Obama Tuesday visited Ohio and said …"; not "USA Today", a name's own word.)
        (WEEKDAYS as readonly string[]).includes(next))
    )
      return coordinatedSubject(state, sp, i, res) ?? sp;
  }
  return null;
}

/**
 * "Protest groups say …, and the ACLU has sued the city, saying …": a clause joined by ", and" or ", but"
 * with a subject and a verb of its own between the first subject and token i; its subject is the nearer
 * one. Null when there is none.
 */
/**
 * Does a verb of speech stand in the clause before token k? "Trump said the system is rigged, and the media
 * is lying, adding …": a conjunct after one may be what was said, not a clause of the writer's.
 */
function speechBefore(state: UnitState, k: number): boolean {
  const { tk } = state;
  for (let j = clauseStartOf(state, k); j < k; j++) if (SAYING.test(tk.lower[j] ?? "")) return true;
  return false;
}

/** Verbs of saying proper, whose clause may run on past ", and" (not "rejected", "called for"). */
const SAYING =
  /^(?:said|says|say|told|tells|stated|states|added|adds|declared|declares|announced|insisted|argued|argues|claimed|claims|wrote|writes|tweeted|warned|warns)$/;

function coordinatedSubject(
  state: UnitState,
  sp: Phrase,
  i: number,
  res: AttributionResources,
): Phrase | null {
  const { tk } = state;
  let found: Phrase | null = null;
  for (let k = sp.end + 2; k < i - 2; k++) {
    if (tk.surface[k - 1] !== "," || (tk.lower[k] !== "and" && tk.lower[k] !== "but")) continue;
    if (state.claimed[k + 1] || state.quoteOf[k + 1] !== -1 || !mainClauseAt(tk, k + 1)) continue;
    if (speechBefore(state, k)) break;
    const next = speakerRightOf(tk, k + 1, i, res.words, i, res.isCue);
    if (next && next.start === k + 1 && next.end < i - 1) found = next;
  }
  return found;
}

/**
 * The token after a dateline that opens the clause at p ("ORLANDO, Fla. (Reuters) -", "BEIRUT —",
 * "WASHINGTON (AP) --"): an upper-case place, its state and agency, then a dash; -1 when there is none.
 */
function datelineEnd(tk: Tokens, p: number, limit: number): number {
  const first = tk.surface[p] ?? "";
  if (first.length < 3 || first !== first.toUpperCase() || !/^\p{Lu}/u.test(first)) return -1;
  let marked = false;
  for (let k = p + 1; k < limit && k - p <= 12; k++) {
    const s = tk.surface[k] ?? "";
    // (A hyphen only after a place's state or agency: "GOP - led states sued" is no dateline.)
    if (s === "—" || s === "–" || s === "--" || (s === "-" && marked)) return k + 1;
    if (!/^(?:[,.()]|\p{Lu}[\p{L}.]*|\d{1,2})$/u.test(s)) return -1;
    if (s === "," || s === "(") marked = true;
  }
  return -1;
}

/** What carries an issuer's words, or receives them ("issued a statement saying", "emailed supporters saying"). */
const CARRIERS =
  /^(?:statements?|letters?|messages?|e-?mails?|memos?|notes?|release|tweets?|posts?|ads?|advertisements?|notices?|appeals?|pleas?|leaflets?|fliers?|flyers?|mailers?|op-eds?|editorials?|communiqu[eé]s?|declarations?|announcements?|petitions?|resolutions?|supporters|voters|members|followers|reporters|donors|staff|employees|customers|subscribers|constituents|lawmakers|colleagues)$/;

/** Utterances made to someone ("a pitch to voters saying", "a letter to Obama saying"). */
const UTTERANCES =
  /^(?:pitch|letter|message|appeal|e-?mail|note|memo|plea|speech|address|statement|request|warning)$/;

/** Verbs whose object carries or receives someone's words ("issued a statement saying", "emailed supporters saying"). */
const ISSUING_VERBS =
  /^(?:issued|issues|released|releases|sent|sends|posted|posts|published|publishes|emailed|emails|tweeted|tweets|put|puts|wrote|writes|distributed|circulated|filed|files|ran|runs|aired|airs)$/;

/** Words of the temporal list that follow a subject as adverbs or reflexives ("The official later walked"). */
const SUBJECT_ADVERBS = new Set([
  "later",
  "earlier",
  "recently",
  "then",
  "himself",
  "herself",
  "themselves",
  "itself",
]);

/** “…,” Brafman said, “more …” — the quotation right after the attribution continues the statement. */
/** Words after which a quotation is a title or a name ("on “Meet the Press”", "in “The Art of the Deal”"). */
const TITLE_BEFORE = new Set([
  "on",
  "in",
  "at",
  "to",
  "from",
  "with",
  "of",
  "by",
  "for",
  "titled",
  "called",
  "named",
]);

function joinFollowingQuote(
  state: UnitState,
  i: number,
  quotes: readonly Quote[],
  used: Uint8Array,
  d: StatementDraft,
  res: AttributionResources,
): void {
  const { tk } = state;
  let k = i;
  while (k < tk.length && (tk.surface[k] === "," || tk.surface[k] === ":" || tk.surface[k] === ".")) k++;
  const qk = state.quoteOf[k];
  if (qk === undefined || qk === -1 || used[qk]) return;
  const q = quotes[qk] as Quote;
  if (q.open !== tk.starts[k] || !isJoinable(state.text, q)) return;
  // “…,” he said on “Meet the Press.”: a title after a preposition or a possessive is no more speech.
  if (k === i && (TITLE_BEFORE.has(tk.lower[k - 1] ?? "") || /['’]s$/.test(tk.lower[k - 1] ?? ""))) return;
  // “…,” Blige sings to Clinton before asking her, “…”: the next quotation is the later act's, when that
  // act is one of speech ("said after meeting Blinken, “and we will not leave.”" goes on).
  const cueEnd = d.cueSpan?.[1] ?? 0;
  for (let j = k - 1; j > 0 && (tk.ends[j] as number) > cueEnd; j--)
    if (laterSpeechAct(tk, j - 1, res)) return;
  used[qk] = 1;
  claimQuote(state, qk);
  for (const s of q.spans) d.contentSpans.push(s);
}

function draftFrom(
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

/** Irregular past tenses that end a subject phrase's verb search ("… drew a sharp denial"). */
const IRREGULAR_PAST = new Set(
  "drew made took gave sent told went came began led won fought struck left kept brought sought saw spoke wrote ran met held became found got put caused".split(
    " ",
  ),
);

/**
 * The first token of the n-th finite verb group in [from, to) ("was rigged" is one group: an auxiliary and
 * what follows it), or `to` when there are fewer. Finite: a form of "be", "have", "do", a modal, a past in -ed.
 */
function verbGroupAt(tk: Tokens, from: number, to: number, n: number): number {
  let groups = 0;
  let inGroup = false;
  for (let k = from; k < to; k++) {
    const l = tk.lower[k] ?? "";
    const aux = isFiniteAuxiliary(l);
    // "that Israel commits genocide": a present tense right after a name or a pronoun ("the Hamas leaders"
    // is a noun after a name used as a modifier).
    const present =
      /^[a-z]{3,}[^s]s$/.test(tk.surface[k] ?? "") &&
      ((isCapitalized(tk.surface[k - 1] ?? "") && tk.lower[k - 2] === "that") ||
        /^(?:he|she|it)$/.test(tk.lower[k - 1] ?? ""));
    // "had bombed the hospital and killed …": a verb after "and" goes on with its group's clause.
    const joined = /^(?:and|or|but)$/.test(tk.lower[k - 1] ?? "");
    const finite =
      !joined &&
      (aux ||
        present ||
        /^[a-z]{3,}ed$/.test(tk.surface[k] ?? "") ||
        IRREGULAR_PAST.has(tk.surface[k] ?? ""));
    if (!finite) {
      // "has also been", "would not": adverbs inside a group keep it open.
      if (!(inGroup && (l === "not" || isLyAdverb(l) || l === "also" || l === "never"))) inGroup = false;
      continue;
    }
    if (!inGroup && ++groups === n) return k;
    inGroup = aux || inGroup;
    if (!aux) inGroup = false;
  }
  return to;
}

/** Lower-case particles inside a name ("Mohammed bin Abdulrahman Al Thani", "Abu Bakr al-Baghdadi"). */
const NAME_PARTICLES = new Set(["bin", "ibn", "bint", "al", "el", "abu", "de", "van", "von", "da"]);

/**
 * "Donald Trump’s", "the Hamas movement’s", "Mohammed bin Abdulrahman Al Thani's": the name (with its
 * particles and "the") that owns at token o.
 */
function possessorEndingAt(tk: Tokens, o: number, floor: number): Phrase {
  let start = o;
  while (start - 1 >= floor && isWord(tk.surface[start - 1] ?? "")) {
    const s = tk.surface[start - 1] ?? "";
    if (!isCapitalized(s) && !NAME_PARTICLES.has(s)) break;
    start--;
  }
  while (start < o && NAME_PARTICLES.has(tk.surface[start] ?? "")) start++;
  if (start - 1 >= floor && tk.lower[start - 1] === "the") start--;
  return { start, end: o, head: o, appositive: -1 };
}

/**
 * "Haniya's claim that Iran …", "his pledge to rebuild Gaza", "the group's call for a boycott": a noun of
 * saying or meaning after its owner's possessive, with the words the lexicon lets follow it, reports
 * what follows; the owner is the speaker and the noun (with any adjectives before it) the cue.
 */
function nominalStatements(state: UnitState, used: Uint8Array, res: AttributionResources): StatementDraft[] {
  const { tk } = state;
  const out: StatementDraft[] = [];
  let reachEnd = -1;
  for (let v = 1; v < tk.length - 1; v++) {
    const after = res.cues.nominal.get(tk.lower[v] ?? "");
    const next = tk.lower[v + 1] ?? "";
    if (!after?.has(next) || state.claimed[v] || state.quoteOf[v] !== -1) continue;
    if (next === "that" && isRelativeThat(tk, v + 1)) continue;
    // "plan to", "call to": an infinitive, not a preposition before a place ("a call to Tehran").
    if (
      next === "to" &&
      (isCapitalized(tk.surface[v + 2] ?? "") || OBJECT_OPENERS.has(tk.lower[v + 2] ?? ""))
    )
      continue;
    // The owner: a possessive right before the noun, or before one or two adjectives ("his recent call").
    let o = v - 1;
    while (
      o > v - 3 &&
      o > 0 &&
      /^[a-z]+$/.test(tk.surface[o] ?? "") &&
      !POSSESSIVE_PRONOUNS.has(tk.lower[o] ?? "")
    )
      o--;
    const owner = tk.surface[o] ?? "";
    const pronoun = POSSESSIVE_PRONOUNS.has(tk.lower[o] ?? "");
    if (!pronoun && !(/['’]s?$/.test(owner) && owner.length > 2 && isCapitalized(owner))) continue;
    const floor = floorOf(state, o);
    const speaker: Phrase = pronoun
      ? { start: o, end: o, head: o, appositive: -1 }
      : possessorEndingAt(tk, o, floor);
    if (anyClaimed(state, speaker.start, v)) continue;
    const at = v + 1;
    // Where the content may run: one scan per stretch, shared by the candidates inside it, so that a unit
    // of many candidate nouns stays linear.
    if (at >= reachEnd) reachEnd = contentEnd(state, at);
    // "Trump's claim that the vote was rigged angered Clinton": a phrase that is the subject ends before
    // the sentence's own verb, the second verb group after "that", the first after "to" or "for".
    const end = verbGroupAt(tk, at + 1, reachEnd, next === "that" ? 2 : 1);
    if (end - at < 2) continue;
    const cue: CueGroup = {
      start: o + 1,
      outer: o + 1,
      verb: v,
      end: v,
      classes: SPEECH,
      form: "base",
      lemma: tk.lower[v] ?? "",
      needsClause: false,
    };
    const kind = contentKind(state, at, end, used);
    markQuotesUsed(state, at, end, used);
    claim(state, speaker.start, end - 1);
    const d = draftFrom(state, speaker, cue, [span(tk, at, end - 1)], kind, 0.5, res);
    // The owner names the speaker without its possessive ending ("Donald Trump’s" is Donald Trump).
    if (!pronoun && d.speakerSpan) {
      const cut = /s['’]$/.test(owner) ? 1 : 2;
      d.speakerHead = [d.speakerSpan[0], d.speakerSpan[1] - cut];
    }
    out.push(d);
    v = end - 1;
  }
  return out;
}

/** Cue pass: indirect and mixed speech around cues outside quotations. */
function attachCues(
  state: UnitState,
  quotes: readonly Quote[],
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft[] {
  const { tk } = state;
  const out: StatementDraft[] = [];
  const { forms, phraseStarts, mayStartCue } = res.cues;
  for (let v = 0; v < tk.length; v++) {
    if (state.claimed[v] || state.quoteOf[v] !== -1) continue;
    const l = tk.lower[v] as string;
    if (!mayStartCue(l) || (!forms.has(l) && !phraseStarts.has(l))) continue;
    const phrase = phraseCueAt(tk, v, res);
    if (phrase) {
      const d = accordingTo(state, phrase, used, res);
      if (d) out.push(d);
      continue;
    }
    if (tk.lower[v + 1] === "by" || AGENTLESS_COMPLEMENT.test(tk.lower[v + 1] ?? "")) {
      const d = passiveStatement(state, v, used, res);
      if (d) {
        out.push(d);
        continue;
      }
    }
    if (l === "asked") {
      const q = questionPut(state, v, used, res);
      if (q) {
        out.push(q.draft);
        v = q.end;
        continue;
      }
    }
    const cue = cueAt(state, v, res);
    if (!cue || anyClaimed(state, cue.start, cue.end)) continue;
    const d = indirectAt(state, cue, quotes, used, res);
    if (d) {
      out.push(d);
      const inner = d.speakerSpan ? nestedIn(state, d, res) : null;
      if (inner) out.push(inner);
      v = Math.max(v, cue.end);
    }
  }
  return out;
}

/**
 * "Noting that the talks had stalled, Qassim said …", "Citing the strikes, Hamas suspended …": what the
 * participle reports runs to its comma, and the subject of the clause after it is the speaker.
 */
function frontedParticiple(
  state: UnitState,
  cue: CueGroup,
  at: number,
  that: boolean,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk } = state;
  // The participle's clause ends at its comma, which may sit inside a closing mark ("“…stuff,” Allen").
  let end = -1;
  for (let k = at; k < tk.length && k - at <= 40; k++) {
    const sf = tk.surface[k] ?? "";
    const q = state.quoteOf[k] as number;
    if (q === -1 && sf === ",") end = k;
    else if (q !== -1 && sf === "," && state.quoteOf[k + 1] === q && state.quoteOf[k + 2] !== q) end = k + 2;
    else if (q === -1 && (sf === ";" || sf === ":" || (sf === "." && !isAbbreviationPeriod(tk, k)))) break;
    if (end !== -1) break;
  }
  if (end - at < 1 || anyClaimed(state, cue.start, end)) return null;
  // "Reporting from Gaza, …", "Writing on X, …", "Referring to the hostages, …": where or how, not what.
  if (
    cue.end > cue.verb ||
    at !== cue.end + 1 ||
    /^(?:from|on|in|at|to|with|for|about|after|before)$/.test(tk.lower[at] ?? "")
  )
    return null;
  // "Denying the Holocaust is a crime in Germany, officials noted": a gerund with a verb of its own is
  // the subject of what the clause after the comma reports.
  if (!that && finiteVerbWithin(tk, at, end)) return null;
  const speakerAt = tk.surface[end] === "," ? end + 1 : end;
  const speaker = speakerRightOf(tk, speakerAt, clauseLimit(state, speakerAt), res.words);
  // The subject must be the clause's: a finite verb follows it ("Noting …, Qassim said"), not a list.
  if (!speaker || speaker.appositive !== -1 || !clauseVerbAt(tk, speaker.end + 1, res)) return null;
  if (!that && res.cues.frames.stance.has(cue.lemma)) end = objectEnd(state, at, end);
  if (end <= at) return null;
  const kind = contentKind(state, at, end, used);
  markQuotesUsed(state, at, end, used);
  claim(state, cue.start, end - 1);
  const d = draftFrom(state, speaker, cue, [span(tk, at, end - 1)], kind, 0.6, res);
  // The subject goes on to the clause's own cue ("…, Qassim said"), which may report too.
  return d;
}

/** Adverbs between a passive's auxiliary and its participle ("was sharply criticized by"). */
const PASSIVE_ADVERB = /^(?:[a-z]{3,}ly|also|first|not|never|often|long|since|now)$/;
/** What a statement went out by ("said by telephone", "wrote by email"): no passive's agent. */
const BY_MEDIUM =
  /^(?:telephone|phone|cellphone|email|e-mail|text|video|videolink|satellite|letter|fax|zoom|skype|videoconference|teleconference|radio)$/;

/** Participles whose "by" names who feels, not who spoke ("angered by", "impressed by"). */
const FEELING_PARTICIPLES =
  /^(?:angered|impressed|troubled|dismayed|shaken|startled|alarmed|shocked|surprised|pleased|disappointed|frustrated|encouraged|worried|concerned|moved|struck|bothered|scared|frightened|outraged|offended|upset|heartened|emboldened)$/;

/**
 * "Hamas was criticized by the Syrian opposition for the visit", "a practice criticized by rights
 * groups": a passive reporting or stance verb with its agent. The agent is the speaker; the subject,
 * with what follows the agent ("for the visit", "of grabbing her"), is what was said about.
 */
function passiveStatement(
  state: UnitState,
  v: number,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk } = state;
  const l = tk.lower[v] ?? "";
  const f = res.cues.forms.get(l);
  if (f?.form !== "past" || FEELING_PARTICIPLES.test(l)) return null;
  // Stances and a few acts of saying about someone; "quoted by", "cited by" name who repeated the words,
  // and "posted", "written", "published" by someone report nothing.
  if ((!res.cues.frames.stance.has(f.lemma) && !PASSIVE_SPEECH.has(f.lemma)) || f.lemma === "cite")
    return null;
  const limit = clauseLimit(state, v + 2);
  // "Hamas was accused of …", "He has been criticized for …": no agent, a complement; no one is named.
  const agentless = tk.lower[v + 1] !== "by";
  if (agentless && !AGENTLESS_COMPLEMENT.test(tk.lower[v + 1] ?? "")) return null;
  // ("The talks were called for Monday", "The convoy was attacked with drones", "questioned for hours":
  // only words of judging go agentless, and never with a duration.)
  if (
    agentless &&
    (!AGENTLESS_LEMMAS.has(f.lemma) ||
      (tk.lower[v + 1] === "with" && f.lemma !== "charge") ||
      DURATION.test(tk.lower[v + 2] ?? "") ||
      DURATION.test(tk.lower[v + 3] ?? ""))
  )
    return null;
  let agent = agentless ? null : speakerRightOf(tk, v + 2, limit, res.words, limit, res.isCue);
  // "by Hizbullah and the Amal movement": agents joined by "and".
  if (agent && tk.lower[agent.end + 1] === "and" && agent.appositive === -1) {
    const second = speakerRightOf(tk, agent.end + 2, limit, res.words, limit, res.isCue);
    if (second)
      agent = { start: agent.start, end: second.end, head: agent.head, appositive: second.appositive };
  }
  if ((!agent && !agentless) || anyClaimed(state, v, agent?.end ?? v)) return null;
  // The auxiliaries: "was", "has been", "had long been sharply"; none in a reduced clause ("a practice
  // criticized by"), where a noun stands right before the participle.
  let start = v;
  while (start - 1 >= 0 && PASSIVE_ADVERB.test(tk.lower[start - 1] ?? "")) start--;
  let aux = start;
  for (;;) {
    const before = tk.lower[aux - 1] ?? "";
    if (aux - 1 >= 0 && (BE.has(before) || isAuxiliary(res, before))) aux--;
    // "has long been condemned": an adverb between two auxiliaries.
    else if (aux < start && PASSIVE_ADVERB.test(before) && isAuxiliary(res, tk.lower[aux - 2] ?? ""))
      aux -= 2;
    else break;
  }
  const passive = aux < start && BE.has(tk.lower[start - 1] ?? "");
  if (!passive) {
    if (start !== v || agentless) return null;
    aux = v;
  }
  const floor = floorOf(state, aux);
  const subject = passive
    ? speakerLeftOf(tk, aux, floor, res.words, res.isCue)
    : phraseEndingAt(tk, v - 1, floor, res.words, res.isCue);
  if (!subject || anyClaimed(state, subject.start, subject.end)) return null;
  // "Netanyahu, who was criticized by Gantz …, said": the relative clause's subject stands for the main
  // clause's speaker, whose own statement follows.
  if (/^(?:who|which|that)$/.test(tk.lower[subject.head] ?? "")) return null;
  if (!passive) {
    // A reduced clause needs a noun before it: "measures added by Republicans", not "he added by phone".
    if (res.words.pronouns.has(tk.lower[subject.head] ?? "") || isCapitalized(tk.surface[v - 1] ?? ""))
      return null;
    // "The proposal endorsed by Biden last week says …": the phrase is the subject of its own verb.
    let k = (agent?.end ?? v) + 1;
    while (res.words.temporal.has(tk.lower[k] ?? "")) k++;
    if (clauseVerbAt(tk, k, res)) return null;
  }
  const spans: Span[] = [span(tk, subject.start, subject.end)];
  // ("accused of" keeps its preposition in the cue, as PolNeAR marks it; "criticized for …" does not.)
  const cueEnd = agentless ? (tk.lower[v + 1] === "of" ? v + 1 : v) : v + 1;
  const after = agent ? agent.end : cueEnd;
  let last = after;
  // "accused by the media of beating his wife", "criticized by the opposition for the visit", "asked by
  // reporters whether …", "warned by aides not to attend".
  const next = tk.lower[after + 1] ?? "";
  if (/^(?:of|for|as|that|to|whether|not|with|over)$/.test(next) || (agentless && cueEnd > v)) {
    const to = cutAtNextAttribution(state, after + 1, contentEnd(state, after + 1), res);
    const end = beforeTrailingGerund(state, after + 1, to);
    if (end > after + 2) {
      spans.push(span(tk, after + 1, end - 1));
      last = end - 1;
    }
  }
  if (agentless && spans.length < 2) return null;
  const cue: CueGroup = {
    start: aux,
    outer: aux,
    verb: v,
    end: cueEnd,
    classes: f.classes,
    form: "past",
    lemma: f.lemma,
    needsClause: false,
  };
  const from = spans[0]?.[0] ?? 0;
  const kind = contentKind(state, tokenAt(tk, from), last + 1, used);
  claim(state, subject.start, last);
  // The agent is no speaker a later pronoun goes back to ("Erdogan was criticized by Biden after he …").
  const lastSpeaker = state.lastSpeaker;
  const d = draftFrom(state, agent, cue, spans, kind, 0.6, res);
  state.lastSpeaker = lastSpeaker;
  return d;
}

/** Verbs of judging whose passive reports with no agent named ("was accused of", "was criticized for"). */
const AGENTLESS_LEMMAS = new Set(
  "accuse charge criticize criticise condemn denounce blame praise slam rebuke decry deplore lambaste mock ridicule chastise castigate excoriate fault berate censure reprimand admonish hail commend laud applaud".split(
    " ",
  ),
);
const DURATION = /^(?:hours|days|weeks|months|years|decades|minutes|ages|long)$/;
/** What follows a passive with no agent when it reports ("accused of", "criticized for", "charged with"). */
const AGENTLESS_COMPLEMENT = /^(?:of|for|with|over)$/;

/** Verbs of saying whose passive with an agent reports what the agent said of the subject. */
const PASSIVE_SPEECH = new Set([
  "accuse",
  "warn",
  "urge",
  "describe",
  "report",
  "announce",
  "ask",
  "call",
  "label",
  "brand",
  "dub",
  "charge",
]);

/** Does a finite verb start at k, after an adverb or two ("Qassim said", "Allen nonetheless backed")? */
function clauseVerbAt(tk: Tokens, k: number, res: AttributionResources): boolean {
  let i = k;
  while (
    i < k + 2 &&
    (isLyAdverb(tk.lower[i] ?? "") || /^(?:also|still|nonetheless|then|not|never)$/.test(tk.lower[i] ?? ""))
  )
    i++;
  const l = tk.lower[i] ?? "";
  return (
    isFiniteAuxiliary(l) ||
    /^[a-z]{3,}ed$/.test(tk.surface[i] ?? "") ||
    IRREGULAR_PAST.has(l) ||
    (res.cues.forms.has(l) && !l.endsWith("ing"))
  );
}

/** Verbs of saying whose report inside a report is read as a statement of its own. */
const NESTED_LEMMAS = new Set([
  "say",
  "tell",
  "warn",
  "assure",
  "inform",
  "claim",
  "insist",
  "announce",
  "write",
]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);
/** Words after a "that" that make it a demonstrative: "that night", "that much", "that letter". */
const THAT_NOT_CLAUSE =
  /^(?:night|day|morning|evening|week|month|year|time|much|many|letter|deal|report|point|way|one|is|was|would|will|could)$/;

/** How far into a statement's content a report inside it may start. */
const NESTED_REACH = 40;

/**
 * "Fidan said Erdogan had told al-Sisi that …", "Nasrallah said that Khamenei had told him that …": a
 * named speaker's report with a "that" clause inside what was reported is a statement too, nested in the
 * outer one and running to its end.
 */
function nestedIn(state: UnitState, outer: StatementDraft, res: AttributionResources): StatementDraft | null {
  const { tk } = state;
  const first = outer.contentSpans[0];
  if (!first || outer.contentSpans.length !== 1) return null;
  const from = tokenAt(tk, first[0]);
  const last = tokenEndingAt(tk, first[1]);
  if (from === -1 || last <= from) return null;
  for (let c = from + 1; c <= last && c - from <= NESTED_REACH; c++) {
    if (state.quoteOf[c] !== -1) continue;
    // Most words are no cue: the lexicon's cheap checks before the cue group is built.
    const l = tk.lower[c] ?? "";
    if (!res.cues.mayStartCue(l) || !res.cues.forms.has(l)) continue;
    const cue = cueAt(state, c, res);
    if (!cue || !NESTED_LEMMAS.has(cue.lemma) || (cue.form !== "past" && cue.form !== "s")) continue;
    // After the outer content's own "that" ("said that Khamenei told him that …").
    const floor = tk.lower[from] === "that" ? from + 1 : from;
    const speaker = speakerLeftOf(tk, cue.outer, floor, res.words, res.isCue);
    if (!speaker || speaker.start < floor || isPronoun(tk, speaker, res)) continue;
    // A name, not "the report Erdogan" ("the report Erdogan wrote that year").
    if (!isCapitalized(tk.surface[speaker.start] ?? "")) continue;
    // Its "that" after an addressee ("had told al-Sisi that"); the outer statement holds these tokens
    // already, so complementStart, which stops at held ones, cannot look.
    let at = -1;
    for (let k = cue.end + 1; k < last && k - cue.end <= 8; k++) {
      const l = tk.lower[k] ?? "";
      if (l === "that") {
        // "told him that Iran would …" reads like a relative clause to isRelativeThat; an object pronoun
        // before it is the addressee.
        if (!isRelativeThat(tk, k) || OBJECT_PRONOUNS.has(tk.lower[k - 1] ?? "")) at = k;
        break;
      }
      if (!isWordToken(tk, k) || isAuxiliary(res, l)) break;
    }
    // A clause after it, with a verb of its own: not "warned Israel that night", "the deal that Qatar
    // brokered", "told Erdogan that much".
    if (at === -1 || THAT_NOT_CLAUSE.test(tk.lower[at + 1] ?? "")) return null;
    if (!QUOTE_MARKS.has(tk.surface[at + 1] ?? "") && !finiteVerbWithin(tk, at + 2, last + 1)) return null;
    const kind: StatementKind = anyQuoted(state, at, last) ? "mixed" : "indirect";
    return draftFrom(state, speaker, cue, [span(tk, at, last)], kind, 0.6, res);
  }
  return null;
}

/** Does any token of [from, to] lie in a quotation? */
function anyQuoted(state: UnitState, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (state.quoteOf[k] !== -1) return true;
  return false;
}

/** Words that open when, where or by whom a question was put ("Asked on Monday whether …"). */
const ASK_ADJUNCTS = new Set([
  "on",
  "during",
  "at",
  "in",
  "by",
  "after",
  "before",
  "last",
  "this",
  "earlier",
]);
/** Words before a bare "asked" that leave its asker unnamed ("When asked whether …, Rubio said …"). */
const BEFORE_UNNAMED_ASK = new Set(["when", "if", "after", "once", "being", "later", "then"]);
const QUESTION_WORDS = new Set([
  "whether",
  "if",
  "why",
  "how",
  "what",
  "which",
  "who",
  "whom",
  "where",
  "when",
]);
const MAX_QUESTION_TOKENS = 40;

/**
 * "Asked whether the truce would hold, Qassim said …": a question put by someone the text does not name.
 * The question is a statement with no speaker (PolNeAR marks it so); the answer is found on its own.
 */
function questionPut(
  state: UnitState,
  v: number,
  used: Uint8Array,
  res: AttributionResources,
): { draft: StatementDraft; end: number } | null {
  const { tk } = state;
  const floor = floorOf(state, v);
  const before = tk.lower[v - 1] ?? "";
  // Not "Ted Cruz, when asked what …, responded": there the question belongs inside the speaker's clause.
  // "And when asked who …": a conjunction may come first.
  const lead = /^(?:and|but|so|yet)$/.test(tk.lower[floor] ?? "") ? floor + 1 : floor;
  const opens = v === lead || (BEFORE_UNNAMED_ASK.has(before) && v - 1 === lead);
  if (!opens) return null;
  let from = v + 1;
  if (/^[a-z]+ly$/.test(tk.lower[from] ?? "")) from++; // "Asked specifically what …"
  // "Asked on Monday whether …", "Asked during a January debate why …", "asked by a reporter if …":
  // when, where and by whom the question was put come before it.
  if (
    !QUESTION_WORDS.has(tk.lower[from] ?? "") &&
    (ASK_ADJUNCTS.has(tk.lower[from] ?? "") || res.words.temporal.has(tk.lower[from] ?? ""))
  ) {
    let q = from + 1;
    while (
      q < tk.length &&
      q - from <= 7 &&
      !QUESTION_WORDS.has(tk.lower[q] ?? "") &&
      tk.surface[q] !== "," &&
      !CLAUSE_STOP.has(tk.surface[q] ?? "") &&
      state.quoteOf[q] === -1
    )
      q++;
    if (QUESTION_WORDS.has(tk.lower[q] ?? "") && q - from <= 7) from = q;
  }
  // "Asked about his paid speeches, Clinton said …": the question's topic, up to its comma.
  const about = tk.lower[from] === "about" && from <= v + 2;
  if (about) from++;
  else if (!QUESTION_WORDS.has(tk.lower[from] ?? "")) return null;
  let end = from;
  while (end < tk.length && end - from < MAX_QUESTION_TOKENS && !state.claimed[end]) {
    const s = tk.surface[end] ?? "";
    if (
      state.quoteOf[end] === -1 &&
      (s === "," || CLAUSE_STOP.has(s) || (s === "." && !isAbbreviationPeriod(tk, end)))
    )
      break;
    end++;
    // "… on “CBS This Morning,” Sanders said": the comma that ends the question sits inside the mark.
    if (QUOTE_MARKS.has(s) && tk.surface[end - 2] === "," && state.quoteOf[end] === -1) break;
  }
  if (end - from < (about ? 1 : 2) || end - from >= MAX_QUESTION_TOKENS) return null;
  // The topic's comma must open the answer's clause, not end the sentence.
  if (about && tk.surface[end] !== ",") return null;
  const kind = contentKind(state, from, end, used);
  markQuotesUsed(state, from, end, used);
  claim(state, v, end - 1);
  const cue: CueGroup = {
    start: v,
    outer: v,
    verb: v,
    end: about ? from - 1 : v,
    classes: SPEECH,
    form: "past",
    lemma: "ask",
    needsClause: false,
  };
  return { draft: draftFrom(state, null, cue, [span(tk, from, end - 1)], kind, 0.5, res), end: end - 1 };
}

/** Participles that say who put out the medium of a cue ("in a statement issued by its spokesman"). */
const MEDIUM_PARTICIPLES = new Set([
  "issued",
  "released",
  "posted",
  "published",
  "sent",
  "signed",
  "read",
  "carried",
]);

/** First token of the complement: "that" if it comes within a few words (after "told reporters"), else right after the cue. */
/** Particles that are prepositions taking the cue's object ("pointed to", "called for", "talked about"). */
const PREPOSITION_PARTICLES = new Set(["to", "for", "on", "about", "of", "against"]);

function complementStart(
  state: UnitState,
  cue: CueGroup,
  res: AttributionResources,
): { at: number; that: boolean } {
  const { tk } = state;
  let i = cue.end + 1;
  if (tk.surface[i] === "," || tk.surface[i] === ":") i++;
  // "told a crowded banquet hall at a hotel in downtown Baltimore that …": an addressee and a setting
  // may stand between a telling verb and its "that".
  // So may a participle on the medium: "said in a statement issued by its spokesman, X, that …".
  // "said Thursday during a taping of a town hall meeting in Buffalo, New York, that …": a setting
  // may be long too.
  const first = tk.lower[cue.end + 1] ?? "";
  const reach =
    res.cues.frames.addressee.has(cue.lemma) || MEDIUM_PARTICIPLES.has(first)
      ? 14
      : res.words.temporal.has(first) ||
          SETTING_PREPOSITIONS.has(first) ||
          // ("said by telephone from Beirut that …": the medium, then the clause.)
          (first === "by" && BY_MEDIUM.test(tk.lower[cue.end + 2] ?? ""))
        ? 20
        : 8;
  // "pointed to reports that …": a particle's object is what was reported, its "that" the object's own
  // ("responded to reporters that …" still reports the clause).
  const prepositional = cue.end > cue.verb && PREPOSITION_PARTICLES.has(tk.lower[cue.end] ?? "");
  for (let k = cue.end + 1; k < tk.length && k - cue.end <= reach; k++) {
    const s = tk.surface[k] ?? "";
    const l = tk.lower[k] ?? "";
    // The lemma's set first: the lexicon's strings are hashed already, the token's may not be.
    // "began with Israeli strikes that killed …", "said in a statement that was released": a "that" after
    // other words and before a verb opens a relative clause, not what was said.
    if (l === "that" && k > cue.end + 1 && isRelativeThat(tk, k)) break;
    if (l === "that" && prepositional && UTTERANCE_NOUNS.test(tk.lower[k - 1] ?? "")) break;
    // "says his campaign is the only one that …", "says he introduced legislation to accomplish that.":
    // past a finite verb the clause has begun; a "that" ending it is a pronoun.
    if (k > cue.end + 1 && l !== "to" && isAuxiliary(res, l) && !isCapitalized(s)) break;
    if (l === "that" && (k + 1 >= tk.length || /^[.!?;)]$/.test(tk.surface[k + 1] ?? ""))) break;
    // "began by saying that" is the next cue's; "began dismissing the notion that …" reports no clause.
    if (cue.lemma === "begin" && k > cue.end + 1) break;
    // ("questioned the health of Donald Trump, who is 70": a relative "who" after a comma asks nothing.)
    if (
      l === "that" ||
      (res.cues.frames.asking.has(cue.lemma) &&
        COMPLEMENTIZERS.has(l) &&
        !(tk.surface[k - 1] === "," && isCapitalized(tk.surface[k - 2] ?? "") && /^(?:who|which)$/.test(l)))
    )
      return { at: k, that: true };
    if (s === "." || s === ";" || state.claimed[k]) break;
    if (state.quoteOf[k] !== -1 && !isShortQuote(state, k)) break;
    // ", adding that …": that "that" belongs to the next cue.
    // Not a capitalised one, which is a name ("warned the United States and Britain … that").
    // (Not the medium after "by": "wrote by email that …".)
    if (
      k > cue.end + 1 &&
      res.cues.mayStartCue(l) &&
      res.cues.forms.has(l) &&
      !isCapitalized(s) &&
      !(tk.lower[k - 1] === "by" && BY_MEDIUM.test(l)) &&
      // ("said by text message that …": the medium's second word.)
      !(tk.lower[k - 2] === "by" && BY_MEDIUM.test(tk.lower[k - 1] ?? ""))
    )
      break;
  }
  // "Sales were great, he said, wiping sweat off his face.": a participle after the cue's comma is how it
  // was said, not what.
  if (tk.surface[cue.end + 1] === "," && isParticiple(tk, cue.end + 2)) return { at: tk.length, that: false };
  // "told The New York Times.", "told reporters on Wednesday.": an addressee and a setting are no content.
  let k = i;
  let addressed = false;
  if (res.cues.frames.addressee.has(cue.lemma)) {
    const addressee = speakerRightOf(tk, k, tk.length, res.words);
    if (addressee) {
      k = addressee.end + 1;
      addressed = true;
      // "told reporters he’s not …": a pronoun's contraction opens the content, whatever the phrase took.
      for (let c = i + 1; c <= addressee.end; c++) {
        if (CONTRACTED_PRONOUN.test(tk.lower[c] ?? "")) {
          k = c;
          break;
        }
      }
      // "told ABC's This Week", "told BBC Radio Four’s Any Questions": a programme after its network.
      if (/['’]s$/.test(tk.lower[addressee.end] ?? "")) {
        while (k < tk.length && isCapitalized(tk.surface[k] ?? "")) k++;
        // "told NBC's Today show", "told Glenn Beck's radio program".
        while (/^(?:show|program|programme|radio|podcast|broadcast)$/.test(tk.lower[k] ?? "")) k++;
      }
    }
  }
  while (
    k < tk.length &&
    (res.words.temporal.has(tk.lower[k] ?? "") ||
      /^\d{1,2}$/.test(tk.surface[k] ?? "") ||
      // "said this week at an event …": a time's determiner.
      (/^(?:this|last|next|earlier|later)$/.test(tk.lower[k] ?? "") &&
        res.words.temporal.has(tk.lower[k + 1] ?? "")))
  )
    k++;
  // "said last month Cameron had ordered …", "said on Sunday the talks would resume": a time phrase
  // between the cue and its clause is neither.
  if (!addressed && k === i && tk.lower[k] === "on" && res.words.temporal.has(tk.lower[k + 1] ?? "")) k += 2;
  if (k > i && TIME_NOUNS.has(tk.lower[k] ?? "")) k++;
  const opensClause =
    k > i &&
    k < tk.length &&
    !isAuxiliary(res, tk.lower[k] ?? "") &&
    (isCapitalized(tk.surface[k] ?? "") || res.words.determiners.has(tk.lower[k] ?? ""));
  if (opensClause && !addressed) return { at: k, that: false };
  if (
    k >= tk.length ||
    tk.surface[k] === "." ||
    (k > i && tk.surface[k] === ",") ||
    isSettingToEnd(state, k, res)
  ) {
    return { at: tk.length, that: false };
  }
  // "told reporters he feels good", "said Thursday he would": the clause after the addressee or the time.
  if (k > i && res.words.pronouns.has(bareWord(tk.lower[k] ?? ""))) return { at: k, that: false };
  // "told his advisers as he worked on the speech": a person told and a circumstance, nothing reported;
  // "told reporters the deal was off": what follows the person told is the content.
  if (addressed && cue.lemma === "tell" && k > i) {
    if (!ADJUNCT_START.has(tk.lower[k] ?? "")) return { at: k, that: false };
    // "told a town hall in Salem on Monday that …": the setting runs on to the reported clause.
    for (let j = k + 1; j < tk.length && j - k <= MAX_SETTING_TOKENS; j++) {
      const s = tk.surface[j] ?? "";
      if (tk.lower[j] === "that") return { at: j, that: true };
      // "told the Post in a written statement “…”": the quotation is what was told.
      if (state.quoteOf[j] !== -1 && !isShortQuote(state, j)) return { at: j, that: false };
      if (s === "." || s === ";" || state.claimed[j]) break;
    }
    return { at: tk.length, that: false };
  }
  return { at: i, that: false };
}

/** Verbs that follow a relative "that" right away: auxiliaries and modals. */
const RELATIVE_VERBS = new Set(
  "is are was were has have had will would could can may might must should did does".split(" "),
);

/**
 * "strikes that killed three …", "a statement that was released": "that" then an auxiliary, or a past
 * tense with its object after it. Not "that armed Israeli settlers …" or "that United States forces …",
 * which open what was said.
 */
function isRelativeThat(tk: Tokens, k: number): boolean {
  const next = tk.surface[k + 1] ?? "";
  if (RELATIVE_VERBS.has(next)) return true;
  if (next.length <= 4 || !/^[a-z]+ed$/.test(next)) return false;
  return OBJECT_OPENERS.has(tk.lower[k + 2] ?? "") || /^\d/.test(tk.surface[k + 2] ?? "");
}

/** Words that open an object: a determiner, a possessive or a number word. */
const OBJECT_OPENERS = new Set(
  "the a an its their his her our my this these those three two four five several many dozens hundreds thousands at".split(
    " ",
  ),
);

/** Prepositions that open where or how something was said ("in a video message", "on CNN", "at a rally"). */
const SETTING_PREPOSITIONS = new Set(["in", "on", "at", "during", "before", "after", "via"]);
const MAX_SETTING_TOKENS = 14;

/**
 * "she said in a video message to the convention.": a prepositional setting that runs to the end of the
 * sentence (or to a trailing participle) is no complement; the content is before the speaker. A
 * pronoun, an auxiliary, "that" or a quotation inside means a clause follows ("said on Tuesday he would").
 */
function isSettingToEnd(state: UnitState, k: number, res: AttributionResources): boolean {
  const { tk } = state;
  if (!SETTING_PREPOSITIONS.has(tk.lower[k] ?? "")) return false;
  // "in a statement", "on CNN", "at 3 p.m."; not "spoke out in favor of", "hints at trouble".
  const next = tk.surface[k + 1] ?? "";
  if (!res.words.determiners.has(tk.lower[k + 1] ?? "") && !isCapitalized(next) && !/^\d/.test(next))
    return false;
  for (let j = k + 1; j < tk.length && j - k <= MAX_SETTING_TOKENS; j++) {
    const s = tk.surface[j] ?? "";
    const l = tk.lower[j] ?? "";
    if (s === "." || s === ";" || s === "!" || s === "?") return !isAbbreviationPeriod(tk, j);
    if (s === ",") return j + 1 >= tk.length || endsContentAt(tk, j);
    // "said this week at an event in Wyoming — an apparent reversal": a spaced dash ends the setting.
    if (DASHES.has(s) && tk.starts[j] !== tk.ends[j - 1]) {
      // "said on Monday in Cairo — after meeting Sisi — the talks were close": an aside between dashes.
      let close = j + 1;
      while (close < tk.length && close - j <= 15 && tk.surface[close] !== s && tk.surface[close] !== ".")
        close++;
      if (tk.surface[close] !== s) return true;
      j = close;
      continue;
    }
    if (state.quoteOf[j] !== -1 || l === "that" || isAuxiliary(res, l)) return false;
    if (res.words.pronouns.has(bareWord(l)) && l !== "who" && l !== "which") return false;
    if (state.claimed[j]) return false;
  }
  return false;
}

/** End (exclusive token index) of content that starts at `from`: the unit end, a claimed token, or a semicolon. */
const ADJUNCT_AFTER_COMMA = new Set([
  "which",
  "compared",
  "despite",
  "although",
  "though",
  "whereas",
  "while",
  "who",
  "whose",
  "whom",
  "just",
  "unlike",
  "amid",
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "no",
]);
function isTimeWord(l: string): boolean {
  return /^\d|\d$/.test(l) || TIME_NOUNS.has(l) || TIME_NAMES.has(l);
}
/** Months, seasons and weekdays, for isTimeWord. */
const TIME_NAMES = new Set<string>([...WEEKDAYS, ...MONTHS, "spring", "summer", "autumn", "fall", "winter"]);

const SENTENCE_ENDS = new Set([".", ";", "!", "?"]);

/** Does a comma come before any of `ends` (or the unit's end) from token i on? */
function commaBefore(tk: Tokens, i: number, ends: ReadonlySet<string>): boolean {
  for (let k = i; k < tk.length; k++) {
    const s = tk.surface[k] ?? "";
    if (s === ",") return true;
    if (ends.has(s)) return false;
  }
  return false;
}

const BUT_CONTINUES = new Set(["that", "rather", "also", "not", "instead", "is", "are"]);
/** Words in -ing that are prepositions, not participles. */
const ING_PREPOSITIONS = new Set([
  "including",
  "during",
  "regarding",
  "concerning",
  "following",
  "according",
  "considering",
  "pending",
  "excluding",
  "notwithstanding",
  "barring",
  "involving",
]);
const DASHES = new Set(["—", "–", "--", "-"]);

/**
 * Where reported content stops inside its sentence: before a trailing participle (", suggesting …",
 * ", offering …"), a dashed aside ("— a point that …"), or a trailing "according to".
 */
function endsContentAt(tk: Tokens, k: number): boolean {
  const s = tk.surface[k] ?? "";
  const next = tk.lower[k + 1] ?? "";
  // “… the confirmation,” according to the report: the comma sits inside the closing mark.
  if (
    tk.lower[k] === "according" &&
    next === "to" &&
    QUOTE_MARKS.has(tk.surface[k - 1] ?? "") &&
    tk.surface[k - 2] === ","
  )
    return true;
  if (s === ",") {
    if (next === "according" && tk.lower[k + 2] === "to") return true;
    // ", even suggesting …", ", also noting …": a participle after an adverb.
    if (/^(?:even|also|then|again|later)$/.test(next) && isParticiple(tk, k + 2))
      return !asideInsideClause(tk, k);
    // ", aside from saying …": an exception the writer adds, often a statement of its own.
    if (next === "aside" && tk.lower[k + 2] === "from") return true;
    // ", and the market did nothing", ", and Democratic leaders have brushed aside …": a clause of the
    // writer's with a subject of its own.
    if (next === "and" && newClauseAt(tk, k + 2)) return true;
    // A non-restrictive relative clause or an adjunct adds the writer's gloss: ", which is spread by
    // mosquitoes", ", despite a small number of complaints", ", minutes after the Supreme Court …".
    if (ADJUNCT_AFTER_COMMA.has(next)) return !asideInsideClause(tk, k);
    // ", when primaries …" glosses; "in 1975, when the war ended" is the time's own relative clause.
    if (next === "when") return !isTimeWord(tk.lower[k - 1] ?? "");
    // ", but the campaign refused …", ", but did not say when": the writer's contrast, or the speaker's
    // next statement, not this one's content.
    // ", a swipe at …", ", a 16-point margin over Sanders.": a trailing appositive is the writer's gloss.
    if ((next === "a" || next === "an") && !commaBefore(tk, k + 2, SENTENCE_ENDS)) return true;
    // ", but that …", ", but rather …", ", but “…”" go on with the same content.
    if (next === "but")
      return !BUT_CONTINUES.has(tk.lower[k + 2] ?? "") && !QUOTE_MARKS.has(tk.surface[k + 2] ?? "");
    return (
      next.length > 5 &&
      next.endsWith("ing") &&
      !isCapitalized(tk.surface[k + 1] ?? "") &&
      !ING_PREPOSITIONS.has(next)
    );
  }
  if (DASHES.has(s) || (s === "-" && tk.surface[k + 1] === "-")) {
    // A spaced dash opens an aside ("— to the chagrin of …", "- moves that …"); a hyphen inside a word
    // never reaches here, since words keep their hyphens.
    if (tk.starts[k] === tk.ends[k - 1]) return false;
    // "that – in his professional life – he is …": a pair of dashes sets an aside inside the content.
    return !closesAsideAt(tk, k) && !pairedBefore(tk, k);
  }
  return false;
}

/** Does a subject (a pronoun, a name, a determiner's noun) and then a finite verb start at i? */
function newClauseAt(tk: Tokens, i: number): boolean {
  const l = tk.lower[i] ?? "";
  let k: number;
  if (/^(?:he|she|they|we|it|i)$/.test(l)) k = i + 1;
  else if (/^(?:the|a|an|his|her|their|its)$/.test(l) || isCapitalized(tk.surface[i] ?? "")) {
    k = i + 1;
    while (
      k < tk.length &&
      k - i < 4 &&
      isWord(tk.surface[k] ?? "") &&
      !isFiniteAuxiliary(tk.lower[k] ?? "") &&
      !/^[a-z]{3,}ed$/.test(tk.surface[k] ?? "")
    )
      k++;
  } else return false;
  while (/^[a-z]{3,}ly$/.test(tk.lower[k] ?? "") || tk.lower[k] === "also") k++;
  // "…, and Israel would not stop": a backshifted or modal verb is still what was said.
  if (/^(?:would|could|should|might|must|was|were|had|will|can|may)$/.test(tk.lower[k] ?? "")) return false;
  return isFiniteAuxiliary(tk.lower[k] ?? "") || /^[a-z]{3,}ed$/.test(tk.surface[k] ?? "");
}

/**
 * Does a main clause start at i: a subject (a pronoun, a determiner's or an owner's noun, a name) and a
 * finite verb within a few words ("her message will be", "Japan’s sensitivities became")?
 */
function mainClauseAt(tk: Tokens, i: number): boolean {
  const l = tk.lower[i] ?? "";
  let k: number;
  if (/^(?:he|she|they|we|it|i|you)$/.test(l)) k = i + 1;
  else if (
    /^(?:the|a|an|his|her|their|its|our|my|this|that)$/.test(l) ||
    isCapitalized(tk.surface[i] ?? "")
  ) {
    k = i + 1;
    while (
      k < tk.length &&
      k - i < 5 &&
      isWord(tk.surface[k] ?? "") &&
      !isFiniteAuxiliary(tk.lower[k] ?? "")
    ) {
      const sf = tk.surface[k] ?? "";
      // ("Cruz, Rubio and Kasich were weak": the end of a list, not a clause's subject.)
      if (sf === "and" || sf === "or") return false;
      if (/^[a-z]{3,}ed$/.test(sf) || IRREGULAR_PASTS.test(sf)) return true;
      k++;
    }
  } else return false;
  while (/^[a-z]{3,}ly$/.test(tk.lower[k] ?? "") || tk.lower[k] === "also") k++;
  const v = tk.lower[k] ?? "";
  return isFiniteAuxiliary(v) || /^[a-z]{3,}ed$/.test(tk.surface[k] ?? "") || IRREGULAR_PASTS.test(v);
}

function nextCommaOutsideQuotes(state: UnitState, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (state.tk.surface[k] === "," && state.quoteOf[k] === -1) return k;
  return end;
}

function isParticiple(tk: Tokens, k: number): boolean {
  const l = tk.lower[k] ?? "";
  return l.length > 5 && l.endsWith("ing") && !ING_PREPOSITIONS.has(l) && !isCapitalized(tk.surface[k] ?? "");
}

function isParticipleAfterQuotedComma(state: UnitState, k: number): boolean {
  const { tk } = state;
  const l = tk.lower[k] ?? "";
  if (l.length <= 5 || !l.endsWith("ing") || ING_PREPOSITIONS.has(l) || isCapitalized(tk.surface[k] ?? ""))
    return false;
  return state.quoteOf[k - 1] !== -1 && QUOTE_MARKS.has(tk.surface[k - 1] ?? "") && tk.surface[k - 2] === ",";
}

function endsSentenceAt(state: UnitState, k: number): boolean {
  const { tk } = state;
  const s = tk.surface[k] ?? "";
  if (!QUOTE_MARKS.has(s) || state.quoteOf[k] === -1) return false;
  return (
    /^[.!?…]$/.test(tk.surface[k - 1] ?? "") &&
    isCapitalized(tk.surface[k + 1] ?? "") &&
    state.quoteOf[k + 1] === -1
  );
}

/**
 * Does the dash at k have its pair a few words on, with the sentence going on after it, and no verb of
 * its own between ("– in his private life –"; not "– a threat Israel dismissed –", the writer's)?
 */
function closesAsideAt(tk: Tokens, k: number): boolean {
  const mark = tk.surface[k] as string;
  for (let j = k + 2; j < tk.length && j - k <= 25; j++) {
    const s = tk.surface[j] ?? "";
    if (s === mark) return isWord(tk.surface[j + 1] ?? "") && !verbBetween(tk, k + 1, j);
    if (s === "." || s === ";" || s === "?" || s === "!" || s === ":") return false;
  }
  return false;
}

/** Is the dash at k the second of a pair, its first a few words back in the same sentence? */
function pairedBefore(tk: Tokens, k: number): boolean {
  const mark = tk.surface[k] as string;
  for (let j = k - 2; j >= 0 && k - j <= 25; j--) {
    const s = tk.surface[j] ?? "";
    if (s === mark) return isWord(tk.surface[k + 1] ?? "") && !verbBetween(tk, j + 1, k);
    if (s === "." || s === ";" || s === "?" || s === "!" || s === ":") return false;
  }
  return false;
}

/**
 * Does the comma at k open an aside that the clause goes on after: a relative clause inside its subject
 * ("that the announcement, which some called a stunt, was an insult") or a short verbless one ("as a
 * crucial, although brief, opportunity")? Then the content does not end there.
 */
function asideInsideClause(tk: Tokens, k: number): boolean {
  for (let j = k + 2; j < tk.length && j - k <= 30; j++) {
    const s = tk.surface[j] ?? "";
    if (s === "." || s === ";" || s === "?" || s === "!" || s === ":" || DASHES.has(s)) return false;
    if (s !== ",") continue;
    const after = tk.lower[j + 1] ?? "";
    if (BE.has(after) || MODALS.has(after) || /^(?:has|have|had|did|does)$/.test(after)) return true;
    return j - k <= 6 && isWord(tk.surface[j + 1] ?? "") && !verbBetween(tk, k + 1, j);
  }
  return false;
}

/** A finite verb among the tokens [from, to): an auxiliary, a modal or a past tense. Bounded by the caller. */
function verbBetween(tk: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = tk.lower[k] ?? "";
    if (
      BE.has(l) ||
      MODALS.has(l) ||
      /^(?:has|have|had)$/.test(l) ||
      /^[a-z]{3,}ed$/.test(tk.surface[k] ?? "")
    )
      return true;
  }
  return false;
}

function contentEnd(state: UnitState, from: number): number {
  const { tk } = state;
  let k = from;
  // -1 not yet known, 0 no, 1 yes: whether the cue's clause is a subordinate one ("When she talks about
  // Trump, her message will be …"), read at the first comma.
  let subordinate = -1;
  for (; k < tk.length; k++) {
    if (state.claimed[k]) {
      // "praised him for what he called “steadfast solidarity”": the nested naming is inside the content.
      if (!(tk.lower[k - 1] === "what" && k > from)) break;
      while (k + 1 < tk.length && state.claimed[k + 1]) k++;
      continue;
    }
    const s = tk.surface[k] ?? "";
    if (s === ";") break;
    // (Only after a quotation that is the whole content so far: "were “indiscriminate” and violated …"
    // goes on.)
    if (
      s === "and" &&
      k > from + 1 &&
      QUOTE_MARKS.has(tk.surface[k - 1] ?? "") &&
      state.quoteOf[from] !== -1 &&
      state.quoteOf[from] === state.quoteOf[k - 1] &&
      NEXT_VERB_AFTER_AND.test(tk.surface[k + 1] ?? "")
    )
      break;
    if (s === "but" && k > from + 1 && butEndsContent(tk, from, k)) break;
    // "When she talks about Trump, her message will be …": a subordinate clause's content ends where the
    // main clause begins.
    if (s === "," && k > from && state.quoteOf[k] === -1) {
      if (subordinate === -1) {
        // (Only when no comma closes the subordinate clause before the cue: "As Obama spoke, Trump noted
        // that even in little things, the president …" reports from the main clause.)
        // ("In a debate, while most of his rivals called for …, Trump hewed …": the opener follows the last
        // comma before the content, or opens the clause.)
        let c = from - 1;
        const start = clauseStartOf(state, from);
        while (c > start && tk.surface[c - 1] !== ",") c--;
        // ("Even as a child, when …"; not "As Hedrick Smith reported in his book, the big shots had …", where
        // the main clause is what was reported.)
        const even = tk.lower[c] === "even";
        const opener = tk.lower[even ? c + 1 : c] ?? "";
        subordinate = c < from - 1 && FRONTED_SUBORDINATORS.has(opener) && (even || opener !== "as") ? 1 : 0;
      }
      if (subordinate === 1 && mainClauseAt(tk, k + 1)) break;
    }
    // "called her “third-rate” and boycotted one of the debates", "has proposed a ban and has gone so far
    // as …": after an object, "and" with a verb of its own goes on with the subject's next act, not with
    // what was said (a reported clause's "and killed three" stays inside it).
    if (s === "and" && k > from + 1 && secondPredicateAt(tk, k + 1) && !clausalContent(tk, from, k)) break;
    // ("that, while …", "how, growing up, …": a complementizer keeps the aside right after it.)
    if (
      (k > from + 1 ||
        (k > from && tk.lower[from] !== "that" && !COMPLEMENTIZERS.has(tk.lower[from] ?? ""))) &&
      state.quoteOf[k] === -1 &&
      endsContentAt(tk, k)
    )
      break;
    // A sentence that the unit took in after a closing mark (“… terrorism.” The statement …) is not content.
    if (k > from && endsSentenceAt(state, k)) {
      k++;
      break;
    }
    // “… imposed on it,” adding that …: the comma sits inside the closing mark.
    if (k > from + 2 && isParticipleAfterQuotedComma(state, k)) break;
  }
  // Trailing sentence punctuation, stray marks and footnote markers ("[14]") are not content.
  while (k > from) {
    const s = tk.surface[k - 1] ?? "";
    if (s === "]" && /^\d+$/.test(tk.surface[k - 2] ?? "") && tk.surface[k - 3] === "[" && k - 3 >= from) {
      k -= 3;
    } else if ((s.length === 1 && ".,;:!?…".includes(s)) || s === "and" || s === "but" || s === "or") {
      k--;
    } else if (QUOTE_MARKS.has(s) && state.quoteOf[k - 1] === -1) {
      k--;
    } else if (s === ")" && !opensWithin(tk, k - 1, "(", ")", k - from)) {
      // "… that he was working on a book.)": the writer's parenthesis closes after the content.
      k--;
    } else break;
  }
  return k;
}

function contentKind(state: UnitState, from: number, to: number, used: Uint8Array): StatementKind {
  for (let i = from; i < to; i++) {
    const q = state.quoteOf[i] as number;
    if (q !== -1 && !used[q]) return "mixed";
  }
  return "indirect";
}

function markQuotesUsed(state: UnitState, from: number, to: number, used: Uint8Array): void {
  for (let i = from; i < to; i++) {
    const q = state.quoteOf[i] as number;
    if (q !== -1) used[q] = 1;
  }
}

function indirectAt(
  state: UnitState,
  cue: CueGroup,
  quotes: readonly Quote[],
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk } = state;
  const floor = floorOf(state, cue.outer);
  const afterComma = tk.surface[cue.outer - 1] === ",";
  // “…, said Smith.”: the cue is inverted after a comma.
  const comp = complementStart(state, cue, res);
  if (
    afterComma &&
    res.cues.frames.invertible.has(cue.lemma) &&
    cue.form !== "ing" &&
    !comp.that &&
    !isAppositiveSubject(state, cue, floor, res)
  ) {
    const limit = clauseLimit(state, cue.end + 1);
    const right = speakerRightOf(tk, cue.end + 1, limit, res.words, limit, res.isCue);
    const to = cue.outer - 1;
    if (
      right &&
      endsClause(tk, right.end + 1, limit) &&
      to - floor >= 3 &&
      !anyClaimed(state, floor, to - 1)
    ) {
      const from = afterDiscourseMarker(tk, floor, to);
      const kind = contentKind(state, from, to, used);
      markQuotesUsed(state, from, to, used);
      claim(state, floor, right.end);
      return draftFrom(state, right, cue, [span(tk, from, to - 1)], kind, 0.7, res);
    }
  }
  // The checks that do not depend on the speaker come first: finding the speaker is the costly part, and
  // it only reads the state, so a cue these reject is rejected whatever the speaker would have been.
  let at = comp.at;
  // "decided after a lengthy investigation not to recommend charges": a setting before the infinitive.
  if (
    cue.classes & INTENT &&
    /^(?:after|following|despite|during|in|on|at|amid|with)$/.test(tk.lower[cue.end + 1] ?? "") &&
    tk.lower[cue.end + 2] !== "on"
  ) {
    for (let k = cue.end + 2; k < tk.length && k - at <= 7; k++) {
      if (!isWord(tk.surface[k] ?? "") || isAuxiliary(res, tk.lower[k] ?? "")) break;
      const l = tk.lower[k] ?? "";
      // ("vowed in an address to the nation to continue": a "to" before a name or a determiner is the
      // setting's own.)
      const after = l === "to" ? k + 1 : k + 2;
      const infinitive =
        !res.words.determiners.has(tk.lower[after] ?? "") && !isCapitalized(tk.surface[after] ?? "");
      if ((l === "to" || ((l === "not" || l === "never") && tk.lower[k + 1] === "to")) && infinitive) {
        at = k;
        break;
      }
    }
  }
  const next = tk.lower[at] ?? "";
  // "Officials who expressed concern said the plan would fail": a reporting verb right after the cue is
  // the main clause's, after a relative clause; what the officials said is not the relative's content.
  if (/^(?:said|says|told|tells)$/.test(tk.surface[at] ?? "")) return null;
  // ("Officials who complained have said", "Those who disagreed told the newspaper": after a relative's
  // cue, auxiliaries and adverbs, then a verb of saying, which is the main clause's.)
  if (tk.lower[cue.outer - 1] === "who" && mainVerbOfSayingAt(tk, cue.end + 1, res)) return null;
  // "Julie Hirschfeld Davis reported from Midway Atoll": where a byline's reporter was, not a report.
  if (
    (cue.lemma === "report" || cue.lemma === "write") &&
    !comp.that &&
    next === "from" &&
    at === cue.end + 1
  )
    return null;
  // "… and said little, according to an attendee", "said nothing about Iran": nothing was reported.
  if (
    cue.lemma === "say" &&
    at === cue.end + 1 &&
    /^(?:little|nothing)$/.test(next) &&
    // Not "said little had changed", "said nothing would stop Israel": a clause with its verb.
    !finiteVerbWithin(tk, at + 1, Math.min(tk.length, at + 3))
  )
    return null;
  const coordinated = afterComma || tk.lower[cue.outer - 1] === "and";
  // "added 160 officers", "called off a deal": these verbs report only with a clause or a quotation.
  // "pointed to the strikes", "summed up the talks": a particle that the verb takes makes what follows its
  // object, as the particle-less verb's clause would be.
  const particle =
    cue.end > cue.verb && !!res.cues.frames.particles.get(cue.lemma)?.has(tk.lower[cue.end] ?? "");
  // ("…,” he said, adding the U.S. must be equally global": a bare clause is a clause too.)
  const clauseless =
    cue.needsClause &&
    !particle &&
    !comp.that &&
    comp.at < tk.length &&
    !startsQuoteOrColon(state, cue) &&
    // (Not "adding gains as investors were betting": the clause must open with its subject.)
    !(
      cue.form === "ing" &&
      clauseFollows(tk, comp.at, res) &&
      (res.words.pronouns.has(tk.lower[comp.at] ?? "") ||
        res.words.determiners.has(tk.lower[comp.at] ?? "") ||
        isCapitalized(tk.surface[comp.at] ?? ""))
    );
  // "The decision, the official added, was taken in Tehran": only a parenthetical report may go on.
  if (clauseless && tk.surface[cue.end + 1] !== ",") return null;
  // "A CNN poll showed a one-point difference", "a new poll showing Trump down": what a record shows is
  // reported, whatever its shape; checked against the speaker below.
  const evidence =
    EVIDENCE_VERBS.has(cue.lemma) &&
    !comp.that &&
    dataNounBefore(tk, cue.outer) &&
    // "the records showed up in a box" is no finding.
    !/^(?:up|off|around)$/.test(next);
  // "…, the poll found.": a record's finding stated before it.
  const findingBefore =
    EVIDENCE_VERBS.has(cue.lemma) &&
    dataNounBefore(tk, cue.outer) &&
    (cue.end + 1 >= tk.length || /^[.;!?]$/.test(tk.surface[cue.end + 1] ?? ""));
  // "Noting that the talks had stalled, Qassim said …": a participle that opens the sentence is its
  // subject's.
  const fronted =
    cue.form === "ing" &&
    !coordinated &&
    cue.outer === cue.verb &&
    isCapitalized(tk.surface[cue.outer] ?? "") &&
    cue.outer === afterDiscourseMarker(tk, floor, cue.outer);
  // "began by saying …" keeps going; a bare gerund ("asking questions") is no report.
  if (
    cue.form === "ing" &&
    !fronted &&
    !coordinated &&
    !comp.that &&
    // "Trump is defending his tweets": a progressive is as finite as "defended".
    !progressive(tk, cue) &&
    // "pastors supporting Mr. Cruz", "a super PAC backing Clinton": a stance of the noun right before it.
    !reducedStance(tk, cue, res) &&
    cue.lemma !== "say" &&
    cue.lemma !== "tell" &&
    !evidence &&
    !afterWithName(tk, cue.outer, res)
  )
    return null;
  if (!(cue.classes & SPEECH)) {
    // "Palestinians want East Jerusalem for their state", "wants voters to know …": what is wanted may be a
    // thing or someone to do something.
    const intent =
      cue.classes & INTENT &&
      (next === "to" ||
        // "decided not to recommend charges", "vowed never to return"
        ((next === "not" || next === "never") && tk.lower[at + 1] === "to") ||
        // "offered an emotional evaluation of …", "offered his condolences", "offered an olive branch"
        (cue.lemma === "offer" && offeredWords(tk, at)) ||
        (IMPRESSION_LEMMAS.has(cue.lemma) && at === cue.end + 1 && predicateAfter(tk, at, res)) ||
        // "It seems the public's view of her is awful", "It appears that …": a clause, with no subject.
        (IMPRESSION_LEMMAS.has(cue.lemma) &&
          expletiveIt(tk, cue) &&
          (comp.that || clauseFollows(tk, at, res))) ||
        (cue.lemma === "want" &&
          at === cue.end + 1 &&
          (res.words.determiners.has(next) || (isWordToken(tk, at) && !NOUN_CONTEXT.has(next)))));
    // "Four in 10 voters see the campaign as most unfair": seeing something as something.
    const seenAs =
      ((cue.lemma === "see" || cue.lemma === "view") && asWithin(tk, at, 12)) ||
      passiveImpression(tk, cue.verb, cue.lemma, cue.form);
    const thought =
      cue.classes & THOUGHT &&
      (comp.that ||
        seenAs ||
        res.words.pronouns.has(next) ||
        next === "there" ||
        (isCapitalized(tk.surface[at] ?? "") && !res.words.temporal.has(next)) ||
        clauseFollows(tk, at, res));
    if (!intent && !thought && !evidence && !findingBefore) return null;
  }
  if (fronted) return frontedParticiple(state, cue, at, comp.that, used, res);
  const qAt = at < tk.length ? (state.quoteOf[at] as number) : -1;
  if (qAt !== -1 && used[qAt] && tk.starts[at] === (quotes[qAt] as Quote).open) return null;
  // "His ability to do so seemed shaky", "This appeared to be …": what seems may be any subject.
  const speaker =
    speakerOfCue(state, cue, res) ??
    (IMPRESSION_LEMMAS.has(cue.lemma) ? impressionSubject(state, cue, floor) : null);
  // An appositive may hold a statement of its own ("X, a Republican who has refused to endorse Y, said …"):
  // only the speaker's own words must be free.
  const ownEnd = speaker && speaker.appositive !== -1 ? speaker.appositive - 1 : (speaker?.end ?? 0);
  if (!speaker || (speaker !== state.lastSpeaker && anyClaimed(state, speaker.start, ownEnd))) return null;
  // "The party, he said, will not disarm.": the attribution between commas splits what was said in two.
  const around =
    cue.form !== "ing" && cue.classes & (SPEECH | THOUGHT)
      ? parentheticalAround(state, speaker, cue, floor, used, res)
      : null;
  if (around) {
    const [a, b] = around;
    const kind = contentKind(state, a[0], b[1], used);
    markQuotesUsed(state, a[0], b[1], used);
    claim(state, a[0], b[1] - 1);
    return draftFrom(
      state,
      speaker,
      cue,
      [span(tk, a[0], a[1] - 1), span(tk, b[0], b[1] - 1)],
      kind,
      0.75,
      res,
    );
  }
  if (clauseless) return null;
  let end = contentEnd(state, at);
  // A participle aside right after its subject ("Manafort, citing his polls, said …") ends at its comma,
  // and leaves the subject free for the clause's own cue.
  const aside =
    cue.form === "ing" &&
    followsComma(tk, cue.outer) &&
    speaker.end + 2 >= cue.outer &&
    // "said Nasrallah, warning that …" is the inverted cue's speaker going on, not an aside.
    !res.cues.forms.has(tk.lower[speaker.start - 1] ?? "");
  if (aside)
    end = Math.min(end, nextCommaOutsideQuotes(state, at, end), quotedCommaBeforeCue(state, at, end, res));
  // "While Ramos said that journalists cannot take sides, he appears uneasy": a statement in a fronted
  // subordinate clause ends at the clause's comma.
  // ("Just as Bill Clinton claimed …,", "Even as she said …,": a word before the subordinator.)
  const opener = speaker.start - 1;
  const clauseStart = afterDiscourseMarker(tk, floor, speaker.start);
  if (
    FRONTED_SUBORDINATORS.has(tk.lower[opener] ?? "") &&
    (opener === clauseStart ||
      (opener === clauseStart + 1 && /^(?:just|even|only)$/.test(tk.lower[clauseStart] ?? "")))
  )
    end = Math.min(end, nextCommaOutsideQuotes(state, at, end));
  // "A poll showing Trump down has rattled Republicans": the finding ends where its subject's verb begins.
  if (evidence && cue.form === "ing" && !aside && speaker.start <= afterDiscourseMarker(tk, floor, cue.outer))
    end = Math.min(end, lastAuxiliary(state, at + 2, end, res));
  // "…, a Republican who has refused to endorse Mr. Trump, said …": a relative clause between commas ends
  // at its comma.
  if (
    tk.lower[speaker.start] === "who" &&
    speaker.start === speaker.end &&
    tk.surface[speaker.start - 1] !== "("
  ) {
    end = Math.min(end, nextCommaOutsideQuotes(state, at, end));
    // "others who want to ban abortion said …": a restrictive one ends where its noun's own verb reports.
    if (tk.surface[speaker.start - 1] !== ",")
      end = Math.min(end, nextReportingVerb(state, at + 1, end, res));
  }
  if (end - at >= 1) {
    if (tk.surface[at] === "," || tk.surface[at] === ":") at++;
    end = cutAtNextAttribution(state, at, end, res);
    end = beforeTrailingGerund(state, at, end);
    if (!comp.that && res.cues.frames.stance.has(cue.lemma)) end = objectEnd(state, at, end);
    // "Pastors supporting Mr. Cruz gathered in Iowa": the object ends where the sentence's verb begins.
    if (reducedStance(tk, cue, res)) end = verbGroupAt(tk, at + 1, end, 1);
    if (end <= at) return null;
    // "Trump seemed to become agitated": the writer's impression of Trump, not anything Trump said. No
    // speaker; the content is the subject and what it seemed to do.
    // So is what someone "is expected to" do: no one is named as expecting it.
    const expected =
      (cue.lemma === "expect" || passiveImpression(tk, cue.verb, cue.lemma, cue.form)) &&
      cue.form === "past" &&
      BE.has(tk.lower[cue.start] ?? "") &&
      cue.start < cue.verb;
    const impression = IMPRESSION_LEMMAS.has(cue.lemma) || expected;
    // "Hamas is not expected to accept, a senior Egyptian official said.": the official's statement.
    // "I think this is nonsense, Trump said.": a first person's belief inside what an inverted cue reports
    // is left to that cue, which names who "I" is.
    const firstPerson =
      cue.classes & THOUGHT &&
      !(cue.classes & SPEECH) &&
      speaker.start === speaker.end &&
      /^(?:i|we)$/.test(tk.lower[speaker.start] ?? "");
    if ((impression || firstPerson) && invertedAttributionAfter(state, end, res)) return null;
    const kind = contentKind(state, at, end, used);
    markQuotesUsed(state, at, end, used);
    claim(
      state,
      speaker === state.lastSpeaker || aside ? cue.start : Math.min(speaker.start, cue.start),
      end - 1,
    );
    const confidence = cue.classes & SPEECH ? (comp.that ? 0.8 : 0.7) : cue.classes & THOUGHT ? 0.6 : 0.5;
    if (impression && expletiveIt(tk, cue)) {
      // "It seems (that) …": the clause alone; "it" stands for nothing.
      return draftFrom(state, null, cue, [span(tk, at, end - 1)], kind, 0.5, res);
    }
    if (impression && speaker !== state.lastSpeaker) {
      const subject = speaker.end;
      // "Enthusiasm for Clinton appears to …": the whole subject, back to its clause's start.
      let first = speaker.start;
      while (
        first - 1 >= floor &&
        isWord(tk.surface[first - 1] ?? "") &&
        !SUBJECT_STOPS.has(tk.lower[first - 1] ?? "") &&
        !res.isCue(tk.lower[first - 1] ?? "") &&
        !state.claimed[first - 1]
      )
        first--;
      const draft = draftFrom(
        state,
        null,
        cue,
        [span(tk, first, subject), span(tk, at, end - 1)],
        kind,
        0.5,
        res,
      );
      // "Khamenei appeared to threaten Israel, saying …": a participle after it is the subject's own.
      state.lastSpeaker = speaker;
      return draft;
    }
    // "Qassim was asked how ties would fare": the question was put to him by someone the text does not
    // name; it is no statement of his.
    const askedOf =
      cue.lemma === "ask" &&
      cue.form === "past" &&
      (BE.has(tk.lower[cue.verb - 1] ?? "") ||
        (isAdverb(res, tk, cue.verb - 1) && BE.has(tk.lower[cue.verb - 2] ?? "")));
    return draftFrom(state, askedOf ? null : speaker, cue, [span(tk, at, end - 1)], kind, confidence, res);
  }
  // “…, sources said.”: the content comes before the speaker.
  if (
    tk.surface[speaker.start - 1] === "," &&
    speaker.start - 1 > floor &&
    (cue.classes & SPEECH || findingBefore)
  ) {
    const to = speaker.start - 1;
    const from = leadingQuoteStart(state, floor, used) ?? afterDiscourseMarker(tk, floor, to);
    if (anyClaimed(state, from, to - 1) || to - from < 3) return null;
    const kind = contentKind(state, from, to, used);
    markQuotesUsed(state, from, to, used);
    claim(state, from, cue.end);
    return draftFrom(state, speaker, cue, [span(tk, from, to - 1)], kind, 0.7, res);
  }
  return null;
}

/** Words in -ing that are no participle: "The war, he said, nothing changed …". */
const NOT_PARTICIPLES = new Set(
  "nothing something anything everything during morning evening thing king spring building ceiling".split(
    " ",
  ),
);

/** Words that open a clause of its own after a comma: "…, he said, and …", "…, he said, while …". */
const CLAUSE_JOINERS = new Set("and but or so while as before after when although though whereas".split(" "));

/**
 * "The party, he said, will not disarm", "Too often, Mr. Qassim said on Tuesday, the debate …": an
 * attribution set between commas inside the clause it reports. The token ranges [from, to) before and
 * after it, or null when the speaker is not so set off, or either side is empty or taken.
 */
function parentheticalAround(
  state: UnitState,
  speaker: Phrase,
  cue: CueGroup,
  floor: number,
  used: Uint8Array,
  res: AttributionResources,
): [[number, number], [number, number]] | null {
  const { tk } = state;
  const before = speaker.start - 1;
  if (tk.surface[before] !== "," || speaker.end >= cue.outer || before <= floor) return null;
  // After the cue, only its setting ("on Tuesday", "in an interview") up to the second comma.
  let after = cue.end + 1;
  const limit = Math.min(tk.length, cue.end + 9);
  while (after < limit && tk.surface[after] !== "," && isWordToken(tk, after) && tk.lower[after] !== "that")
    after++;
  if (tk.surface[after] !== ",") return null;
  if (
    after > cue.end + 1 &&
    !AFTER_SPEAKER.has(tk.lower[cue.end + 1] ?? "") &&
    !cueAt(state, cue.end + 1, res)
  ) {
    const l = tk.lower[cue.end + 1] ?? "";
    if (!/^(?:today|yesterday|tonight|recently|later|earlier|again|also)$/.test(l)) return null;
  }
  // "…, he said, adding that …": what follows is another report of his, not the rest of this one.
  const next = tk.lower[after + 1] ?? "";
  if (next === "that" || after + 1 >= tk.length || cueAt(state, after + 1, res)?.form === "ing") return null;
  // "…, a spokeswoman said, and it has stayed open since": a clause of the writer's own goes on.
  if (CLAUSE_JOINERS.has(next)) return null;
  const from = afterDiscourseMarker(tk, floor, before);
  if (before - from < 1 || anyClaimed(state, from, before - 1)) return null;
  const end = contentEnd(state, after + 1);
  if (end - (after + 1) < 2 || anyClaimed(state, after + 1, end - 1)) return null;
  // "…, he said, wiping the dust off his face" is how he said it; "…, he said, replacing the leadership
  // would be harder" goes on with a verb of its own.
  if (/^[a-z]{3,}ing$/.test(tk.surface[after + 1] ?? "") && !NOT_PARTICIPLES.has(next)) {
    let k = after + 2;
    while (k < end && !res.cues.auxiliaries.has(tk.lower[k] ?? "")) k++;
    if (k >= end) return null;
  }
  const q = state.quoteOf[after + 1] ?? -1;
  if (q !== -1 && used[q]) return null;
  return [
    [from, before],
    [after + 1, end],
  ];
}

/**
 * “You abandoned the Syrian people” to please Moscow, he said: a free quotation right before the clause
 * floor, which the writer's words go on from, starts the content. Its first token, or null.
 */
function leadingQuoteStart(state: UnitState, floor: number, used: Uint8Array): number | null {
  const q = state.quoteOf[floor - 1] ?? -1;
  if (q === -1 || used[q] || state.claimed[floor - 1] || state.quoteOf[floor] === q) return null;
  let k = floor - 1;
  while (k > 0 && state.quoteOf[k - 1] === q) k--;
  return k;
}

/**
 * "Christopher Harvey, an African-American delegate from Houston, Texas, said the turmoil …": the words
 * before the comma are the speaker and an appositive, not content reported by someone after the cue.
 */
function isAppositiveSubject(
  state: UnitState,
  cue: CueGroup,
  floor: number,
  res: AttributionResources,
): boolean {
  const left = speakerLeftOf(state.tk, cue.outer, floor, res.words, res.isCue);
  return (
    left !== null && left.appositive !== -1 && left.start <= afterDiscourseMarker(state.tk, floor, cue.outer)
  );
}

/**
 * "Mr. Manafort, calling it “the unique magic of Trump,” said …": the end (exclusive, after the closing
 * mark) of a quotation whose comma sits inside its mark and which a finite speech cue follows, or end.
 */
function quotedCommaBeforeCue(
  state: UnitState,
  from: number,
  end: number,
  res: AttributionResources,
): number {
  const { tk } = state;
  for (let c = from + 2; c < end; c++) {
    if (!QUOTE_MARKS.has(tk.surface[c - 1] ?? "") || tk.surface[c - 2] !== ",") continue;
    const cue = cueAt(state, c, res);
    if (cue && cue.classes & SPEECH && cue.outer === c && (cue.form === "past" || cue.form === "s")) return c;
  }
  return end;
}

/** The first speech cue in a finite form ("said", "say") in [from, end), or end. */
function nextReportingVerb(state: UnitState, from: number, end: number, res: AttributionResources): number {
  for (let c = from; c < end; c++) {
    if (state.quoteOf[c] !== -1) continue;
    const cue = cueAt(state, c, res);
    if (!cue || cue.outer !== c || !MAIN_REPORTING.has(cue.lemma)) continue;
    // Past or present: "said", "says", and "say" after its plural subject (not "to say", "would say").
    const base = cue.form === "base" && cue.lemma === "say";
    if (cue.form !== "past" && cue.form !== "s" && !base) continue;
    if (base && (state.tk.lower[c - 1] === "to" || isAuxiliary(res, state.tk.lower[c - 1] ?? ""))) continue;
    return c;
  }
  return end;
}

/** The last auxiliary outside quotations in [from, end) ("has", "will", "was"), or end. */
function lastAuxiliary(state: UnitState, from: number, end: number, res: AttributionResources): number {
  for (let c = end - 1; c >= from; c--)
    if (state.quoteOf[c] === -1 && isAuxiliary(res, state.tk.lower[c] ?? "")) return c;
  return end;
}

/** The words that head a record a finding is "in": polls, surveys, studies, an average of polls. */
const RECORD_HEADS = new Set(["poll", "polls", "survey", "surveys", "study", "studies", "average"]);
// "an average of … polls" holds "polls": "average" alone need not send a unit through the pass.
const RECORD_WORD = /\b(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Rr]eportedly)\b/g;

/** Offsets of the record words in the text, in order (one regex pass per document). */
function recordWordsIn(text: string): number[] {
  const out: number[] = [];
  RECORD_WORD.lastIndex = 0;
  for (let m = RECORD_WORD.exec(text); m; m = RECORD_WORD.exec(text)) out.push(m.index);
  return out;
}

/** Nouns of a standing or its change: what they are "in" a poll is no finding reported. */
const STANDING_NOUNS =
  /^(?:standing|standings|nosedive|swoon|drop|drops|rise|surge|decline|slide|slump|fall|gains?|position|strength|weakness|numbers|ranking|rankings|place|showing|lead|leading|leads|trailing|trails|trail|ahead|behind|slipping|slipped|slip|ground|falling|fell|fallen|rising|rose|risen|surging|surged|dropping|dropped|well|badly|poorly|part|found|errors?|climbing|climbed|sinking|sank|stalled|mired|struggling|participated|participate|participating)$/;
/** Words that open a relative or subordinate clause, or a prepositional phrase leading one. */
const NOT_THE_FINDING = new Set(
  "who whom whose which that when while whereas despite depending with after before because if as although though since until once unless where".split(
    " ",
  ),
);
/** Words that may follow a record's head inside its phrase: "a poll of voters", "polls ahead of". */
const RECORD_FOLLOWERS = /^(?:of|by|from|for|in|among|ahead|this|last|earlier|published|this|since)$/;
/** Words that end a record's phrase after its head ("in a poll released Monday, …", "in the poll. Next"). */
const RECORD_PHRASE_END = new Set([
  ",",
  ".",
  ";",
  ":",
  "—",
  "–",
  "that",
  "which",
  "who",
  "and",
  "but",
  "?",
  "!",
]);

/**
 * "In a CNN/ORC poll released Monday, 31% of Republicans said …", "Clinton led Sanders 2-1 in an NBC News
 * poll": a finding attributed to the record it is "in". The record is the source, "in" the cue, and the
 * clause after the fronted phrase, or before the trailing one, the content. Not when "in" lies inside
 * another statement's content ("Trump said he leads in the polls" is Trump's).
 */
function recordSource(state: UnitState, res: AttributionResources): StatementDraft | null {
  const { tk } = state;
  const n = tk.length;
  for (let i = 0; i < n - 1; i++) {
    if (tk.lower[i] !== "in" || state.claimed[i] || state.quoteOf[i] !== -1) continue;
    // "his nosedive in the polls", "her strength in the polls": a standing, not a finding.
    if (STANDING_NOUNS.test(tk.lower[i - 1] ?? "")) continue;
    // The record's head within a few words, with nothing but a noun phrase's words between.
    let head = -1;
    for (let k = i + 1; k < n && k - i <= 16; k++) {
      const l = tk.lower[k] ?? "";
      // "Survey Research": a capitalised record word inside a name heads nothing.
      if (
        RECORD_HEADS.has(l) &&
        !(isCapitalized(tk.surface[k] ?? "") && isCapitalized(tk.surface[k + 1] ?? ""))
      ) {
        // "an average of New Hampshire polls": the polls head the phrase.
        head = l === "average" && tk.lower[k + 1] === "of" ? -1 : k;
        if (head !== -1) break;
        continue;
      }
      if (l === "of" && tk.lower[k - 1] === "average") continue;
      // "the Center for Policy and Survey Research poll": small words inside a name.
      if (
        /^(?:and|of|for)$/.test(l) &&
        isCapitalized(tk.surface[k + 1] ?? "") &&
        isCapitalized(tk.surface[k - 1] ?? "")
      )
        continue;
      const sf = tk.surface[k] ?? "";
      if (
        RECORD_PHRASE_END.has(l) ||
        res.isCue(l) ||
        /^(?:to|at|on|with|as|is|are|was|were|be)$/.test(l) ||
        !/^[\p{L}\p{N}'’/&.%-]+$/u.test(sf)
      )
        break;
    }
    if (head === -1) continue;
    if (head === i + 1 && tk.lower[head] !== "polls") continue; // "in study" is no record
    // The phrase runs on to a comma or the clause's end ("released Monday", "last month"), briefly; the
    // head must end a noun ("a study abroad program" is a program).
    const next = tk.lower[head + 1] ?? "";
    if (
      head + 1 < n &&
      !RECORD_PHRASE_END.has(next) &&
      !RECORD_FOLLOWERS.test(next) &&
      !res.words.temporal.has(next) &&
      !/^[a-z]+ed$/.test(next) &&
      !/^\d/.test(next)
    )
      continue;
    let end = head;
    for (let k = head + 1; k < n && k - head <= 6; k++) {
      if (RECORD_PHRASE_END.has(tk.lower[k] ?? "")) {
        end = k - 1;
        break;
      }
      if (k === n - 1) end = k;
    }
    const after = tk.lower[end + 1] ?? "";
    let from: number;
    let to: number;
    const opening = afterDiscourseMarker(tk, 0, i);
    if (i === opening && after === ",") {
      // Fronted: the clause after the comma.
      from = end + 2;
      to = n - 1;
      while (to > from && /^[.;:!?]$/.test(tk.surface[to] ?? "")) to--;
    } else {
      // Trailing: the clause before "in", from the unit's start or its last clause mark.
      from = 0;
      for (let k = i - 1; k >= 0; k--) {
        if (/^[;:—–]$/.test(tk.surface[k] ?? "")) {
          from = k + 1;
          break;
        }
      }
      from = afterDiscourseMarker(tk, from, i);
      to = i - 1;
      while (to > from && tk.surface[to] === ",") to--;
      // "a rival who is far behind him in the polls", "Despite his low standing in the polls": the
      // finding is a relative or subordinate clause's, not the sentence's.
      let subordinate = false;
      for (let k = from; k <= to && !subordinate; k++) subordinate = NOT_THE_FINDING.has(tk.lower[k] ?? "");
      if (subordinate) continue;
    }
    if (to - from < 1 || anyClaimed(state, i, end)) continue;
    const speaker: Phrase = { start: i + 1, end, head, appositive: -1 };
    const cue: CueGroup = {
      start: i,
      outer: i,
      verb: i,
      end: i,
      classes: SPEECH,
      form: "phrase",
      lemma: "in",
      needsClause: false,
    };
    return draftFrom(state, speaker, cue, [span(tk, from, to)], "indirect", 0.5, res);
  }
  return null;
}

/** Does a colon come within the first words of the unit ("Graham: Trump’s rhetoric …")? */
function colonNear(text: string, unit: Span): boolean {
  const to = Math.min(unit[1], unit[0] + 48);
  for (let i = unit[0]; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** Labels and datelines before a colon that name no speaker. */
const NOT_A_HEADLINE_SPEAKER = new Set(
  "q a update updated breaking exclusive watch video photos analysis opinion editorial note editor’s editor's correction related read more also see source sources photo credit by latest remember contributing contributors look boom wow plus".split(
    " ",
  ),
);

/**
 * "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance", "Poll: Trump Ties Clinton": the
 * headline convention of a speaker's name, a colon and what they said. The name is a few capitalised
 * words opening the unit; a label ("UPDATE:", "Q:") or a dateline ("WASHINGTON:") is none.
 */
function headlineSpeaker(
  state: UnitState,
  res: AttributionResources,
  paragraphEnd: number,
  transcriptLabels: ReadonlySet<string>,
  usedQuote: Uint8Array,
  beforeCues: boolean,
): StatementDraft | null {
  const { tk } = state;
  const n = tk.length;
  // "“WALLACE: Let’s start …": a transcript quoted whole opens each turn's paragraph with a quotation mark
  // (the news convention for a quotation over several paragraphs); the turn's label follows the mark.
  const s0 =
    paragraphEnd !== -1 && QUOTE_MARKS.has(tk.surface[0] ?? "") && transcriptLabels.has(tk.surface[1] ?? "")
      ? 1
      : 0;
  let c = -1;
  for (let k = s0 + 1; k < n && k <= s0 + 6; k++) {
    if (tk.surface[k] === ":") {
      c = k;
      break;
    }
  }
  // A transcript's turns ("WALLACE: …", "QASSIM: …") name the same speakers paragraph after paragraph; a
  // turn may be short ("WALLACE: Why not?") and goes on to its paragraph's end or the next turn.
  const labelled = c !== -1 && transcriptLabels.has(tk.surface[s0] ?? "");
  const quotedTurn = s0 === 1 && c !== -1 && state.quoteOf[c] === state.quoteOf[0];
  if (
    c === -1 ||
    (n - c < 4 && !labelled) ||
    c + 1 >= n ||
    state.claimed[c] ||
    state.claimed[c + 1] ||
    (state.quoteOf[c] !== -1 && !quotedTurn)
  )
    return null;
  // (No setting after the name: "Pressure on Netanyahu:", "Chaos at Al-Shifa:", "Back to School:" are
  // titles as often as "Mukasey at RNC:" is a speaker.)
  for (let k = s0; k < c; k++) {
    const sf = tk.surface[k] ?? "";
    // ("Wash Post Fact-Check:", "Report:": a cue word's noun, capitalised, names; "Trump Says:" does not.)
    const noun = isCapitalized(sf) && MEDIA_NOUNS.test(tk.lower[k] ?? "");
    if (!(isCapitalized(sf) || /^(?:&|of|the|\.|['’]s)$/.test(sf)) || (res.isCue(tk.lower[k] ?? "") && !noun))
      return null;
    if (NOT_A_HEADLINE_SPEAKER.has(tk.lower[k] ?? "")) return null;
    // "Doha’s Gamble: Qatar, Hamas and the Talks": an owner's noun is a title's subject, not a speaker.
    if (/['’]s?$/.test(sf) && TITLE_NOUNS.test(tk.lower[k + 1] ?? "")) return null;
    // "On the Road Again: …" is a title with its subtitle: small words other than a name's are no name's.
    const l = tk.lower[k] ?? "";
    if (res.words.stopWords.has(l) && !(l === "the" && k === 0) && l !== "of" && l !== "&") return null;
  }
  // "WASHINGTON:", "UPDATE:": one upper-case word longer than an acronym is a dateline or a label; so are
  // several ("NEW YORK:", "ABU DHABI:", "GAZA CITY:").
  const first = tk.surface[0] ?? "";
  if (c === 1 && first.length > 4 && first === first.toUpperCase() && !labelled) return null;
  if (c > 1 && !labelled && tk.surface.slice(0, c).every((s) => /^[A-Z][A-Z.'’-]+$/.test(s))) return null;
  // Before the cue pass, only a transcript's turn, or a line whose words after the colon hold no cue of
  // their own ("Islamabad: Pakistan condemned …", "Jerusalem: Israeli officials say …").
  if (beforeCues && !labelled)
    for (let k = c + 1; k < n; k++) if (res.cues.forms.has(tk.lower[k] ?? "")) return null;
  let to = n - 1;
  while (to > c + 1 && /^[.;!?]$/.test(tk.surface[to] ?? "")) to--;
  const turn = labelled && paragraphEnd !== -1;
  if ((to - c < 3 && !turn) || to <= c || anyClaimed(state, c + 1, to) || isNameRoster(tk, c + 1, to + 1))
    return null;
  const speaker: Phrase = { start: s0, end: c - 1, head: c - 1, appositive: -1 };
  const cue: CueGroup = {
    start: c,
    outer: c,
    verb: c,
    end: c,
    classes: SPEECH,
    form: "phrase",
    lemma: ":",
    needsClause: false,
  };
  // A turn read before the cue pass leaves its words free for the statements inside it ("AMANPOUR:
  // Minister, Israel says Hamas started this war"; a round-up's repeated datelines read as turns too).
  claim(state, 0, beforeCues && labelled ? c : to);
  const content = span(tk, c + 1, to);
  if (turn) content[1] = trimmedEnd(state.text, content[0], nextTurnAt(state.text, content[0], paragraphEnd));
  // The quotation is the transcript's, turn by turn: no one speaker's, nor a cue's content further on.
  if (quotedTurn) {
    usedQuote[state.quoteOf[0] as number] = 1;
    // The last turn closes the quotation: its mark is the transcript's, not the turn's words.
    if (/["”]/.test(state.text[content[1] - 1] ?? ""))
      content[1] = trimmedEnd(state.text, content[0], content[1] - 1);
  }
  return draftFrom(state, speaker, cue, [content], "indirect", 0.5, res);
}

/**
 * "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a roster of five or more names (capitalised words,
 * commas, "and") after a colon is a list, not what anyone said ("Trump: Cruz, Rubio, Bush Are Losers" is a
 * title-case headline).
 */
function isNameRoster(tk: Tokens, from: number, to: number): boolean {
  let names = 0;
  let inName = false;
  for (let k = from; k < to; k++) {
    const sf = tk.surface[k] ?? "";
    if (sf === "," || tk.lower[k] === "and") {
      if (!inName) return false;
      inName = false;
    } else if (isCapitalized(sf) || sf === ".") {
      if (!inName) names++;
      inName = true;
    } else if (!(inName && /^[.;]$/.test(sf))) return false;
  }
  return names >= 5;
}

/** Cue words that, capitalised before a headline's colon, name a medium ("Wash Post Fact-Check:"). */
const MEDIA_NOUNS =
  /^(?:post|report|check|fact-check|review|note|memo|poll|survey|study|brief|digest|column|blog)$/;

/** Nouns that make "X's NOUN:" a title ("Doha's Gamble:", "Hizbullah's Dilemma:"). */
const TITLE_NOUNS =
  /^(?:gamble|gambit|dilemma|choice|war|wars|plan|problem|moment|bet|challenge|crisis|test|strategy|game|move|path|future|legacy|return|way|role|fight|battle|balancing|calculus|quandary|trap|bind|pivot|shift|turn|rise|fall|road|long|last|new|other|hidden|quiet|secret)$/;

/** Where the next turn ("… soon. RICE: We agree") starts before `end`, or `end`. */
function nextTurnAt(text: string, from: number, end: number): number {
  // Within the paragraph only: a search to the text's end would read the rest for every turn.
  NEXT_TURN.lastIndex = 0;
  const m = NEXT_TURN.exec(text.slice(from, end));
  return m ? from + m.index + 1 : end;
}
const NEXT_TURN = /\s\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}:\s/gu;

/** The end of the text from `from` to `end` without the white space and final stop it closes with. */
function trimmedEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /\s/.test(text[e - 1] as string)) e--;
  if (e > from && text[e - 1] === ".") e--;
  return e;
}

/** Does the quotation open with a transcript turn's label ("“WALLACE: …")? */
function opensTurn(text: string, quote: Quote, transcriptLabels: ReadonlySet<string>): boolean {
  if (transcriptLabels.size === 0) return false;
  const m = TURN_LABEL.exec(text.slice(quote.open, quote.open + 40));
  return m !== null && transcriptLabels.has((m[1] as string).split(" ")[0] as string);
}

/** How a transcript turn opens its paragraph: an upper-case name and a colon ("WALLACE:", "MIKE PENCE:"). */
const TURN_LABEL = /^\s*["“]?(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u;

/**
 * The upper-case labels that open at least two paragraphs each, when two or more do: a transcript's
 * speakers. Read once per document, a look at each paragraph's first characters.
 */
function transcriptSpeakers(text: string, paragraphs: readonly Span[]): Set<string> {
  const seen = new Set<string>();
  const labels = new Set<string>();
  for (const [start, end] of paragraphs) {
    const m = TURN_LABEL.exec(text.slice(start, Math.min(end, start + 40)));
    if (!m) continue;
    const label = (m[1] as string).split(" ")[0] as string;
    if (seen.has(label) && !NOT_A_HEADLINE_SPEAKER.has(label.toLowerCase())) labels.add(label);
    seen.add(label);
  }
  // A transcript has at least two voices; one label twice ("BEIRUT: … BEIRUT: …") is a dateline.
  return labels.size >= 2 ? labels : new Set();
}

/** Only spaces or tabs between the line's start (or the text's) and offset i? */
function atLineStart(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\t" || text[k - 1] === "\u00a0")) k--;
  return k === 0 || text[k - 1] === "\n" || text[k - 1] === "\r";
}

/** Only spaces or tabs between offset i and the line's end (or the text's)? */
function atLineEnd(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\u00a0")) k++;
  return k === text.length || text[k] === "\n" || text[k] === "\r";
}

/**
 * The quotation (index below qi) whose closing mark only white space separates from offset `at`, or -1.
 * Walks back over that white space alone, so each unit reads its own gap once.
 */
function quoteEndingRightBefore(text: string, quotes: readonly Quote[], qi: number, at: number): number {
  if (qi === 0) return -1;
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return (quotes[qi - 1] as Quote).end === k ? qi - 1 : -1;
}

/** After a closing mark, a dash and a name (and perhaps its role) to the line's end: a signature. */
function signedAfter(text: string, at: number): boolean {
  const line = text.slice(at, at + 120);
  const nl = line.search(/[\n\r]/);
  return SIGNED_AFTER.test(nl === -1 ? (at + 120 >= text.length ? line : "") : line.slice(0, nl));
}
const SIGNED_AFTER =
  /^[ \t\u00a0]*[―—–-][ \t\u00a0]*\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+[\p{L}\d'’.,-]+){0,14}[ \t\u00a0]*$/u;

/** How far a reactions list's dash may stand from the line's start or end: a name and a short role. */
const LISTED_SPEAKER_TOKENS = 20;

const LIST_DASHES = new Set(["―", "—", "–", "-"]);

/**
 * A list of reactions, each paragraph a name and a quotation joined by a dash, either way round:
 * "Rania Haddad ― “The war has taken everything from us.”" or "“Hizbullah protected the south.” ― Khalil
 * Mroueh". The quotation, the whole paragraph but the name, is the named person's.
 */
function listedSpeaker(
  state: UnitState,
  quotes: readonly Quote[],
  qi: number,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk, text, unit } = state;
  const n = tk.length;
  let d = -1;
  let q = -1;
  let name: Span = [0, 0];
  if (atLineStart(text, unit[0])) {
    // Name first: its dash within the first few tokens, then the quotation to the line's end.
    for (let k = 1; k < n && k <= LISTED_SPEAKER_TOKENS && d === -1; k++)
      if (LIST_DASHES.has(tk.surface[k] ?? "")) d = k;
    const quote = d === -1 ? undefined : quotes[state.quoteOf[d + 1] ?? -1];
    if (quote && tk.starts[d + 1] === quote.open && atLineEnd(text, quote.end)) {
      q = state.quoteOf[d + 1] as number;
      name = [0, d - 1];
    }
  }
  if (q === -1 && atLineEnd(text, unit[1])) {
    // Name last: a quotation from the line's start, its closing mark, the dash, the name.
    d = -1;
    for (let k = n - 2; k >= 0 && k >= n - 1 - LISTED_SPEAKER_TOKENS && d === -1; k--)
      if (LIST_DASHES.has(tk.surface[k] ?? "")) d = k;
    // The closing mark may end the unit before ("…did.” ⏎ ― Khalil Mroueh" splits after the mark).
    const at =
      d === -1
        ? -1
        : d === 0
          ? quoteEndingRightBefore(text, quotes, qi, unit[0])
          : (state.quoteOf[d - 1] ?? -1);
    const quote = quotes[at];
    if (quote && (state.quoteOf[d + 1] ?? -1) === -1 && atLineStart(text, quote.open)) {
      q = at;
      // "― Carla Sanchez.": the stop after the name is no part of it.
      name = [d + 1, tk.surface[n - 1] === "." ? n - 2 : n - 1];
    }
  }
  if (q === -1 || used[q] || !(quotes[q] as Quote).closed || name[1] < name[0]) return null;
  // "Hamas – “Islamic Resistance Movement”", "Chapter One – “Beginnings”": a name glossed, not speech.
  const quote = quotes[q] as Quote;
  if (wordCount(text, quote.spans, 3) < 3 || isTitleLike(text.slice(quote.open, quote.end))) return null;
  // "GAZA CITY – “We have nothing left.”": a dateline in capitals names no speaker.
  const named = text.slice(tk.starts[name[0]] as number, tk.ends[name[1]] as number);
  if (/\p{Lu}{2,}/u.test(named) && named === named.toUpperCase()) return null;
  // "Abu Fadak al-Muhammadawi, chief of staff of the PMF ― “…”": the name, then perhaps its appositive.
  let comma = -1;
  for (let k = name[0]; k <= name[1]; k++) {
    const sf = tk.surface[k] ?? "";
    const l = tk.lower[k] ?? "";
    if (sf === "," && comma === -1 && k > name[0]) {
      comma = k;
      continue;
    }
    if (comma !== -1) {
      // The appositive: words of a role, not a clause ("Gaza, a strip of two million people, is starving").
      if (res.isCue(l) || state.quoteOf[k] === q || BE.has(l) || MODALS.has(l)) return null;
      continue;
    }
    if (sf === "." && k > name[0]) continue;
    if (isAynApostrophe(tk, k) || ((sf === "'" || sf === "’") && tk.starts[k] === tk.ends[k - 1])) continue;
    // "Abu Mohammad al-Jolani", "Ursula von der Leyen": particles, alone or joined.
    if (!isCapitalized(sf) && !res.words.nameParticles.has(l.split(/[-‑]/)[0] as string)) return null;
    // ("Julie A. Diaz Martinez": an initial is no article.)
    const initial = sf.length === 1 && tk.surface[k + 1] === "." && k > name[0];
    if (!initial && (res.words.stopWords.has(l) || res.isCue(l) || NOT_A_HEADLINE_SPEAKER.has(l)))
      return null;
  }
  const head = comma === -1 ? name[1] : comma - 1;
  if (head - name[0] > 7 || comma === name[1]) return null;
  used[q] = 1;
  claim(state, name[0], name[1]);
  claim(state, d, d);
  claimQuote(state, q);
  const speaker: Phrase = { start: name[0], end: name[1], head, appositive: comma === -1 ? -1 : comma + 1 };
  const cue: CueGroup = {
    start: d,
    outer: d,
    verb: d,
    end: d,
    classes: SPEECH,
    form: "phrase",
    lemma: tk.surface[d] as string,
    needsClause: false,
  };
  return draftFrom(state, speaker, cue, [...(quotes[q] as Quote).spans], "direct", 0.6, res);
}

/**
 * "The FBI is reportedly making arrangements to interview Clinton": a clause reported by no one named.
 * The cue is "reportedly", the content the clause around it. Not when a cue verb follows ("reportedly
 * told aides that …" is the teller's statement) or another statement holds the clause.
 */
function reportedClause(state: UnitState, res: AttributionResources): StatementDraft | null {
  const { tk } = state;
  const n = tk.length;
  for (let r = 0; r < n; r++) {
    if (tk.lower[r] !== "reportedly" || state.claimed[r] || state.quoteOf[r] !== -1) continue;
    if (cueAt(state, r + 1, res)) return null;
    let from = 0;
    for (let k = r - 1; k >= 0; k--) {
      if (/^[;:—–]$/.test(tk.surface[k] ?? "")) {
        from = k + 1;
        break;
      }
    }
    from = afterDiscourseMarker(tk, from, r);
    let to = n - 1;
    for (let k = r + 1; k < n; k++) {
      if (/^[;:—–]$/.test(tk.surface[k] ?? "")) {
        to = k - 1;
        break;
      }
    }
    // "After Iran reportedly supplied the drones, …", "Israel’s strike, which reportedly killed …,", "The
    // deal, reportedly worth $1 billion,": in a subordinate, relative or appositive part, only that part.
    let segStart = r;
    while (segStart > from && tk.surface[segStart - 1] !== ",") segStart--;
    let segEnd = r;
    while (segEnd < to && tk.surface[segEnd + 1] !== ",") segEnd++;
    const opener = tk.lower[segStart] ?? "";
    const relative = /^(?:which|who|that)$/.test(opener);
    const subordinate = !relative && (SUBJECT_STOPS.has(opener) || /^(?:after|before)$/.test(opener));
    if (segStart === r || relative || subordinate) {
      from = subordinate ? segStart + 1 : segStart;
      to = segEnd;
    }
    while (to > r && /^[.,!?]$/.test(tk.surface[to] ?? "")) to--;
    if (to - r < 2 || anyClaimed(state, from, to)) return null;
    const spans: Span[] = [];
    if (r > from) spans.push(span(tk, from, r - 1));
    spans.push(span(tk, tk.surface[r + 1] === "," ? r + 2 : r + 1, to));
    const cue: CueGroup = {
      start: r,
      outer: r,
      verb: r,
      end: r,
      classes: SPEECH,
      form: "phrase",
      lemma: "reportedly",
      needsClause: false,
    };
    return draftFrom(state, null, cue, spans, contentKind(state, from, to + 1, new Uint8Array(0)), 0.5, res);
  }
  return null;
}

/** Verbs of what a record shows ("polls show", "records reveal"), and the records that show it. */
const EVIDENCE_VERBS = new Set(["show", "reveal", "indicate", "suggest", "find", "confirm"]);

/**
 * Does the subject before token i have a record for its head: "The poll found", "Video of the incident
 * shows", "A 2014 study by Loyola professor Justin Levitt found", "A poll released in late August found"?
 * The record may take a modifier of a few words, with no punctuation in it.
 */
function dataNounBefore(tk: Tokens, i: number): boolean {
  if (RECORD_NOUNS.has(tk.lower[i - 1] ?? "")) return true;
  for (let j = i - 2; j >= 1 && i - j <= 8; j--) {
    const l = tk.lower[j] ?? "";
    if (!isWordToken(tk, j) && !/^\d/.test(l)) return false;
    if (RECORD_NOUNS.has(tk.lower[j - 1] ?? "") && RECORD_MODIFIER_OPENERS.test(l)) return true;
  }
  return false;
}
const RECORD_MODIFIER_OPENERS =
  /^(?:of|by|from|on|in|for|released|published|conducted|taken|commissioned|obtained|issued|posted|filed|shared)$/;

/** Verbs that report for the noun a restrictive "who" clause describes: "others who … said". */
const MAIN_REPORTING = new Set([
  "say",
  "tell",
  "claim",
  "argue",
  "insist",
  "warn",
  "note",
  "contend",
  "maintain",
]);

/** A quotation of a few words ("Good Morning America"), not speech of its own. */
function isShortQuote(state: UnitState, k: number): boolean {
  const q = state.quoteOf[k] as number;
  let n = 0;
  for (let i = k; i < state.quoteOf.length && state.quoteOf[i] === q; i++) n++;
  for (let i = k - 1; i >= 0 && state.quoteOf[i] === q; i--) n++;
  return n <= 6;
}

/** Words that end a stance verb's object and start an adjunct. */
const ADJUNCT_START = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "since",
  "while",
  "when",
  "because",
  "as",
  "last",
  "this",
  "earlier",
  "later",
  "yesterday",
  "today",
  "on",
  "through",
  "via",
  "amid",
  "despite",
]);
/** Prepositions that open a clause's introductory phrase ("Outside the plant, …", "Alongside BLM, …"). */
const INTRODUCING_PREPOSITIONS = new Set(
  "outside alongside inside amid among despite during after before under beyond behind beside near unlike".split(
    " ",
  ),
);
const TIME_NOUNS = new Set([
  "years",
  "year",
  "days",
  "day",
  "weeks",
  "week",
  "months",
  "month",
  "hours",
  "minutes",
  "ago",
  "decades",
]);
const DISCOURSE_MARKERS = new Set([
  "and",
  "but",
  "so",
  "yet",
  "still",
  "however",
  "meanwhile",
  "indeed",
  "moreover",
  "also",
  "now",
  "then",
  "instead",
  "nevertheless",
  "besides",
]);

/** "In fact, campaign records show …, officials said": the writer's connective is not reported content. */
function afterDiscourseMarker(tk: Tokens, from: number, to: number): number {
  let k = from;
  const l = tk.lower[k] ?? "";
  if ((l === "in" && tk.lower[k + 1] === "fact") || (l === "of" && tk.lower[k + 1] === "course")) k += 2;
  else if (DISCOURSE_MARKERS.has(l)) k++;
  if (k > from && tk.surface[k] === ",") k++;
  return to - k >= 2 ? k : from;
}

/** Where a stance verb's object ends: before a time or place adjunct or a second clause. */
/** A preposition after a gerund or a noun it completes ("engaging in", "the rise in", "as a hero"). */
function isBoundPreposition(tk: Tokens, k: number): boolean {
  const l = tk.lower[k] ?? "";
  if (l === "as") return true;
  if (l !== "in" && l !== "on") return false;
  const before = tk.lower[k - 1] ?? "";
  // "a temporary ban on Muslims", "Obama's intervention in Libya": nouns that take their "on" or "in".
  return (before.endsWith("ing") && before.length > 5) || PREPOSITION_NOUNS.has(before);
}

/** Nouns whose "on" or "in" completes them ("ban on", "intervention in", "sanctions on", "role in"). */
const PREPOSITION_NOUNS = new Set(
  "ban bans attack attacks intervention interventions war wars stance position positions views policy policies role involvement investment investments increase increases cuts tax taxes tariffs sanctions restrictions limits focus crackdown strike strikes vote votes deal talks record emphasis grip interest faith confidence trust spending reliance pressure embargo moratorium freeze cap hold influence presence troops boots".split(
    " ",
  ),
);

function objectEnd(state: UnitState, from: number, end: number): number {
  const { tk } = state;
  for (let k = from + 1; k < end; k++) {
    if (state.quoteOf[k] !== -1) continue;
    const s = tk.surface[k] ?? "";
    const l = tk.lower[k] ?? "";
    // "thanked Qatar, Turkey and Iran": a list of names goes on over its commas.
    if (s === "," && inListOfNames(tk, k, end)) continue;
    if (s === "," || s === ";") return k;
    // "accused you of engaging in a freak out", "the tumble in oil prices": a preposition that depends
    // on the word before it is still the object's.
    // "slammed Israel's operation in Rafah": a place belongs to the object (as PolNeAR marks it); a time
    // ("in March", "in the past week") does not.
    if (l === "in" && isPlaceAfter(tk, k + 1)) continue;
    // "the tumble in oil prices", "a rise in violence": "in" after a noun of change names what changed
    // ("slammed Netanyahu in parliament" is where).
    if (l === "in" && CHANGE_NOUNS.test(tk.lower[k - 1] ?? "")) continue;
    // ("dismissed Estonia as being in the “suburbs of St. Petersburg”": a predicate's preposition.)
    if (
      ADJUNCT_START.has(l) &&
      !isBoundPreposition(tk, k) &&
      !/^(?:being|be|been|as)$/.test(tk.lower[k - 1] ?? "")
    )
      return k;
    if ((l === "and" || l === "but") && isVerbLike(tk.lower[k + 1] ?? "")) return k;
  }
  return end;
}

/** Nouns of change whose "in" names what changed ("the tumble in oil prices"). */
const CHANGE_NOUNS =
  /^(?:rise|rises|surge|tumble|drop|drops|fall|decline|increase|increases|spike|jump|slump|growth|cut|cuts|uptick|downturn|shift|change|changes|dip|plunge)$/;

/** "in Rafah", "in the West Bank": a capitalised name (not a month or a weekday) after "in". */
function isPlaceAfter(tk: Tokens, j: number): boolean {
  const at = tk.lower[j] === "the" ? j + 1 : j;
  return isCapitalized(tk.surface[at] ?? "") && !isTimeWord(tk.lower[at] ?? "");
}

/** Is the comma at k one of a list of names ("Qatar, Turkey and Iran", "Hamas, the PIJ, and Hizbullah")? */
function inListOfNames(tk: Tokens, k: number, end: number): boolean {
  if (!isCapitalized(tk.surface[k - 1] ?? "")) return false;
  let j = k + 1;
  if (tk.lower[j] === "the") j++;
  if (!isCapitalized(tk.surface[j] ?? "")) return false;
  for (; j < end && j - k <= 6; j++) {
    const l = tk.lower[j] ?? "";
    if (l === "and" || l === "or") return isCapitalized(tk.surface[j + 1] ?? "") || tk.lower[j + 1] === "the";
    if (l === ",") continue;
    if (!isCapitalized(tk.surface[j] ?? "") && l !== "the") return false;
  }
  return false;
}

/** A past-tense or third-person verb form after "and" ("and said", "and calls"): a second clause. */
function isVerbLike(l: string): boolean {
  // ("… and said …", "… but told …": the commonest verbs of saying are irregular.)
  return (
    (/(?:ed|es)$/.test(l) && l.length > 4) ||
    /^(?:said|says|say|told|tells|wrote|writes)$/.test(l) ||
    IRREGULAR_PAST.has(l)
  );
}

function startsQuoteOrColon(state: UnitState, cue: CueGroup): boolean {
  const next = cue.end + 1;
  const s = state.tk.surface[next] ?? "";
  return s === ":" || (next < state.quoteOf.length && state.quoteOf[next] !== -1);
}

/**
 * Content runs to the end of the clause, unless another attribution starts inside it after a comma
 * ("Clinton is honest, and three-quarters said the same of Sanders"): then it stops at that comma.
 */
const MODALS = new Set([
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "shall",
  "should",
  "must",
  "’ll",
  "'ll",
]);

/** Is there a modal among the tokens [from, to) ("will respond", "would never say")? */
function hasModal(tk: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MODALS.has(tk.lower[k] ?? "")) return true;
  return false;
}

/** An "if" or "unless" among the last few tokens of [from, to)? Bounded, as it runs for every cue. */
function conditionBefore(tk: Tokens, from: number, to: number): boolean {
  for (let k = Math.max(from, to - 30); k < to; k++)
    if (tk.lower[k] === "if" || tk.lower[k] === "unless") return true;
  return false;
}

function cutAtNextAttribution(
  state: UnitState,
  from: number,
  end: number,
  res: AttributionResources,
): number {
  const { tk } = state;
  for (let c = from + 2; c < end; c++) {
    if (state.quoteOf[c] !== -1) continue;
    const cue = cueAt(state, c, res);
    if (!cue || !(cue.classes & SPEECH)) continue;
    // "Hamas, which rules Gaza, had accepted": a verb that reports only with a clause, here with an object.
    if (
      cue.needsClause &&
      tk.lower[cue.end + 1] !== "that" &&
      !QUOTE_MARKS.has(tk.surface[cue.end + 1] ?? "") &&
      !/^[,:]$/.test(tk.surface[cue.end + 1] ?? "")
    )
      continue;
    // "that if Israel attacks, Hizbullah will respond": what someone will do on a condition is what was
    // said, not a report ("…, and Israel will announce its answer" still is one).
    if (hasModal(tk, cue.start, cue.verb) && conditionBefore(tk, from, cue.start)) continue;
    const conj = tk.lower[cue.outer - 1] ?? "";
    // "calling it “disqualifying” and asserting that …": a second participle of the same speaker.
    if (cue.form === "ing") {
      // "… while adding that …", "… but suggesting that …": so does one after "while" or "but".
      if (/^(?:and|but|while)$/.test(conj) && cue.outer - 1 > from + 1)
        return tk.surface[cue.outer - 2] === "," ? cue.outer - 2 : cue.outer - 1;
      continue;
    }
    // "suggested her cycle was behind it, called her “third-rate” and …": a list of the speaker's acts.
    if (
      conj === "," &&
      cue.form === "past" &&
      !cue.needsClause &&
      cue.outer - 1 > from + 1 &&
      /^(?:him|her|it|them|that|the|a|an|his|their|its)$/.test(tk.lower[cue.end + 1] ?? "") &&
      !QUOTE_MARKS.has(tk.surface[cue.outer - 2] ?? "")
    )
      return cue.outer - 1;
    // "…, but lamented that …", "… but said …": the same speaker goes on with a second statement.
    if (
      (conj === "and" || conj === "but") &&
      (cue.form === "past" || cue.form === "s") &&
      cue.outer - 1 > from + 1
    ) {
      return tk.surface[cue.outer - 2] === "," ? cue.outer - 2 : cue.outer - 1;
    }
    const sp = speakerLeftOf(tk, cue.outer, from, res.words, res.isCue);
    if (!sp) continue;
    // "…, as critics claim, but …": an aside that names others' view; the content goes on over it.
    if (tk.lower[sp.start - 1] === "as" && tk.surface[cue.end + 1] === ",") {
      c = cue.end;
      continue;
    }
    let comma = sp.start - 1;
    if (["and", "but", "while", "whereas", "as"].includes(tk.lower[comma] ?? "")) comma--;
    if (tk.surface[comma] === "," && comma > from) return comma;
    // "… doesn't care about the community and one in four said …": a new speaker after "and".
    if (
      tk.lower[sp.start - 1] === "and" &&
      sp.start - 1 > from + 2 &&
      (cue.form === "past" || cue.form === "s")
    )
      return sp.start - 1;
    // “… many nations,” and the United States warned …: the comma sits inside the closing mark.
    if (QUOTE_MARKS.has(tk.surface[comma] ?? "") && tk.surface[comma - 1] === "," && comma > from)
      return comma + 1;
  }
  return end;
}

/** Words that open an appositive after a source ("according to X, an analyst at …, which monitors …"). */
const SOURCE_APPOSITIVE = new Set(["a", "an", "which", "who", "whose"]);

/**
 * "According to X, …", "…, according to X." and "Over the long term, according to X, …". The source
 * is everything from "to" to the next comma or the clause end: "early results of exit polls conducted
 * for the Associated Press", "his biography".
 */
function accordingTo(
  state: UnitState,
  cue: CueGroup,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk } = state;
  // "did not happen as reported by police, the lawyer said": "as … by" names a source only where it sets
  // off what it reports, opening the clause or after a comma.
  if (
    tk.lower[cue.start] === "as" &&
    cue.start !== afterDiscourseMarker(tk, floorOf(state, cue.start), cue.start) &&
    tk.surface[cue.start - 1] !== ","
  )
    return null;
  const limit = clauseLimit(state, cue.end + 1);
  let k = cue.end + 1;
  while (k < limit && tk.surface[k] !== "," && k - cue.end <= 25) k++;
  // "According to Kata'ib Hizballah's security official, Abu 'Ali al-'Askari, the truce …": a name in
  // apposition belongs to the source, not to the content.
  if (tk.surface[k] === ",") {
    let n = k + 1;
    while (
      n < limit &&
      n - k <= 6 &&
      (isCapitalized(tk.surface[n] ?? "") ||
        /^(?:(?:al|el)[-‐]|(?:bin|ibn|abu)$)/i.test(tk.surface[n] ?? "") ||
        isAynApostrophe(tk, n))
    )
      n++;
    if (n > k + 1 && tk.surface[n] === "," && n + 1 < limit) k = n;
  }
  // "…, according to Brian Wieser, an analyst at Pivotal Research." / "According to Uzi Arad, a former
  // adviser, the talks …": an appositive after the source's comma describes the source.
  if (tk.surface[k] === "," && SOURCE_APPOSITIVE.has(tk.lower[k + 1] ?? "")) {
    let n = k + 2;
    while (n < limit && tk.surface[n] !== "," && n - k <= 16) n++;
    if (n >= limit || tk.surface[n] === ",") k = n;
  }
  // "The talks collapsed in March, according to Uzi Arad, Mr. Netanyahu's former adviser.": after a clause
  // of its own, what follows the source's comma with no verb of its own describes the source, and
  // ", including one from Monmouth", ", compared with …", ", citing two sources" add to it: neither is
  // the content.
  let trailing = false;
  if (tk.surface[k] === "," && tk.surface[cue.start - 1] === "," && cue.start !== floorOf(state, cue.start)) {
    const after = contentEnd(state, k + 1);
    const opener = tk.lower[k + 1] ?? "";
    const adjunct =
      ADJUNCT_AFTER_COMMA.has(opener) || ING_PREPOSITIONS.has(opener) || /^[a-z]{3,}ing$/.test(opener);
    if (
      after > k + 1 &&
      (adjunct || !clausalContent(tk, k + 1, after)) &&
      clausalContent(tk, clauseStartOf(state, cue.start), cue.start - 1)
    ) {
      trailing = true;
      // (Only a description of someone extends the source: a name or title, a role, "one of the …"; "up
      // from 52 percent", "another blow to the White House" are the writer's.)
      const first = tk.surface[k + 1] ?? "";
      const describes =
        isCapitalized(first) ||
        res.words.roleWords.has(opener) ||
        (opener === "one" && tk.lower[k + 2] === "of" && tk.lower[k + 3] === "the");
      if (!adjunct && describes && after - k <= 16) k = after;
    }
  }
  const srcEnd = k - 1;
  if (srcEnd <= cue.end || k - cue.end > 31) return null;
  // "Mr. Manafort, citing his polls, said …": an aside of the clause's own speaker, who reports next in a
  // finite verb ("according to Reuters, citing two sources" keeps its source).
  if (tk.lower[cue.start] === "citing" && tk.surface[cue.start - 1] === "," && tk.surface[k] === ",") {
    const next = cueAt(state, k + 1, res);
    if (next && next.classes & SPEECH && (next.form === "past" || next.form === "s")) return null;
  }
  const speaker: Phrase = { start: cue.end + 1, end: srcEnd, head: srcEnd, appositive: -1 };
  const floor = floorOf(state, cue.start);
  let from: number;
  let to: number;
  const commaAfter = tk.surface[k] === ",";
  const restAfter = commaAfter ? contentEnd(state, k + 1) : k;
  // “… their relationship,” according to Mr. Rhodes: the comma before the cue sits inside the mark.
  const markedComma = QUOTE_MARKS.has(tk.surface[cue.start - 1] ?? "") && tk.surface[cue.start - 2] === ",";
  const commaBefore = tk.surface[cue.start - 1] === "," || markedComma;
  // "…, according to a CNN tally, but his pathway is narrow": what follows a conjunction is the writer's.
  const conjunctionAfter = /^(?:but|and|yet|so|while|though|although|whereas)$/.test(tk.lower[k + 1] ?? "");
  if (
    // (A quotation closing with its comma before the cue leaves a floor at the cue: the content is before it.)
    (cue.start === floor && !markedComma) ||
    (commaAfter &&
      !trailing &&
      restAfter - (k + 1) >= 3 &&
      tk.surface[cue.start - 1] === "," &&
      !conjunctionAfter)
  ) {
    // According to X, CONTENT.  /  Intro, according to X, CONTENT.
    if (!commaAfter) return null;
    from = k + 1;
    to = restAfter;
  } else {
    // "Haniyeh thanked …, according to a Hamas statement.": the source reports the whole clause, even
    // when that clause is a statement of its own (the two nest).
    from = commaBefore ? clauseStartOf(state, markedComma ? cue.start - 1 : cue.start) : floor;
    to = tk.surface[cue.start - 1] === "," ? cue.start - 1 : cue.start;
  }
  if (to - from < 2 || (from === floor && anyClaimed(state, from, to - 1))) return null;
  const kind = contentKind(state, from, to, used);
  markQuotesUsed(state, from, to, used);
  claim(state, Math.min(from, cue.start), Math.max(to - 1, srcEnd));
  return draftFrom(state, speaker, cue, [span(tk, from, to - 1)], kind, 0.75, res);
}
