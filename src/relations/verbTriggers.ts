// Verb triggers: a relation verb's subject, object, passive agent ("was criticized by"), particle a few
// words away, dative ("gave aid to"), complement, and the pronouns and relative clauses that stand for them.

import type { Statement } from "../contract/extraction.js";
import { isIrregularParticiple } from "../text/irregularVerbs.js";
import { isCapitalized, isWord, type Tokens } from "../text/tokens.js";
import {
  actorAt,
  beforeParenthesis,
  type Draft,
  type Frame,
  fitsPronoun,
  isClauseMark,
  isPossessive,
  mentionEndTok,
  mentionStartTok,
  type SubjectMemo,
  statementAtCue,
  tokenAt,
} from "./frame.js";
import { conditionFollows, isHypothetical, isReportedModal, UNDOING, verbGroup } from "./modality.js";
import {
  antecedentOfWord,
  conjunctSubject,
  firstActorAhead,
  followsAnd,
  isPastTense,
  isPeopleNoun,
  mutualSubject,
  opensContentWithPronoun,
  phraseActorsEndingAt,
  phraseActorsFrom,
  pronounSubject,
  type SubjectPhrase,
  sentenceSubject,
  subjectOf,
} from "./phrases.js";
import type { RelationLexicon, TriggerSense } from "./relationLexicon.js";
import { neitherNor, particleEnd } from "./triggerParts.js";
import {
  AUXILIARIES,
  BE,
  CLAUSE_WORDS,
  DETERMINERS,
  GROUP_NOUNS,
  isAdjective,
  isAdverb,
  POSSESSIVE_PRONOUNS,
  QUOTE_MARKS,
  RECIPROCALS,
} from "./words.js";

/**
 * Does the actor phrase ending at token e open its clause ("The Syrian National Army, backed by …", "…;
 * Hamas, criticized by …")? Not an object ("Israel struck Hizbullah, reportedly helped by U.S.
 * intelligence": the help was Israel's).
 */
function opensClause(f: Frame, e: number): boolean {
  const p = phraseActorsEndingAt(f, e);
  if (!p) return false;
  let b = p.start - 1;
  while (b >= 0 && DETERMINERS.has(f.tk.lower[b] ?? "") && actorAt(f, b) === null) b--;
  if (b < 0) return true;
  const w = f.tk.lower[b] ?? "";
  return isClauseMark(f, b) || w === "," || w === "and" || w === "but" || CLAUSE_WORDS.has(w);
}

