// The triggers of a sentence: the lexicon's words by their roles, whether a sentence holds a live one, and
// one pass over its tokens that hands each trigger to the reader of its kind (verbs in verbTriggers.ts, nouns
// in nounTriggers.ts, agent nouns, relationship nouns, naming verbs), and which adjectives and demonyms are
// no trigger.

import type { Statement } from "../contract/extraction.js";
import { isCapitalized, type Tokens } from "../text/tokens.js";
import { agentNoun } from "./agentNouns.js";
import {
  actorAt,
  type Draft,
  type Frame,
  isPossessive,
  mentionStartTok,
  type SubjectMemo,
  statementAtCue,
} from "./frame.js";
import { isDisposition, isIrrealis } from "./modality.js";
import { namingStance } from "./namingStance.js";
import { nounTrigger } from "./nounTriggers.js";
import { adjacentActor } from "./phrases.js";
import type { RelationLexicon, RelationType, TriggerSense } from "./relationLexicon.js";
import { relationNoun } from "./relationNouns.js";
import { GIVING_PARTICIPLES, particleEnd } from "./triggerParts.js";
import { verbTrigger } from "./verbTriggers.js";
import { AUXILIARIES, CLAUSE_WORDS, DETERMINERS, isAdjective, isAdverb, OF_NOUNS } from "./words.js";

/**
 * Can any token of the sentence start a relation? A word the char scanner passed may need a particle
 * that is not there ("called for"), or an actor right after it ("came back"); evaluative words and
 * "must" count only inside what someone said.
 */
export function hasLiveTrigger(
  tk: Tokens,
  lex: RelationLexicon,
  spoken: boolean,
  roles: readonly (TokenRole | undefined)[] = rolesOf(tk, lex),
): boolean {
  for (let k = 0; k < tk.length; k++) {
    const role = roles[k];
    if (role === undefined) continue;
    if (role.relationNoun || role.agent !== undefined) return true;
    if (spoken && role.spokenTrigger) return true;
    if (role.naming) return true;
    const senses = role.senses;
    if (!senses) continue;
    for (const s of senses) {
      if (s.particle.length === 0) {
        if (!role.adjacentOnly || s.pos === "noun") return true;
        // An actor may follow as a capitalised name or after a determiner: cheap signs only.
        const next = tk.surface[k + 1] ?? "";
        const nextLower = tk.lower[k + 1] ?? "";
        if (
          isCapitalized(next) ||
          DETERMINERS.has(nextLower) ||
          OF_NOUNS.has(nextLower) ||
          isAdjective(nextLower)
        )
          return true;
        continue;
      }
      // The particle's first word within the next few words.
      const first = s.particle[0];
      for (let j = k + 1; j < tk.length && j <= k + 4; j++) if (tk.lower[j] === first) return true;
    }
  }
  return false;
}

/**
 * What the lexicon knows of one lower-cased word, gathered so that the per-token loops below make one
 * Map lookup instead of five; words the lexicon does not know have no entry.
 */
export interface TokenRole {
  relationNoun: boolean;
  agent: RelationType | undefined;
  naming: boolean;
  senses: TriggerSense[] | undefined;
  adjacentOnly: boolean;
  /** Starts a relation inside what someone said: an evaluative word, "must", "should". */
  spokenTrigger: boolean;
}

const TOKEN_ROLES = new WeakMap<RelationLexicon, Map<string, TokenRole>>();

/** The lexicon's words by their roles, built once per lexicon. */
export function tokenRoles(lex: RelationLexicon): Map<string, TokenRole> {
  let roles = TOKEN_ROLES.get(lex);
  if (roles) return roles;
  roles = new Map();
  const words = [
    ...lex.relationNouns,
    ...lex.agentNouns.keys(),
    ...NAMING,
    ...lex.triggers.keys(),
    ...lex.evaluative.keys(),
    "must",
    "should",
  ];
  for (const w of words) {
    if (roles.has(w)) continue;
    roles.set(w, {
      relationNoun: lex.relationNouns.has(w),
      agent: lex.agentNouns.get(w),
      naming: NAMING.has(w),
      senses: lex.triggers.get(w),
      adjacentOnly: lex.adjacentOnly.has(w),
      spokenTrigger: lex.evaluative.has(w) || w === "must" || w === "should",
    });
  }
  const shapes = new Uint8Array(1 << 17);
  for (const w of roles.keys()) shapes[shapeOf(w)] = 1;
  ROLE_SHAPES.set(roles, shapes);
  TOKEN_ROLES.set(lex, roles);
  return roles;
}

