// Noun triggers: a stance or act noun with its owner ("Iran's support for Hamas"), its source ("criticism
// from X", "attacks by X"), its target ("support for", "attacks on") and the verb that receives or provokes it.

import type { Statement } from "../contract/extraction.js";
import type { Tokens } from "../text/tokens.js";
import {
  actorAt,
  type Draft,
  type Frame,
  isClauseMark,
  isPossessive,
  mentionEndTok,
  type SubjectMemo,
} from "./frame.js";
import { isHypothetical, UNDOING, verbGroup } from "./modality.js";
import {
  antecedentOfWord,
  clauseFirstActor,
  followsAnd,
  governingVerb,
  isPastTense,
  phraseActorsEndingAt,
  phraseActorsFrom,
  pronounSubject,
  sentenceSubject,
  subjectBeforeNoun,
  subjectOf,
} from "./phrases.js";
import type { RelationLexicon, TriggerSense } from "./relationLexicon.js";
import { GIVING_PARTICIPLES } from "./triggerParts.js";
import {
  BE,
  DETERMINERS,
  isAdjective,
  isAdverb,
  NOUN_SOURCE_PREPS,
  NOUN_TARGET_PREPS,
  POSSESSIVE_PRONOUNS,
  QUOTE_MARKS,
} from "./words.js";

/** Prepositions of a time phrase that may stand between a noun and its source: "during the fighting". */
const TIME_PREPOSITIONS = new Set(["during", "amid", "throughout", "since"]);

/** Media a stance is voiced on ("attacks on Twitter", "criticism on Facebook"): places, not targets. */
const PLATFORMS = /^(?:twitter|facebook|instagram|youtube|tiktok|telegram|x|television|tv|radio|truth)$/;

/** Verbs whose object is a stance the subject provoked: "… brought harsh criticism from X". */
const PROVOKING = new Set([
  "brought",
  "brings",
  "drew",
  "draws",
  "drawn",
  "sparked",
  "sparks",
  "prompted",
  "prompts",
  "triggered",
  "triggers",
  "provoked",
  "provokes",
  "faced",
  "faces",
  "attracted",
  "attracts",
  "received",
  "receives",
  "earned",
  "won",
  "met",
]);

/** Nouns of stance whose target, when unsaid, is what the clause is about ("… brought criticism from X"). */
const STANCE_TYPES = new Set([
  "criticize",
  "condemn",
  "accuse",
  "praise",
  "support",
  "thank",
  "threaten",
  "reject",
  "investigate",
]);

/**
 * Verbs that answer a stance ("responding to Trump's attacks", "dismissed the group's charges"). Not
 * "rejected" or "denied": one rejects a plan's criticism of a third party as readily as one's own.
 */
const RESPONDING =
  /^(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|shrug(?:s|ged|ging)?)$/;

/** Verbs whose object is a stance the subject receives: "won the backing of", "drew criticism from". */
const RECEIVING = new Set([
  "won",
  "win",
  "wins",
  "winning",
  "received",
  "receive",
  "receives",
  "receiving",
  "got",
  "gets",
  "earned",
  "earns",
  "drew",
  "draws",
  "drawn",
  "gained",
  "gains",
  "secured",
  "secures",
  "attracted",
  "attracts",
  "faced",
  "faces",
  "facing",
  "enjoyed",
  "enjoys",
  "garnered",
  "garners",
  "welcomed",
]);

/** A bare verb after "to": lower-case, and neither a determiner, a possessive nor a name. */
function isInfinitiveAt(f: Frame, j: number): boolean {
  const l = f.tk.lower[j] ?? "";
  const s = f.tk.surface[j] ?? "";
  return (
    /^[a-z]+$/.test(s) &&
    actorAt(f, j) === null &&
    !DETERMINERS.has(l) &&
    !POSSESSIVE_PRONOUNS.has(l) &&
    !isAdjective(l) &&
    !/(?:s|ed|ing)$/.test(l)
  );
}

