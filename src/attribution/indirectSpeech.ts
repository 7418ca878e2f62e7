// Indirect speech at one cue: speaker, cue and content for "X said that …", "…, X said", "…, he said, and …",
// with parentheticals, appositive subjects and the next reporting verb bounding the content.

import type { Quote } from "../quotes/quotes.js";
import { isCapitalized, isWord, type Tokens } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import { cutAtNextAttribution, objectEnd } from "./boundaries.js";
import {
  afterWithName,
  asWithin,
  beforeTrailingGerund,
  followsComma,
  speakerOfCue,
} from "./clauseSpeaker.js";
import {
  afterDiscourseMarker,
  clauseLimit,
  clauseVerbAt,
  finiteVerbWithin,
  floorOf,
  isFiniteAuxiliary,
  isTimeWord,
  isWordToken,
  verbBetween,
} from "./clauses.js";
import {
  complementStart,
  contentEnd,
  contentKind,
  markQuotesUsed,
  nextCommaOutsideQuotes,
} from "./contentSpan.js";
import {
  type CueGroup,
  cueAt,
  invertedAttributionAfter,
  isAdverb,
  isAuxiliary,
  passiveImpression,
} from "./cueGroups.js";
import { INTENT, SPEECH, THOUGHT } from "./cueLexicon.js";
import { verbGroupAt } from "./nominalStatements.js";
import { isAbbreviationPeriod, type Phrase, RECORD_NOUNS, speakerLeftOf, speakerRightOf } from "./phrases.js";
import { endsClause } from "./quotePass.js";
import { anyClaimed, claim, draftFrom, span, type UnitState } from "./unitState.js";
import {
  AFTER_SPEAKER,
  BE,
  EVIDENCE_VERBS,
  FRONTED_SUBORDINATORS,
  NOUN_CONTEXT,
  QUOTE_MARKS,
  SUBJECT_STOPS,
  UTTERANCE_NOUNS,
} from "./words.js";

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

/** Verbs of how something seems to the writer ("seemed to", "appears to"): no one said it. */
const IMPRESSION_LEMMAS = new Set(["seem", "appear"]);

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

export function indirectAt(
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

function startsQuoteOrColon(state: UnitState, cue: CueGroup): boolean {
  const next = cue.end + 1;
  const s = state.tk.surface[next] ?? "";
  return s === ":" || (next < state.quoteOf.length && state.quoteOf[next] !== -1);
}
