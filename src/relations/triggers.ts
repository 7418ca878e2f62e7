// The triggers of a sentence and what each makes: verbs (subject, object, passive, particle a few words
// away, datives, complements), nouns (owner, "from/by X", "between A and B"), relationship nouns typed
// by a verb, stance adjectives and nouns for people, and naming verbs ("branded X a terrorist group").

import type { Statement } from "../contract/extraction.js";
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
import {
  conditionFollows,
  isDisposition,
  isHypothetical,
  isIrrealis,
  isReportedModal,
  UNDOING,
  verbGroup,
} from "./modality.js";
import {
  adjacentActor,
  antecedentOfWord,
  clauseFirstActor,
  conjunctSubject,
  firstActorAhead,
  followsAnd,
  governingVerb,
  isPastTense,
  isPeopleNoun,
  mutualSubject,
  opensContentWithPronoun,
  phraseActorsEndingAt,
  phraseActorsFrom,
  pronounSubject,
  type SubjectPhrase,
  sentenceSubject,
  subjectBeforeNoun,
  subjectOf,
} from "./phrases.js";
import type { RelationLexicon, RelationType, TriggerSense } from "./relationLexicon.js";
import {
  AUXILIARIES,
  BE,
  CLAUSE_WORDS,
  DETERMINERS,
  GROUP_NOUNS,
  isAdjective,
  isAdverb,
  NOUN_SOURCE_PREPS,
  NOUN_TARGET_PREPS,
  OF_NOUNS,
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

/** Words before an agent noun that say what kind: "a fierce critic", "a trusted ally", "its closest partner". */
function isAgentModifier(l: string): boolean {
  return (
    /^(?:long|longtime|longstanding|vocal|fierce|staunch|strong|loyal|close|key|outspoken|harsh|leading|prominent|frequent|avowed|ardent|big|major|top|trusted|reliable|steadfast|strategic|important|old|new|main|chief|traditional|natural|regional|sharp|bitter|persistent|relentless|constant|consistent|early|open|public|severe|fervent|ferocious|implacable|fiery|occasional|high-profile|well-known|establishment|conservative|liberal|progressive|internal|domestic)$/.test(
      l,
    ) ||
    /^[a-z]{3,}est$/.test(l) ||
    // "one of the most vocal critics of", "her more outspoken opponents".
    l === "most" ||
    l === "more"
  );
}

/** Modals before a copula: "could become an ally of" is a possibility, not a stance. */
const MODALS = /^(?:would|could|might|should)$/;
/** Modals that make a change of state a possibility or a future ("may become an ally of", "will become"). */
const MODALS_OF_CHANGE = /^(?:will|may|can|must|shall)$/;

/** The agent nouns that may be coordinated before another ("Britain's partner and ally"). */
const AGENT_NOUN_WORDS = new Set(["partner", "partners", "friend", "friends", "supporter", "backer", "ally"]);

/** Prepositions of a time phrase that may stand between a noun and its source: "during the fighting". */
const TIME_PREPOSITIONS = new Set(["during", "amid", "throughout", "since"]);

/** Verbs whose object is the subject of the infinitive after it ("urged Hamas to apologize"). */
const OBJECT_CONTROL = new Set(["demand", "aid", "support"]);

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
 * "Trump … labeling Clinton “a bigot”", "The US branded Nusra a terrorist organization", "called him a
 * hero": the subject's stance toward the object, by the evaluative word that names it.
 */
function namingStance(f: Frame, k: number, lex: RelationLexicon, drafts: Draft[]): void {
  const { tk } = f;
  const object = adjacentActor(f, k + 1);
  if (object === -1) return;
  const end = mentionEndTok(f, object);
  let polarity = 0;
  let at = -1;
  for (let j = end + 1; j < tk.length && j - end <= 5; j++) {
    const w = tk.lower[j] ?? "";
    if (isClauseMark(f, j) && !QUOTE_MARKS.has(w)) break;
    const ev = lex.evaluative.get(w)?.[0];
    if (ev) {
      polarity = ev.polarity;
      at = j;
      break;
    }
    const tone = lex.tone.get(w);
    if (tone !== undefined) {
      polarity = tone;
      at = j;
      break;
    }
  }
  if (polarity === 0) return;
  // "never called Iran a terrorist state" names no one so.
  if (verbGroup(f, k, lex) !== "plain" || isHypothetical(f, k, lex) || neitherNor(f, k)) return;
  // "Haniya met Nasrallah and called Netanyahu …": a joined verb's subject is the sentence's.
  const joined = followsAnd(f, k) || tk.surface[k - 1] === ",";
  const subject = joined ? (subjectOf(f, sentenceVerb(f, k)) ?? subjectOf(f, k)) : subjectOf(f, k);
  if (!subject || subject.firstPerson) return;
  const type = lex.types.get(polarity > 0 ? "praise" : "criticize");
  const target = actorAt(f, object) as string;
  if (!type || subject.actors.includes(target)) return;
  drafts.push({
    sources: subject.actors,
    targets: [target],
    type,
    from: Math.min(subject.start, k),
    to: at,
    at: k,
    statement: f.contentOf[k] ?? -1,
    confidence: 0.55,
    mutual: false,
  });
}

/** The first token after the sentence's first actor: where its main verb begins. */
function sentenceVerb(f: Frame, k: number): number {
  for (let j = 0; j < k; j++) if (actorAt(f, j) !== null) return mentionEndTok(f, j) + 1;
  return k;
}

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
    if (v <= from || !(/^[a-z]+ed$/.test(participle) || IRREGULAR_PARTICIPLES.has(participle))) return null;
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
const IRREGULAR_PARTICIPLES = new Set([
  "made",
  "put",
  "set",
  "led",
  "brought",
  "drawn",
  "written",
  "given",
  "taken",
]);

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

/** Verbs whose object is a stance the subject provoked: "… brought harsh criticism from X". */
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

/** Media a stance is voiced on ("attacks on Twitter", "criticism on Facebook"): places, not targets. */
const PLATFORMS = /^(?:twitter|facebook|instagram|youtube|tiktok|telegram|x|television|tv|radio|truth)$/;

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
      if (EVENT_TYPES.has(sense.type.type) && isDisposition(f, k)) continue;
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

/** Participles of giving and voicing a stance ("…, extending support to", "…, expressing thanks to"). */
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

const GIVING_PARTICIPLES =
  /^(?:extending|offering|expressing|voicing|pledging|lending|giving|showing|reiterating|reaffirming|declaring|sending|conveying)$/;

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

/** Prepositions that may stand a short object away from their verb: "shared evidence with the U.S.". */
const DISTANT_PARTICLES = new Set(["with", "to", "from", "against", "on", "at"]);

/** Words that may follow a verb whose object went before it: "which Trump derided as fake news". */
const AFTER_OBJECTLESS = new Set(["as", "in", "on", "at", "for", "during", "since", "again", "last", "this"]);

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
/**
 * The token after the trigger's particle, or -1 when the particle is not there. The last particle word,
 * when a preposition, may come up to three words later ("handed over 700 kg of medicine to …").
 */
function particleEnd(f: Frame, k: number, sense: TriggerSense): number {
  const n = sense.particle.length;
  let j = k + 1;
  for (let p = 0; p < n; p++) {
    const want = sense.particle[p] as string;
    if (f.tk.lower[j] === want) {
      j++;
      continue;
    }
    if (p !== n - 1 || !DISTANT_PARTICLES.has(want)) return -1;
    let g = j;
    while (g < f.tk.length && g - j < 5 && f.tk.lower[g] !== want) {
      // "withdraw their peacekeeping force from Chad": a possessive pronoun may stand in between.
      if (
        (actorAt(f, g) !== null && !POSSESSIVE_PRONOUNS.has(f.tk.lower[g] ?? "")) ||
        isClauseMark(f, g) ||
        f.tk.surface[g] === "," ||
        CLAUSE_WORDS.has(f.tk.lower[g] ?? "")
      )
        return -1;
      g++;
    }
    if (f.tk.lower[g] !== want) return -1;
    j = g + 1;
  }
  return j;
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

function verbTrigger(
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

/** Stances that the one urging them takes too ("urged Arab states to boycott Israel"). */
const URGED_STANCES = new Set(["reject", "criticize", "condemn"]);

/** Participles that point a stance at its target ("criticisms aimed at Erdogan"). */
const AIMED = /^(?:aimed|directed|targeted|leveled|levelled|hurled)$/;

/** Records and statements, which are published, not yielded ("released the letter to CNN"). */
const RECORDS =
  /^(?:letters?|statements?|reports?|videos?|documents?|records?|data|emails?|memos?|transcripts?|tapes?|photos?|footage|list|details|information|results|findings|figures|names|text|audio|recordings?)$/;

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

function nounTrigger(
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

/**
 * A noun for a person by their stance: "X, a fierce critic of Y", "X is a supporter of Y", "Trump critic
 * Jeff Flake", "Clinton ally X". The source is who the noun describes, the target whom it is about.
 */
function agentNoun(f: Frame, k: number, type: RelationType, drafts: Draft[]): void {
  const { tk } = f;
  let targets: string[] = [];
  let to = k;
  let from = k;
  let targetBefore = false;
  if (tk.lower[k + 1] === "of" || tk.lower[k + 1] === "to") {
    const p = phraseActorsFrom(f, k + 2, 2);
    if (p) {
      targets = p.actors;
      to = p.end;
    }
  }
  // "Trump critic", "Britain's trusted ally", "Iran's closest partner and ally": the owner before the
  // noun, past a modifier or two and another agent noun.
  let b = k - 1;
  while (
    b > 0 &&
    k - b <= 3 &&
    actorAt(f, b) === null &&
    (isAgentModifier(tk.lower[b] ?? "") || tk.lower[b] === "and" || AGENT_NOUN_WORDS.has(tk.lower[b] ?? ""))
  )
    b--;
  // "Turin Games champion Yevgeny Plushenko", "Wimbledon champion Petra Kvitova": a champion of a contest
  // before a name is its title-holder, not its supporter.
  const title =
    tk.lower[k] === "champion" && !isPossessive(tk.surface[b] ?? "") && actorAt(f, k + 1) !== null;
  if (targets.length === 0 && b >= 0 && actorAt(f, b) !== null && !title) {
    // "Hizbullah, Iran's ally": a possessive owner is one actor, not the end of a list.
    const possessive = isPossessive(tk.surface[b] ?? "");
    const p = possessive
      ? { actors: [actorAt(f, b) as string], start: mentionStartTok(f, b) }
      : b === k - 1
        ? phraseActorsEndingAt(f, b)
        : null;
    if (p) {
      targets = p.actors;
      from = p.start;
      targetBefore = true;
      // "one of President Trump’s staunchest supporters": the owner's title is part of its phrase.
      while (
        from > 0 &&
        actorAt(f, from - 1) === null &&
        f.isRoleWord(tk.lower[from - 1] ?? "") &&
        k - from < 8
      )
        from--;
    }
  }
  if (targets.length === 0) return;
  let sources: string[] = [];
  // "Trump critic Jeff Flake": the name right after.
  if (targetBefore && actorAt(f, k + 1) !== null) {
    const p = phraseActorsFrom(f, k + 1, 0);
    if (p) {
      sources = p.actors;
      to = p.end;
    }
  }
  if (sources.length === 0) {
    // Back over "a fierce", "once a", "the party's", "one of", "among" to a copula or an appositive comma.
    let j = (targetBefore ? from : k) - 1;
    while (
      j >= 0 &&
      k - j <= 8 &&
      actorAt(f, j) === null &&
      (DETERMINERS.has(tk.lower[j] ?? "") ||
        isAgentModifier(tk.lower[j] ?? "") ||
        tk.lower[j] === "among" ||
        // "Donohoe, a vegan and Peta supporter,": another noun for the same one, with its article, before
        // "and" (not "Abbas is weak and Hamas supporters are growing").
        (tk.lower[j] === "and" &&
          j === from - 1 &&
          /^[a-z]+$/.test(tk.surface[j - 1] ?? "") &&
          /^(?:a|an|the)$/.test(tk.lower[j - 2] ?? "")) ||
        (/^[a-z]+$/.test(tk.surface[j] ?? "") &&
          tk.lower[j + 1] === "and" &&
          j + 1 === from - 1 &&
          /^(?:a|an|the)$/.test(tk.lower[j - 1] ?? "")) ||
        (tk.lower[j] === "of" && tk.lower[j - 1] === "one") ||
        (tk.lower[j] === "one" && tk.lower[j + 1] === "of"))
    )
      j--;
    let l = tk.lower[j] ?? "";
    // "has emerged as one of Trump's staunchest supporters", "is seen as": the verb before "as".
    if (
      l === "as" &&
      /^(?:emerged|emerges|seen|regarded|known|described|considered)$/.test(tk.lower[j - 1] ?? "")
    ) {
      j--;
      l = "is";
    }
    // "is no supporter of", "has never been a critic of", "could become an ally of": nothing that holds.
    let denied = false;
    for (let d = Math.max(0, j - 3); d < k; d++) {
      const w = tk.lower[d] ?? "";
      if (
        w === "not" ||
        w === "no" ||
        w === "never" ||
        w.endsWith("n't") ||
        (d < j && MODALS.test(w)) ||
        (d < j && MODALS_OF_CHANGE.test(w) && /^(?:become|becomes)$/.test(tk.lower[j] ?? ""))
      )
        denied = true;
    }
    if (denied) return;
    if (BE.has(l) || /^(?:remains?|became|becomes|become|called|calls)$/.test(l)) {
      // "…, and had become a vocal critic of": the subject of the clause the copula's is joined to.
      const s = subjectOf(f, j) ?? (followsAnd(f, j) ? conjunctSubject(f, j) : null);
      if (s && !s.firstPerson) {
        sources = s.actors;
        from = Math.min(from, s.start);
      }
    } else if (
      l === "," &&
      j > 0 &&
      actorAt(f, j - 1) !== null &&
      // "X, a critic of Y", "Hizbullah, Iran's closest ally,": an appositive opens with a determiner or the
      // owner's possessive; "According to X, Hamas supporters …" is no appositive of X.
      (DETERMINERS.has(tk.lower[j + 1] ?? "") ||
        isPossessive(tk.surface[j + 1] ?? "") ||
        isAgentModifier(tk.lower[j + 1] ?? "") ||
        /^(?:former|once|now|also|himself|herself|one|among)$/.test(tk.lower[j + 1] ?? ""))
    ) {
      const p = phraseActorsEndingAt(f, j - 1);
      if (p) {
        sources = p.actors;
        from = Math.min(from, p.start);
      }
    }
  }
  sources = sources.filter((s) => !targets.includes(s));
  if (sources.length === 0) return;
  drafts.push({
    sources,
    targets,
    type,
    from: Math.min(from, k),
    to: Math.max(to, k),
    at: k,
    statement: f.contentOf[k] ?? -1,
    confidence: 0.6,
    mutual: false,
  });
}

const COMPARATIVE = /^(?:closer|stronger|warmer|better)$/;

/**
 * Do the words between j and the noun at k only modify the noun ("closer economic ties", "stronger
 * security and intelligence ties"), not lead elsewhere ("a closer look at Qatar's ties")?
 */
function modifiesNoun(f: Frame, j: number, k: number): boolean {
  for (let t = j + 1; t < k; t++) {
    const l = f.tk.lower[t] ?? "";
    if (actorAt(f, t) !== null || !/^[a-z-]+$/.test(f.tk.surface[t] ?? "") || NOT_MODIFIERS.test(l))
      return false;
  }
  return true;
}
const NOT_MODIFIERS =
  /^(?:at|of|to|into|on|in|with|for|from|by|about|the|a|an|its|his|her|their|our|look|view|eye|watch|scrutiny)$/;

/**
 * "revive its relations with the Syrian regime", "ties between Ankara and Damascus were severed",
 * "relations with Damascus to return to what they once were": a relationship noun, typed by the verb
 * before or after it; parties from its owner, "with", "between".
 */
function relationNoun(
  f: Frame,
  k: number,
  lex: RelationLexicon,
  statements: readonly Statement[],
  drafts: Draft[],
): void {
  const { tk } = f;
  let kind: "restore" | "sever" | null = null;
  let at = k;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const l = tk.lower[j] ?? "";
    // "closer ties with", not "a closer look at Iran's ties": a comparative types only the noun it is on.
    if (lex.restoreForms.has(l) && (!COMPARATIVE.test(l) || modifiesNoun(f, j, k))) kind = "restore";
    else if (lex.severForms.has(l)) kind = "sever";
    if (kind) {
      at = j;
      break;
    }
    if (isClauseMark(f, j) || l === "," || actorAt(f, j) !== null) {
      if (actorAt(f, j) === null) break;
    }
  }
  // Parties.
  let owner: string[] = [];
  let from = k;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (actorAt(f, j) !== null) {
      const p = phraseActorsEndingAt(f, j);
      if (p) {
        owner = p.actors;
        from = Math.min(from, p.start);
      }
      break;
    }
    if (isClauseMark(f, j) || tk.surface[j] === ",") break;
  }
  let other: string[] = [];
  let between: string[] | null = null;
  let to = k;
  const prep = tk.lower[k + 1] ?? "";
  if (prep === "with" || prep === "to" || prep === "toward" || prep === "towards") {
    const p = phraseActorsFrom(f, k + 2);
    if (p) {
      other = p.actors;
      to = p.end;
    }
  } else if (prep === "between" || prep === "among") {
    const p = phraseActorsFrom(f, k + 2);
    if (p && p.actors.length >= 2) {
      between = p.actors;
      to = p.end;
    }
  }
  // The verb after: "ties … were severed", ", which had been disrupted", "to return to what they were".
  let after: "restore" | "sever" | null = null;
  let afterAt = k;
  for (let j = to + 1; j < tk.length && j - to <= 8; j++) {
    const l = tk.lower[j] ?? "";
    if (lex.restoreForms.has(l)) after = "restore";
    else if (lex.severForms.has(l)) after = "sever";
    if (after) {
      afterAt = j;
      break;
    }
    if (isClauseMark(f, j) || (CLAUSE_WORDS.has(l) && l !== "that") || actorAt(f, j) !== null) break;
  }
  const content = f.contentOf[k] ?? -1;
  const parties = relationParties(f, k, owner, other, between, Math.min(at, k), content, statements);
  if (!parties) return;
  for (const [which, where] of [
    [kind, at],
    [after, afterAt],
  ] as const) {
    if (!which) continue;
    // "refused to restore ties with Iran" restores nothing (the refusal is the relation).
    // A rapprochement asked for or only imagined is none ("urged Hamas to restore ties", "any country that
    // normalized ties"); a threat to sever them is hostile already ("threatened to break relations").
    if (verbGroup(f, where, lex) !== "plain" || isHypothetical(f, where, lex)) continue;
    if (which === "restore" && isIrrealis(f, where)) continue;
    const type = lex.types.get(which === "restore" ? "restore_relations" : "sever_relations");
    if (!type) continue;
    drafts.push({
      sources: parties.sources,
      targets: parties.targets,
      type,
      from: Math.min(from, parties.from, where),
      to: Math.max(to, where),
      at: where,
      statement: content,
      confidence: 0.65,
      // "A's relations with B were severed" is A's act; "ties between A and B", "A and B restored ties" are both's.
      mutual: parties.oneWay !== true && (between !== null || parties.sources.length >= 2),
    });
  }
}

function relationParties(
  f: Frame,
  k: number,
  ownerGiven: string[],
  other: string[],
  between: string[] | null,
  verbAt: number,
  content: number,
  statements: readonly Statement[],
): { sources: string[]; targets: string[]; from: number; oneWay?: boolean } | null {
  if (between) return { sources: between, targets: between, from: k };
  if (
    other.length === 0 &&
    (ownerGiven.length === 0 ||
      POSSESSIVE_PRONOUNS.has(f.tk.lower[k - 1] ?? "") ||
      POSSESSIVE_PRONOUNS.has(f.tk.lower[k - 2] ?? ""))
  ) {
    // "Czechia and Albania have upgraded their diplomatic ties": the subjects with each other.
    const subject = subjectOf(f, verbAt);
    if (subject && subject.actors.length >= 2)
      return { sources: subject.actors, targets: subject.actors, from: subject.start };
  }
  let owner = ownerGiven;
  let from = k;
  if (owner.length === 0) {
    const subject = subjectOf(f, verbAt);
    if (subject?.firstPerson && content !== -1)
      owner = [(statements[content] as Statement).speaker as string];
    else if (subject && !subject.firstPerson) {
      owner = subject.actors;
      from = subject.start;
    } else if (content !== -1) {
      // "It is natural for relations with Damascus to return …": the speaker's wish, not Damascus's.
      owner = [(statements[content] as Statement).speaker as string];
      if (other.length > 0) return { sources: owner, targets: other, from, oneWay: true };
    }
  }
  // "Saudi Arabia and Iran restored diplomatic relations": the owners with each other.
  if (other.length === 0 && owner.length >= 2) return { sources: owner, targets: owner, from };
  if (owner.length === 0 || other.length === 0) return null;
  return { sources: owner, targets: other, from };
}

// ---------------------------------------------------------------------------------------------------
// A speaker's stance inside what they said

/** "Neither Hamas nor Iran condemned Syria": a subject under "neither … nor" denies the verb. */
function neitherNor(f: Frame, k: number): boolean {
  const { tk } = f;
  // "praised neither Egypt nor Jordan": the object denied.
  let o = k + 1;
  while (o < tk.length && o - k <= 2 && isAdverb(tk.lower[o] ?? "")) o++;
  if (tk.lower[o] === "neither") return true;
  for (let j = k - 1; j >= 0 && k - j <= 12; j--) {
    const l = tk.lower[j] ?? "";
    if (l === "neither" || l === "nor") return true;
    // "No Arab state condemned Hamas", "None of the factions met …": a subject that is no one.
    if (
      (l === "no" || l === "none" || l === "nobody") &&
      tk.surface[j + 1] !== "," &&
      (j === 0 ||
        isClauseMark(f, j - 1) ||
        tk.surface[j - 1] === "," ||
        QUOTE_MARKS.has(tk.surface[j - 1] ?? ""))
    )
      return true;
    if (isClauseMark(f, j) || l === ",") return false;
  }
  return false;
}

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
