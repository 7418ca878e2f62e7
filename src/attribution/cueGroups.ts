// The cue group at a token: a reporting verb with its auxiliaries, adverbs and particles ("has also said",
// "told reporters"), or null where the word is no cue in its context (a noun, a headline's verb, an
// impression such as "seems", a naming "called"). Computed once per token and cached in the unit's state.

import { isCapitalized, isWord, type Tokens } from "../text/tokens.js";
import type { AttributionResources } from "./attribute.js";
import { isConditioned, isLyAdverb, isWordToken } from "./clauses.js";
import { SPEECH } from "./cueLexicon.js";
import { POSSESSIVE_PRONOUNS, participleWithin, RECORD_NOUNS } from "./phrases.js";
import type { UnitState } from "./unitState.js";
import { BE, BY_MEDIUM, NOUN_CONTEXT, QUOTE_MARKS, UTTERANCE_NOUNS } from "./words.js";

const ANONYMITY =
  /^(?:not to be (?:named|identified|quoted)|to (?:remain anonymous|not be named)|that (?:his|her|their) name)/;

const NEGATIONS = new Set(["not", "never", "n't", "n’t"]);

/** Particles that turn a reporting verb into something else ("called off", "backed down"). */
const NOT_A_REPORT_AFTER = new Set(["off", "down", "away", "into"]);

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

const EXPRESS_PREPOSITIONS = new Set(["for", "about", "over", "with", "at", "to", "in"]);

export interface CueGroup {
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

/**
 * An adverb between a speaker and the cue ("voters overwhelmingly support", "Trump angrily said"): the
 * lexicon's, or a lower-case word in -ly ("Megyn Kelly said", "Donnelly said" are names).
 */
export function isAdverb(res: AttributionResources, tk: Tokens, k: number): boolean {
  const l = tk.lower[k] ?? "";
  return res.cues.adverbs.has(l) || (isLyAdverb(l) && !isCapitalized(tk.surface[k] ?? ""));
}

export function isAuxiliary(res: AttributionResources, l: string): boolean {
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
export function invertedAttributionAfter(state: UnitState, from: number, res: AttributionResources): boolean {
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

/** Finite verbs that a plural noun of what was said may take as its subject ("remarks were"). */
const NOUN_SUBJECT_VERBS = /^(?:are|were|have|had|will|would|could|can|may|might|should|must)$/;

/** Nouns after "phone" that make it the first word of a compound ("phone lines"). */
const PHONE_COMPOUNDS =
  /^(?:calls?|lines?|numbers?|banks?|banking|bankers?|spree|interviews?|conversations?|records?|book|booths?|companies|company|service|logs?)$/;

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

/** Verbs whose passive with "as" or "for" is a view no one is named for ("is seen as", "is known for"). */
const HELD_AS = new Set(["see", "view", "know", "regard", "consider"]);

/** "Hamas is seen as …", "is widely regarded as …", "is best known for …": held, but by no one named. */
export function passiveImpression(tk: Tokens, v: number, lemma: string, form: string): boolean {
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
export function cueAt(state: UnitState, v: number, res: AttributionResources): CueGroup | null {
  if (v < 0 || v >= state.tk.length) return null;
  let c = state.cues[v];
  if (c === undefined) {
    c = computeCueAt(state.tk, v, res);
    state.cues[v] = c;
  }
  return c;
}

export function phraseCueAt(tk: Tokens, i: number, res: AttributionResources): CueGroup | null {
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
