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

import { isTitle } from "../actors/unknownActors.js";
import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { Actor, Relation, Span, Statement } from "../contract/extraction.js";
import { type Period, resolveRelationDate } from "../dates/relationDate.js";
import { isCapitalized, type Tokens, tokenize } from "../text/tokens.js";
import type { RelationLexicon, RelationType, TriggerSense } from "./relationLexicon.js";

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

/**
 * The document's actors with those the relations stage added: new actors appended, new mentions of
 * earlier actors merged into theirs (in text order).
 */
export function mergeRelationActors(actors: readonly Actor[], added: readonly Actor[]): Actor[] {
  if (added.length === 0) return actors as Actor[];
  const extra = new Map(added.map((a) => [a.id, a]));
  const out = actors.map((a) => {
    const more = extra.get(a.id);
    if (!more) return a;
    extra.delete(a.id);
    const mentions = [
      ...a.mentions,
      ...more.mentions.filter(([s, e]) => !a.mentions.some(([x, y]) => x === s && y === e)),
    ];
    mentions.sort((x, y) => x[0] - y[0]);
    return { ...a, mentions };
  });
  for (const a of extra.values()) out.push(a);
  return out;
}

/** A relation with the period its clause names (an addition to the contract's fields; see docs/relations.md). */
export type FoundRelation = Relation & { period?: Period };

interface Mention {
  start: number;
  end: number;
  actor: string;
}

/** One sentence, tokenized, with each token's mention and each token's statement. */
interface Frame {
  tk: Tokens;
  /** Index into `mentions` of the mention a token belongs to, or -1. */
  mentionOf: Int32Array;
  mentions: Mention[];
  /** Index into `statements` of the statement whose content holds the token, or -1. */
  contentOf: Int32Array;
  sentence: Span;
  /** Statements (indexes) whose cue or content lies in the sentence. */
  spoken: number[];
  /** The statement whose cue holds each token, or -1; built on first use. */
  cueOf?: Int32Array;
  /** The last actor named before `offset` in the same statement's content (other than its speaker). */
  earlier: (offset: number, statement: number) => string | null;
  /** The last `n` distinct actors named before `offset`, nearest last, within a paragraph's reach. */
  previousActors: (offset: number, n: number) => string[];
  /** The actor a narrative pronoun ("He", "It", "They") at `offset` refers to, or null. */
  antecedent: (offset: number, pronoun: string) => string | null;
  /** Titles and role words that may stand between a demonym and a name ("Syrian President X"). */
  isRoleWord: (lower: string) => boolean;
  /** An actor's type ("state", "person", …; "unknown" for names found here). */
  typeOf: (id: string) => string;
}

/** The subject a verb trigger found, for the infinitives and coordinated verbs after it. */
interface SubjectMemo {
  actors: string[];
  at: number;
  statement: number;
  /** The verb's object and type: "urged Hamas to …" hands Hamas to the infinitive. */
  objects?: string[];
  type?: string;
}

/** Verbs whose object is the subject of the infinitive after it ("urged Hamas to apologize"). */
const OBJECT_CONTROL = new Set(["demand", "aid", "support"]);

interface Draft {
  sources: string[];
  targets: string[];
  type: RelationType;
  /** Token range of the evidence. */
  from: number;
  to: number;
  /** The trigger's token, for the clause that dates it. */
  at: number;
  statement: number;
  confidence: number;
  /** Source and target both ways (symmetric types with coordinated parties). */
  mutual: boolean;
}

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "some",
  "any",
  "no",
  "every",
  "each",
  "both",
  "all",
  "several",
  "many",
  "two",
  "three",
  "such",
]);
const POSSESSIVE_PRONOUNS = new Set(["its", "his", "her", "their", "our", "my", "your"]);
const BE = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "get",
  "got",
  "gets",
  "getting",
  "'s",
  "’s",
]);
const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "having",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "will",
  "shall",
  "do",
  "does",
  "did",
  "also",
  "reportedly",
  "allegedly",
  "repeatedly",
  "publicly",
  "openly",
  "again",
  "already",
  "recently",
  "later",
  "then",
  "now",
  "once",
  "still",
  "even",
  "just",
  "strongly",
  "sharply",
  "harshly",
  "fiercely",
  "warmly",
  "fulsomely",
  "effectively",
  "apparently",
  "officially",
  "formally",
  "personally",
  "quickly",
  "immediately",
  "subsequently",
  "previously",
  "jointly",
  "directly",
  "indirectly",
  "secretly",
  "quietly",
  "to",
  "sought",
  "seeks",
  "seek",
  "seeking",
  "tried",
  "tries",
  "try",
  "trying",
  "wants",
  "want",
  "wanted",
  "plans",
  "planned",
  "plan",
  "intends",
  "intended",
  "hopes",
  "hoped",
  "began",
  "begins",
  "begin",
  "started",
  "continues",
  "continued",
  "continue",
  "agreed",
  "agrees",
  "vowed",
  "vows",
  "promised",
  "pledged",
  "decided",
  "expected",
  "going",
  "able",
  "set",
  "moved",
  "helped",
  "help",
  "would",
  "could",
  "might",
  "may",
  "must",
  "should",
  "can",
  "cannot",
  "not",
  "n't",
  "never",
  "no",
  "longer",
  "refused",
  "refuses",
  "declined",
  "failed",
  "denied",
  "fail",
  "refuse",
  "decline",
  "deny",
  "remains",
  "remained",
  "became",
  "become",
  "becomes",
  "grew",
  "seemed",
  "seems",
  "appeared",
  "appears",
  "deeply",
  "very",
  "increasingly",
  "too",
  "fiercely",
  "bitterly",
  "vocally",
  "always",
]);

/** Words that end the clause a subject or object is looked for in. */
const CLAUSE_WORDS = new Set([
  "that",
  "because",
  "while",
  "although",
  "though",
  "but",
  "whereas",
  "if",
  "unless",
  "when",
  "whenever",
  "after",
  "before",
  "since",
  "until",
  "so",
  "said",
  "says",
  "say",
  "told",
  "where",
  "whether",
  "than",
]);
const CLAUSE_MARKS = new Set([
  ";",
  ":",
  "(",
  ")",
  "—",
  "–",
  "“",
  "”",
  '"',
  "?",
  "!",
  "[",
  "]",
  "«",
  "»",
  "„",
]);
const FIRST_PERSON = new Set(["we", "i", "us", "our", "my"]);

