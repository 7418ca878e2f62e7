// The relations stage: signed, typed actor→actor relations, each with the span that shows it. One pass
// over the sentences that hold two actor mentions (or a speaker and one mention in what they said);
// every token is checked against the relation lexicon with one Map lookup, and only a trigger's
// neighbourhood is read further:
//   - verbs: the subject on the left (skipping appositives and relative clauses), the object on the
//     right (only through the particle the verb needs: "thanked Iran", "consulted with Iran");
//     passives ("was criticized by"), coordination ("Iran and Hizbullah mediated"), reciprocity ("A and B
//     met", "each other"), infinitives that share their clause's subject ("visited Beirut to coordinate");
//   - nouns: an owner or "from/by X" as source, "with/for/to/against/of Y" or "between A and B" as target
//     ("Hamas's rapprochement with the Syrian regime", "criticism from the Syrian opposition");
//   - relationship nouns typed by a verb around them ("revive its relations with", "ties … were severed");
//   - a speaker's stance inside what they said: evaluative words about an actor ("the criminal regime",
//     "X is our enemy", "this stab in the back"), "we"/"I" as the speaker, "X must …" as a demand.
// Negation and refusal ("did not condemn", "refused to meet"), modality and hypotheticals ("would",
// "Let's imagine that …") are checked in the trigger's own clause.
//
// This file runs the sentences; the parts live beside it: frame.ts (a sentence and its lookups),
// words.ts (closed word classes), phrases.ts (subjects and objects), modality.ts (what did not happen),
// triggers.ts (verbs, nouns, adjectives), stance.ts (speakers' stance and tone), names.ts (names no
// earlier stage knew), emit.ts (drafts to relations).

import { isRecordName } from "../actors/speakerActors.js";
import { isTitle } from "../actors/unknownActors.js";
import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { Actor, Relation, Span, Statement } from "../contract/extraction.js";
import type { Period } from "../dates/relationDate.js";
import { tokenize } from "../text/tokens.js";
import { readCompoundModifiers } from "./compounds.js";
import { emit } from "./emit.js";
import {
  actorsBefore,
  allMentions,
  antecedentOf,
  type Draft,
  frameOf,
  type Mention,
  mentionBefore,
  pairBefore,
  statementExtents,
  statementsIn,
} from "./frame.js";
import { addNameRuns, NameRegistry } from "./names.js";
import type { RelationLexicon } from "./relationLexicon.js";
import { addToneRelations, scanStance } from "./stance.js";
import { hasLiveTrigger, rolesOf, scanTriggers } from "./triggers.js";

export interface RelationInput {
  text: string;
  date: string | null;
  sentences: readonly Span[];
  actors: readonly Actor[];
  statements: readonly Statement[];
  /** Stop words and name particles, for names no earlier stage made an actor. */
  words: SpeakerWords;
  /**
   * The dictionary actor a whole name stands for, capitals included ("Damascus" → Syria, even after
   * "to", where the actor stage reads it as a place): a relation's target is the government.
   */
  dictionaryName?: (name: string) => Actor | null;
}

export interface RelationLayer {
  relations: FoundRelation[];
  /**
   * Actors that only relations name ("Bunge teamed up with Arasco": capitalised names in a relation's
   * subject or object that no earlier stage made an actor), and mentions of earlier actors found the
   * same way ("Clinton" for Hillary Clinton). Merged into the document's actors by mergeRelationActors.
   */
  actors: Actor[];
}

/** A relation with the period its clause names (an addition to the contract's fields; see docs/relations.md). */
export type FoundRelation = Relation & { period?: Period };

