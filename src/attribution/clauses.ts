// Where a unit's clauses start (by punctuation and clause openers) and the small tests on its tokens that every
// reader shares: a word, a time word, a finite auxiliary or verb, a condition, a discourse marker, a short quotation.

import { MONTHS, WEEKDAYS } from "../text/calendarWords.js";
import { isIrregularPast } from "../text/irregularVerbs.js";
import { isWord, type Tokens } from "../text/tokens.js";
import type { AttributionResources } from "./attribute.js";
import { isAbbreviationPeriod } from "./phrases.js";
import type { UnitState } from "./unitState.js";
import { BE, MODALS, TIME_NOUNS } from "./words.js";

/** Longest look-back from a cue to the start of its clause, in tokens. */
const MAX_CLAUSE_TOKENS = 80;

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
export function isLyAdverb(l: string): boolean {
  return /^[a-z]{3,}ly$/.test(l) && !NOT_LY_ADVERB.has(l);
}

/** A form of "be", "have" or "do", or a modal: a finite verb group starts here. */
export function isFiniteAuxiliary(l: string): boolean {
  return BE.has(l) || MODALS.has(l) || /^(?:has|have|had|did|does|do)$/.test(l);
}

/** Words before a clause that make it a condition or a likelihood ("If …", "It is unlikely that …"). */
export function isConditioned(tk: Tokens, start: number): boolean {
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

/** The first token the speaker search may use: after the last quotation, statement or clause stop before `i`. */
export function floorOf(state: UnitState, i: number): number {
  return clauseScan(state, i, true);
}

/** Where the clause holding token i starts, by punctuation alone (statements inside it may nest). */
export function clauseStartOf(state: UnitState, i: number): number {
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

/** A word (not punctuation, not "to") at token i. */
export function isWordToken(tk: Tokens, i: number): boolean {
  return i < tk.length && isWord(tk.surface[i] ?? "") && tk.lower[i] !== "to";
}

/** Does a finite verb start at k, after an adverb or two ("Qassim said", "Allen nonetheless backed")? */
export function clauseVerbAt(tk: Tokens, k: number, res: AttributionResources): boolean {
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
    isIrregularPast(tk.surface[i] ?? "") ||
    (res.cues.forms.has(l) && !l.endsWith("ing"))
  );
}

export function isTimeWord(l: string): boolean {
  return /^\d|\d$/.test(l) || TIME_NOUNS.has(l) || TIME_NAMES.has(l);
}

/** Months, seasons and weekdays, for isTimeWord. */
const TIME_NAMES = new Set<string>([...WEEKDAYS, ...MONTHS, "spring", "summer", "autumn", "fall", "winter"]);

/** A finite verb among the tokens [from, to): an auxiliary, a modal or a past tense. Bounded by the caller. */
export function verbBetween(tk: Tokens, from: number, to: number): boolean {
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

/** A quotation of a few words ("Good Morning America"), not speech of its own. */
export function isShortQuote(state: UnitState, k: number): boolean {
  const q = state.quoteOf[k] as number;
  let n = 0;
  for (let i = k; i < state.quoteOf.length && state.quoteOf[i] === q; i++) n++;
  for (let i = k - 1; i >= 0 && state.quoteOf[i] === q; i--) n++;
  return n <= 6;
}

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
export function afterDiscourseMarker(tk: Tokens, from: number, to: number): number {
  let k = from;
  const l = tk.lower[k] ?? "";
  if ((l === "in" && tk.lower[k + 1] === "fact") || (l === "of" && tk.lower[k + 1] === "course")) k += 2;
  else if (DISCOURSE_MARKERS.has(l)) k++;
  if (k > from && tk.surface[k] === ",") k++;
  return to - k >= 2 ? k : from;
}

/** An auxiliary, a modal or a past in -ed among the tokens [from, to), before a comma, within 20 tokens? */
export function finiteVerbWithin(tk: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to && k - from < 20; k++) {
    const l = tk.lower[k] ?? "";
    if (l === "," || l === ";" || l === ".") return false;
    if (isFiniteAuxiliary(l)) return true;
    if (/^[a-z]{3,}ed$/.test(tk.surface[k] ?? "")) return true;
  }
  return false;
}

/** Token index where the clause that starts at i ends: a quotation, sentence punctuation or the unit end. */
export function clauseLimit(state: UnitState, i: number): number {
  const { tk } = state;
  for (let k = i; k < tk.length; k++) {
    if (state.quoteOf[k] !== -1) return k;
    const s = tk.surface[k] ?? "";
    if ((s === "." && !isAbbreviationPeriod(tk, k)) || s === ";" || s === "?" || s === "!" || s === ":")
      return k;
  }
  return tk.length;
}