/** "we", "I", and their contractions ("I'd", "we're", "I’ve"). */
function isFirstPerson(l: string): boolean {
  return FIRST_PERSON.has(l.replace(/['’](?:d|m|re|ve|ll|s)$/, ""));
}
/** Target prepositions after a noun trigger. */
const NOUN_TARGET_PREPS = new Set([
  "for",
  "with",
  "to",
  "toward",
  "towards",
  "against",
  "on",
  "at",
  "of",
  "upon",
  "over",
  "into",
]);
const NOUN_SOURCE_PREPS = new Set(["from", "by"]);
const COORDINATORS = new Set(["and", ",", "&", "or", "as", "well", "plus"]);
const RECIPROCALS = new Set(["other", "another"]);

const PRONOUN_MENTION = /^(?:he|she|it|they|him|her|them|his|its|their|we|us|our)$/i;

/** Reads at most this much of a statement's content for its tone. */
const TONE_CHARS = 800;

/**
 * A speaker's tone toward the one actor their statement names, when no trigger said more: "“China's
 * attitude is out of touch and dangerous,” said Koo" is Koo against China. Only statements that name
 * exactly one actor besides the speaker (and the speaker's own organisations), weighed by the lexicon's
 * tone words with negation; a weak signal, so a low confidence.
 */
function addToneRelations(
  input: RelationInput,
  lex: RelationLexicon,
  mentions: readonly Mention[],
  names: NameRegistry,
  typeOf: (id: string) => string,
  out: FoundRelation[],
): void {
  const voiced = new Set<string>();
  for (const r of out) if (r.statement) voiced.add(r.statement);
  const seen = new Set<string>();
  for (let i = 0; i < input.statements.length; i++) {
    const st = input.statements[i] as Statement;
    if (!st.speaker || voiced.has(st.id) || st.contentSpans.length === 0) continue;
    const own = new Set([
      st.speaker,
      ...(input.actors.find((a) => a.id === st.speaker)?.affiliations ?? []).map((f) => f.actor),
    ]);
    let target: string | null = null;
    let several = false;
    let score = 0;
    let budget = TONE_CHARS;
    let evidence: Span | null = null;
    // Most statements hold no tone word at all: the char scanner says so before anything is built.
    let toned = false;
    for (const [a, b] of st.contentSpans)
      if (!toned) toned = lex.toneScanner.containsAny(input.text, a, Math.min(b, a + TONE_CHARS));
    if (!toned) continue;
    for (const span of st.contentSpans) {
      if (budget <= 0 || several) break;
      const part: Span = [span[0], Math.min(span[1], span[0] + budget)];
      budget -= part[1] - part[0];
      const f = frameOf(input.text, part, mentionsWithin(mentions, part), input.statements, []);
      f.isRoleWord = (l) => input.words.roleWords.has(l) || isTitle(l);
      f.typeOf = typeOf;
      addNameRuns(f, input.text, names, input.words, lex);
      for (const m of f.mentions) {
        if (own.has(m.actor) || typeOf(m.actor) === "place") continue;
        // A pronoun resolved to someone is no second name ("He believes Iraq …").
        if (PRONOUN_MENTION.test(input.text.slice(m.start, m.end))) continue;
        if (target === null) target = m.actor;
        else if (target !== m.actor) several = true;
      }
      score += toneOf(f, lex);
      evidence ??= part;
    }
    if (several || target === null || score === 0 || !evidence) continue;
    if (
      !namesSomeone(input.actors, input.words, st.speaker) ||
      !namesSomeone(input.actors, input.words, target)
    )
      continue;
    const type = lex.types.get(score > 0 ? "praise" : "criticize");
    if (!type) continue;
    const key = `${st.speaker} ${target} ${st.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r: FoundRelation = {
      id: `r${out.length + 1}`,
      source: st.speaker,
      target,
      type: type.type,
      polarity: type.polarity,
      date: st.date,
      statement: st.id,
      evidence,
      confidence: Math.min(0.45, 0.25 + 0.05 * Math.abs(score)),
    };
    out.push(r);
    names.use(st.speaker);
    names.use(target);
  }
}

function mentionsWithin(mentions: readonly Mention[], [a, b]: Span): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).end <= a) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < b; i++)
    out.push(mentions[i] as Mention);
  return out;
}

/** The sum of the tone words outside mentions, a word after a negator counting the other way. */
/** "had lost all trust", "a lack of respect": words that turn the tone word after them around. */
const LOSING = new Set([
  "lost",
  "lose",
  "loses",
  "losing",
  "lack",
  "lacks",
  "lacking",
  "lacked",
  "little",
  "less",
]);

function toneOf(f: Frame, lex: RelationLexicon): number {
  let score = 0;
  for (let k = 0; k < f.tk.length; k++) {
    if (f.mentionOf[k] !== -1) continue;
    const t = lex.tone.get(f.tk.lower[k] ?? "");
    if (t === undefined) continue;
    let negated = false;
    for (let j = k - 1; j >= 0 && k - j <= 3; j--)
      if (
        lex.negators.has(f.tk.lower[j] ?? "") ||
        /n't$/.test(f.tk.lower[j] ?? "") ||
        LOSING.has(f.tk.lower[j] ?? "")
      )
        negated = true;
    score += negated ? -t : t;
  }
  return score;
}

/** Capitalised words of a sentence, counted up to 2. */
function capitalisedWords(text: string, s0: number, s1: number): number {
  let n = 0;
  for (let i = s0; i < s1 && n < 2; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90 && (i === s0 || text.charCodeAt(i - 1) === 32)) n++;
  }
  return n;
}

/** A sentence with no actor may still relate the last two: "Each side praised the other." */
const MUTUAL_HINT = /\b(?:[Ee]ach|[Bb]oth|[Tt]wo) (?:side|sides|part(?:y|ies))\b/;

/** Hard bounds keep a pathological sentence (a million commas) linear. */
const MAX_SENTENCE_CHARS = 5_000;
const WINDOW = 8;

export function findRelations(input: RelationInput, lex: RelationLexicon): RelationLayer {
  const { text } = input;
  const mentions = allMentions(input.actors);
  const statements = input.statements;
  const out: FoundRelation[] = [];
  const seen = new Set<string>();
  const names = new NameRegistry(input.actors, input.dictionaryName ?? (() => null));
  const types = new Map(input.actors.map((a) => [a.id, a.type]));
  const typeOf = (id: string) => types.get(id) ?? names.typeOf(id);
  let mi = 0;
  const byStart = statementExtents(statements);
  let si = 0;
  let active: { start: number; end: number; index: number }[] = [];
  for (const sentence of input.sentences) {
    const [s0, s1] = sentence;
    // Statements touching the sentence, by a sweep (a document may hold thousands of each).
    while (si < byStart.length && (byStart[si] as { start: number }).start < s1)
      active.push(byStart[si++] as (typeof active)[number]);
    if (active.length > 0) active = active.filter((x) => x.end > s0);
    while (mi < mentions.length && (mentions[mi] as Mention).end <= s0) mi++;
    let mj = mi;
    while (mj < mentions.length && (mentions[mj] as Mention).start < s1) mj++;
    if (s1 - s0 > MAX_SENTENCE_CHARS) continue;
    // The char scanners first: most sentences hold no word that can start a relation.
    if (
      !lex.scanner.containsAny(text, s0, s1) &&
      !(lex.weakScanner.containsAny(text, s0, s1) && lex.phraseScanner.test(text.slice(s0, s1)))
    )
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
    if (!hasLiveTrigger(tk, lex, spoken.length > 0)) continue;
    const frame = frameOf(text, sentence, inside, statements, spoken, tk);
    frame.earlier = (offset, st) => mentionBefore(mentions, offset, statements[st] as Statement);
    frame.previousActors = (offset, n) => actorsBefore(mentions, offset, n);
    frame.antecedent = (offset, pronoun) => antecedentOf(mentions, input.sentences, offset, pronoun, typeOf);
    frame.isRoleWord = (l) => input.words.roleWords.has(l) || isTitle(l);
    frame.typeOf = typeOf;
    addNameRuns(frame, text, names, input.words, lex);
    const drafts: Draft[] = [];
    scanTriggers(frame, lex, statements, drafts);
    if (spoken.length > 0) scanStance(frame, lex, statements, drafts);
    for (const d of drafts) emit(d, frame, input, out, seen, names);
  }
  addToneRelations(input, lex, mentions, names, typeOf, out);
  return { relations: out, actors: names.used() };
}

/**
 * Names that no earlier stage made an actor, met in the sentences the relations stage reads: a
 * capitalised run ("Bunge", "The Post", "Shari Redstone") becomes a mention of the actor whose name or
 * surname it is, or of a new unknown actor. Only those a relation uses are kept.
 */
/**
 * Dictionary lookups of name runs, across documents. Keyed by the name alone: the extractor holds one
 * dictionary per process (createExtractor caches its pipeline per dictionary), and tests that build
 * other dictionaries use other names.
 */
const DICTIONARY_NAMES = new WeakMap<(name: string) => Actor | null, Map<string, Actor | null>>();

class NameRegistry {
  private byName = new Map<string, string>();
  private bySurname = new Map<string, string | null>();
  private ids = new Set<string>();
  private created = new Map<string, Actor>();
  private pending = new Map<string, Span[]>();
  private usedIds = new Set<string>();

  private ready = false;
  private fromDictionary = new Map<string, Actor>();

  constructor(
    private readonly actors: readonly Actor[],
    private readonly dictionaryName: (name: string) => Actor | null,
  ) {}

  /** Built on the first name run: most documents' relations need no new names. */
  private index(): void {
    this.ready = true;
    for (const a of this.actors) {
      // Only actors the text names can be named again (dictionary affiliations have no mentions).
      if (a.mentions.length === 0) continue;
      this.ids.add(a.id);
      // Names only: an alias the text used is already a mention (the dictionary matched it).
      this.byName.set(a.name.toLowerCase(), a.id);
      const words = a.name.split(/\s+/);
      if (a.type === "person" && words.length >= 2) {
        const last = (words[words.length - 1] ?? "").toLowerCase();
        // Two people with one surname: the surname alone names neither.
        this.bySurname.set(last, this.bySurname.has(last) ? null : a.id);
      }
    }
  }

  /** The actor a name run stands for, creating an unknown actor for a new name. */
  idFor(name: string): string {
    if (!this.ready) this.index();
    const key = name.toLowerCase();
    const known = this.byName.get(key) ?? this.bySurname.get(key);
    if (known) return known;
    let cache = DICTIONARY_NAMES.get(this.dictionaryName);
    if (!cache) {
      cache = new Map();
      DICTIONARY_NAMES.set(this.dictionaryName, cache);
    }
    let listed = cache.get(name);
    if (listed === undefined) {
      listed = this.dictionaryName(name);
      // Names recur across documents; the cache is bounded so a stream of new names cannot grow it forever.
      if (cache.size >= 50_000) cache.clear();
      cache.set(name, listed);
    }
    if (listed) {
      this.byName.set(key, listed.id);
      if (!this.ids.has(listed.id)) {
        this.ids.add(listed.id);
        this.fromDictionary.set(listed.id, { ...listed, aliases: [name], mentions: [] });
      }
      return listed.id;
    }
    let id = `name-${key.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "actor"}`;
    while (this.ids.has(id) && !this.created.has(id)) id = `${id}-2`;
    if (!this.created.has(id)) {
      this.ids.add(id);
      this.byName.set(key, id);
      this.created.set(id, {
        id,
        name,
        type: "unknown",
        aliases: [name],
        known: false,
        affiliations: [],
        mentions: [],
      });
    }
    return id;
  }

  typeOf(id: string): string {
    return (this.created.get(id) ?? this.fromDictionary.get(id))?.type ?? "unknown";
  }

  /** A run's mention, kept if a relation uses its actor. */
  mention(id: string, span: Span): void {
    const list = this.pending.get(id) ?? [];
    list.push(span);
    this.pending.set(id, list);
  }

  use(id: string): void {
    this.usedIds.add(id);
  }

  used(): Actor[] {
    const out: Actor[] = [];
    for (const id of this.usedIds) {
      const spans = this.pending.get(id);
      if (!spans) continue;
      const made = this.created.get(id) ?? this.fromDictionary.get(id);
      if (made) out.push({ ...made, mentions: spans });
      else
        out.push({
          id,
          name: "",
          type: "unknown",
          aliases: [],
          known: true,
          affiliations: [],
          mentions: spans,
        });
    }
    return out;
  }
}

/** Party words that are role words inside a speaker phrase ("Republican senator") but name a party alone. */
const PARTY_WORDS = new Set([
  "republican",
  "republicans",
  "democratic",
  "democrats",
  "democrat",
  "labour",
  "tory",
  "tories",
]);

/** Last words of capitalised runs that name a document, an event or a geographic feature. */
const NOT_ACTOR_HEADS = new Set([
  "agreement",
  "agreements",
  "treaty",
  "accord",
  "accords",
  "plan",
  "resolution",
  "convention",
  "act",
  "law",
  "initiative",
  "deal",
  "protocol",
  "charter",
  "declaration",
  "memorandum",
  "bill",
  "constitution",
  "summit",
  "conference",
  "gulf",
  "sea",
  "river",
  "mountains",
  "valley",
  "bay",
  "strait",
  "peninsula",
  "desert",
  "coast",
  "basin",
  "island",
  "islands",
  "canal",
  "lake",
  "ocean",
  "bridge",
  "border",
  "street",
  "square",
  "airport",
  "prison",
  "camp",
  "war",
  "revolution",
  "day",
  "week",
  "month",
  "year",
  "games",
  "cup",
]);

/** Sentence openers and other capitalised words that name no one. */
const NOT_NAMES = new Set([
  "i",
  "it",
  "he",
  "she",
  "they",
  "we",
  "you",
  "his",
  "her",
  "their",
  "our",
  "my",
  "its",
  "your",
  "who",
  "what",
  "which",
  "why",
  "how",
  "where",
  "some",
  "many",
  "most",
  "more",
  "all",
  "both",
  "each",
  "every",
  "no",
  "not",
  "one",
  "two",
  "three",
  "other",
  "another",
  "such",
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "rep",
  "gov",
  "gen",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "according",
  "following",
  "despite",
  "amid",
  "under",
  "over",
  "among",
  "between",
  "without",
  "within",
  "even",
  "only",
  "just",
  "yes",
  "well",
  "oh",
  "let",
  "let's",
  "please",
  "thank",
  "thanks",
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "should",
  "must",
  "may",
  "might",
  "god",
  "anyone",
  "anybody",
  "everyone",
  "everybody",
  "someone",
  "somebody",
  "nobody",
  "none",
  "nothing",
  "everything",
  "something",
  "whoever",
  "whatever",
  "those",
  "these",
  "people",
  "officials",
]);

function addNameRuns(
  f: Frame,
  text: string,
  names: NameRegistry,
  words: SpeakerWords,
  lex: RelationLexicon,
): void {
  const { tk } = f;
  for (let k = 0; k < tk.length; k++) {
    if (f.mentionOf[k] !== -1 || !isCapitalized(tk.surface[k] ?? "")) continue;
    let j = k;
    while (
      j + 1 < tk.length &&
      f.mentionOf[j + 1] === -1 &&
      (isCapitalized(tk.surface[j + 1] ?? "") ||
        (words.nameParticles.has(tk.lower[j + 1] ?? "") && isCapitalized(tk.surface[j + 2] ?? "")))
    )
      j++;
    let a = k;
    // "The Post" keeps its article; "But Clinton", "President Obama", "Mr. Trump" lose the opener.
    // A title alone is a name ("attacking King"); before a name it is a title ("King Hassan").
    while (
      a <= j &&
      (words.stopWords.has(tk.lower[a] ?? "") ||
        NOT_NAMES.has((tk.lower[a] ?? "").replace(/\.$/, "")) ||
        (isTitle(tk.surface[a] ?? "") && a < j))
    )
      a++;
    const next = j;
    if (a > j) {
      k = next;
      continue;
    }
    // "de Lima", "al-Sultani", "van Rompuy": a lower-case particle before the name is part of it (and keeps
    // "Lima" from reading as Peru's capital).
    if (a === k && a > 0 && f.mentionOf[a - 1] === -1 && words.nameParticles.has(tk.lower[a - 1] ?? "")) a--;
    // A sentence's first word that the lexicons know ("Criticism", "Supporters") is a word, not a name.
    const atStart = a === 0 || /^[“"‘'([—–]$/.test(tk.surface[a - 1] ?? "");
    if (
      atStart &&
      a === j &&
      (lex.triggers.has(tk.lower[a] ?? "") ||
        lex.evaluative.has(tk.lower[a] ?? "") ||
        // "Young Algerians blocked …", "Angry activists": a sentence's first word before a name modifies it.
        f.mentionOf[j + 1] !== -1)
    ) {
      k = next;
      continue;
    }
    const start = tk.starts[a] as number;
    let end = tk.ends[j] as number;
    const last = tk.surface[j] ?? "";
    if (/['’]s?$/.test(last)) end -= last.endsWith("s") && /['’]s$/.test(last) ? 2 : 1;
    if (end <= start) {
      k = next;
      continue;
    }
    const name = text.slice(start, end);
    // "Free Trade Agreement", "the Gulf", "the Red Sea": documents and places are no actors.
    if (NOT_ACTOR_HEADS.has(tk.lower[j] ?? "")) {
      k = next;
      continue;
    }
    // "Vice Foreign Minister", "Prime Minister": titles without a name name no one.
    let named = false;
    for (let t = a; t <= j && !named; t++)
      named =
        PARTY_WORDS.has(tk.lower[t] ?? "") ||
        (!words.roleWords.has(tk.lower[t] ?? "") && !isTitle(tk.surface[t] ?? ""));
    // "attacking King": a lone title word with no article before it is a surname.
    if (
      !named &&
      a === j &&
      isTitle(tk.surface[a] ?? "") &&
      !words.roleWords.has(tk.lower[a] ?? "") &&
      !DETERMINERS.has(tk.lower[a - 1] ?? "") &&
      a > 0
    )
      named = true;
    if (!named || !/\p{L}{2}/u.test(name)) {
      k = next;
      continue;
    }
    const id = names.idFor(name);
    const index = f.mentions.length;
    f.mentions.push({ start, end, actor: id });
    for (let t = a; t <= j; t++) f.mentionOf[t] = index;
    names.mention(id, [start, end]);
    k = next;
  }
}

function allMentions(actors: readonly Actor[]): Mention[] {
  const out: Mention[] = [];
  for (const a of actors) for (const [start, end] of a.mentions) out.push({ start, end, actor: a.id });
  // Longest first at the same start: "Hamas political bureau" before "Hamas".
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function mentionBefore(mentions: readonly Mention[], offset: number, st: Statement): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  const first = st.contentSpans[0]?.[0] ?? offset;
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.start < first) return null;
    if (m.actor !== st.speaker && st.contentSpans.some(([a, b]) => m.start >= a && m.end <= b))
      return m.actor;
  }
  return null;
}

/** Statements whose cue or content lies in [s0, s1). */
/** The nearest earlier actor that a narrative pronoun can stand for: a person for he/she, else not one. */
function antecedentOf(
  mentions: readonly Mention[],
  sentences: readonly Span[],
  offset: number,
  pronoun: string,
  typeOf: (id: string) => string,
): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  const fits = (m: Mention) => fitsPronoun(typeOf(m.actor), pronoun);
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (offset - m.end > 400) return null;
    if (!fits(m)) continue;
    // The subject of that sentence rather than its last name: "Ghaani crossed into Lebanon, where he met
    // Nasrallah. … he also held meetings" is Ghaani.
    const s0 = (sentences[sentenceOf(sentences, m.start)] ?? [m.start])[0];
    let first = m;
    for (let j = i - 1; j >= 0 && (mentions[j] as Mention).start >= s0; j--)
      if (fits(mentions[j] as Mention)) first = mentions[j] as Mention;
    return first.actor;
  }
  return null;
}

/** Names only the relations stage found are "unknown": a he or she may be one of them. */
function fitsPronoun(type: string, pronoun: string): boolean {
  if (type === "place") return false;
  return /^(?:he|she|his|her)$/.test(pronoun) ? type === "person" || type === "unknown" : type !== "person";
}

/** The index of the sentence that holds offset `at`. */
function sentenceOf(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span)[1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function actorsBefore(mentions: readonly Mention[], offset: number, n: number): string[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo - 1; i >= 0 && out.length < n; i--) {
    const m = mentions[i] as Mention;
    if (offset - m.end > 600) break;
    if (!out.includes(m.actor)) out.unshift(m.actor);
  }
  return out;
}

/** Each statement with a speaker, by where its cue and content start and end. */
function statementExtents(statements: readonly Statement[]): { start: number; end: number; index: number }[] {
  const out: { start: number; end: number; index: number }[] = [];
  statements.forEach((st, index) => {
    if (!st.speaker) return;
    let start = st.cueSpan?.[0] ?? Number.MAX_SAFE_INTEGER;
    let end = st.cueSpan?.[1] ?? -1;
    for (const [a, b] of st.contentSpans) {
      if (a < start) start = a;
      if (b > end) end = b;
    }
    if (end > start) out.push({ start, end, index });
  });
  return out.sort((a, b) => a.start - b.start);
}

function statementsIn(
  statements: readonly Statement[],
  candidates: readonly { index: number }[],
  s0: number,
  s1: number,
): number[] {
  const out: number[] = [];
  for (const { index: i } of candidates) {
    const st = statements[i] as Statement;
    if (!st.speaker) continue;
    const hit =
      (st.cueSpan && st.cueSpan[0] < s1 && st.cueSpan[1] > s0) ||
      st.contentSpans.some(([a, b]) => a < s1 && b > s0);
    if (hit) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The first token that starts at or after `at`. */
function firstTokenAt(tk: Tokens, at: number): number {
  let lo = 0;
  let hi = tk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tk.starts[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Can any token of the sentence start a relation? A word the char scanner passed may need a particle
 * that is not there ("called for"), or an actor right after it ("came back"); evaluative words and
 * "must" count only inside what someone said.
 */
function hasLiveTrigger(tk: Tokens, lex: RelationLexicon, spoken: boolean): boolean {
  for (let k = 0; k < tk.length; k++) {
    const l = tk.lower[k] as string;
    if (lex.relationNouns.has(l) || lex.agentNouns.has(l)) return true;
    if (spoken && (lex.evaluative.has(l) || l === "must" || l === "should")) return true;
    if (NAMING.has(l)) return true;
    const senses = lex.triggers.get(l);
    if (!senses) continue;
    for (const s of senses) {
      if (s.particle.length === 0) {
        if (!lex.adjacentOnly.has(l) || s.pos === "noun") return true;
        // An actor may follow as a capitalised name or after a determiner: cheap signs only.
        const next = tk.surface[k + 1] ?? "";
        if (isCapitalized(next) || DETERMINERS.has(tk.lower[k + 1] ?? "")) return true;
        continue;
      }
      // The particle's first word within the next few words.
      const first = s.particle[0];
      for (let j = k + 1; j < tk.length && j <= k + 4; j++) if (tk.lower[j] === first) return true;
    }
  }
  return false;
}

function frameOf(
  text: string,
  sentence: Span,
  inside: Mention[],
  statements: readonly Statement[],
  spoken: number[],
  tk: Tokens = tokenize(text, sentence[0], sentence[1]),
): Frame {
  const mentionOf = new Int32Array(tk.length).fill(-1);
  const contentOf = new Int32Array(tk.length).fill(-1);
  let m = 0;
  for (let k = 0; k < tk.length; k++) {
    const a = tk.starts[k] as number;
    while (m < inside.length && (inside[m] as Mention).end <= a) m++;
    // The first mention that covers the token's start (longest first at one start).
    for (let n = m; n < inside.length && (inside[n] as Mention).start <= a; n++) {
      if ((inside[n] as Mention).end > a) {
        mentionOf[k] = n;
        break;
      }
    }
  }
  // Each spoken statement's content spans mark their tokens (the first statement wins a token).
  const s0 = sentence[0];
  const s1 = sentence[1];
  for (const i of spoken) {
    for (const [x, y] of (statements[i] as Statement).contentSpans) {
      if (y <= s0 || x >= s1) continue;
      for (let k = firstTokenAt(tk, x); k < tk.length && (tk.starts[k] as number) < y; k++)
        if (contentOf[k] === -1) contentOf[k] = i;
    }
  }
  return {
    tk,
    mentionOf,
    mentions: inside,
    contentOf,
    sentence,
    spoken,
    earlier: () => null,
    previousActors: () => [],
    antecedent: () => null,
    isRoleWord: () => false,
    typeOf: () => "unknown",
  };
}

function actorAt(f: Frame, k: number): string | null {
  const m = f.mentionOf[k] ?? -1;
  return m === -1 ? null : (f.mentions[m] as Mention).actor;
}

/** First token of the mention token k belongs to. */
function mentionStartTok(f: Frame, k: number): number {
  const m = f.mentionOf[k];
  let j = k;
  while (j > 0 && f.mentionOf[j - 1] === m) j--;
  return j;
}

function mentionEndTok(f: Frame, k: number): number {
  const m = f.mentionOf[k];
  let j = k;
  while (j + 1 < f.tk.length && f.mentionOf[j + 1] === m) j++;
  return j;
}

/** The token that holds offset `at` (the first one at or after it). */
function tokenAt(f: Frame, at: number): number {
  let lo = 0;
  let hi = f.tk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((f.tk.ends[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isClauseMark(f: Frame, k: number): boolean {
  return CLAUSE_MARKS.has(f.tk.surface[k] ?? "") || f.tk.surface[k] === ".";
}

function isPossessive(word: string): boolean {
  return /['’]s?$/.test(word) && word.length > 2;
}

// ---------------------------------------------------------------------------------------------------
// Targets and sources around a trigger

/**
 * The actors of the noun phrase that starts at or right after token t: "Iran", "the Syrian regime",
 * "Iran and Hizbullah", "Iran's foreign minister". Determiners and a few lower-case modifiers may come
 * first; a clause mark, a clause word or a preposition ends the search.
 */
function phraseActorsFrom(f: Frame, t: number, maxSkip = 4): { actors: string[]; end: number } | null {
  const { tk } = f;
  let k = t;
  let skipped = 0;
  while (k < tk.length && actorAt(f, k) === null) {
    const l = tk.lower[k] ?? "";
    // "the rights of Palestinians", "recent calls by Belarus's rulers", "further action against Russia",
    // "all official contact with the United States": the actor after a noun of this kind heads the phrase.
    if (
      k > t &&
      (OF_NOUNS.has(tk.lower[k - 1] ?? "") || (f.isRoleWord(tk.lower[k - 1] ?? "") && l === "of")) &&
      /^(?:of|by|from|against|with|on|toward|towards)$/.test(l)
    ) {
      k++;
      continue;
    }
    if (
      (isClauseMark(f, k) &&
        l !== "[" &&
        l !== "]" &&
        !(l === "." && TITLE_ABBREVIATIONS.has(tk.lower[k - 1] ?? ""))) ||
      l === "," ||
      CLAUSE_WORDS.has(l) ||
      NOUN_TARGET_PREPS.has(l) ||
      NOUN_SOURCE_PREPS.has(l)
    )
      return null;
    if (l === "in" || l === "about" || l === "and") return null;
    // Editorial insertions are part of the phrase: "the criminal [Syrian] regime"; so are quotation marks
    // around the writer's quoted words ("stand with “Syria”").
    if (l === "[" || l === "]" || QUOTE_MARKS.has(l)) {
      k++;
      continue;
    }
    // "Mr. Duterte", "Ms. de Lima": the title's period is no sentence end.
    if (l === "." && TITLE_ABBREVIATIONS.has(tk.lower[k - 1] ?? "")) {
      k++;
      continue;
    }
    // Determiners are free: "all the official contact with" counts its words, not "all" and "the".
    if (!DETERMINERS.has(l) && ++skipped > maxSkip) return null;
    k++;
  }
  if (k >= tk.length) return null;
  k = headOf(f, k);
  const actors = [actorAt(f, k) as string];
  let end = mentionEndTok(f, k);
  // Coordination: "Iran and Hizbullah", "Iran, Hizbullah and the PIJ", "Iran as well as Hizbullah".
  for (;;) {
    let j = end + 1;
    let sawJoin = false;
    while (j < tk.length && COORDINATORS.has(tk.lower[j] ?? "") && j - end <= 3) {
      sawJoin = true;
      j++;
    }
    if (!sawJoin) break;
    const commaOnly = tk.lower[j - 1] === "," && j - end === 2;
    while (j < tk.length && DETERMINERS.has(tk.lower[j] ?? "") && actorAt(f, j) === null) j++;
    const next = actorAt(f, j);
    if (next === null) break;
    // "Iran, Hizbullah and the PIJ" is a list; "… Osama bin Laden, officials said" is not.
    const head = headOf(f, j);
    const nextEnd = mentionEndTok(f, head);
    if (commaOnly && !/^(?:,|and|or|&)$/.test(tk.lower[nextEnd + 1] ?? "")) break;
    const headActor = actorAt(f, head) as string;
    if (!actors.includes(headActor)) actors.push(headActor);
    end = nextEnd;
  }
  return { actors, end };
}

/**
 * The head of a noun phrase that starts with the mention at token k: "Syrian President Bashar al-Asad"
 * is al-Asad, "Prime Minister Mahendra Chaudhry" is Chaudhry; "Iran's foreign minister" stays Iran.
 */
function headOf(f: Frame, k: number): number {
  let head = k;
  for (let hops = 0; hops < 3; hops++) {
    let j = mentionEndTok(f, head) + 1;
    let between = 0;
    while (j < f.tk.length && actorAt(f, j) === null && between < 4 && f.isRoleWord(f.tk.lower[j] ?? "")) {
      j++;
      between++;
    }
    if (j >= f.tk.length || actorAt(f, j) === null || actorAt(f, j) === actorAt(f, head)) break;
    head = j;
  }
  return head;
}

/** Actors of the phrase that ends at token e, going left through coordination ("Iran and Hizbullah"). */
function phraseActorsEndingAt(f: Frame, e: number): { actors: string[]; start: number } | null {
  const a = actorAt(f, e);
  if (a === null) return null;
  const actors = [a];
  let start = mentionStartTok(f, e);
  for (;;) {
    let j = start - 1;
    // Back over the phrase's own modifiers: "Bulgarian President Todor Zhivkov", "Libyan leader X".
    for (let hops = 0; hops < 4 && j >= 0; hops++) {
      const m = actorAt(f, j);
      // A demonym that modifies this phrase ("Bulgarian President …") is part of it, even after "and".
      if (
        m !== null &&
        f.typeOf(m) === "state" &&
        (hops > 0 || !COORDINATORS.has(f.tk.lower[j - 1] ?? "x"))
      ) {
        j = mentionStartTok(f, j) - 1;
        continue;
      }
      if (m === null && f.isRoleWord(f.tk.lower[j] ?? "")) {
        j--;
        continue;
      }
      break;
    }
    while (j >= 0 && DETERMINERS.has(f.tk.lower[j] ?? "") && actorAt(f, j) === null) j--;
    let sawJoin = false;
    while (j >= 0 && COORDINATORS.has(f.tk.lower[j] ?? "") && start - j <= 4) {
      sawJoin = true;
      j--;
    }
    if (!sawJoin) break;
    const prev = actorAt(f, j);
    if (prev === null) break;
    const prevStart = mentionStartTok(f, j);
    // "A, B and C" is a list; "… Cessation of Hostilities, the Sudanese government and SPLM" is not.
    if (f.tk.lower[j + 1] === ",") {
      const before = f.tk.lower[prevStart - 1] ?? "";
      if (prevStart > 0 && before !== "," && !DETERMINERS.has(before) && !isClauseMark(f, prevStart - 1))
        break;
    }
    if (!actors.includes(prev)) actors.unshift(prev);
    start = prevStart;
  }
  return { actors, start };
}

/**
 * The subject of the verb at token v: the nearest actor phrase to its left in the same clause, after
 * auxiliaries and adverbs; an appositive or relative clause set off by commas ("Haniya, the head of
 * Hamas's political bureau, thanked") is stepped over to the name before it.
 */
function subjectOf(f: Frame, v: number): { actors: string[]; start: number; firstPerson: boolean } | null {
  const { tk } = f;
  let k = v - 1;
  // Quotation marks inside a clause are the writer's ("Syria had “embraced the cause”"), not boundaries.
  while (
    k >= 0 &&
    actorAt(f, k) === null &&
    (AUXILIARIES.has(tk.lower[k] ?? "") ||
      isAdverb(tk.lower[k] ?? "") ||
      QUOTE_MARKS.has(tk.surface[k] ?? ""))
  )
    k--;
  if (k < 0) return null;
  if (isFirstPerson(tk.lower[k] ?? "") && actorAt(f, k) === null)
    return { actors: [], start: k, firstPerson: true };
  if (tk.surface[k] === ",") return subjectBeforeComma(f, k, v);
  let locative: number | undefined;
  for (let j = k, steps = 0; j >= 0 && steps <= WINDOW; j--, steps++) {
    const l = tk.lower[j] ?? "";
    if (actorAt(f, j) !== null) {
      // "Palestinian police in Jericho confiscated …": a place after "in" is where, not who.
      const s0 = mentionStartTok(f, j);
      // "Barr took to Twitter Monday to defend …": a name after a preposition is not who acts either.
      if (
        /^(?:in|at|near|from|inside|outside|to|on|into|onto|over|across|via|through|of)$/.test(
          tk.lower[s0 - 1] ?? "",
        ) &&
        s0 > 1
      ) {
        // Kept in case no other name comes: "Security forces in Guinea have tortured …" is Guinea's.
        locative ??= j;
        j = s0 - 1;
        continue;
      }
      const p = phraseActorsEndingAt(f, j);
      return p ? { ...p, firstPerson: false } : null;
    }
    // "Robert Gates (who declined to be interviewed) has criticized Obama": over the parenthesis.
    if (tk.surface[j] === ")") {
      let d = j - 1;
      while (d > 0 && tk.surface[d] !== "(" && j - d < 30) d--;
      if (tk.surface[d] === "(") {
        j = d;
        continue;
      }
    }
    // "I'd love to thank Malia": the speaker, a few verbs back.
    if (isFirstPerson(l) && steps <= 4) return { actors: [], start: j, firstPerson: true };
    // "Stallworth, a woman from Huntsville, had come to show …": a comma after only a verb chain ends an
    // appositive, like a comma right before the verb.
    if (l === "," && steps <= 7) return subjectBeforeComma(f, j, v);
    if (isClauseMark(f, j) || l === "," || CLAUSE_WORDS.has(l)) break;
  }
  if (locative !== undefined) {
    const p = phraseActorsEndingAt(f, locative);
    return p ? { ...p, firstPerson: false } : null;
  }
  return null;
}

function isAdverb(l: string): boolean {
  return (
    l.length > 4 &&
    l.endsWith("ly") &&
    !/^(?:only|early|daily|weekly|monthly|family|italy|ally|rally|supply|reply|apply|fly|july)$/.test(l)
  );
}

/**
 * The subject before an appositive or relative clause that ends with the comma at k: ", the head of
 * Hamas's political bureau," and "who …," are stepped over to the name before them; an appositive that is
 * itself a name ("Another senator, Risa Hontiveros, accused") is the subject; places inside an appositive
 * ("a woman from Huntsville, Texas,") are stepped over.
 */
function subjectBeforeComma(
  f: Frame,
  k: number,
  v: number,
): { actors: string[]; start: number; firstPerson: boolean } | null {
  const { tk } = f;
  const isPlace = (a: string) => f.typeOf(a) === "place" || f.typeOf(a) === "state";
  // "from Huntsville, Texas": the second part of a place name after a comma.
  const placeTail = (t: number) => {
    const s0 = mentionStartTok(f, t);
    return (
      /^(?:from|in|near|at)$/.test(tk.lower[s0 - 1] ?? "") ||
      (tk.surface[s0 - 1] === "," &&
        isCapitalized(tk.surface[s0 - 2] ?? "") &&
        /^(?:from|in|of|near|at)$/.test(tk.lower[s0 - 3] ?? ""))
    );
  };
  let pos = k;
  for (let hops = 0; hops < 3; hops++) {
    let c = pos - 1;
    while (
      c >= 0 &&
      v - c < 40 &&
      tk.surface[c] !== "," &&
      !isClauseMark(f, c) &&
      !RELATIVES.has(tk.lower[c] ?? "")
    )
      c--;
    const last = actorAt(f, pos - 1);
    if (c < 0 || isClauseMark(f, c) || v - c >= 40) {
      // "Spicer, loyal to the president,": an appositive phrase right after the name.
      if (last !== null && !isPlace(last)) {
        const p = phraseActorsEndingAt(f, pos - 1);
        return p ? { ...p, firstPerson: false } : null;
      }
      return null;
    }
    if (
      tk.surface[c] === "," &&
      last !== null &&
      !isPlace(last) &&
      !placeTail(pos - 1) &&
      mentionStartTok(f, pos - 1) <= c + 2
    ) {
      const p = phraseActorsEndingAt(f, pos - 1);
      if (p) return { ...p, firstPerson: false };
    }
    // "James Cole, who served …, also offered": the name before the comma that opens the relative clause.
    if (RELATIVES.has(tk.lower[c] ?? "") && tk.surface[c - 1] === "," && actorAt(f, c - 2) !== null) {
      const p = phraseActorsEndingAt(f, c - 2);
      if (p) return { ...p, firstPerson: false };
    }
    const before = actorAt(f, c - 1);
    // "from Huntsville, Texas,": a place before the comma is part of the appositive; look further left.
    if (before !== null && !((isPlace(before) || placeTail(c - 1)) && tk.surface[c] === "," && hops < 2)) {
      const p = phraseActorsEndingAt(f, c - 1);
      if (p) return { ...p, firstPerson: false };
    }
    if (tk.surface[c] !== ",") return null;
    pos = c;
  }
  return null;
}

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
  const subject =
    subjectOf(f, k) ??
    (followsAnd(f, k) || tk.surface[k - 1] === "," ? subjectOf(f, sentenceVerb(f, k)) : null);
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

/** Verbs that undo what their object names. */
const UNDOING = new Set([
  "prohibit",
  "prohibits",
  "prohibited",
  "prohibiting",
  "block",
  "blocked",
  "blocks",
  "stop",
  "stopped",
  "stops",
  "halt",
  "halted",
  "halts",
  "cut",
  "cuts",
  "cutting",
  "freeze",
  "froze",
  "frozen",
  "deny",
  "denied",
  "denies",
  "lift",
  "lifted",
  "lifts",
  "lifting",
  "ease",
  "eased",
  "eases",
  "easing",
  "end",
  "ended",
  "ends",
  "ending",
  "remove",
  "removed",
  "removes",
  "removing",
  "drop",
  "dropped",
  "drops",
  "dropping",
  "withdraw",
  "withdrew",
  "withdrawn",
  "withdrawing",
  "suspend",
  "suspended",
  "suspends",
]);

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
]);

/** The first actor phrase in the next `limit` tokens, before a clause mark. */
function firstActorAhead(
  f: Frame,
  t: number,
  limit: number,
  recipientOnly = false,
): { actors: string[]; end: number } | null {
  for (let j = t; j < f.tk.length && j - t < limit; j++) {
    if (isClauseMark(f, j) || f.tk.surface[j] === ",") return null;
    if (actorAt(f, j) !== null) {
      // "agreed to re-open its borders to UN peacekeepers": only someone the promise is for.
      if (recipientOnly && !/^(?:to|with|for)$/.test(f.tk.lower[mentionStartTok(f, j) - 1] ?? ""))
        return null;
      return phraseActorsFrom(f, j, 0);
    }
  }
  return null;
}

/** Is the verb at k the second of two joined verbs ("… and criticized", "… and had harsher words")? */
function followsAnd(f: Frame, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && AUXILIARIES.has(f.tk.lower[j] ?? "") && f.tk.lower[j] !== "to") j--;
  return j >= 0 && (f.tk.lower[j] === "and" || f.tk.lower[j] === "but") && actorAt(f, j + 1) === null;
}

/** "Trump …, such as when he accused Obama": a fitting actor earlier in the same sentence. */
function antecedentOfWord(f: Frame, p: number, pronoun: string): string | null {
  // The first fitting actor of the sentence: its subject, more often than the nearest name.
  for (let j = 0; j < p; j++) {
    const a = actorAt(f, j);
    if (a !== null && fitsPronoun(f.typeOf(a), pronoun)) return a;
  }
  return null;
}

/** The token of a third-person pronoun that is the verb's subject ("He thanked", "It has since condemned"). */
function pronounSubject(f: Frame, k: number): number | null {
  let j = k - 1;
  while (j >= 0 && AUXILIARIES.has(f.tk.lower[j] ?? "") && f.tk.lower[j] !== "to") j--;
  if (j >= 0 && /ly$/.test(f.tk.lower[j] ?? "")) j--;
  return j >= 0 &&
    /^(?:he|she|it|they)(?:['’](?:s|d|ll|re|ve))?$/.test(f.tk.lower[j] ?? "") &&
    actorAt(f, j) === null
    ? j
    : null;
}

/** "Each side praised", "both sides condemned": a subject that stands for the two parties last named. */
function mutualSubject(f: Frame, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && AUXILIARIES.has(f.tk.lower[j] ?? "")) j--;
  if (j >= 0 && /(?:ly)$/.test(f.tk.lower[j] ?? "")) j--;
  const noun = f.tk.lower[j] ?? "";
  const det = f.tk.lower[j - 1] ?? "";
  return /^(?:side|sides|party|parties)$/.test(noun) && /^(?:each|both|two)$/.test(det);
}

/** Does the content of statement `st` open with a third-person pronoun that is the trigger's subject? */
function opensContentWithPronoun(f: Frame, k: number, st: number, statements: readonly Statement[]): boolean {
  const start = (statements[st] as Statement).contentSpans[0]?.[0];
  if (start === undefined) return false;
  let j = k - 1;
  while (j >= 0 && AUXILIARIES.has(f.tk.lower[j] ?? "")) j--;
  return j >= 0 && f.tk.starts[j] === start && /^(?:it|he|she|they)$/.test(f.tk.lower[j] ?? "");
}

/** The subject of the sentence's main clause: its first actor before the first verb-like word. */
function sentenceSubject(f: Frame, k: number): { actor: string; at: number } | null {
  for (let j = 0; j < k; j++) {
    const a = actorAt(f, j);
    if (a !== null) return { actor: a, at: j };
    if (CLAUSE_WORDS.has(f.tk.lower[j] ?? "")) return null;
  }
  return null;
}

const RELATIVES = new Set(["who", "which", "whose", "whom"]);
const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "«", "»", "„"]);
const PREPOSITIONS = new Set([
  "during",
  "in",
  "after",
  "before",
  "over",
  "under",
  "about",
  "through",
  "since",
  "until",
  "amid",
  "despite",
  "without",
  "within",
  "among",
  "between",
  "across",
  "behind",
  "beyond",
  "like",
  "as",
  "from",
  "by",
  "of",
]);

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

/** Nouns whose "of/by/against/with X" names the actor an object is about ("the rights of Palestinians"). */
const OF_NOUNS = new Set([
  "rights",
  "cause",
  "people",
  "peoples",
  "leadership",
  "leaders",
  "government",
  "calls",
  "call",
  "demands",
  "demand",
  "request",
  "requests",
  "appeal",
  "appeals",
  "offer",
  "offers",
  "proposal",
  "proposals",
  "plan",
  "plans",
  "invitation",
  "ultimatum",
  "initiative",
  "decision",
  "policy",
  "policies",
  "action",
  "actions",
  "measures",
  "steps",
  "contact",
  "contacts",
  "role",
  "position",
  "stance",
  "efforts",
  "statement",
  "remarks",
  "comments",
  "workers",
  "members",
  "officials",
  "representatives",
  "supporters",
  "forces",
  "troops",
  "fighters",
  "families",
  "memory",
  "interests",
  "sovereignty",
  "security",
  "independence",
  "inspectors",
  "diplomats",
  "envoys",
  "monitors",
  "observers",
  "staff",
  "delegation",
  "delegations",
  "ambassador",
  "scores",
  "dozens",
  "hundreds",
  "thousands",
  "millions",
  "number",
  "group",
  "groups",
  "part",
  "parts",
  "offices",
  "office",
  "homes",
  "headquarters",
  "embassy",
  "property",
  "territory",
  "positions",
  "camps",
  "bases",
  "villages",
  "towns",
  "truce",
  "ceasefire",
  "agreement",
  "deal",
  "negotiations",
  "admission",
  "apology",
  "explanation",
  "withdrawal",
  "commitment",
  "promise",
  "pledge",
  "regime",
  "supremacy",
  "idea",
  "agenda",
  "vision",
  "principles",
  "values",
  "case",
]);

/** People nouns after an actor's name or demonym that still make it the actor ("British forces must"). */
const GROUP_NOUNS = new Set([
  "forces",
  "troops",
  "government",
  "authorities",
  "officials",
  "leaders",
  "leadership",
  "army",
  "police",
  "militants",
  "fighters",
  "rebels",
  "soldiers",
  "diplomats",
  "negotiators",
  "delegation",
  "people",
]);
const TITLE_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "rep",
  "gov",
  "gen",
  "lt",
  "col",
  "prof",
  "st",
  "sgt",
  "capt",
  "maj",
]);

/** The first actor named in the clause that holds token k: the clause's subject, for a noun's fallbacks. */
function clauseFirstActor(f: Frame, k: number): { actor: string; at: number } | null {
  let c = k - 1;
  while (
    c >= 0 &&
    (!isClauseMark(f, c) || f.tk.surface[c] === "[" || f.tk.surface[c] === "]") &&
    !CLAUSE_WORDS.has(f.tk.lower[c] ?? "")
  )
    c--;
  for (let j = c + 1; j < k; j++) {
    const a = actorAt(f, j);
    if (a !== null) return { actor: a, at: j };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Clause-level checks

/** Negation, refusal or modality in the few words before the trigger. */
function verbGroup(f: Frame, v: number, lex: RelationLexicon): "plain" | "negated" | "refused" | "modal" {
  const { tk } = f;
  let state: "plain" | "negated" | "refused" | "modal" = "plain";
  for (let k = v - 1; k >= 0 && v - k <= 5; k--) {
    const l = tk.lower[k] ?? "";
    if (actorAt(f, k) !== null || isClauseMark(f, k) || l === ",") break;
    if (lex.refusals.has(l)) return "refused";
    if (lex.negators.has(l) || l.endsWith("n't")) state = "negated";
    else if (lex.modals.has(l) && state === "plain") state = "modal";
    if (!AUXILIARIES.has(l) && !lex.negators.has(l) && !lex.modals.has(l) && !lex.refusals.has(l)) break;
  }
  return state;
}

/** A hypothetical word earlier in the sentence ("if", "Let's imagine that …") governs the trigger. */
function isHypothetical(f: Frame, v: number, lex: RelationLexicon): boolean {
  // A question asks, it does not report: "Where were the Arabs during the wars on Gaza?"
  for (let k = v + 1; k < f.tk.length && k - v <= 40; k++) {
    const s = f.tk.surface[k] ?? "";
    if (s === "?") return true;
    if (s === "." || s === ";" || s === "!") break;
  }
  for (let k = v - 1; k >= 0 && v - k <= 30; k--) {
    const l = f.tk.lower[k] ?? "";
    if (l === ";" || l === ".") return false;
    if (lex.hypotheticals.has(l)) return true;
    if (l === "let" && (f.tk.lower[k + 1] === "'s" || f.tk.lower[k + 1] === "us")) return true;
  }
  return false;
}

/** Words after which a clause states what someone wants, not what happened ("demanded that the US cancel …"). */
const IRREALIS = new Set([
  "threatened",
  "threatens",
  "threaten",
  "threatening",
  "vowed",
  "vows",
  "pledged",
  "pledges",
  "promised",
  "promises",
  "promising",
  "offered",
  "offers",
  "refusal",
  "unwillingness",
  "failure",
  "aims",
  "aim",
  "aimed",
  "intends",
  "intended",
  "designed",
  "plans",
  "plan",
  "planned",
  "decision",
  "proposal",
  "bid",
  "attempt",
  "attempts",
  "effort",
  "efforts",
  "intention",
  "readiness",
  "willingness",
  "demanded",
  "demand",
  "demands",
  "demanding",
  "urged",
  "urge",
  "urges",
  "urging",
  "asked",
  "asks",
  "insisted",
  "insists",
  "proposed",
  "proposes",
  "wants",
  "want",
  "wanted",
  "called",
  "calls",
  "calling",
  "pressed",
  "pressing",
  "appealed",
  "appeal",
  "requested",
  "request",
]);

/** Is the trigger inside the complement of a demand ("demanded that the US cancel plans to sell …")? */
function isIrrealis(f: Frame, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 15; j--) {
    const l = f.tk.lower[j] ?? "";
    if (l === ";" || l === ".") return false;
    if (IRREALIS.has(l)) {
      // The demand's own object is fine ("urged Hamas"): only what follows "that"/"to" is wished for.
      for (let m = j + 1; m < k; m++) if (f.tk.lower[m] === "that" || f.tk.lower[m] === "to") return true;
      return false;
    }
  }
  return false;
}

/** A speech verb before the trigger makes a modal a report ("said it would support"). */
function isReportedModal(f: Frame, v: number): boolean {
  // "should" and "must" ask rather than report, whoever says them.
  for (let k = v - 1; k >= 0 && v - k <= 3; k--)
    if (/^(?:should|must|ought)$/.test(f.tk.lower[k] ?? "")) return false;
  for (let k = v - 1; k >= 0 && v - k <= 12; k--) {
    const l = f.tk.lower[k] ?? "";
    if (/^(?:said|says|announced|stated|declared|told|added|promised|vowed|pledged|indicated)$/.test(l))
      return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Triggers

function scanTriggers(
  f: Frame,
  lex: RelationLexicon,
  statements: readonly Statement[],
  drafts: Draft[],
): void {
  const { tk } = f;
  /** The subject of the last verb trigger, for infinitives and coordinated verbs that share it. */
  let lastSubject: SubjectMemo | null = null;
  for (let k = 0; k < tk.length; k++) {
    const l = tk.lower[k] ?? "";
    if (f.mentionOf[k] !== -1) continue;
    if (lex.relationNouns.has(l)) {
      relationNoun(f, k, lex, statements, drafts);
      continue;
    }
    const agent = lex.agentNouns.get(l);
    if (agent) {
      agentNoun(f, k, agent, drafts);
      continue;
    }
    if (NAMING.has(l)) {
      namingStance(f, k, lex, drafts);
      continue;
    }
    const senses = lex.triggers.get(l);
    if (!senses) {
      // "Pavlensky said, and accused Slonina …": a verb joined to a statement's cue shares its speaker.
      const cue = statementAtCue(f, k, statements);
      if (cue !== -1)
        lastSubject = { actors: [(statements[cue] as Statement).speaker as string], at: k, statement: cue };
      continue;
    }
    const prev = tk.lower[k - 1] ?? "";
    const determined = DETERMINERS.has(prev) || isPossessive(tk.surface[k - 1] ?? "");
    const hasNoun = senses.some((s) => s.pos === "noun");
    // "the besieged town": a participle after a determiner is an adjective; "harsh criticism", "Iranian
    // support": after an adjective a word that can be a noun is one.
    const nounContext = determined || (hasNoun && isAdjectiveBefore(f, k));
    for (const sense of senses) {
      if (!particleMatches(f, k, sense)) continue;
      // "the besieged town", "the occupied West Bank": after a determiner a verb form is an adjective.
      if (sense.pos !== "noun" && nounContext) continue;
      // "a militia close to Turkey", "X is critical of Y"; not "a foothold close to Lebanon".
      if (sense.pos === "adjective" && !adjectiveHasSubject(f, k)) continue;
      if (
        sense.pos === "verb" &&
        lex.adjacentOnly.has(l) &&
        adjacentActor(f, k + 1 + sense.particle.length) === -1
      )
        continue;
      if (isIrrealis(f, k)) break;
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

/** A lower-case word that reads as an adjective: "harsh", "financial", "military", "Iranian". */
function isAdjective(l: string): boolean {
  return (
    /(?:al|ic|ive|ous|ful|ary|ern|ian|ese|ish|sh|ng|rm|ong|ld|ct|ll)$/.test(l) &&
    !AUXILIARIES.has(l) &&
    !/(?:ing)$/.test(l)
  );
}

/**
 * The token of an actor right after t, past determiners, numbers and adjectives only ("shelled the
 * southern regional capital Juba"), or -1.
 */
function adjacentActor(f: Frame, t: number): number {
  for (let j = t; j < f.tk.length && j - t <= 4; j++) {
    if (actorAt(f, j) !== null) return j;
    const l = f.tk.lower[j] ?? "";
    if (!DETERMINERS.has(l) && !isAdjective(l) && !f.isRoleWord(l) && !/^\d/.test(l)) return -1;
  }
  return -1;
}

function adjectiveHasSubject(f: Frame, k: number): boolean {
  const prev = f.tk.lower[k - 1] ?? "";
  if (actorAt(f, k - 1) !== null || prev === "," || AUXILIARIES.has(prev) || isAdverb(prev)) return true;
  // "an opposition militia close to Turkey": a group noun right after an actor's phrase.
  return /^(?:militia|group|faction|party|movement|figure|figures|officials|leaders|government|forces)$/.test(
    prev,
  );
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
    /(?:an|ian|ese|ish|i)$/.test(f.tk.lower[k - 1] ?? "")
  );
}

function particleMatches(f: Frame, k: number, sense: TriggerSense): boolean {
  return particleEnd(f, k, sense) !== -1;
}

/** Prepositions that may stand a short object away from their verb: "shared evidence with the U.S.". */
const DISTANT_PARTICLES = new Set(["with", "to", "from", "against", "on", "at"]);

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

function statementAtCue(f: Frame, k: number, statements: readonly Statement[]): number {
  if (f.spoken.length === 0) return -1;
  if (!f.cueOf) {
    // Built once per sentence: each spoken statement's cue marks its tokens.
    const cueOf = new Int32Array(f.tk.length).fill(-1);
    for (const i of f.spoken) {
      const st = statements[i] as Statement;
      if (!st.speaker || !st.cueSpan) continue;
      for (
        let t = firstTokenAt(f.tk, st.cueSpan[0]);
        t < f.tk.length && (f.tk.starts[t] as number) < st.cueSpan[1];
        t++
      )
        if (cueOf[t] === -1) cueOf[t] = i;
    }
    f.cueOf = cueOf;
  }
  return f.cueOf[k] ?? -1;
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
  if (sense.form === "ing" && (prev === "for" || prev === "of")) return null;
  const group = verbGroup(f, k, lex);
  if (group === "negated" || isHypothetical(f, k, lex)) return null;
  if (group === "modal" && !isReportedModal(f, k)) return null;
  // Passive: "Hamas was criticized by the opposition".
  let passive = false;
  if (sense.form === "past") {
    // "have been heavily criticized by": adverbs inside the verb group too.
    for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
      const l = tk.lower[j] ?? "";
      if (BE.has(l)) {
        passive = true;
        break;
      }
      if (!AUXILIARIES.has(l) && !isAdverb(l)) break;
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
    const subject = subjectOf(f, k);
    if (!subject || subject.firstPerson) return null;
    targets = subject.actors;
    from = subject.start;
    if (tk.lower[afterParticle] === "by") {
      const agent = phraseActorsFrom(f, afterParticle + 1);
      if (!agent) return null;
      sources = agent.actors;
      to = agent.end;
    } else return null;
  } else {
    const cueOf = statementAtCue(f, k, statements);
    const infinitive = tk.lower[k - 1] === "to" && lastSubject !== null && k - lastSubject.at <= 20;
    // "rebuked Hamas and criticized Iran": the second verb shares the first one's subject.
    const coordinated = lastSubject !== null && k - lastSubject.at <= 25 && followsAnd(f, k);
    const subject = infinitive || coordinated ? null : subjectOf(f, k);
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
    } else if (mutualSubject(f, k)) {
      sources = [];
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
      mutualSubject(f, k) &&
      /^(?:the|each)$/.test(tk.lower[afterParticle] ?? "") &&
      RECIPROCALS.has(tk.lower[afterParticle + 1] ?? "")
    ) {
      const pair = f.previousActors(tk.starts[k] as number, 2);
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
    const object =
      phraseActorsFrom(f, afterParticle, sense.particle.length > 0 ? 4 : 3) ??
      (sense.particle.length === 0 &&
      /^(?:to|that)$/.test(tk.lower[afterParticle] ?? "") &&
      COMPLEMENT_TYPES.has(type.type) &&
      // "refused to condemn Hamas" rejects no one: refusing a hostile act is no hostility.
      !(type.type === "reject" && hostileVerbAt(f, afterParticle + 1, lex))
        ? firstActorAhead(f, afterParticle + 1, 8, type.type === "agree")
        : null) ??
      (sense.particle.length === 0 && DATIVE_TYPES.has(type.type)
        ? dativeAfter(f, afterParticle, type.type)
        : null);
    if (object) {
      targets = object.actors;
      to = object.end;
    } else if (
      (type.symmetric || JOINT_TYPES.has(type.type)) &&
      sources.length >= 2 &&
      sense.particle.length === 0
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
  drafts.push({
    sources,
    targets,
    type: finalType,
    from: Math.min(from, k),
    to: Math.max(to, k),
    at: k,
    statement,
    confidence: group === "modal" ? 0.5 : confidence,
    mutual: finalType.symmetric,
  });
  return { actors: sources, at: k, statement, objects: targets, type: finalType.type };
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
    if (l === "no" || l === "without" || l === "lack" || l === "absence" || l === "never" || l === "not")
      return null;
    // "lift the ban on X", "ended its blockade of Y": what is undone is no relation (the verb is the concession).
    if (UNDOING.has(l)) return null;
    if (actorAt(f, j) !== null || isClauseMark(f, j)) break;
  }
  let sources: string[] = [];
  let targets: string[] = [];
  let from = k;
  let to = k + sense.particle.length;
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
      }
      break;
    }
    if (!DETERMINERS.has(l) && !isAdjective(l) && l !== "and") break;
  }
  // After the noun: "with/for/to … Y", "from/by X", "between A and B".
  let sourceAfter = false;
  /** "an allegation by X that …": the agent of a noun whose target is in the clause after it. */
  let sourceBy = false;
  let between: string[] | null = null;
  for (let j = k + 1 + sense.particle.length, hops = 0; j < tk.length && hops < 3; hops++) {
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
    if (NOUN_SOURCE_PREPS.has(l) && sources.length === 0) {
      const p = phraseActorsFrom(f, j + 1);
      if (!p) break;
      sourceAfter = true;
      sourceBy = l === "by";
      sources = p.actors;
      to = p.end;
      j = p.end + 1;
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
  // "Rees-Mogg has won the backing of the DUP", "Obama's speech drew criticism from Republicans": the
  // one who receives the stance is its target, the one after "of/from" its source.
  if (
    verb !== -1 &&
    RECEIVING.has(tk.lower[verb] ?? "") &&
    sources.length === 0 &&
    targets.length > 0 &&
    !between
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
  }
  const governing = tk.lower[verb] ?? "";
  if (
    targets.length === 0 &&
    sourceAfter &&
    STANCE_TYPES.has(type.type) &&
    (PROVOKING.has(governing) || !sourceBy)
  ) {
    // "… brought harsh criticism from the Syrian opposition": the target is what the clause is about.
    const about = clauseFirstActor(f, k);
    if (about && !sources.includes(about.actor)) {
      targets = [about.actor];
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

/** The token of the verb whose object the noun at k heads ("expressed [his] thanks"), or -1. */
function governingVerb(f: Frame, k: number): number {
  // Back over the noun phrase ("his thanks", "harsher words", "a new military") to the first verb-like word.
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    const l = f.tk.lower[j] ?? "";
    if (actorAt(f, j) !== null || isClauseMark(f, j) || l === ",") return -1;
    if (NOUN_TARGET_PREPS.has(l) || PREPOSITIONS.has(l)) return -1;
    if (
      LIGHT_VERBS.has(l) ||
      (AUXILIARIES.has(l) && l !== "to") ||
      (/(?:ed|ing|es)$/.test(l) && !DETERMINERS.has(l))
    )
      return j;
  }
  return -1;
}

/** Verbs that carry a stance noun as their object: "held talks", "gave support", "made an offer". */
const LIGHT_VERBS = new Set([
  "held",
  "hold",
  "holds",
  "made",
  "make",
  "makes",
  "gave",
  "give",
  "gives",
  "took",
  "take",
  "takes",
  "had",
  "have",
  "has",
  "led",
  "lead",
  "leads",
  "won",
  "win",
  "wins",
  "drew",
  "draw",
  "draws",
  "got",
  "get",
  "gets",
  "sent",
  "send",
  "sends",
  "kept",
  "keep",
  "keeps",
  "began",
  "begin",
  "begins",
  "set",
  "sets",
  "put",
  "puts",
  "offer",
  "offers",
  "show",
  "shows",
  "lent",
  "lend",
  "lends",
  "paid",
  "pay",
  "pays",
  "sought",
  "seek",
  "seeks",
  "cast",
  "casts",
  "voice",
  "voices",
  "express",
  "launch",
  "launches",
  "issue",
  "issues",
  "stage",
  "stages",
  "open",
  "opens",
  "bring",
  "brings",
  "brought",
  "face",
  "met",
  "meet",
  "meets",
  "won't",
]);

/** The subject of the verb that governs a noun trigger ("Haniya expressed [his] thanks to …"). */
function subjectBeforeNoun(
  f: Frame,
  k: number,
): { actors: string[]; start: number; firstPerson: boolean } | null {
  const j = governingVerb(f, k);
  return j === -1 ? null : subjectOf(f, j);
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
  if (targets.length === 0 && k > 0 && actorAt(f, k - 1) !== null) {
    const p = phraseActorsEndingAt(f, k - 1);
    if (p) {
      targets = p.actors;
      from = p.start;
      targetBefore = true;
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
    // Back over "a fierce", "once a", "the party's" to a copula or an appositive comma.
    let j = (targetBefore ? from : k) - 1;
    while (
      j >= 0 &&
      k - j <= 6 &&
      actorAt(f, j) === null &&
      (DETERMINERS.has(tk.lower[j] ?? "") ||
        /^(?:once|long|longtime|longstanding|former|vocal|fierce|staunch|strong|loyal|close|key|outspoken|harsh|leading|prominent|frequent|avowed|ardent|big|major|top)$/.test(
          tk.lower[j] ?? "",
        ))
    )
      j--;
    const l = tk.lower[j] ?? "";
    if (BE.has(l) || /^(?:remains?|became|becomes|called|calls)$/.test(l)) {
      const s = subjectOf(f, j);
      if (s && !s.firstPerson) {
        sources = s.actors;
        from = Math.min(from, s.start);
      }
    } else if (l === "," && j > 0 && actorAt(f, j - 1) !== null) {
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
    if (lex.restoreForms.has(l)) kind = "restore";
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
    if (verbGroup(f, where, lex) === "negated" || isHypothetical(f, where, lex)) continue;
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
  if (owner.length === 0 || other.length === 0) return null;
  return { sources: owner, targets: other, from };
}

// ---------------------------------------------------------------------------------------------------
// A speaker's stance inside what they said

function scanStance(f: Frame, lex: RelationLexicon, statements: readonly Statement[], drafts: Draft[]): void {
  const { tk } = f;
  for (let k = 0; k < tk.length; k++) {
    const content = f.contentOf[k] ?? -1;
    if (content === -1 || f.mentionOf[k] !== -1) continue;
    const l = tk.lower[k] ?? "";
    const speaker = (statements[content] as Statement).speaker as string;
    // "Hamas must mend this mistake", "US and British forces must ensure security": a demand on them.
    const bearer = k > 0 && GROUP_NOUNS.has(tk.lower[k - 1] ?? "") ? k - 2 : k - 1;
    if ((l === "must" || l === "should") && bearer >= 0 && actorAt(f, bearer) !== null) {
      const subject = phraseActorsEndingAt(f, bearer);
      const demand = lex.types.get("demand");
      if (subject && demand)
        drafts.push({
          sources: [speaker],
          targets: subject.actors,
          type: demand,
          from: subject.start,
          to: k + 1,
          at: k,
          statement: content,
          confidence: 0.55,
          mutual: false,
        });
      continue;
    }
    const entries = lex.evaluative.get(l);
    if (!entries) continue;
    const entry = entries.find((e) => e.words.every((w, i) => tk.lower[k + i] === w));
    if (!entry) continue;
    const last = k + entry.words.length - 1;
    const negated = verbGroup(f, k, lex) === "negated" && !/^(?:forget|forgive)$/.test(tk.lower[k - 1] ?? "");
    if (negated) continue;
    let target: { actors: string[]; at: number } | null = null;
    // Attributive: "the criminal [Syrian] regime", "our Hamas brothers".
    const next = phraseActorsFrom(f, last + 1, 2);
    if (next && !tk.lower.slice(last + 1, last + 3).some((w) => w === "of" || w === "for"))
      target = { actors: next.actors, at: next.end };
    // Predicative: "X is our enemy", "Anyone who expresses gratitude to Iran … is our enemy".
    if (!target) {
      let j = k - 1;
      while (
        j >= 0 &&
        (DETERMINERS.has(tk.lower[j] ?? "") ||
          POSSESSIVE_PRONOUNS.has(tk.lower[j] ?? "") ||
          /(?:ly|est|er)$/.test(tk.lower[j] ?? "")) &&
        k - j <= 3
      )
        j--;
      if (
        j >= 0 &&
        (BE.has(tk.lower[j] ?? "") ||
          /^(?:remains?|became|becomes|called|calls|labelled|labeled|branded)$/.test(tk.lower[j] ?? ""))
      ) {
        const about = clauseFirstActor(f, j);
        if (about) target = { actors: [about.actor], at: about.at };
        else if (actorAt(f, j + 1) !== null) target = { actors: [actorAt(f, j + 1) as string], at: j + 1 };
      }
    }
    // Nominal: "We will never forget this stab in the back", "this mistake": the nearest actor before.
    const after = tk.lower[last + 1] ?? "";
    const endsPhrase =
      after === "" ||
      !/^[\p{L}]/u.test(after) ||
      CLAUSE_WORDS.has(after) ||
      after === "and" ||
      NOUN_TARGET_PREPS.has(after);
    if (
      !target &&
      endsPhrase &&
      (DETERMINERS.has(tk.lower[k - 1] ?? "") || isPossessive(tk.surface[k - 1] ?? ""))
    ) {
      for (let j = k - 1; j >= 0; j--) {
        const a = actorAt(f, j);
        if (a !== null && a !== speaker) {
          target = { actors: [a], at: j };
          break;
        }
      }
      if (!target) {
        const a = f.earlier(tk.starts[k] as number, content);
        if (a) target = { actors: [a], at: k };
      }
    }
    if (!target) continue;
    const targets = target.actors.filter((a) => a !== speaker);
    if (targets.length === 0) continue;
    const type = lex.types.get(entry.polarity > 0 ? "praise" : "criticize");
    if (!type) continue;
    drafts.push({
      sources: [speaker],
      targets,
      type,
      from: Math.min(target.at, k),
      to: Math.max(last, target.at),
      at: k,
      statement: content,
      confidence: 0.55,
      mutual: false,
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Output

function emit(
  d: Draft,
  f: Frame,
  input: RelationInput,
  out: FoundRelation[],
  seen: Set<string>,
  names: NameRegistry,
): void {
  const { tk } = f;
  const evidence: Span = [tk.starts[d.from] as number, tk.ends[d.to] as number];
  const st = d.statement !== -1 ? (input.statements[d.statement] as Statement) : null;
  const when = resolveRelationDate(clauseText(f, d.at, input.text), input.date);
  const date = when.date ?? (when.period ? null : (st?.date ?? null));
  const pairs: [string, string][] = [];
  for (const s of d.sources) for (const t of d.targets) if (s !== t) pairs.push([s, t]);
  if (d.mutual && d.sources !== d.targets)
    for (const s of d.sources) for (const t of d.targets) if (s !== t) pairs.push([t, s]);
  for (const [source, target] of pairs) {
    // "official", "declaration", "allies": a lower-case word taken for a speaker names no one to relate.
    if (!namesSomeone(input.actors, input.words, source) || !namesSomeone(input.actors, input.words, target))
      continue;
    const key = `${source}\u0000${target}\u0000${d.type.type}\u0000${evidence[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r: FoundRelation = {
      id: `r${out.length + 1}`,
      source,
      target,
      type: d.type.type,
      polarity: d.type.polarity,
      date,
      statement: st ? st.id : null,
      evidence,
      confidence: d.confidence,
    };
    if (when.period) r.period = when.period;
    out.push(r);
    names.use(source);
    names.use(target);
  }
}

function namesSomeone(actors: readonly Actor[], words: SpeakerWords, id: string): boolean {
  const a = actors.find((x) => x.id === id);
  if (!a || a.known || /\p{Lu}/u.test(a.name)) return true;
  void words;
  return !GENERIC_NAMES.has(a.name.toLowerCase());
}

/** Lower-case "actors" that name no one in particular ("a declaration demanding …", "its allies"). */
const GENERIC_NAMES = new Set([
  "declaration",
  "statement",
  "allies",
  "ally",
  "official",
  "officials",
  "fisheries",
  "source",
  "sources",
  "report",
  "reports",
  "analyst",
  "analysts",
  "expert",
  "experts",
  "critics",
  "supporters",
  "residents",
  "witnesses",
  "people",
  "observers",
  "someone",
  "anyone",
  "candidate",
  "spokesman",
  "spokeswoman",
]);

/** The text of the clause around token k, for its date: from the previous clause break to the next. */
function clauseText(f: Frame, k: number, text: string): string {
  const { tk } = f;
  let a = k;
  while (
    a > 0 &&
    !/^[;:]$/.test(tk.surface[a - 1] ?? "") &&
    !(tk.surface[a - 1] === "," && /^(?:which|who|while|but)$/.test(tk.lower[a] ?? ""))
  )
    a--;
  let b = k;
  while (
    b + 1 < tk.length &&
    !/^[;:]$/.test(tk.surface[b + 1] ?? "") &&
    !(tk.surface[b + 1] === "," && /^(?:which|who|while|but)$/.test(tk.lower[b + 2] ?? ""))
  )
    b++;
  return text.slice(tk.starts[a] as number, tk.ends[b] as number);
}
