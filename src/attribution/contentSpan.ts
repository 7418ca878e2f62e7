// Where reported content starts after its cue (the complement: "that …", an object, a colon) and where it
// ends (a new main clause, an adjunct after a comma, an aside, the sentence's end).

import type { StatementKind } from "../contract/extraction.js";
import { isIrregularParticiple, isIrregularPast, isNounLikeForm } from "../text/irregularVerbs.js";
import { isCapitalized, isWord, type Tokens } from "../text/tokens.js";
import type { AttributionResources } from "./attribute.js";
import { clauseStartOf, isFiniteAuxiliary, isShortQuote, isTimeWord, verbBetween } from "./clauses.js";
import { type CueGroup, isAuxiliary } from "./cueGroups.js";
import { bareWord, isAbbreviationPeriod, opensWithin, speakerRightOf } from "./phrases.js";
import type { UnitState } from "./unitState.js";
import {
  ADJUNCT_AFTER_COMMA,
  ADJUNCT_START,
  BE,
  BY_MEDIUM,
  FRONTED_SUBORDINATORS,
  ING_PREPOSITIONS,
  MODALS,
  OBJECT_OPENERS,
  QUOTE_MARKS,
  TIME_NOUNS,
  UTTERANCE_NOUNS,
  VERB_OBJECT_OPENERS,
} from "./words.js";

const COMPLEMENTIZERS = new Set(["whether", "if", "why", "how", "what", "when", "where", "who"]);

/** A subject pronoun with its verb contracted: "he’s", "they’re", "I’m". */
const CONTRACTED_PRONOUN = /^(?:he|she|it|they|we|i|you)['’](?:s|re|m|ll|d|ve)$/;

/** After a quotation's comma, how the writer's own clause opens ("…,” but he has also …", "but the two sides"). */
const BUT_CLAUSE_OPENERS =
  /^(?:he|she|they|we|it|the|his|her|their|its|this|these|those|in|after|when|while|there)$/;

/**
 * Is the content from `from` to k a clause with a finite verb of its own ("the emails were not
 * classified", "Hamas wants a ceasefire", "the proposal falls short", "Israel needed more time")?
 */
export function clausalContent(tk: Tokens, from: number, k: number): boolean {
  if (tk.lower[from] === "that") return true;
  for (let j = from; j < k; j++) {
    const l = tk.lower[j] ?? "";
    const sf = tk.surface[j] ?? "";
    if (isFiniteAuxiliary(l) || /^(?:he|she|they|we|i|it)$/.test(l) || /^[a-z]{3,}ed$/.test(sf)) return true;
    // (An irregular past makes a clause too: "Hamas gave its answer … but has not heard".)
    if (isIrregularPast(sf)) return true;
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

/** A past tense: a word in -ed or an irregular past ("kept", "swore"). */
function isPastTenseForm(word: string): boolean {
  return /^[a-z]{3,}ed$/.test(word) || isIrregularPast(word);
}

/**
 * A past tense ("boycotted", "took") or a perfect ("has gone", "had invited") at k: a verb group of its
 * own. A word in -ed before a bare noun is an adjective ("the heat and unsettled weather could last").
 */
function secondPredicateAt(tk: Tokens, k: number): boolean {
  const sf = tk.surface[k] ?? "";
  if (isIrregularPast(sf)) return true;
  // A word in -ed, or a form as often a noun ("and ground invasion"), is a verb only before an object.
  if (/^[a-z]{3,}ed$/.test(sf) || isNounLikeForm(sf)) {
    const next = tk.surface[k + 1] ?? "";
    return !/^[a-z]/.test(next) || VERB_OBJECT_OPENERS.test(next);
  }
  return (
    /^(?:has|have|had)$/.test(sf) &&
    (/^[a-z]{2,}(?:ed|en)$/.test(tk.surface[k + 1] ?? "") ||
      isIrregularParticiple(tk.surface[k + 1] ?? "") ||
      isIrregularPast(tk.surface[k + 1] ?? ""))
  );
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

/** Particles that are prepositions taking the cue's object ("pointed to", "called for", "talked about"). */
const PREPOSITION_PARTICLES = new Set(["to", "for", "on", "about", "of", "against"]);

/** First token of the complement: "that" if it comes within a few words (after "told reporters"), else right after the cue. */
export function complementStart(
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
    // "Qassim said on Thursday:⏎⏎“…”": the time, then the colon that opens the next paragraph's quotation.
    (k > i && tk.surface[k] === ":" && k + 1 >= tk.length) ||
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
export function isRelativeThat(tk: Tokens, k: number): boolean {
  const next = tk.surface[k + 1] ?? "";
  if (RELATIVE_VERBS.has(next)) return true;
  if (next.length <= 4 || !/^[a-z]+ed$/.test(next)) return false;
  return OBJECT_OPENERS.has(tk.lower[k + 2] ?? "") || /^\d/.test(tk.surface[k + 2] ?? "");
}

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
    // ("said in a speech on Thursday:⏎⏎“…”": a colon that ends the unit opens the next paragraph's quotation.)
    if (s === ":") return j + 1 >= tk.length;
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
export function mainClauseAt(tk: Tokens, i: number): boolean {
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
      if (isPastTenseForm(sf)) return true;
      k++;
    }
  } else return false;
  while (/^[a-z]{3,}ly$/.test(tk.lower[k] ?? "") || tk.lower[k] === "also") k++;
  const v = tk.lower[k] ?? "";
  return isFiniteAuxiliary(v) || isPastTenseForm(tk.surface[k] ?? "");
}

export function nextCommaOutsideQuotes(state: UnitState, from: number, end: number): number {
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

/** End (exclusive token index) of content that starts at `from`: the unit end, a claimed token, or a semicolon. */
export function contentEnd(state: UnitState, from: number): number {
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
      isPastTenseForm(tk.surface[k + 1] ?? "")
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

export function contentKind(state: UnitState, from: number, to: number, used: Uint8Array): StatementKind {
  for (let i = from; i < to; i++) {
    const q = state.quoteOf[i] as number;
    if (q !== -1 && !used[q]) return "mixed";
  }
  return "indirect";
}

export function markQuotesUsed(state: UnitState, from: number, to: number, used: Uint8Array): void {
  for (let i = from; i < to; i++) {
    const q = state.quoteOf[i] as number;
    if (q !== -1) used[q] = 1;
  }
}