/** Capitalised words of a sentence, counted up to 2. */
function capitalisedWords(text: string, s0: number, s1: number): number {
  let n = 0;
  for (let i = s0; i < s1 && n < 2; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90 && (i === s0 || OPENS_WORD.has(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}

/** What may stand right before a word's first letter: a space, a quotation mark, a bracket ("”Kelly has …"). */
const OPENS_WORD = new Set([
  32, 10, 13, 9, 0xa0, 34, 39, 40, 91, 0x2018, 0x2019, 0x201c, 0x201d, 0x2014, 0x2013,
]);

/** A sentence with no actor may still relate the last two: "Each side praised the other." */
const MUTUAL_HINT = /\b(?:[Ee]ach|[Bb]oth|[Tt]wo) (?:side|sides|part(?:y|ies))\b/;

/** lex.prefilter's classes: lex.scanner's words and lex.weakScanner's. */
const STRONG = 1;
const WEAK = 2;

/** Hard bounds keep a pathological sentence (a million commas) linear. */
const MAX_SENTENCE_CHARS = 5_000;

export function findRelations(given: RelationInput, lex: RelationLexicon): RelationLayer {
  // "In a Gallup poll, Democrats said they opposed aid to Israel": a record reports others' stances and
  // takes none; its statements keep their content for the inner speakers but lend no source.
  const records = new Set(
    given.actors
      .filter((a) => (a.type === "unknown" || a.type === "group") && isRecordName(a.name))
      .map((a) => a.id),
  );
  // "Hamas was criticized by the opposition": a passive's statement is read here as the clause it is,
  // by the passive triggers, which know its agent and its target.
  // ("as quoted by Khamenei" is no passive: its source speaks.)
  const notPassive = given.statements.filter(
    (st) => !/\sby$/.test(st.cue ?? "") || /^as\s/i.test(st.cue ?? ""),
  );
  const input: RelationInput =
    records.size === 0 && notPassive.length === given.statements.length
      ? given
      : {
          ...given,
          statements: notPassive.map((st) =>
            st.speaker !== null && records.has(st.speaker) ? { ...st, speaker: null } : st,
          ),
        };
  const { text } = input;
  const mentions = allMentions(input.actors);
  const statements = input.statements;
  const out: FoundRelation[] = [];
  const seen = new Set<string>();
  const names = new NameRegistry(input.actors, input.dictionaryName ?? (() => null));
  const types = new Map(input.actors.map((a) => [a.id, a.type]));
  const typeOf = (id: string) => types.get(id) ?? names.typeOf(id);
  // One holder per (owner, role): a role two named people hold ("the Lebanese minister") names neither.
  const holders = new Map<string, string | null>();
  for (const a of input.actors) {
    if (a.type !== "person" || a.mentions.length === 0) continue;
    for (const f of a.affiliations) {
      if (!f.role) continue;
      const key = `${f.actor} ${f.role.toLowerCase()}`;
      holders.set(key, holders.has(key) && holders.get(key) !== a.id ? null : a.id);
    }
  }
  const roleHolder = (owner: string, role: string) => holders.get(`${owner} ${role}`) ?? null;
  const byId = new Map(input.actors.map((a) => [a.id, a]));
  const ownOrganisation = (person: string, other: string) =>
    byId.get(person)?.affiliations.some((f) => f.actor === other) ?? false;
  // The frame's document-wide lookups, made once per document rather than once per sentence.
  const earlier = (offset: number, st: number) =>
    mentionBefore(mentions, offset, statements[st] as Statement);
  const previousActors = (offset: number, n: number, within?: number) =>
    actorsBefore(mentions, offset, n, within);
  const previousPair = (offset: number) => pairBefore(text, mentions, offset, typeOf);
  const antecedent = (offset: number, pronoun: string) =>
    antecedentOf(mentions, input.sentences, offset, pronoun, typeOf);
  const isRoleWord = (l: string) => input.words.roleWords.has(l) || isTitle(l);
  let mi = 0;
  const byStart = statementExtents(statements);
  let si = 0;
  const active: { start: number; end: number; index: number }[] = [];
  for (const sentence of input.sentences) {
    const [s0, s1] = sentence;
    // Statements touching the sentence, by a sweep (a document may hold thousands of each).
    while (si < byStart.length && (byStart[si] as { start: number }).start < s1)
      active.push(byStart[si++] as (typeof active)[number]);
    // Those that ended before the sentence leave, in place (no new array per sentence).
    if (active.length > 0) {
      let kept = 0;
      for (const x of active) if (x.end > s0) active[kept++] = x;
      active.length = kept;
    }
    while (mi < mentions.length && (mentions[mi] as Mention).end <= s0) mi++;
    let mj = mi;
    while (mj < mentions.length && (mentions[mj] as Mention).start < s1) mj++;
    if (s1 - s0 > MAX_SENTENCE_CHARS) continue;
    // The char scanners first: most sentences hold no word that can start a relation. One pass finds
    // both a strong word (lex.scanner's) and a weak one (a phrase's head, then the phrase's regex).
    const classes = lex.prefilter.classesIn(text, s0, s1, STRONG);
    if ((classes & STRONG) === 0 && !((classes & WEAK) !== 0 && lex.phraseScanner.testRange(text, s0, s1)))
      continue;
    // One actor is enough to read on: the other may be a name no earlier stage knew ("Trump criticized Mexico").
    const inside = mentions.slice(mi, mj);
    const spoken = active.length === 0 ? [] : statementsIn(statements, active, s0, s1);
    // Without an actor or a statement, only names no stage knew ("Bunge teamed up with Arasco") or "each
    // side … the other" can make a relation.
    if (
      inside.length === 0 &&
      spoken.length === 0 &&
      !MUTUAL_HINT.test(text.slice(s0, Math.min(s1, s0 + 200))) &&
      capitalisedWords(text, s0, s1) < 2
    )
      continue;
    const tk = tokenize(text, s0, s1);
    const roles = rolesOf(tk, lex);
    if (!hasLiveTrigger(tk, lex, spoken.length > 0, roles)) continue;
    const frame = frameOf(text, sentence, inside, statements, spoken, tk);
    frame.roles = roles;
    frame.earlier = earlier;
    frame.previousActors = previousActors;
    frame.previousPair = previousPair;
    frame.antecedent = antecedent;
    frame.isRoleWord = isRoleWord;
    frame.typeOf = typeOf;
    frame.roleHolder = roleHolder;
    frame.ownOrganisation = ownOrganisation;
    const drafts: Draft[] = [];
    readCompoundModifiers(frame, lex, drafts);
    addNameRuns(frame, text, names, input.words, lex);
    scanTriggers(frame, lex, statements, drafts);
    if (spoken.length > 0) scanStance(frame, lex, statements, drafts);
    for (const d of drafts) emit(d, frame, input, out, seen, names);
  }
  addToneRelations(input, lex, mentions, names, typeOf, out);
  return { relations: out, actors: names.used() };
}