/** "she was accused by …": the antecedent of a pronoun subject of a passive, in the sentence or before it. */
function passivePronounSubject(f: Frame, k: number): SubjectPhrase | null {
  const p = pronounSubject(f, k);
  if (p === null) return null;
  const pronoun = (f.tk.lower[p] ?? "").replace(/['’].*$/, "");
  // "Iran signed a deal with Russia. It was criticized by …": "it" is as often the thing just named.
  if (pronoun === "it") return null;
  const a = antecedentOfWord(f, p, pronoun) ?? f.antecedent(f.tk.starts[p] as number, pronoun);
  return a ? { actors: [a], start: p, firstPerson: false } : null;
}

/** Verbs whose object is the subject of the infinitive after it ("urged Hamas to apologize"). */
const OBJECT_CONTROL = new Set(["demand", "aid", "support"]);

function hostileVerbAt(f: Frame, t: number, lex: RelationLexicon): boolean {
  return (lex.triggers.get(f.tk.lower[t] ?? "") ?? []).some((s) => s.pos === "verb" && s.type.polarity < 0);
}

/**
 * Types whose verb takes a clause naming its target: "demanded that the US cancel …", "threatened to
 * break relations with Russia", "urged Hamas to …".
 */
const COMPLEMENT_TYPES = new Set(["demand", "threaten", "reject", "agree"]);

/**
 * Types whose target may follow a thing given or asked for: "granted political asylum to 18 Rwandan
 * rebels", "sent arms to Pakistan", "demanding autonomy from Serbian authorities".
 */
const DATIVE_TYPES = new Set(["aid", "yield", "agree", "demand", "sever_relations", "coerce", "sanction"]);

/** Types whose target may be the maker of what they are about ("criticized the plan offered by X"). */
const MAKER_TYPES = new Set(["praise", "criticize", "condemn", "support", "reject"]);

/** Types whose target may be the owner of what they are done to ("rebuffed his approaches", "attacked her record"). */
const OWNER_TYPES = new Set([...MAKER_TYPES, "attack", "accuse"]);

/**
 * "criticized the budget proposal recently offered by the Trump administration", "condemned the attack
 * carried out by Hamas": a thing with no actor in it, then its maker after a participle and "by". Returns
 * the maker's phrase, or null.
 */
function agentOfObject(f: Frame, from: number): { actors: string[]; end: number } | null {
  const { tk } = f;
  for (let t = from; t < tk.length && t - from <= 7; t++) {
    const l = tk.lower[t] ?? "";
    if (actorAt(f, t) !== null || isClauseMark(f, t) || l === "," || CLAUSE_WORDS.has(l)) return null;
    if (l !== "by") continue;
    // The participle right before "by" (an adverb or a particle between): "offered", "carried out".
    let v = t - 1;
    if (/^(?:out|up|forward)$/.test(tk.lower[v] ?? "") || isAdverb(tk.lower[v] ?? "")) v--;
    const participle = tk.lower[v] ?? "";
    if (v <= from || !(/^[a-z]+ed$/.test(participle) || isIrregularParticiple(participle))) return null;
    // "praised the soldiers killed by Hamas", "criticized the plan backed by the US": the one who did
    // something to people, or stood behind a thing, is not who made it.
    const thing = tk.lower[v - 1] ?? "";
    if (
      NOT_MAKING.test(participle) ||
      GROUP_NOUNS.has(thing) ||
      PEOPLE_NOUNS.has(thing) ||
      f.isRoleWord(thing)
    )
      return null;
    return phraseActorsFrom(f, t + 1, 0);
  }
  return null;
}

/**
 * "condemned the assassination of Saleh al-Arouri by Israel", "the killing of civilians by Israeli
 * forces": a stance toward an act is toward its agent after "by".
 */
function agentOfActNoun(
  f: Frame,
  from: number,
  lex: RelationLexicon,
): { actors: string[]; end: number } | null {
  const { tk } = f;
  let t = from;
  while (
    t < tk.length &&
    t - from < 3 &&
    actorAt(f, t) === null &&
    (DETERMINERS.has(tk.lower[t] ?? "") || isAdjective(tk.lower[t] ?? ""))
  )
    t++;
  // A noun, or a verb's form after a determiner ("the killing", "the release").
  const senses = lex.triggers.get(tk.lower[t] ?? "") ?? [];
  if (actorAt(f, t) !== null || !senses.some((s) => s.pos === "noun" || (t > from && s.form !== "past")))
    return null;
  if (tk.lower[t + 1] !== "of") return null;
  for (let j = t + 2; j < tk.length && j - t <= 9; j++) {
    const l = tk.lower[j] ?? "";
    if (l === "by") return phraseActorsFrom(f, j + 1, 1);
    if (isClauseMark(f, j) || l === "," || CLAUSE_WORDS.has(l)) return null;
  }
  return null;
}

/** Participles of acts done to people or of backing, whose "by" names no maker of the thing. */
const NOT_MAKING =
  /^(?:killed|targeted|captured|released|freed|wounded|injured|arrested|detained|kidnapped|abducted|held|attacked|shot|hit|murdered|executed|tortured|jailed|imprisoned|elected|appointed|nominated|chosen|hired|fired|sacked|dismissed|ousted|backed|supported|endorsed|funded|financed|armed|trained|recruited|employed|welcomed|praised|criticized|criticised|condemned|opposed|rejected)$/;

/** People a thing may be, who are not made: "the civilians killed by". */
const PEOPLE_NOUNS = new Set(
  "people civilians victims prisoners hostages detainees children women men families protesters demonstrators candidates nominees refugees migrants journalists activists students workers residents villagers settlers fighters".split(
    " ",
  ),
);

/** The preposition that introduces the one a thing is given to, asked from or taken from. */
const DATIVES: Record<string, RegExp> = {
  demand: /^from$/,
  sever_relations: /^from$/,
  coerce: /^from$/,
  sanction: /^(?:on|against|to|for|in)$/,
  // "lifted a curfew in Montenegro", "eased restrictions on Gaza".
  yield: /^(?:to|on|in|for)$/,
};

function dativeAfter(f: Frame, t: number, type: string): { actors: string[]; end: number } | null {
  const want = DATIVES[type] ?? /^to$/;
  for (let j = t; j < f.tk.length && j - t <= 5; j++) {
    const l = f.tk.lower[j] ?? "";
    if (isClauseMark(f, j) || l === "," || CLAUSE_WORDS.has(l) || actorAt(f, j) !== null) return null;
    if (!want.test(l)) continue;
    // "offers a foothold close to Lebanon": a "to" of place, not of giving.
    if (/^(?:close|next|near|due|according|thanks|back|adjacent)$/.test(f.tk.lower[j - 1] ?? "")) return null;
    return phraseActorsFrom(f, j + 1, 3);
  }
  return null;
}

/** Types whose plural subject without an object acts jointly: "Hamas and Fatah met", "A and B cut ties". */
const JOINT_TYPES = new Set([
  "sever_relations",
  "attack",
  "agree",
  "cooperate",
  "coordinate",
  "meet",
  "consult",
  "restore_relations",
]);

/** Does an object open at k: a determiner, a pronoun or a capitalised name? */
function objectOpensAt(f: Frame, k: number): boolean {
  const l = f.tk.lower[k] ?? "";
  return (
    DETERMINERS.has(l) ||
    /^(?:him|her|them|it|us|me)$/.test(l) ||
    actorAt(f, k) !== null ||
    isCapitalized(f.tk.surface[k] ?? "")
  );
}

/** Does a hostile act head the object from token k on ("suspended its attacks", "suspending operations")? */
function haltsHostility(f: Frame, k: number): boolean {
  for (let j = k; j < f.tk.length && j - k <= 4; j++) {
    const l = f.tk.lower[j] ?? "";
    if (HOSTILITIES.test(l)) return true;
    if (actorAt(f, j) !== null || isClauseMark(f, j)) return false;
  }
  return false;
}

const HOSTILITIES =
  /^(?:operations?|attacks?|strikes?|hostilities|fighting|raids?|offensive|campaign|escalation|fire|bombing|shelling)$/;

/**
 * "Iran praised Hamas, offering aid to Gaza": a participle after an object's comma is the act of the
 * subject of the verb before the object, not of the object; null when the words before the comma are no
 * verb and its object.
 */
function participleSubject(f: Frame, k: number, form: string): ReturnType<typeof subjectOf> {
  const { tk } = f;
  if (form !== "ing" || tk.surface[k - 1] !== "," || actorAt(f, k - 2) === null) return null;
  const start = mentionStartTok(f, k - 2);
  let v = start - 1;
  while (v >= 0 && start - v <= 3 && DETERMINERS.has(tk.lower[v] ?? "")) v--;
  if (!isPastTense(tk.surface[v] ?? "")) return null;
  const subject = subjectOf(f, v);
  return subject && !subject.firstPerson ? subject : null;
}

/** Stances whose negation is a refusal ("has not endorsed", "don't trust"). */
const WITHHELD = /^(?:endorsed?|endorses|trust|trusts|trusted)$/;

/** Support that, withheld from a person, is a stance ("did not support Trump"); from a thing, says nothing. */
const WITHHELD_FROM_PEOPLE = /^(?:support|supports|supported|supporting|back|backs|backed|backing)$/;

/** Does a person (or a name no one typed) start the object at token t, past a title ("Mr. Trump")? */
function personAt(f: Frame, t: number): boolean {
  let k = t;
  while (
    k < f.tk.length &&
    k - t <= 3 &&
    actorAt(f, k) === null &&
    (f.isRoleWord(f.tk.lower[k] ?? "") || f.tk.surface[k] === ".")
  )
    k++;
  const a = actorAt(f, k);
  // ("did not support Assad's removal": a thing the person owns, which may be against them.)
  return (
    a !== null &&
    /^(?:person|unknown)$/.test(f.typeOf(a)) &&
    !(isPossessive(f.tk.surface[mentionEndTok(f, k)] ?? "") && patientNounAfter(f, mentionEndTok(f, k) + 1))
  );
}

/**
 * Is the negated endorsement at k a stance, not a possibility or a delay: no modal before it ("may not
 * endorse", "should not endorse" is advice), no "yet", "until", "before" or "so far" after it ("has not
 * endorsed Trump yet")?
 */
function withheldForGood(f: Frame, k: number, lex: RelationLexicon): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const l = f.tk.lower[j] ?? "";
    // ("said he wouldn't endorse Trump" reports the refusal.)
    if (/^(?:would|wouldn['’]t)$/.test(l) && isReportedModal(f, k)) continue;
    if (
      lex.modals.has(l) ||
      /^(?:should|shouldn['’]t|must|may|might|could|couldn['’]t|would|wouldn['’]t|to)$/.test(l)
    )
      return false;
  }
  for (let j = k + 1; j < f.tk.length && j - k <= 8; j++) {
    const l = f.tk.lower[j] ?? "";
    if (l === "." || l === ";") break;
    if (/^(?:yet|until|till|before|far)$/.test(l)) return false;
  }
  return true;
}

/** Does a form of "be" stand before the participle at k, auxiliaries and adverbs between ("have been
 * heavily criticized")? */
function passiveAuxiliaryBefore(tk: Tokens, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const l = tk.lower[j] ?? "";
    if (BE.has(l)) return true;
    if (!AUXILIARIES.has(l) && !isAdverb(l)) return false;
  }
  return false;
}

/**
 * The first actor of what a threat, a demand or a promise says ("warned that Israel would act against
 * Hamas"); a hostile one passes over the speaker's own state or organisation, which is who acts, not
 * whom it is against.
 */
function complementTarget(
  f: Frame,
  t: number,
  recipientOnly: boolean,
  sources: readonly string[],
  polarity: number,
): { actors: string[]; end: number } | null {
  const first = firstActorAhead(f, t, 8, recipientOnly);
  if (!first || polarity >= 0 || !f.ownOrganisation) return first;
  const own = f.ownOrganisation;
  if (!first.actors.every((a) => sources.some((s) => own(s, a)))) return first;
  // Only as the subject of the clause ("that Israel would act"), not as its object ("to ban Ugandan
  // opposition candidates").
  if (!AUXILIARIES.has(f.tk.lower[first.end + 1] ?? "")) return first;
  return firstActorAhead(f, first.end + 1, 8, recipientOnly);
}

function actorBetween(f: Frame, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (actorAt(f, t) !== null) return true;
  return false;
}

/** Words that may follow a verb whose object went before it: "which Trump derided as fake news". */
const AFTER_OBJECTLESS = new Set(["as", "in", "on", "at", "for", "during", "since", "again", "last", "this"]);

/** A relative pronoun before the verb at k and its auxiliaries ("who was accused", "which has been hit"). */
function relativeBefore(f: Frame, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 4 && AUXILIARIES.has(f.tk.lower[j] ?? "")) j--;
  return /^(?:who|which|that|whom)$/.test(f.tk.lower[j] ?? "");
}

/** Object pronouns and the subject forms that fitsPronoun reads. */
const OBJECT_PRONOUNS = new Map([
  ["him", "he"],
  ["her", "she"],
  ["them", "they"],
]);

/** The plural of a people, a party or a creed: no "him" or "her". */
const PEOPLES_PLURAL = /(?:icans|ians|crats|ists)$/;

/** Possessive determiners and the subject forms that fitsPronoun reads. */
const POSSESSIVE_OBJECTS = new Map([
  ["his", "he"],
  ["her", "she"],
]);

/**
 * "GM rebuffed his approaches", "attacked her performance", "blamed their risky bets": a thing a
 * possessive determiner owns stands for its owner, as "rebuffed Marchionne's approaches" does; not a
 * person ("praised his wife", "their allies"), and not when a name follows ("his ally Iran").
 */
function ownsAThing(f: Frame, at: number): boolean {
  const { tk } = f;
  // ("drives voters to support her this fall": "her" is the object, "this fall" a time.)
  if (DETERMINERS.has(tk.lower[at + 1] ?? "") || /^(?:last|next)$/.test(tk.lower[at + 1] ?? "")) return false;
  // ("condemned his assassination": what was done to him.)
  if (patientNounAfter(f, at + 1)) return false;
  let k = at + 1;
  while (k < tk.length && k - at <= 4 && /^[a-z][a-z-]*$/.test(tk.surface[k] ?? "")) {
    const l = tk.lower[k] ?? "";
    if (HEAD_ENDS_OF_OWNED.has(l)) break;
    if (isPeopleNoun(f, l) || actorAt(f, k) !== null) return false;
    k++;
  }
  return k > at + 1 && actorAt(f, k) === null;
}

/** Words that end the noun a possessive determiner owns. */
const HEAD_ENDS_OF_OWNED = new Set([
  "of",
  "for",
  "in",
  "on",
  "at",
  "to",
  "with",
  "by",
  "and",
  "or",
  "that",
  "as",
]);

/**
 * "Democrats questioned Republicans' motives and accused them of …": an object pronoun stands for the
 * nearest fitting actor before it in the sentence that is none of the verb's sources; so does the owner
 * of a thing ("rebuffed his approaches"). "it" is left alone (it is as often a thing).
 */
function objectPronounAntecedent(
  f: Frame,
  at: number,
  sources: readonly string[],
  type: string,
): string | null {
  const { tk } = f;
  const lower = tk.lower[at] ?? "";
  // "her" before a word owns it ("criticized her policies"), unless the word starts what follows.
  // ("their" is left alone: a name the text has not typed fits it as well as a group does.)
  const owns =
    lower === "his" ||
    (lower === "her" &&
      isWord(tk.surface[at + 1] ?? "") &&
      !/^(?:of|for|as|over|to|and|in|on|at|last|next)$/.test(tk.lower[at + 1] ?? "") &&
      !DETERMINERS.has(tk.lower[at + 1] ?? ""));
  // ("offered his sentiments on …" is nothing done to anyone.)
  if (owns && !(OWNER_TYPES.has(type) && ownsAThing(f, at))) return null;
  const pronoun = OBJECT_PRONOUNS.get(lower) ?? POSSESSIVE_OBJECTS.get(lower);
  if (!pronoun) return null;
  for (let t = at - 1; t >= 0 && at - t <= 40; t--) {
    const a = actorAt(f, t);
    if (a === null || sources.includes(a)) continue;
    // "hiding in Khan Younis when Israel targeted him": a place after a preposition is no one's antecedent;
    // nor is a body a role belongs to ("Geagea, the head of the Lebanese Forces, … accused them"), nor a
    // name that only modifies another ("The US envoy Tim Lenderking", "Abdulsalam's deputies").
    const ms = mentionStartTok(f, t);
    const me = mentionEndTok(f, t);
    const before = tk.lower[ms - 1] === "the" ? (tk.lower[ms - 2] ?? "") : (tk.lower[ms - 1] ?? "");
    if (/^(?:in|at|near|from|to|into|inside|outside|across|around|over|of)$/.test(before)) continue;
    // ("Trump's standing did not falter, and McCain endorsed him": a thing's owner is one.)
    if (
      isPossessive(tk.surface[me] ?? "") &&
      /^[a-z]+$/.test(tk.surface[me + 1] ?? "") &&
      (pronoun === "they" || isPeopleNoun(f, tk.lower[me + 1] ?? ""))
    )
      continue;
    if (actorAt(f, me + 1) !== null || (f.isRoleWord(tk.lower[me + 1] ?? "") && actorAt(f, me + 2) !== null))
      continue;
    // ("married to the former England captain … supporting her": the role's holder, not the name before it.)
    if (pronoun !== "they" && f.isRoleWord(tk.lower[me + 1] ?? "")) continue;
    // "Republicans who control the Senate …, prompting Democrats to accuse them": the object of a relative
    // clause is not what the clause is about; the name the clause hangs on is.
    const head = relativeClauseHead(f, ms);
    if (head !== null && !sources.includes(head) && fitsPronoun(f.typeOf(head), pronoun)) return head;
    // "him", "her": a person the text has typed so, not a name it knows nothing about ("England"), nor
    // a people's plural ("alienate Democrats …, drives Republicans to support her").
    if (pronoun !== "they" && PEOPLES_PLURAL.test(tk.surface[me] ?? "")) continue;
    if (fitsPronoun(f.typeOf(a), pronoun)) return a;
  }
  return null;
}

/** The actor a relative clause hangs on when a mention starting at token ms is inside it ("Republicans who
 * control the Senate"), or null. */
function relativeClauseHead(f: Frame, ms: number): string | null {
  const { tk } = f;
  for (let j = ms - 1; j > 0 && ms - j <= 5; j--) {
    const l = tk.lower[j] ?? "";
    if (l === "who" || l === "which") {
      const e = tk.surface[j - 1] === "," ? j - 2 : j - 1;
      return e >= 0 ? actorAt(f, e) : null;
    }
    if (actorAt(f, j) !== null || isClauseMark(f, j) || tk.surface[j] === ",") return null;
  }
  return null;
}

/**
 * The actors a relative clause hangs on when its subject starts at token `subject`: "CNN, which Trump
 * derided", "Hamas, whom Iran supports"; null when no relative word and actor come right before.
 */
function relativeAntecedent(
  f: Frame,
  subject: number,
  afterVerb: number,
): { actors: string[]; start: number } | null {
  const { tk } = f;
  // Not "that": after a name it is as often what was said ("told Israel that Iran rejected the plan").
  if (!/^(?:which|whom|who)$/.test(tk.lower[subject - 1] ?? "")) return null;
  // The verb's object is the antecedent only when no noun phrase of its own follows it.
  const next = tk.lower[afterVerb];
  if (next !== undefined && !isClauseMark(f, afterVerb) && next !== "," && !AFTER_OBJECTLESS.has(next))
    return null;
  const end = tk.surface[subject - 2] === "," ? subject - 3 : subject - 2;
  if (end < 0 || actorAt(f, end) === null) return null;
  return phraseActorsEndingAt(f, end);
}

/** Words after a passive verb that end the search for its "by": a new clause, or another actor first. */
const AGENT_STOPS = new Set([
  ",",
  ";",
  ":",
  ".",
  "!",
  "?",
  "and",
  "but",
  "or",
  "that",
  "who",
  "which",
  "while",
  // "criticized for a plan backed by Russia": the "by" of what the reason names, not the agent's.
  "for",
  "over",
  "after",
  "against",
  "because",
]);

/**
 * The token of a passive verb's "by", right after it or a few words on ("were praised later in the
 * meeting by his Cabinet secretaries", "has been applauded as the right one by figures such as …"),
 * when no clause mark, coordinator, reason ("for", "over"), other participle or actor comes first; -1
 * when there is none.
 */
function agentBy(f: Frame, from: number, polarity: number): number {
  const { tk } = f;
  for (let t = from; t < tk.lower.length && t - from <= 6; t++) {
    const l = tk.lower[t] ?? "";
    if (l === "by") return t;
    // "was condemned and criticized by Fatah": the next participle's agent is this one's too, when a bare
    // "and" joins two acts of one leaning ("assassinated and mourned by Erdogan" shares nothing).
    if (t === from && l === "and") {
      const p = t + 1;
      if (
        /^[a-z]+(?:ed|en)$/.test(tk.surface[p] ?? "") &&
        tk.lower[p + 1] === "by" &&
        f.roles?.[p]?.senses?.some((s) => s.pos !== "noun" && s.type.polarity === polarity)
      )
        return p + 1;
    }
    // "received in Tehran by Khamenei", "arrested at his home by FBI agents": where, or whose, on the way.
    if (
      actorAt(f, t) !== null &&
      (/^(?:in|at|near|outside|inside)$/.test(tk.lower[t - 1] ?? "") || POSSESSIVE_PRONOUNS.has(l))
    ) {
      t = mentionEndTok(f, t);
      continue;
    }
    // Another participle ("… a ceasefire brokered by Qatar") has the "by" to itself.
    if (AGENT_STOPS.has(l) || actorAt(f, t) !== null || (t > from && /ed$/.test(l))) return -1;
  }
  return -1;
}

/** Relation types whose verbs take the act they name for granted: praise and criticism of it. */
const GRANTING_TYPES = new Set(["praise", "thank", "criticize", "condemn", "attack"]);

/** Adverbs that leave an act alleged, not granted: "for allegedly supporting". */
const ALLEGING = /^(?:allegedly|reportedly|purportedly|supposedly|apparently|possibly|ostensibly)$/;

/**
 * Is the gerund at k, after "for" at `pre`, an act its sentence takes for granted: the object of a verb
 * of praise or criticism ("thanked Qatar for supporting", "skewered Cruz for attacking", "attacked Cruz
 * for backing", "for quietly supporting")? Not of an accusation or an act against the object ("arrested …
 * for supporting", "outlawed the Brotherhood for supporting"), nor an act left alleged ("for allegedly …").
 */
function isGrantedAct(f: Frame, k: number, pre: number, lex: RelationLexicon): boolean {
  const { tk } = f;
  for (let j = pre + 1; j < k; j++) if (ALLEGING.test(tk.lower[j] ?? "")) return false;
  const name = beforeParenthesis(f, pre - 1);
  if (tk.lower[pre] !== "for" || actorAt(f, name) === null) return false;
  let b = mentionStartTok(f, name) - 1;
  // "skewered Sen. Ted Cruz for …": titles and their periods stand between the verb and the name.
  while (b > 0 && (f.isRoleWord(tk.lower[b] ?? "") || tk.surface[b] === ".") && actorAt(f, b) === null) b--;
  if (/^(?:the|a|an)$/.test(tk.lower[b] ?? "")) b--;
  const verb = tk.lower[b] ?? "";
  // "blamed Tehran for attacking": blame, like an accusation, alleges the act.
  if (/^(?:blam|accus|fault)/.test(verb)) return false;
  const senses = lex.triggers.get(verb) ?? [];
  return senses.some((t) => t.pos === "verb" && t.particle.length === 0 && GRANTING_TYPES.has(t.type.type));
}

export function verbTrigger(
  f: Frame,
  k: number,
  sense: TriggerSense,
  lex: RelationLexicon,
  statements: readonly Statement[],
  drafts: Draft[],
  lastSubject: SubjectMemo | null,
): SubjectMemo | null {
  const { tk } = f;
  const type = sense.type;
  const afterParticle = particleEnd(f, k, sense);
  const prev = tk.lower[k - 1] ?? "";
  // "lift ban on X": the object of an undoing verb is a noun; "conceded to demands from X": after "to" an
  // -s form is a noun; "arrested … for collaborating with Israel": what someone is accused of is no event.
  if (UNDOING.has(prev) || (sense.form === "s" && prev === "to")) return null;
  // "Hamas and Fatah faced attacks", "drew threats from", "have been targets of attacks": an -s form
  // right after a past tense, a form of "be", a preposition or a determiner is a noun.
  // ("A Hamas official who was released criticizes the PA", "The resolution the UN adopted condemns
  // Israel": after a past tense, an -s form with its own object is still a verb.)
  const afterPast = /^(?:[a-z]{3,}ed|drew|made|took|saw|got|won|met|led)$/.test(tk.surface[k - 1] ?? "");
  if (
    sense.form === "s" &&
    ((afterPast && !objectOpensAt(f, afterParticle)) ||
      /^(?:been|be|being|is|are|was|were|of|for|with|by|from|against|the|a|an|its|their|his|her|our|these|those)$/.test(
        tk.surface[k - 1] ?? "",
      ))
  )
    return null;
  // "Fox News host Megyn Kelly", "CNN anchor Jake Tapper": a role word between two names is a title.
  // Only after a name of two words or more ("Fox News"): "The Saudis host Blinken", "Democrats press
  // Netanyahu", "Egypt and Qatar host …" are verbs.
  // ("MSNBC host Rachel Maddow": an acronym's outlet too.)
  if (
    sense.form === "base" &&
    f.isRoleWord(tk.lower[k] ?? "") &&
    isCapitalized(tk.surface[k - 1] ?? "") &&
    isCapitalized(tk.surface[k + 1] ?? "") &&
    ((isCapitalized(tk.surface[k - 2] ?? "") && !/^(?:the|a|an)$/.test(tk.lower[k - 2] ?? "")) ||
      /^[A-Z]{2,}$/.test(tk.surface[k - 1] ?? ""))
  )
    return null;
  // But praise and criticism take the act for granted: "thanked Qatar for supporting Hamas" (Qatar supports
  // Hamas), "criticized Iran for abandoning Hizbullah"; subjectOf finds the object as the gerund's subject.
  // "for allegedly supporting": adverbs between the preposition and the gerund.
  let pre = k - 1;
  while (pre > 0 && isAdverb(tk.lower[pre] ?? "")) pre--;
  const before = tk.lower[pre] ?? "";
  if (sense.form === "ing" && (before === "for" || before === "of") && !isGrantedAct(f, k, pre, lex))
    return null;
  let group = neitherNor(f, k) ? "negated" : verbGroup(f, k, lex);
  // "Graham has not endorsed Trump", "Americans don't trust Clinton": support withheld is a stance of its
  // own, as "refused to endorse" is; "did not support the rebels" may deny aid, and says nothing, but
  // "did not support Trump", "said he wouldn't support Hillary Clinton" withhold it from a person.
  if (
    group === "negated" &&
    (WITHHELD.test(tk.lower[k] ?? "") ||
      (WITHHELD_FROM_PEOPLE.test(tk.lower[k] ?? "") && personAt(f, afterParticle))) &&
    withheldForGood(f, k, lex)
  )
    group = "refused";
  // "Trump said he was wrong to trust Comey", "it was a mistake to trust Assad": trust regretted.
  if (
    /^trust/.test(tk.lower[k] ?? "") &&
    tk.lower[k - 1] === "to" &&
    /^(?:wrong|mistake|foolish|naive|naïve|stupid|error|unwise)$/.test(tk.lower[k - 2] ?? "")
  )
    group = "refused";
  if (group === "negated" || isHypothetical(f, k, lex)) return null;
  // "suspending military operations against U.S. forces": halting an attack is no sanction.
  if (type.type === "sanction" && haltsHostility(f, afterParticle)) return null;
  if (group === "modal" && !isReportedModal(f, k)) return null;
  // "said Turkey would support Hamas if Israel invaded Rafah": support on a condition is not given; a
  // threat is conditional by nature ("would retaliate if attacked").
  if (group === "modal" && type.type !== "threaten" && conditionFollows(f, k)) return null;
  // Passive: "Hamas was criticized by the opposition".
  let passive = false;
  /** "Hamas, harshly criticized by …": the comma of a reduced relative after a name (or the participle
   * itself, when no comma stands between), or -1. */
  let relativeComma = -1;
  /** The participle whose auxiliaries make the passive ("was fired, arrested … by": the first one). */
  let passiveAt = k;
  if (sense.form === "past") {
    // "have been heavily criticized by": adverbs inside the verb group too.
    passive = passiveAuxiliaryBefore(tk, k);
    // "Drake was fired, arrested at his home by FBI agents": a participle coordinated with a passive one
    // shares its auxiliary.
    const c = tk.lower[k - 1] === "and" && tk.surface[k - 2] === "," ? k - 2 : k - 1;
    if (
      !passive &&
      (tk.surface[c] === "," || tk.lower[c] === "and") &&
      /ed$/.test(tk.lower[c - 1] ?? "") &&
      passiveAuxiliaryBefore(tk, c - 1) &&
      agentBy(f, afterParticle, type.polarity) !== -1
    ) {
      passive = true;
      passiveAt = c - 1;
    }
    // "The Syrian National Army, backed by Turkey,", "Hamas, harshly criticized by the opposition,": a
    // participle after a name's comma (adverbs between), with its agent.
    if (!passive) {
      let c = k - 1;
      while (c > 0 && k - c <= 2 && isAdverb(tk.lower[c] ?? "")) c--;
      if (
        (tk.surface[c] === "," || tk.surface[c] === "—" || tk.surface[c] === "–") &&
        actorAt(f, c - 1) !== null &&
        agentBy(f, afterParticle, type.polarity) !== -1 &&
        opensClause(f, c - 1)
      ) {
        passive = true;
        relativeComma = c;
      }
    }
    // "the Khans, criticized strongly by John McCain": with no comma, only "by" right after the participle
    // (adverbs between) tells the passive from "Hamas criticized Iran".
    if (!passive && sense.particle.length === 0 && actorAt(f, k - 1) !== null) {
      let b = afterParticle;
      while (b < tk.length && b - afterParticle < 2 && isAdverb(tk.lower[b] ?? "")) b++;
      if (tk.lower[b] === "by" && actorAt(f, b + 1) !== null) {
        passive = true;
        relativeComma = k;
      }
    }
  }
  const content = f.contentOf[k] ?? -1;
  let sources: string[] = [];
  let targets: string[] = [];
  let from = k;
  let to = afterParticle - 1;
  let confidence = 0.7;
  let statement = -1;
  if (passive) {
    const subject =
      relativeComma !== -1
        ? (() => {
            const p = phraseActorsEndingAt(f, relativeComma - 1);
            return p ? { ...p, firstPerson: false } : null;
          })()
        : (subjectOf(f, passiveAt) ?? passivePronounSubject(f, passiveAt));
    if (!subject || subject.firstPerson) return null;
    // "Erdogan's claim that Israel commits genocide was rejected by Netanyahu": a name inside what was
    // said is not the subject of a verb outside it.
    // ("his wife, Hilaria, who was accused by …": a relative's antecedent is its subject wherever it is.)
    const inside = f.contentOf[subject.start] ?? -1;
    if (inside !== -1 && inside !== (f.contentOf[k] ?? -1) && relativeComma === -1 && !relativeBefore(f, k))
      return null;
    targets = subject.actors;
    from = subject.start;
    const by = agentBy(f, afterParticle, type.polarity);
    if (by !== -1) {
      const agent = phraseActorsFrom(f, by + 1);
      if (!agent) return null;
      sources = agent.actors;
      to = agent.end;
    } else return null;
  } else {
    // "Each side praised the other": the two parties, not a speaker called "side".
    const mutual = mutualSubject(f, k);
    const cueOf = mutual ? -1 : statementAtCue(f, k, statements);
    // "Qaani said Iran will continue to support Hizbullah": after a cue, a name of its own before the
    // infinitive is its subject, not the speaker.
    const infinitive =
      tk.lower[k - 1] === "to" &&
      lastSubject !== null &&
      k - lastSubject.at <= 20 &&
      !(lastSubject.type === undefined && actorBetween(f, lastSubject.at + 1, k - 1));
    // "rebuked Hamas and criticized Iran": the second verb shares the first one's subject.
    const coordinated = lastSubject !== null && k - lastSubject.at <= 25 && followsAnd(f, k);
    // "refugees held a protest … and burned pictures of Haniyeh": a first verb that no trigger remembered
    // still lends its subject.
    const subject =
      infinitive || coordinated || mutual
        ? null
        : ((lastSubject === null && followsAnd(f, k) ? conjunctSubject(f, k) : null) ??
          participleSubject(f, k, sense.form) ??
          subjectOf(f, k));
    if (cueOf !== -1) {
      const st = statements[cueOf] as Statement;
      sources = [st.speaker as string];
      // "President Obama and Vice President Biden have endorsed Clinton": the coordinated subject.
      const together = subjectOf(f, k);
      if (together && !together.firstPerson && together.actors.length >= 2)
        sources = [...new Set([...together.actors, ...sources])];
      statement = cueOf;
      confidence = 0.8;
      if (st.speakerSpan && st.speakerSpan[0] >= (tk.starts[0] as number))
        from = tokenAt(f, st.speakerSpan[0]);
    } else if (subject?.firstPerson && content !== -1) {
      sources = [(statements[content] as Statement).speaker as string];
      statement = content;
    } else if (subject && !subject.firstPerson) {
      // "The campaign against Hamas angered Qatar": what angered is the campaign, not the name inside it.
      if (sense.reversed === true && subject.oblique === true) return null;
      sources = subject.actors;
      from = subject.start;
    } else if (content !== -1 && opensContentWithPronoun(f, k, content, statements)) {
      // "Switzerland said today it had expelled …": the pronoun that opens indirect speech is the speaker.
      sources = [(statements[content] as Statement).speaker as string];
      statement = content;
      confidence = 0.6;
    } else if (lastSubject && (infinitive || coordinated)) {
      // "Qaani visited Beirut to coordinate with Hizbullah": the infinitive shares the clause's subject;
      // "urged Hamas to apologize": the urged one acts.
      sources =
        tk.lower[k - 1] === "to" && OBJECT_CONTROL.has(lastSubject.type ?? "") && lastSubject.objects?.length
          ? lastSubject.objects
          : lastSubject.actors;
      statement = lastSubject.statement;
      confidence = 0.6;
    } else if (content !== -1 && ownDescription(f, k)) {
      // "… said the bloc welcomes the Egyptian mediation": the speaker's own body, named by a description.
      sources = [(statements[content] as Statement).speaker as string];
      statement = content;
      confidence = 0.5;
    } else if (mutual) {
      sources = [];
      // "Both sides criticized Israel": the two parties last named, each on its own ("Each side praised
      // the other" is read below).
      if (!RECIPROCALS.has(tk.lower[afterParticle + 1] ?? "")) {
        let det = k - 1;
        while (det > 0 && !/^(?:each|both|two)$/.test(tk.lower[det] ?? "") && k - det <= 4) det--;
        // Named close before, and parties rather than places ("Hamas said Israel attacked Gaza. Both …").
        const pair = f.previousPair(tk.starts[det] as number);
        if (pair.length < 2) return null;
        sources = pair;
        from = det;
        confidence = 0.5;
      }
    } else if (pronounSubject(f, k) !== null) {
      // "It thanked Qatar and the United Nations": the pronoun's antecedent.
      const p = pronounSubject(f, k) as number;
      const pronoun = (tk.lower[p] ?? "").replace(/['’].*$/, "");
      const a = antecedentOfWord(f, p, pronoun) ?? f.antecedent(tk.starts[p] as number, pronoun);
      if (!a) return null;
      sources = [a];
      from = p;
      confidence = 0.5;
    } else if (tk.lower[k - 1] === "to") {
      // "… started a hunger strike yesterday to protest President Assad's failure": the clause's subject.
      const about = sentenceSubject(f, k);
      if (!about) return null;
      sources = [about.actor];
      from = about.at;
      confidence = 0.5;
    } else return null;
    // "Each side fulsomely praised the other": the two parties last named, each toward the other.
    if (
      mutual &&
      /^(?:the|each)$/.test(tk.lower[afterParticle] ?? "") &&
      RECIPROCALS.has(tk.lower[afterParticle + 1] ?? "")
    ) {
      // Named before "Each side" (which the attribution may have made a speaker of its own).
      let det = k - 1;
      while (det > 0 && !/^(?:each|both|two)$/.test(tk.lower[det] ?? "") && k - det <= 4) det--;
      const pair = f.previousActors(tk.starts[det] as number, 2);
      if (pair.length === 2) {
        drafts.push({
          sources: pair,
          targets: pair,
          type,
          from: k,
          to: afterParticle + 1,
          at: k,
          statement,
          confidence: 0.55,
          mutual: true,
        });
        return { actors: pair, at: k, statement };
      }
      return null;
    }
    // The object: right after the verb (and its particle), or "each other".
    if (
      RECIPROCALS.has(tk.lower[afterParticle + 1] ?? "") &&
      /^(?:each|one)$/.test(tk.lower[afterParticle] ?? "")
    ) {
      if (sources.length < 2) return null;
      drafts.push({
        sources,
        targets: sources,
        type,
        from,
        to: afterParticle + 1,
        at: k,
        statement,
        confidence,
        mutual: true,
      });
      return { actors: sources, at: k, statement };
    }
    let object =
      (sense.particle.length === 0 && MAKER_TYPES.has(type.type)
        ? agentOfActNoun(f, afterParticle, lex)
        : null) ??
      phraseActorsFrom(f, afterParticle, sense.particle.length > 0 ? 4 : 3) ??
      (sense.particle.length === 0 &&
      /^(?:to|that)$/.test(tk.lower[afterParticle] ?? "") &&
      COMPLEMENT_TYPES.has(type.type) &&
      // "refused to condemn Hamas" rejects no one: refusing a hostile act is no hostility.
      !(type.type === "reject" && hostileVerbAt(f, afterParticle + 1, lex))
        ? complementTarget(f, afterParticle + 1, type.type === "agree", sources, type.polarity)
        : null) ??
      (sense.particle.length === 0 && DATIVE_TYPES.has(type.type)
        ? dativeAfter(f, afterParticle, type.type)
        : null) ??
      (sense.particle.length === 0 && MAKER_TYPES.has(type.type) ? agentOfObject(f, afterParticle) : null);
    // "condemned Haniyeh's assassination", "criticized his arrest": what was done to the owner is judged,
    // not the owner (its doer, when named, is found by the maker rules: "… by Israel").
    if (
      object &&
      (isPossessive(tk.surface[object.end] ?? "") ||
        /^(?:his|her|their|its)$/.test(tk.lower[object.end] ?? "")) &&
      patientNounAfter(f, object.end + 1)
    )
      object = null;
    // "provided Congress with information", "provided The Post with a statement": news given is no aid.
    if (object && /^provid/.test(tk.lower[k] ?? "") && tk.lower[object.end + 1] === "with") {
      let n = object.end + 2;
      while (
        n < tk.length &&
        n - object.end < 6 &&
        (DETERMINERS.has(tk.lower[n] ?? "") || isAdjective(tk.lower[n] ?? ""))
      )
        n++;
      if (
        RECORDS.test(tk.lower[n] ?? "") ||
        /^(?:briefings?|updates?|evidence|answers?|comments?|fuel|ammunition|cover)$/.test(tk.lower[n] ?? "")
      )
        return null;
    }
    // "released the letter to CNN", "handed the documents to the committee": a record given out is no yielding.
    if (type.type === "yield") {
      let n = afterParticle;
      while (
        n < tk.length &&
        n - afterParticle < 4 &&
        (DETERMINERS.has(tk.lower[n] ?? "") || isAdjective(tk.lower[n] ?? ""))
      )
        n++;
      if (RECORDS.test(tk.lower[n] ?? "")) return null;
    }
    // "respect China's laws", "respected Iraq's sovereignty": heeding what someone owns is no praise of them.
    // ("care about Iran's nuclear program" is no support of Iran either.)
    if (
      object &&
      /^(?:respect|care|cares|cared|caring)/.test(tk.lower[k] ?? "") &&
      isPossessive(tk.surface[object.end] ?? "")
    )
      return null;
    // "warned Riyadh against trusting Tehran": advice to the one warned, not a threat against them.
    if (
      object &&
      type.type === "threaten" &&
      /^warn/.test(tk.lower[k] ?? "") &&
      /^(?:against|of|not|about)$/.test(tk.lower[object.end + 1] ?? "")
    )
      return null;
    // "CNN, which Donald Trump has repeatedly derided as fake news": the object is the relative's antecedent.
    const antecedent = object ? null : relativeAntecedent(f, from, afterParticle);
    const pronounObject =
      object || antecedent ? null : objectPronounAntecedent(f, afterParticle, sources, type.type);
    // "Huawei defended its independence": "its" opening the object is the subject's own, whatever name
    // the pronoun was resolved to (here the "Chinese" before Huawei); not "killed its leader Ismail
    // Haniyeh", which names whom, nor "their" after a single subject ("praised their attacks").
    // (Only when the subject is the last name before the verb: "welcomed the Hamas delegation, praising
    // its flexibility" praises Hamas.)
    let named = k - 1;
    while (named >= 0 && actorAt(f, named) === null) named--;
    if (
      object &&
      sense.particle.length === 0 &&
      ((tk.lower[afterParticle] === "its" && named >= 0 && sources.includes(actorAt(f, named) as string)) ||
        // "Exxon and BP pledged their support": a possessive that stands for the subject is its own.
        (/^(?:his|her|their)$/.test(tk.lower[afterParticle] ?? "") &&
          object.actors.every((a) => sources.includes(a)))) &&
      !(
        f.isRoleWord(tk.lower[afterParticle + 1] ?? "") &&
        actorAt(f, object.end) !== actorAt(f, afterParticle)
      )
    )
      return null;
    if (object) {
      targets = object.actors;
      to = object.end;
    } else if (antecedent && !antecedent.actors.some((a) => sources.includes(a))) {
      targets = antecedent.actors;
      from = antecedent.start;
    } else if (pronounObject) {
      targets = [pronounObject];
      to = afterParticle;
      confidence = Math.min(confidence, 0.5);
    } else if (
      (type.symmetric || JOINT_TYPES.has(type.type)) &&
      sources.length >= 2 &&
      sense.particle.length === 0 &&
      // ("Sanders and Warren attacked the bill": an object no actor names is what they did it to.)
      !(type.polarity < 0 && !type.symmetric && DETERMINERS.has(tk.lower[afterParticle] ?? "")) &&
      // ("Exxon and BP pledged support", "offered help": only agreeing and signing are done together.)
      !(type.type === "agree" && !/^(?:agree|sign)/.test(tk.lower[k] ?? ""))
    ) {
      // "Hamas and Iran met": each with the other.
      drafts.push({
        sources,
        targets: sources,
        type,
        from,
        to,
        at: k,
        statement,
        confidence: 0.6,
        mutual: true,
      });
      return { actors: sources, at: k, statement };
    } else return { actors: sources, at: k, statement };
  }
  if (statement === -1 && content !== -1) statement = content;
  // "refused to meet" is a rejection; "refused to condemn" is no condemnation, and no relation.
  if (group === "refused" && type.polarity < 0) return { actors: sources, at: k, statement };
  const refused = group === "refused" && type.polarity >= 0;
  const finalType = refused ? (lex.types.get("reject") ?? type) : type;
  // "Hamas's rapprochement with Damascus angered the opposition": the one angered takes the stance.
  drafts.push({
    sources: sense.reversed === true ? targets : sources,
    targets: sense.reversed === true ? sources : targets,
    type: finalType,
    from: Math.min(from, k),
    to: Math.max(to, k),
    at: k,
    statement,
    confidence: group === "modal" ? 0.5 : confidence,
    mutual: finalType.symmetric && sense.oneWay !== true,
  });
  if (!refused && !passive) addHostedVisit(f, k, to, targets, lex, statement, drafts);
  // "Hamas urged Arab states to boycott Israel": hostility one urges on others is one's own stance.
  // (Not "urged Israel not to attack Iran"; and only a stance carries over: "urged Congress to sanction
  // Russia" is no sanction of the urger's.)
  let inf = to + 1;
  while (
    inf <= to + 3 &&
    inf < tk.length &&
    tk.lower[inf] !== "to" &&
    /^[a-z]+$/.test(tk.surface[inf] ?? "") &&
    !lex.negators.has(tk.lower[inf] ?? "")
  )
    inf++;
  if (!refused && !passive && finalType.type === "demand" && tk.lower[inf] === "to") {
    const hostile = (lex.triggers.get(tk.lower[inf + 1] ?? "") ?? []).find(
      (s) => s.pos === "verb" && URGED_STANCES.has(s.type.type) && s.particle.length === 0,
    );
    const victims = hostile ? phraseActorsFrom(f, inf + 2, 2) : null;
    if (hostile && victims && !victims.actors.some((a) => sources.includes(a) || targets.includes(a)))
      drafts.push({
        sources,
        targets: victims.actors,
        type: hostile.type,
        from: Math.min(from, k),
        to: victims.end,
        at: inf + 1,
        statement,
        confidence: 0.4,
        mutual: false,
      });
  }
  return { actors: sources, at: k, statement, objects: targets, type: finalType.type };
}

/**
 * "Assad received Ghaani in Damascus", "Nasrallah hosted al-Hayya in Beirut": the guest visited the state
 * of the place named right after the object.
 */
function addHostedVisit(
  f: Frame,
  k: number,
  objectEnd: number,
  guests: readonly string[],
  lex: RelationLexicon,
  statement: number,
  drafts: Draft[],
): void {
  const { tk } = f;
  if (!/^(?:receiv|host|greet)/.test(tk.lower[k] ?? "") || guests.length === 0) return;
  // The guest is the verb's object: "received a call from Biden in Ukraine" is no visit.
  for (let t = k + 1; t <= objectEnd; t++)
    if (actorAt(f, t) === null && !isCapitalized(tk.surface[t] ?? "")) return;
  const visit = lex.types.get("visit");
  if (!visit || tk.lower[objectEnd + 1] !== "in") return;
  const place = actorAt(f, objectEnd + 2);
  if (place === null || f.typeOf(place) !== "state" || guests.includes(place)) return;
  drafts.push({
    sources: [...guests],
    targets: [place],
    type: visit,
    from: k,
    to: mentionEndTok(f, objectEnd + 2),
    at: k,
    statement,
    confidence: 0.5,
    mutual: false,
  });
}

/** Stances that the one urging them takes too ("urged Arab states to boycott Israel"). */
const URGED_STANCES = new Set(["reject", "criticize", "condemn"]);

/** Records and statements, which are published, not yielded ("released the letter to CNN"). */
const RECORDS =
  /^(?:letters?|statements?|reports?|videos?|documents?|records?|data|emails?|memos?|transcripts?|tapes?|photos?|footage|list|details|information|results|findings|figures|names|text|audio|recordings?)$/;

/** Descriptions a speaker uses for their own body: "the bloc", "the movement", "the government". */
const OWN_BODIES = new Set([
  "bloc",
  "movement",
  "government",
  "party",
  "group",
  "organization",
  "organisation",
  "union",
  "alliance",
  "ministry",
  "council",
  "committee",
  "administration",
  "kingdom",
  "republic",
]);

function ownDescription(f: Frame, k: number): boolean {
  let j = k - 1;
  while (
    j >= 0 &&
    ((AUXILIARIES.has(f.tk.lower[j] ?? "") && f.tk.lower[j] !== "to") ||
      QUOTE_MARKS.has(f.tk.surface[j] ?? ""))
  )
    j--;
  return (
    j > 0 && OWN_BODIES.has(f.tk.lower[j] ?? "") && f.tk.lower[j - 1] === "the" && actorAt(f, j) === null
  );
}

/** Nouns of what is done to someone: their owner suffers the act, and a stance on it is no stance on them. */
const PATIENT_NOUNS =
  /^(?:assassination|killing|murder|death|arrest|detention|imprisonment|jailing|execution|abduction|kidnapping|release|ouster|removal|dismissal|firing|sacking|expulsion|deportation|extradition|sentencing|sentence|conviction|trial|prosecution|indictment|exclusion|torture|treatment|persecution|harassment|assault|beating|shooting|wounding|injury|injuries|loss|defeat|suffering|plight|detention)$/;

/** Does a noun of what is done to someone follow at token t, past up to two modifiers? */
function patientNounAfter(f: Frame, t: number): boolean {
  for (let j = t; j < f.tk.length && j - t <= 2; j++) {
    // ("Israel's killing of Haniyeh", "Trump's firing of Comey": the owner is the doer.)
    if (PATIENT_NOUNS.test(f.tk.lower[j] ?? "")) return f.tk.lower[j + 1] !== "of";
    if (!/^[a-z-]+$/.test(f.tk.surface[j] ?? "")) return false;
  }
  return false;
}