/**
 * What the lexicon knows of each token of a sentence (undefined for words it does not know): one Map
 * lookup per token, shared by hasLiveTrigger and scanTriggers.
 */
export function rolesOf(tk: Tokens, lex: RelationLexicon): (TokenRole | undefined)[] {
  const roles = tokenRoles(lex);
  const shapes = ROLE_SHAPES.get(roles) as Uint8Array;
  const out = new Array<TokenRole | undefined>(tk.length);
  for (let k = 0; k < tk.length; k++) {
    const l = tk.lower[k] as string;
    // Most tokens ("the", ",", "said") have no word of the lexicon's shape: no hashing of the token.
    out[k] = shapes[shapeOf(l)] === 1 ? roles.get(l) : undefined;
  }
  return out;
}

/**
 * A word's shape: its length (up to 31) and the low bits of its first and last chars. Words of one
 * shape may differ; words of different shapes do, so a shape no lexicon word has rules a token out.
 */
function shapeOf(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  return (Math.min(n, 31) << 12) | ((word.charCodeAt(0) & 63) << 6) | (word.charCodeAt(n - 1) & 63);
}

/** The shapes of each role map's words (one per lexicon), made with the map. */
const ROLE_SHAPES = new WeakMap<Map<string, TokenRole>, Uint8Array>();

/** Verbs that name their object something: "labeling Clinton “a bigot”", "branded Nusra a terrorist organization". */
const NAMING = new Set([
  "seen",
  "sees",
  "regards",
  "regarded",
  "considers",
  "considered",
  "views",
  "viewed",
  "called",
  "calls",
  "calling",
  "labeled",
  "labelled",
  "labels",
  "labeling",
  "labelling",
  "branded",
  "brands",
  "branding",
  "dubbed",
  "dubs",
  "dubbing",
  "described",
  "describes",
  "describing",
]);

/**
 * "for their drone attacks on US bases", "its rocket strikes": after a possessive pronoun and a noun, a
 * word with no object after it is the compound's noun ("his government supports Hamas" has one).
 */
function compoundAfterPossessive(f: Frame, k: number): boolean {
  const { tk } = f;
  if (!/^(?:his|her|its|their|our)$/.test(tk.lower[k - 2] ?? "")) return false;
  // A plural noun's shape ("attacks", "strikes"), not a past tense ("its fighters attacked troops").
  if (!/[a-z]s$/.test(tk.lower[k] ?? "")) return false;
  if (!/^[a-z]+$/.test(tk.surface[k - 1] ?? "") || actorAt(f, k - 1) !== null) return false;
  return actorAt(f, k + 1) === null && !DETERMINERS.has(tk.lower[k + 1] ?? "");
}

