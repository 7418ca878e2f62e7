// Names no earlier stage made an actor, met in a relation's subject or object ("Bunge teamed up with
// Arasco"): a capitalised run becomes a mention of the actor it names (by name, surname or dictionary
// alias, capitals included) or of a new unknown actor. Also which lower-case "actors" name no one.

import { civilianAfter } from "../actors/civilians.js";
import { isDateRun, isTitle } from "../actors/unknownActors.js";
import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { Actor, Span } from "../contract/extraction.js";
import { MONTHS, WEEKDAYS } from "../text/calendarWords.js";
import { compoundModifier } from "../text/compoundModifiers.js";
import { isCapitalized, withoutFinalDot } from "../text/tokens.js";
import type { Frame, Mention } from "./frame.js";
import type { RelationLexicon } from "./relationLexicon.js";
import { DETERMINERS } from "./words.js";

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
    const had = new Set(a.mentions.map(([s, e]) => `${s}:${e}`));
    const mentions = [...a.mentions, ...more.mentions.filter(([s, e]) => !had.has(`${s}:${e}`))];
    mentions.sort((x, y) => x[0] - y[0]);
    return { ...a, mentions };
  });
  for (const a of extra.values()) out.push(a);
  return out;
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

/** New names' ids by their lower-cased names, across documents: the same names recur in every sentence. */
const SLUGS = new Map<string, string>();

/** The id of a new actor named `key` (lower case): "name-" and its letters and digits. */
function slugFor(key: string): string {
  let id = SLUGS.get(key);
  if (id === undefined) {
    id = `name-${key.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "actor"}`;
    // Bounded like the dictionary cache, so that a stream of new names cannot grow it forever.
    if (SLUGS.size >= 50_000) SLUGS.clear();
    SLUGS.set(key, id);
  }
  return id;
}