/** The token after a day adjunct at j ("on Monday", "on Sunday night", "last week"), or j when there is none. */
function afterDayAdjunct(tk: Tokens, j: number): number {
  const l = tk.lower[j] ?? "";
  const next = tk.lower[j + 1] ?? "";
  if (l === "on" && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(next))
    return /^(?:morning|afternoon|evening|night)$/.test(tk.lower[j + 2] ?? "") ? j + 3 : j + 2;
  if (/^(?:last|this)$/.test(l) && /^(?:week|month|year|weekend)$/.test(next)) return j + 2;
  // ("picked up his first endorsement Thursday from Sen. Mike Lee": a bare day.)
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(l))
    return /^(?:morning|afternoon|evening|night)$/.test(next) ? j + 2 : j + 1;
  return j;
}

/** Words that undo the noun after them: "avoided contact with", "lost contact with", "without talks with". */
const AVOIDING = new Set(
  "avoid avoided avoids avoiding lost lose loses losing ended end ends ending without no halted suspended refused denied".split(
    " ",
  ),
);

/** Verbs that judge what they take as object: condemn, criticize, praise, welcome, reject, … */
const JUDGING_TYPES = new Set(["criticize", "condemn", "praise", "reject", "accuse", "thank"]);

function isJudgingVerb(l: string, lex: RelationLexicon): boolean {
  // "has been investigating the attack on the US mission": an inquiry into an act is not the act.
  if (INQUIRING.test(l)) return true;
  // A verb that needs its particle ("fired at", "launched at") judges nothing without it.
  return (lex.triggers.get(l) ?? []).some(
    (s) => s.pos === "verb" && s.particle.length === 0 && JUDGING_TYPES.has(s.type.type),
  );
}

/** Verbs that only carry a stance noun ("put the blame on", "gave support to"), whose negation is the noun's. */
const LIGHT_VERB_FORMS =
  /^(?:put|puts|putting|give|gives|gave|given|giving|offer|offers|offered|offering|extend|extends|extended|express|expresses|expressed|voice|voiced|lend|lent|show|showed|shown|make|made|lay|laid|place|placed|provide|provided)$/;

/** A verb of receiving within five words before token k ("picked up his first endorsement"). */
function receivedBefore(f: Frame, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 5; j--)
    if (
      /^(?:picked|picks|pick|received|receives|receive|won|wins|win|got|gets|get|secured|secures|earned|earns|landed|lands|garnered|gained|collected|snagged|scored|nabbed|accepted|welcomed)$/.test(
        f.tk.lower[j] ?? "",
      )
    )
      return true;
  return false;
}

/** Participles that point a stance at its target ("criticisms aimed at Erdogan"). */
const AIMED = /^(?:aimed|directed|targeted|leveled|levelled|hurled)$/;

/** Verbs of inquiry and record, whose object is an act someone else did. */
const INQUIRING =
  /^(?:investigat|prob|examin|review|document|recount|recall|remember|commemorat|mark|studi|study|discuss|describ|report)(?:e|es|ed|ing|s|ies|ied|y)?$/;

/** A hostile verb right before the noun phrase of token k, over determiners and adjectives ("boycott all official contact"). */
function underHostileVerb(f: Frame, k: number, lex: RelationLexicon): boolean {
  const { tk } = f;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const l = tk.lower[j] ?? "";
    if (AVOIDING.has(l)) return true;
    if (
      (lex.triggers.get(l) ?? []).some(
        (s) => s.pos === "verb" && s.particle.length === 0 && s.type.polarity < 0,
      )
    )
      return true;
    if (!DETERMINERS.has(l) && !isAdjective(l) && !/^(?:all|any|further|official|direct)$/.test(l))
      return false;
  }
  return false;
}

/**
 * The actors of a dashed compound right before token k, adjectives allowed between ("Iranian–Saudi
 * diplomatic talks"): two or more different actors whose mentions all lie inside that one word.
 */
function dashedPairBefore(f: Frame, k: number): { actors: string[]; at: number } | null {
  const { tk } = f;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && isAdjective(tk.lower[j] ?? "") && f.mentionOf[j] === -1) j--;
  if (j < 0 || f.mentionOf[j] === -1) return null;
  const start = tk.starts[j] as number;
  const end = tk.ends[j] as number;
  const actors: string[] = [];
  for (const m of f.mentions) {
    if (m.start < start || m.end > end) continue;
    if (!actors.includes(m.actor)) actors.push(m.actor);
  }
  return actors.length >= 2 ? { actors, at: j } : null;
}

