// The quote pass: attaches each quotation to the cue before it ("X said: “…”") or after it ("“…,” said X."),
// joins split and continued quotations, and decides where the writer's own clause takes over after one.

import type { Span } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { isCapitalized, isWord, type Tokens } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import { speakerOfCue } from "./clauseSpeaker.js";
import { clauseLimit, finiteVerbWithin, floorOf } from "./clauses.js";
import { type CueGroup, cueAt, isAuxiliary, phraseCueAt } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import {
  bareWord,
  dashEndingAt,
  isAbbreviationPeriod,
  type Phrase,
  phraseEndingAt,
  speakerLeftOf,
  speakerRightOf,
} from "./phrases.js";
import { anyClaimed, claim, claimQuote, draftFrom, tokenAt, type UnitState, wordCount } from "./unitState.js";
import { AFTER_SPEAKER, CLAUSE_STOP, QUOTE_MARKS } from "./words.js";

/** A quotation that can continue a statement: three words or more, or a whole sentence. */
function quoteText(text: string, quote: Quote): string {
  const last = quote.spans[quote.spans.length - 1] as Span;
  return text.slice(last[0], last[1]);
}

function isJoinable(text: string, quote: Quote): boolean {
  const last = quote.spans[quote.spans.length - 1] as Span;
  return wordCount(text, quote.spans, 3) >= 3 || /[.!?…]\s*$/.test(text.slice(last[0], last[1]));
}

/**
 * A quotation that opened in an earlier paragraph and closes in this unit, with its attribution right
 * after the closing mark ("“We have been preparing …⏎⏎“If the enemy wants war …,” Nasrallah said.").
 */
export function attachClosingQuote(
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

/** The draft for a direct statement whose content is quotation k, if a cue is attached to it. */
export function attachQuote(
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
export function isTitleLike(quoted: string): boolean {
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

/** Token index where the sentence that holds token i ends (quotations inside it do not end it). */
function sentenceLimit(state: UnitState, i: number): number {
  const { tk } = state;
  for (let k = i; k < tk.length; k++) {
    const s = tk.surface[k] ?? "";
    if ((s === "." && !isAbbreviationPeriod(tk, k)) || s === ";" || s === "?" || s === "!") return k;
  }
  return tk.length;
}

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

export function endsClause(tk: Tokens, i: number, limit: number): boolean {
  if (i >= limit) return true;
  const s = tk.surface[i] ?? "";
  if (s === "," || s === "." || s === ";") return true;
  return AFTER_SPEAKER.has(tk.lower[i] ?? "");
}

/** "before asking", "after saying": a later act of speech by the same speaker opens at k. */
function laterSpeechAct(tk: Tokens, k: number, res: AttributionResources): boolean {
  return (
    /^(?:before|after|then|while)$/.test(tk.lower[k] ?? "") &&
    /^[a-z]{3,}ing$/.test(tk.surface[k + 1] ?? "") &&
    ((res.cues.forms.get(tk.lower[k + 1] ?? "")?.classes ?? 0) & SPEECH) !== 0
  );
}

/** The attribution tail after the cue ("told reporters", "in a statement") up to the clause end. */
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

/** “…,” Brafman said, “more …” — the quotation right after the attribution continues the statement. */
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

/** After a closing mark, a dash and a name (and perhaps its role) to the line's end: a signature. */
function signedAfter(text: string, at: number): boolean {
  const line = text.slice(at, at + 120);
  const nl = line.search(/[\n\r]/);
  return SIGNED_AFTER.test(nl === -1 ? (at + 120 >= text.length ? line : "") : line.slice(0, nl));
}

const SIGNED_AFTER =
  /^[ \t\u00a0]*[―—–-][ \t\u00a0]*\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+[\p{L}\d'’.,-]+){0,14}[ \t\u00a0]*$/u;