export function scanTriggers(
  f: Frame,
  lex: RelationLexicon,
  statements: readonly Statement[],
  drafts: Draft[],
): void {
  const { tk } = f;
  /** The subject of the last verb trigger, for infinitives and coordinated verbs that share it. */
  let lastSubject: SubjectMemo | null = null;
  const roles = f.roles ?? rolesOf(tk, lex);
  for (let k = 0; k < tk.length; k++) {
    const l = tk.lower[k] ?? "";
    if (f.mentionOf[k] !== -1) continue;
    const role = roles[k];
    if (role?.relationNoun) {
      relationNoun(f, k, lex, statements, drafts);
      continue;
    }
    const agent = role?.agent;
    if (agent) {
      agentNoun(f, k, agent, drafts);
      continue;
    }
    if (role?.naming) {
      const before = drafts.length;
      namingStance(f, k, lex, drafts);
      // "called on Washington to …" is a demand, not a name: the lexicon gets its turn.
      if (drafts.length > before) continue;
    }
    const senses = role?.senses;
    if (!senses) {
      // "Pavlensky said, and accused Slonina …": a verb joined to a statement's cue shares its speaker; not
      // "According to X, refugees held … and burned …", whose clause has a subject of its own.
      const cue = statementAtCue(f, k, statements);
      if (cue !== -1 && l !== "according" && l !== "to")
        lastSubject = { actors: [(statements[cue] as Statement).speaker as string], at: k, statement: cue };
      continue;
    }
    const prev = tk.lower[k - 1] ?? "";
    // "strikes that killed": a past tense after "that" is a relative clause's verb, not an adjective; so is
    // an -s form, since "that" determines no plural ("the Mercer family that supports Bannon").
    const determined =
      (DETERMINERS.has(prev) && !(prev === "that" && (l.endsWith("ed") || /[^su]s$/.test(l)))) ||
      isPossessive(tk.surface[k - 1] ?? "") ||
      compoundAfterPossessive(f, k);
    const hasNoun = senses.some((s) => s.pos === "noun");
    // "the besieged town": a participle after a determiner is an adjective; "harsh criticism", "Iranian
    // support": after an adjective a word that can be a noun is one.
    const nounContext =
      determined ||
      (hasNoun && (isAdjectiveBefore(f, k) || isNounAfterSingularName(f, k))) ||
      demonymAfterPreposition(f, k);
    for (const sense of senses) {
      if (!particleMatches(f, k, sense)) continue;
      // "the besieged town", "the occupied West Bank": after a determiner a verb form is an adjective.
      // "under pressure from Egypt", "in support of": a bare form right after a preposition is a noun;
      // "by armed FBI agents": a participle there is an adjective.
      if (
        sense.pos !== "noun" &&
        (nounContext ||
          ((sense.form === "base" || sense.form === "past") && NOUN_PREPOSITIONS.test(prev)) ||
          // "offering aid to Gaza", "providing support": after a participle of giving, its object.
          (sense.form === "base" &&
            (GIVING_PARTICIPLES.test(prev) || prev === "providing" || prev === "promising")) ||
          // "under intense pressure", "under mounting pressure": an adjective between (not "in general").
          (sense.form === "base" &&
            tk.lower[k - 2] === "under" &&
            /^[a-z]+$/.test(tk.surface[k - 1] ?? "") &&
            (isAdjective(prev) || /(?:ing|ed|se)$/.test(prev))))
      )
        continue;
      // "a militia close to Turkey", "X is critical of Y"; not "a foothold close to Lebanon".
      if (sense.pos === "adjective" && !adjectiveHasSubject(f, k)) continue;
      // "fired rockets at Israel": the actor right after the particle, wherever the particle stands.
      if (
        sense.pos === "verb" &&
        lex.adjacentOnly.has(l) &&
        (adjacentActor(f, sense.particle.length > 0 ? particleEnd(f, k, sense) : k + 1) === -1 ||
          // "US hedge fund Elliott Management", "the campaign press Smith": after a common noun, the
          // ambiguous form is the compound's last noun.
          (sense.form !== "past" && compoundNounBefore(f, k)))
      )
        continue;
      if (isIrrealis(f, k)) break;
      if (EVENT_TYPES.has(sense.type.type) && isDisposition(f, k, sense.type.type)) continue;
      // A word that can be both is tried as a verb first; the noun reading gets its turn when the verb
      // reading found no one ("offered unqualified praise for X", "send arms to Pakistan").
      const before = drafts.length;
      const made: SubjectMemo | null =
        sense.pos !== "noun"
          ? verbTrigger(f, k, sense, lex, statements, drafts, lastSubject)
          : nounTrigger(f, k, sense, lex, statements, drafts, lastSubject);
      if (made && sense.pos !== "noun") lastSubject = made;
      // "send arms to Pakistan": the verb reading ("arms") found no object; the noun reading may.
      if (drafts.length > before) break;
    }
  }
}

function adjectiveHasSubject(f: Frame, k: number): boolean {
  const prev = f.tk.lower[k - 1] ?? "";
  if (actorAt(f, k - 1) !== null || prev === "," || AUXILIARIES.has(prev) || isAdverb(prev)) return true;
  // "an opposition militia close to Turkey": a group noun right after an actor's phrase.
  return /^(?:militia|group|faction|party|movement|figure|figures|officials|leaders|government|forces)$/.test(
    prev,
  );
}

/** Prepositions after which a verb form is a noun or an adjective ("under pressure", "by armed men"); not
 * "since", "after", "as", which also open clauses ("since backed by Turkey"). */
const NOUN_PREPOSITIONS =
  /^(?:of|in|under|by|for|with|on|at|against|from|among|between|without|within|amid|during|through|over|about)$/;

/**
 * "a picture of American shame", "in Iranian support of": a word after a demonym that itself follows a
 * preposition heads a noun phrase, whether or not the lexicon knows it as a noun.
 */