/** Verbs of having or getting what an owner gives: "won Qatar's endorsement", "enjoys Iran's support". */
const WINNING_VERBS =
  /^(?:ha[sdv]e?|having|enjoy(?:s|ed|ing)?|w[oi]n(?:s|ning)?|gain(?:s|ed|ing)?|secur(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|earn(?:s|ed|ing)?|retain(?:s|ed|ing)?|got|gets?|getting)$/;

/** Verbs of having or getting, before "the support of X" (X gives it). */
const HOLDING_VERBS =
  /^(?:ha[sdv]e?|having|enjoy(?:s|ed|ing)?|w[oi]n(?:s|ning)?|gain(?:s|ed|ing)?|los[et]s?|losing|secur(?:e|es|ed|ing)|sought|seek(?:s|ing)?|receiv(?:e|es|ed|ing)|earn(?:s|ed|ing)?|with|without|retain(?:s|ed|ing)?|count(?:s|ed)? on)$/;

/** "has the backing", "enjoys the full support", "won the strong endorsement": a noun someone holds. */
function isHeldNoun(f: Frame, k: number): boolean {
  const { tk } = f;
  let j = k - 1;
  for (let n = 0; n < 2 && j > 0 && isAdjective(tk.lower[j] ?? "") && actorAt(f, j) === null; n++) j--;
  if (tk.lower[j] !== "the") return false;
  return HOLDING_VERBS.test(tk.lower[j - 1] ?? "");
}

export function nounTrigger(
  f: Frame,
  k: number,
  sense: TriggerSense,
  lex: RelationLexicon,
  statements: readonly Statement[],
  drafts: Draft[],
  lastSubject: SubjectMemo | null,
): SubjectMemo | null {
  const { tk } = f;
  let type = sense.type;
  if (isHypothetical(f, k, lex)) return null;
  // "had harsher words for Iran" is criticism; "kind words for" is praise.
  if (
    tk.lower[k] === "words" &&
    /^(?:kind|warm|good|nice|glowing|high|generous|fond)/.test(tk.lower[k - 1] ?? "")
  )
    type = lex.types.get("praise") ?? type;
  // "no support for", "without criticism", "lack of": nothing happened.
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const l = tk.lower[j] ?? "";
    // "any American attack on Yemen will not go unanswered": any one that might come is no event.
    if (
      l === "no" ||
      l === "without" ||
      l === "lack" ||
      l === "absence" ||
      l === "never" ||
      l === "not" ||
      l === "any"
    )
      return null;
    // "lift the ban on X", "ended its blockade of Y": what is undone is no relation (the verb is the concession).
    if (UNDOING.has(l)) return null;
    // A demonym right before the noun ("any American attack") is part of its phrase.
    if (isClauseMark(f, j) || (actorAt(f, j) !== null && j !== k - 1)) break;
  }
  // "Iranian–Saudi talks", "the Hamas-Fatah reconciliation": the parties of a mutual noun joined by a dash
  // in one word before it, each toward the other.
  if (type.symmetric && sense.particle.length === 0) {
    const pair = dashedPairBefore(f, k);
    if (pair !== null) {
      const content = f.contentOf[k] ?? -1;
      drafts.push({
        sources: pair.actors,
        targets: pair.actors,
        type,
        from: pair.at,
        to: k,
        at: k,
        statement: content,
        confidence: 0.6,
        mutual: true,
      });
      return { actors: pair.actors, at: k, statement: content };
    }
  }
  let sources: string[] = [];
  let targets: string[] = [];
  let from = k;
  let to = k + sense.particle.length;
  /** The owner is a possessive pronoun's antecedent ("his first endorsement"). */
  let pronounOwner = false;
  // The owner: "Hamas's rapprochement", "its support", "Iranian support", "Haniya expressed his thanks".
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const a = actorAt(f, j);
    if (a !== null) {
      const p = phraseActorsEndingAt(f, j);
      if (p) {
        sources = p.actors;
        from = p.start;
      }
      break;
    }
    const l = tk.lower[j] ?? "";
    // "its early September endorsement of Hillary Clinton": times inside the phrase.
    if (
      /^(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|early|late|recent|latest|new|first|last)$/.test(
        l,
      )
    )
      continue;
    // "his public criticism of Trump": the possessive's antecedent in the sentence.
    if (/^(?:his|her|its|their)$/.test(l)) {
      const pronoun = l === "his" ? "he" : l === "her" ? "she" : l === "its" ? "it" : "they";
      const ante = antecedentOfWord(f, j, pronoun);
      if (ante) {
        sources = [ante];
        from = j;
        pronounOwner = true;
      }
      break;
    }
    // "Woolf's blunt criticism", "Iran's steadfast support": any one word after an owner's possessive.
    const ownerBefore = j > 0 && actorAt(f, j - 1) !== null && isPossessive(tk.surface[j - 1] ?? "");
    if (!DETERMINERS.has(l) && !isAdjective(l) && l !== "and" && !(ownerBefore && /^[a-z]+$/.test(l))) break;
  }
  // After the noun: "with/for/to … Y", "from/by X", "between A and B".
  let sourceAfter = false;
  /** "an allegation by X that …": the agent of a noun whose target is in the clause after it. */
  let sourceBy = false;
  let between: string[] | null = null;
  for (let j = k + 1 + sense.particle.length, hops = 0; j < tk.length && hops < 3; hops++) {
    // “direct messages of appreciation” from X: the writer's quotation marks around the noun.
    if (QUOTE_MARKS.has(tk.surface[j] ?? "") && j === k + 1 && sense.particle.length === 0) j++;
    // "voiced support on Monday for Hamas": a day between the noun and its preposition.
    if (hops === 0) j = afterDayAdjunct(tk, j);
    const l = tk.lower[j] ?? "";
    if (sense.particle.length > 0 && hops === 0) {
      const p = phraseActorsFrom(f, j);
      if (!p) break;
      targets = p.actors;
      to = p.end;
      j = p.end + 1;
      continue;
    }
    if (l === "between" || l === "among") {
      const p = phraseActorsFrom(f, j + 1);
      if (p && p.actors.length >= 2) {
        between = p.actors;
        to = p.end;
        j = p.end + 1;
        continue;
      }
      break;
    }
    // "the allegations against Depp made by his wife": a participle of making hands on to its agent.
    if (
      /^(?:made|leveled|levelled|brought|filed|raised|voiced|lodged|issued)$/.test(l) &&
      tk.lower[j + 1] === "by"
    ) {
      j++;
      continue;
    }
    // "The European criticisms are increasingly aimed at Erdogan": a stance aimed at someone.
    if (AIMED.test(l) && /^(?:at|against)$/.test(tk.lower[j + 1] ?? "") && targets.length === 0) {
      const p = phraseActorsFrom(f, j + 2);
      if (!p) break;
      targets = p.actors;
      to = p.end;
      j = p.end + 1;
      continue;
    }
    if ((BE.has(l) || isAdverb(l)) && AIMED.test(tk.lower[j + 1] ?? "") && hops === 0) {
      j++;
      hops--;
      continue;
    }
    // "has the backing of Iran", "won the support of Qatar": what one has of someone is theirs to give.
    const givenOf = l === "of" && hops === 0 && sense.particle.length === 0 && isHeldNoun(f, k);
    // "Cruz picked up his first endorsement from Sen. Mike Lee": what came from someone is its owner's
    // to receive.
    // (Not withdrawn: "Cruz pulled his endorsement from Trump".)
    if (l === "from" && pronounOwner && targets.length === 0 && type.polarity > 0 && receivedBefore(f, k)) {
      const p = phraseActorsFrom(f, j + 1);
      if (!p) break;
      targets = sources;
      sources = p.actors;
      sourceAfter = true;
      to = p.end;
      j = p.end + 1;
      continue;
    }
    if ((NOUN_SOURCE_PREPS.has(l) || givenOf) && sources.length === 0) {
      const p = phraseActorsFrom(f, j + 1);
      if (!p) break;
      sourceAfter = true;
      sourceBy = l === "by";
      sources = p.actors;
      to = p.end;
      j = p.end + 1;
      continue;
    }
    // "US pressure to expel Hamas leaders", "demands to cut ties with Iran": an infinitive says what is
    // asked, not of whom.
    if (l === "to" && isInfinitiveAt(f, j + 1)) break;
    // "attacks on Twitter by Trump": a platform after "on" is where, not whom, when a source or a target
    // follows it ("Trump's attacks on Twitter and Facebook over censorship" are at the platforms).
    if (
      l === "on" &&
      PLATFORMS.test(tk.lower[j + 1] ?? "") &&
      /^(?:by|against|from)$/.test(tk.lower[j + 2] ?? "") &&
      hops < 2
    ) {
      j += 2;
      continue;
    }
    if (NOUN_TARGET_PREPS.has(l) && targets.length === 0) {
      const p = phraseActorsFrom(f, j + 1);
      if (!p) {
        // "the aid to the people of Gaza", "criticism of its policy toward Iran": one modifier, then stop.
        break;
      }
      targets = p.actors;
      to = p.end;
      j = p.end + 1;
      continue;
    }
    // "messages of appreciation during the fighting from Qaani": a short time phrase between the noun and
    // its source or target, with no actor in it.
    if (TIME_PREPOSITIONS.has(l) && hops === 0) {
      let e = j + 1;
      while (
        e < tk.length &&
        e - j <= 4 &&
        actorAt(f, e) === null &&
        !isClauseMark(f, e) &&
        tk.surface[e] !== ","
      ) {
        const w = tk.lower[e] ?? "";
        if (NOUN_SOURCE_PREPS.has(w) || NOUN_TARGET_PREPS.has(w)) break;
        e++;
      }
      // Only a source ends it: "support during the war against Israel" is no support for Israel.
      const w = tk.lower[e] ?? "";
      if (e - j > 1 && NOUN_SOURCE_PREPS.has(w)) {
        j = e;
        continue;
      }
    }
    // "financial and military aid", "harsh criticism from …": adjectives between are fine only before.
    break;
  }
  const content = f.contentOf[k] ?? -1;
  const speaker = content !== -1 ? ((statements[content] as Statement).speaker as string) : null;
  if (between) {
    // "mediation by Iran … between Hamas and the Syrian regime": the mediator toward each party, and,
    // for a relation that is itself mutual ("rapprochement between A and B"), the parties toward each other.
    if (sources.length > 0 && !type.symmetric) {
      drafts.push({
        sources,
        targets: between,
        type,
        from,
        to,
        at: k,
        statement: content,
        confidence: 0.6,
        mutual: false,
      });
    } else {
      drafts.push({
        sources: between,
        targets: between,
        type,
        from,
        to,
        at: k,
        statement: content,
        confidence: 0.6,
        mutual: true,
      });
    }
    return { actors: sources, at: k, statement: content };
  }
  const verb = governingVerb(f, k);
  // "refused to put the blame on Gallant", "did not give support to": a stance not taken.
  if (verb !== -1 && LIGHT_VERB_FORMS.test(tk.lower[verb] ?? "")) {
    const group = verbGroup(f, verb, lex);
    if (group === "negated" || group === "refused") return null;
  }
  // "would boycott all official contact with the United States", "suspended talks with Israel": a
  // cooperative noun under a hostile verb did not happen; the verb is the relation.
  if (type.polarity >= 0 && underHostileVerb(f, k, lex)) return null;
  // "Rees-Mogg has won the backing of the DUP", "Obama's speech drew criticism from Republicans": the
  // one who receives the stance is its target, the one after "of/from" its source.
  // (Only a giver after "of" or "from": "Hamas won support for Haniya" gathered support for Haniya.)
  if (
    verb !== -1 &&
    RECEIVING.has(tk.lower[verb] ?? "") &&
    sources.length === 0 &&
    targets.length > 0 &&
    !between &&
    /^(?:of|from)$/.test(tk.lower[k + 1] ?? "")
  ) {
    const subject = subjectOf(f, verb);
    if (subject && !subject.firstPerson) {
      const givers = targets.filter((t) => !subject.actors.includes(t));
      if (givers.length > 0) {
        drafts.push({
          sources: givers,
          targets: subject.actors,
          type,
          from: Math.min(subject.start, k),
          to: Math.max(to, k),
          at: k,
          statement: f.contentOf[k] ?? -1,
          confidence: 0.6,
          mutual: type.symmetric,
        });
        return { actors: subject.actors, at: k, statement: f.contentOf[k] ?? -1 };
      }
    }
  }
  // "Kelly refrained from responding to Trump's attacks", "Netanyahu's office dismissed SodaStream's
  // charges": a stance with an owner and no target, answered by the clause's subject, was toward them.
  // The verb before the owner: "dismissed Israel's …", "responding to Trump's …".
  let answer = from < k ? from - 1 : -1;
  // ("responded to Mr. Kang's charges": past the owner's title.)
  if (tk.surface[answer] === "." && f.isRoleWord(tk.lower[answer - 1] ?? "")) answer -= 2;
  else if (answer >= 0 && f.isRoleWord(tk.lower[answer] ?? "") && actorAt(f, answer) === null) answer--;
  if (tk.lower[answer] === "to" || tk.lower[answer] === "at") answer--;
  if (
    answer >= 0 &&
    sources.length > 0 &&
    targets.length === 0 &&
    type.polarity < 0 &&
    RESPONDING.test(tk.lower[answer] ?? "")
  ) {
    const subject = subjectOf(f, answer) ?? sentenceSubject(f, answer);
    const answering =
      subject === null
        ? []
        : "actors" in subject
          ? subject.firstPerson
            ? []
            : subject.actors
          : [subject.actor];
    const to = answering.filter((a) => !sources.includes(a));
    if (to.length > 0) {
      drafts.push({
        sources,
        targets: to,
        type,
        from: Math.min(from, k),
        to: k,
        at: k,
        statement: f.contentOf[k] ?? -1,
        confidence: 0.55,
        mutual: false,
      });
      return { actors: sources, at: k, statement: f.contentOf[k] ?? -1 };
    }
  }
  if (
    sources.length === 0 &&
    verb !== -1 &&
    lastSubject &&
    verb - lastSubject.at <= 25 &&
    followsAnd(f, verb)
  ) {
    // "rebuked Hamas and had harsher words for Iran".
    sources = lastSubject.actors;
  }
  // "Kim sent a message to Assad, extending support to the Syrian government": a participle of giving or
  // voicing after the comma takes the subject of the verb before it ("sparking criticism of X", "eroding
  // support for X" are no stance of that subject).
  if (
    sources.length === 0 &&
    verb !== -1 &&
    GIVING_PARTICIPLES.test(tk.lower[verb] ?? "") &&
    tk.surface[verb - 1] === ","
  ) {
    let v = verb - 2;
    while (v >= 0 && verb - v <= 12 && !isPastTense(tk.surface[v] ?? "")) v--;
    const subject = v >= 0 && verb - v <= 12 ? subjectOf(f, v) : null;
    if (subject && !subject.firstPerson) sources = subject.actors;
  }
  // "Turkey condemned the war against Hamas", "Iran praised the strikes on Israel": the noun is what the
  // judging verb is about, not something its subject did.
  if (sources.length === 0 && verb !== -1 && isJudgingVerb(tk.lower[verb] ?? "", lex)) return null;
  if (sources.length === 0) {
    // The clause's subject: "Haniya offered support to Iran"; "we" is the speaker.
    const subject = subjectBeforeNoun(f, k);
    if (subject?.firstPerson && speaker) sources = [speaker];
    else if (subject && !subject.firstPerson) {
      sources = subject.actors;
      from = subject.start;
    } else if (verb !== -1 && pronounSubject(f, verb) !== null) {
      // "… reported that he also held separate meetings with officials from Hamas": the pronoun's antecedent.
      const p = pronounSubject(f, verb) as number;
      const pronoun = (tk.lower[p] ?? "").replace(/['’].*$/, "");
      const a = antecedentOfWord(f, p, pronoun) ?? f.antecedent(tk.starts[p] as number, pronoun);
      if (a) {
        sources = [a];
        from = p;
      }
    }
    const withTarget = sense.particle[0] === "with" || tk.lower[k + 1] === "with";
    // "… praised the Yemenis' position in a telephone call with Abdulsalam": a contact noun in an adjunct
    // is the sentence's subject's.
    if (sources.length === 0 && type.symmetric && targets.length > 0 && withTarget) {
      // The verb the adjunct hangs on first ("Doha had worked “in close coordination with …”"), else the
      // sentence's subject.
      for (let j = k - 1; j >= 0 && k - j <= 6 && sources.length === 0; j--) {
        const w = tk.lower[j] ?? "";
        if (actorAt(f, j) !== null || (isClauseMark(f, j) && !QUOTE_MARKS.has(w))) break;
        if (/(?:ed|ing)$/.test(w) && !DETERMINERS.has(w)) {
          const subject = subjectOf(f, j);
          if (subject && !subject.firstPerson && !subject.actors.some((a) => targets.includes(a))) {
            sources = subject.actors;
            from = subject.start;
          }
          break;
        }
      }
    }
    if (sources.length === 0 && type.symmetric && targets.length > 0 && withTarget) {
      const about = sentenceSubject(f, k);
      // The head of its phrase: "Iranian Foreign Minister Hossein Amir-Abdollahian" is the minister.
      const head = about ? phraseActorsFrom(f, about.at, 0) : null;
      const actor = head?.actors[0] ?? about?.actor;
      if (about && actor && !targets.includes(actor)) {
        sources = [actor];
        from = about.at;
      }
    }
  }
  if (targets.length === 0 && type.type === "mediate") {
    // "mediation by Iran and Hizbullah in order to facilitate a rapprochement between Hamas and …"
    for (let j = to + 1; j < tk.length && j - to <= 12; j++) {
      if (tk.lower[j] === "between") {
        const p = phraseActorsFrom(f, j + 1);
        if (p && p.actors.length >= 2) {
          targets = p.actors;
          to = p.end;
        }
        break;
      }
      if (isClauseMark(f, j)) break;
    }
    // "negotiating a roadmap with the Houthis under Omani mediation": the mediator between the parties the
    // clause names (two or three of them, the mediator apart).
    if (targets.length === 0 && sources.length > 0) {
      let j = k - 1;
      while (j >= 0 && k - j <= 3 && !/^(?:under|with|through|via|after|following)$/.test(tk.lower[j] ?? ""))
        j--;
      if (j >= 0 && k - j <= 3) {
        const parties: string[] = [];
        for (let t = 0; t < tk.length; t++) {
          const a = actorAt(f, t);
          if (a !== null && !sources.includes(a) && !parties.includes(a)) parties.push(a);
        }
        if (parties.length >= 2 && parties.length <= 3) targets = parties;
      }
    }
  }
  const governing = tk.lower[verb] ?? "";
  // "Abbas won Zubeidi's ringing endorsement": an owner's stance that the clause's subject holds is
  // toward that subject.
  const heldOwner =
    targets.length === 0 &&
    !sourceAfter &&
    sources.length > 0 &&
    from > 0 &&
    from < k &&
    isPossessive(tk.surface[mentionEndTok(f, from)] ?? "") &&
    // Held, not lost or sought ("Abbas lost Qatar's support" is no support).
    WINNING_VERBS.test(tk.lower[from - 1] ?? "");
  // "Manziel remains under investigation by the NFL", "Gaza under attack from Israel": whoever is under
  // the act is its target, not the topic after it ("under pressure from Biden over Rafah"); an adjective
  // may stand between ("under intense pressure").
  const underAct =
    sourceAfter &&
    (tk.lower[k - 1] === "under" ||
      (tk.lower[k - 2] === "under" && /^[a-z]+$/.test(tk.surface[k - 1] ?? "")));
  if (underAct) targets = [];
  // "Hamas faced attacks by Israel", "Hamas has been the target of attacks by Israel": a hostile act
  // that the clause's subject received.
  // (A verb of receiving, not of causing: "The Gaza war sparked attacks by the Houthis" names a cause.)
  const received =
    type.polarity < 0 &&
    sourceAfter &&
    (RECEIVING.has(governing) || (tk.lower[k - 1] === "of" && /^targets?$/.test(tk.lower[k - 2] ?? "")));
  if (
    targets.length === 0 &&
    (sourceAfter || heldOwner) &&
    ((STANCE_TYPES.has(type.type) && (PROVOKING.has(governing) || !sourceBy)) || underAct || received)
  ) {
    // "… brought harsh criticism from the Syrian opposition": the target is what the clause is about.
    const about = clauseFirstActor(f, k);
    if (about && !sources.includes(about.actor)) {
      // ("Hamas and Fatah have been targets of attacks by Israel": each of a list.)
      const list = phraseActorsFrom(f, about.at)?.actors.filter((a) => !sources.includes(a));
      targets = list && list.length > 0 ? list : [about.actor];
      from = about.at;
    }
  }
  if (sources.length === 0 || targets.length === 0) return null;
  drafts.push({
    sources,
    targets,
    type,
    from: Math.min(from, k),
    to: Math.max(to, k),
    at: k,
    statement: content,
    confidence: 0.6,
    mutual: type.symmetric,
  });
  return { actors: sources, at: k, statement: content };
}