export class NameRegistry {
  private byName = new Map<string, string>();
  private bySurname = new Map<string, string | null>();
  private ids = new Set<string>();
  private created = new Map<string, Actor>();
  private pending = new Map<string, Span[]>();
  private spans = new Set<string>();
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
      if (a.type !== "person") continue;
      const words = a.name.split(/\s+/);
      if (words.length >= 2) {
        const last = (words[words.length - 1] ?? "").toLowerCase();
        // Two people with one surname: the surname alone names neither.
        this.bySurname.set(last, this.bySurname.has(last) ? null : a.id);
      }
    }
  }

  /**
   * idFor's answers by the run as written: a name recurs in a document's sentences, and a second call
   * gives what the first gave (the first records its answer under the lower-cased name).
   */
  private byRun = new Map<string, string>();

  /** The actor a name run stands for, creating an unknown actor for a new name. */
  idFor(name: string): string {
    let id = this.byRun.get(name);
    if (id === undefined) {
      id = this.lookUp(name);
      this.byRun.set(name, id);
    }
    return id;
  }

  private lookUp(name: string): string {
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
    let id = slugFor(key);
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

  /** "Palestinian refugees" are of Palestine: an actor this registry made gets that affiliation. */
  affiliate(id: string, of: string): void {
    const a = this.created.get(id);
    if (!a || a.id === of) return;
    if (!a.affiliations.some((f) => f.actor === of)) a.affiliations.push({ actor: of, role: null });
    if (a.type === "unknown") a.type = "group";
  }

  typeOf(id: string): string {
    return (this.created.get(id) ?? this.fromDictionary.get(id))?.type ?? "unknown";
  }

  /** A run's mention, kept if a relation uses its actor. */
  mention(id: string, span: Span): void {
    // (A span read twice, by a sentence's pass and a statement's, is one mention; a set keeps a name
    // repeated 100,000 times in one document linear.)
    const key = `${id} ${span[0]} ${span[1]}`;
    if (this.spans.has(key)) return;
    this.spans.add(key);
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

/** Adjectives that open sentences ("New sanctions …", "Fresh clashes …"); inside a run they may be names ("New York"). */
const OPENING_ADJECTIVES = new Set([
  "new",
  "recent",
  "fresh",
  "further",
  "additional",
  "latest",
  "renewed",
  "heavy",
  "deadly",
]);

/** Sentence openers and other capitalised words that name no one. */
const NOT_NAMES = new Set([
  // "Dozens of Hizbullah fighters attacked …": a quantity opening a sentence is no name.
  "tens",
  "dozens",
  "hundreds",
  "thousands",
  "millions",
  "scores",
  "several",
  "few",
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
  ...MONTHS,
  ...WEEKDAYS,
  // Media and channels written with a capital ("a new Web ad", "on Internet forums"): no one.
  "web",
  "internet",
  "online",
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

/** Plural spans of time, which open a sentence as its time ("Days after …", "Hours later"). */
const TIME_SPANS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|moments)$/;

export function addNameRuns(
  f: Frame,
  text: string,
  names: NameRegistry,
  words: SpeakerWords,
  lex: RelationLexicon,
): void {
  const { tk } = f;
  for (let k = 0; k < tk.length; k++) {
    // (Not a word right after an ampersand that no name took: "M&A-style"; nor a month before its day,
    // "Oct 8", "the Jan. 6 committee".)
    if (f.mentionOf[k] !== -1 || !isCapitalized(tk.surface[k] ?? "") || tk.surface[k - 1] === "&") continue;
    // (Only built when a day or an abbreviation's period follows: most capitalised words have neither.)
    const day = tk.surface[k + 1] === "." ? k + 2 : k + 1;
    if (/^\d/.test(tk.surface[day] ?? "") && isDateRun(`${tk.surface[k]} ${tk.surface[day]}`)) continue;
    // "Russian-backed", "Saudi-led": a modifier, not a name (compounds.ts).
    if (compoundModifier(tk.surface[k] ?? "") !== null) continue;
    let j = k;
    while (
      j + 1 < tk.length &&
      f.mentionOf[j + 1] === -1 &&
      compoundModifier(tk.surface[j + 1] ?? "") === null &&
      (isCapitalized(tk.surface[j + 1] ?? "") ||
        // ("S&P", "JPMorgan Chase & Co": an ampersand between capitalised words.)
        (words.nameParticles.has(tk.lower[j + 1] ?? "") && isCapitalized(tk.surface[j + 2] ?? "")) ||
        // (Between two words no actor took: "Marks & Spencer"; "Iran & Hezbollah" are mentions already.)
        (tk.surface[j + 1] === "&" &&
          f.mentionOf[j + 2] === -1 &&
          /^\p{Lu}\p{L}*$/u.test(tk.surface[j + 2] ?? "")))
    )
      j++;
    let a = k;
    // "The Post" keeps its article; "But Clinton", "President Obama", "Mr. Trump" lose the opener.
    // A title alone is a name ("attacking King"); before a name it is a title ("King Hassan").
    while (
      a <= j &&
      (words.stopWords.has(tk.lower[a] ?? "") ||
        NOT_NAMES.has(withoutFinalDot(tk.lower[a] ?? "")) ||
        (isTitle(tk.surface[a] ?? "") && a < j))
    )
      a++;
    const next = j;
    // "Senate Majority Leader Mitch McConnell": a title before a name already found is no name of its own.
    if (a > j || (f.mentionOf[j + 1] !== -1 && words.roleWords.has(withoutFinalDot(tk.lower[j] ?? "")))) {
      k = next;
      continue;
    }
    // "de Lima", "al-Sultani", "van Rompuy": a lower-case particle before the name is part of it (and keeps
    // "Lima" from reading as Peru's capital).
    if (a === k && a > 0 && f.mentionOf[a - 1] === -1 && words.nameParticles.has(tk.lower[a - 1] ?? "")) a--;
    // A sentence's first word that the lexicons know ("Criticism", "Supporters") is a word, not a name.
    const atStart = a === 0 || OPENERS.has(tk.surface[a - 1] ?? "");
    if (
      atStart &&
      a === j &&
      (lex.triggers.has(tk.lower[a] ?? "") ||
        lex.evaluative.has(tk.lower[a] ?? "") ||
        lex.relationNouns.has(tk.lower[a] ?? "") ||
        lex.agentNouns.has(tk.lower[a] ?? "") ||
        lex.tone.has(tk.lower[a] ?? "") ||
        // "Young Algerians blocked …", "Angry activists": a sentence's first word before a name modifies it.
        f.mentionOf[j + 1] !== -1 ||
        // "New sanctions were imposed …": an adjective alone opening the sentence.
        OPENING_ADJECTIVES.has(tk.lower[a] ?? "") ||
        // "There's no one better than Messi": a contraction opening a clause is no name.
        /^(?:there|here|it|that|what|who|where|let)['’]s$/.test(tk.lower[a] ?? "") ||
        // "Coincidently, President Obama …", "Unsurprisingly, …": a sentence adverb before its comma.
        (/ly$/.test(tk.lower[a] ?? "") && tk.surface[a + 1] === ",") ||
        // "Days after Smith admitted …", "Weeks later": a time before its preposition ("Days Inn" is a name).
        (TIME_SPANS.test(tk.lower[a] ?? "") &&
          /^(?:after|before|later|earlier|ago|into|of)$/.test(tk.lower[a + 1] ?? "")))
    ) {
      k = next;
      continue;
    }
    const start = tk.starts[a] as number;
    let end = tk.ends[j] as number;
    const last = tk.surface[j] ?? "";
    end -= possessiveEnding(last);
    if (end <= start) {
      k = next;
      continue;
    }
    // (One name over a hard-wrapped line's break: "the Syrian⏎National Coalition".)
    const name = text.slice(start, end).replace(/\s+/g, " ");
    // "Free Trade Agreement", "the Gulf", "the Red Sea": documents and places are no actors; nor is a
    // date ("the Hamas attack of October 7").
    if (NOT_ACTOR_HEADS.has(tk.lower[j] ?? "") || isDateRun(name)) {
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
    if (!named || !hasTwoLetters(name)) {
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
  addCivilianGroups(f, text, names);
}

/**
 * "Palestinian refugees held a protest", "Syrian civilians fled": a demonym before a word for people is a
 * group of its own, not the state the demonym names (which would read as the government's act).
 */
function addCivilianGroups(f: Frame, text: string, names: NameRegistry): void {
  const { tk } = f;
  for (let t = 0; t + 1 < tk.length; t++) {
    const m = f.mentionOf[t] ?? -1;
    if (m === -1 || f.mentionOf[t + 1] !== -1) continue;
    const mention = f.mentions[m] as Mention;
    // The demonym alone, as one word: "Palestinian", "Saudi", not "the Palestinian Authority".
    const start = tk.starts[t] as number;
    const end = tk.ends[t + 1] as number;
    if (mention.start !== start || mention.end !== tk.ends[t] || f.typeOf(mention.actor) !== "state")
      continue;
    if (!isCapitalized(tk.surface[t] ?? "") || civilianAfter(text, start, tk.ends[t] as number) !== end)
      continue;
    const id = names.idFor(text.slice(start, end));
    names.affiliate(id, mention.actor);
    const index = f.mentions.length;
    f.mentions.push({ start, end, actor: id });
    f.mentionOf[t] = index;
    f.mentionOf[t + 1] = index;
    names.mention(id, [start, end]);
    t++;
  }
}

/** Marks after which a word opens a sentence or a phrase: quotation marks, brackets, dashes. */
const OPENERS = new Set(["“", '"', "‘", "'", "(", "[", "—", "–"]);

/** How many chars of a possessive ending a word has: 2 for "’s" or "'s", 1 for a final "’" or "'", else 0. */
function possessiveEnding(word: string): number {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return 1;
  if (last === 115 && n >= 2) {
    const before = word.charCodeAt(n - 2);
    if (before === 39 || before === 0x2019) return 2;
  }
  return 0;
}

const TWO_LETTERS = /\p{L}{2}/u;

/** Two letters in a row (any script); two ASCII letters are found without the regular expression. */
function hasTwoLetters(name: string): boolean {
  let run = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) {
      if (++run === 2) return true;
    } else if (name.charCodeAt(i) !== 38) run = 0; // "S&P"
  }
  return TWO_LETTERS.test(name);
}

const ACTOR_INDEX = new WeakMap<readonly Actor[], Map<string, Actor>>();

/** The document's actors by id, built once per actor list (lookups run per relation and per statement). */
export function actorIndex(actors: readonly Actor[]): Map<string, Actor> {
  let index = ACTOR_INDEX.get(actors);
  if (!index) {
    index = new Map(actors.map((a) => [a.id, a]));
    ACTOR_INDEX.set(actors, index);
  }
  return index;
}

export function namesSomeone(actors: readonly Actor[], words: SpeakerWords, id: string): boolean {
  const a = actorIndex(actors).get(id);
  if (!a || a.known || /\p{Lu}/u.test(a.name)) return true;
  void words;
  const name = a.name.toLowerCase();
  if (GENERIC_NAMES.has(name)) return false;
  // "longer" (from "no longer"), "side": a single lower-case word names someone only if it is a kind of
  // actor an analyst would code ("the opposition", "the regime").
  return name.includes(" ") || ACTOR_NOUNS.has(name);
}

const ACTOR_NOUNS = new Set([
  "opposition",
  "regime",
  "government",
  "movement",
  "group",
  "organization",
  "organisation",
  "party",
  "army",
  "militia",
  "coalition",
  "council",
  "administration",
  "authorities",
  "resistance",
  "rebels",
  "militants",
  "protesters",
  "demonstrators",
  "activists",
  "insurgents",
  "police",
  "military",
  "parliament",
  "cabinet",
]);

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