function demonymAfterPreposition(f: Frame, k: number): boolean {
  const a = actorAt(f, k - 1);
  if (a === null || !isAdjectiveBefore(f, k)) return false;
  const w = f.tk.lower[mentionStartTok(f, k - 1) - 1] ?? "";
  // (Not after a determiner: "The British condemned Iran" has its verb.)
  return NOUN_PREPOSITIONS.test(w);
}

function isAdjectiveBefore(f: Frame, k: number): boolean {
  // "harsh criticism", "financial and military aid", "Iranian support": a lower-case -al/-ic/-ive/-ous
  // word or a demonym right before reads as a noun phrase.
  const prev = f.tk.lower[k - 1] ?? "";
  if (/(?:al|ic|ive|ous|ful|ary|ern|ing)$/.test(prev) && prev.length > 4 && !AUXILIARIES.has(prev)) {
    const two = f.tk.lower[k - 2] ?? "";
    return DETERMINERS.has(two) || actorAt(f, k - 1) !== null || /(?:al|ic|ive|ous|ful|ary|ern)$/.test(prev);
  }
  // A demonym: a state's mention written as an adjective ("Iranian", "Saudi"), not a name ("Qaani").
  const a = actorAt(f, k - 1);
  return (
    a !== null &&
    f.typeOf(a) === "state" &&
    isCapitalized(f.tk.surface[k - 1] ?? "") &&
    DEMONYM_ENDING.test(f.tk.lower[k - 1] ?? "")
  );
}

/**
 * "US pressure to expel Hamas", "Hamas support for Iran": a bare form right after one name, which as a
 * verb would need its -s ("Iran supports"), is a noun; not after "A and B" ("Iran and Syria support").
 */
function isNounAfterSingularName(f: Frame, k: number): boolean {
  const { tk } = f;
  const l = tk.lower[k] ?? "";
  if (l.endsWith("s") || l.endsWith("ed") || l.endsWith("ing") || actorAt(f, k - 1) === null) return false;
  if (!isCapitalized(tk.surface[k - 1] ?? "") || /['’]s?$/.test(tk.surface[k - 1] ?? "")) return false;
  const start = mentionStartTok(f, k - 1);
  return (
    !/^(?:and|&|or|nor)$/.test(tk.lower[start - 1] ?? "") &&
    f.typeOf(actorAt(f, k - 1) as string) !== "person"
  );
}

/** Types that name something done rather than a stance taken: hoping to do it is not doing it. */
const EVENT_TYPES = new Set([
  "meet",
  "visit",
  "consult",
  "attack",
  "coerce",
  "sanction",
  "aid",
  "cooperate",
  "coordinate",
  "mediate",
  "investigate",
  "protest",
]);

/** Demonyms' endings, and those in -an that no state's name shares: "Iran", "Sudan", "Jordan" are names
 * ("Iran supports Hamas" has a verb), "Iranian", "Sudanese", "German", "Afghan" adjectives. */
const DEMONYM_ENDING = /(?:ian|ean|can|ese|ish|i|^german|^afghan|^cuban|^tibetan)$/;

function particleMatches(f: Frame, k: number, sense: TriggerSense): boolean {
  return particleEnd(f, k, sense) !== -1;
}

/** Is the word before token k a lower-case noun a verb could not follow directly ("hedge" in "hedge fund")? */
function compoundNounBefore(f: Frame, k: number): boolean {
  const prev = f.tk.lower[k - 1] ?? "";
  return (
    k > 0 &&
    /^[a-z]{3,}$/.test(f.tk.surface[k - 1] ?? "") &&
    actorAt(f, k - 1) === null &&
    !AUXILIARIES.has(prev) &&
    !isAdverb(prev) &&
    !DETERMINERS.has(prev) &&
    !CLAUSE_WORDS.has(prev) &&
    !/^(?:and|or|but|who|which|they|we|you|i|he|she|it|not|never|to)$/.test(prev) &&
    !/(?:ed|s)$/.test(prev) &&
    // ("The Kurdish militia help US forces": a collective noun is a subject.)
    !/^(?:militia|government|army|regime|group|coalition|alliance|party|police|military|administration|leadership|media|public|team|family|council|committee|movement|opposition|junta|cabinet|parliament|congress|senate)$/.test(
      prev,
    )
  );
}
