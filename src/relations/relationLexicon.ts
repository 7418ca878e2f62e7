// The relation lexicon (data/relations.json) compiled for one-lookup-per-token matching: every inflected
// verb form and every noun maps to its senses (type, polarity, the particle it needs), so the relations
// stage checks a token with a single Map.get. Validated at load; a malformed entry fails at start-up
// naming the file and the entry.

import { inflect } from "../attribution/cueLexicon.js";
import {
  type CueScanner,
  compileCueScanner,
  compileWordClasses,
  type WordClassScanner,
} from "../attribution/cueScanner.js";
import { bundledDataPath, readJsonFile, stringArray } from "../data/load.js";
import { DataError } from "../errors.js";

export type Polarity = 1 | 0 | -1;

export interface RelationType {
  type: string;
  polarity: Polarity;
  /** PLOVER event class (docs/relations.md). */
  plover: string;
  /** CAMEO code. */
  cameo: string;
  /** Holds both ways: "A and B met", "A cooperated with B". */
  symmetric: boolean;
}

export interface TriggerSense {
  type: RelationType;
  /** An adjective is read like a verb: its subject on the left, its target after its preposition. */
  pos: "verb" | "noun" | "adjective";
  /** Words that must follow the trigger before its target ("side with", "lash out at"); may be empty. */
  particle: string[];
  /** Verb form; "base" for nouns. */
  form: "base" | "s" | "past" | "ing";
  /** A verb of a symmetric type that holds one way only ("sent a message to" is no consultation back). */
  oneWay?: boolean;
  /** The object holds the stance toward the subject: "the visit angered the opposition", "impressed Iran". */
  reversed?: boolean;
}

export interface EvaluativeWord {
  words: string[];
  polarity: 1 | -1;
}

export interface RelationLexicon {
  types: Map<string, RelationType>;
  /** Lower-cased form → its senses, verbs first. */
  triggers: Map<string, TriggerSense[]>;
  relationNouns: Set<string>;
  /** Every form of a verb that restores a relationship ("revive", "restored", "mending"). */
  restoreForms: Set<string>;
  severForms: Set<string>;
  /** First word → evaluative entries starting with it, longest first. */
  evaluative: Map<string, EvaluativeWord[]>;
  negators: Set<string>;
  refusals: Set<string>;
  hypotheticals: Set<string>;
  modals: Set<string>;
  /** Finds whether a range holds any tone word (the tone fallback's pre-filter). */
  toneScanner: CueScanner;
  /** Nouns for a person by their stance ("critic", "supporter") → the relation type they show. */
  agentNouns: Map<string, RelationType>;
  /** General tone words: +1 or -1 (a speaker's stance toward the one actor a statement names). */
  tone: Map<string, 1 | -1>;
  /** Tone words whose negation says the opposite ("can't be trusted", "is not qualified"). */
  negatedTone: Set<string>;
  /** Every form of a verb of saying that is itself a complaint ("lamented that", "is alleging that"). */
  negativeCues: Set<string>;
  /** Verb forms that trigger only with an actor right after them ("backed Hamas", not "came back"). */
  adjacentOnly: Set<string>;
  /** Does a range of text hold any word that triggers a relation on its own? The stage's pre-filter. */
  scanner: CueScanner;
  /**
   * The triggers that need a particle ("make peace with", "campaign for", "go after"), as a head word and
   * the particle's first word: the pre-filter's second chance, since their heads are common words.
   */
  phraseScanner: PhraseScanner;
  /** The head words of phraseScanner's phrases: a cheap check before the regular expression. */
  weakScanner: CueScanner;
  /** scanner's words (class 1) and weakScanner's (class 2) in one automaton: one pass per sentence. */
  prefilter: WordClassScanner;
}

const VERB_ENTRY = /^[a-z][a-z-]*(?:\/[a-z-]+){0,2}(?: [a-z]+)*$/;
const NOUN_ENTRY = /^[a-zé][a-zé-]*(?: [a-z]+)*$/;

function allForms(lemmaEntry: string): { word: string; form: TriggerSense["form"] }[] {
  const f = inflect(lemmaEntry);
  return [
    { word: f.lemma, form: "base" },
    { word: f.s, form: "s" },
    ...f.past.map((word) => ({ word, form: "past" as const })),
    { word: f.ing, form: "ing" },
  ];
}

function formsOf(lemmas: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lemmas) for (const { word } of allForms(l)) out.add(word);
  return out;
}

function agentNounsOf(
  raw: unknown,
  types: Map<string, RelationType>,
  file: string,
): Map<string, RelationType> {
  const out = new Map<string, RelationType>();
  if (raw === undefined) return out;
  if (typeof raw !== "object" || raw === null)
    throw new DataError(
      "SG_DATA_INVALID",
      `data file ${file}: "agentNouns" must map relation types to lists of nouns`,
    );
  for (const name of Object.keys(raw)) {
    const type = types.get(name);
    if (!type)
      throw new DataError("SG_DATA_INVALID", `data file ${file}: "agentNouns" names unknown type "${name}"`);
    for (const w of stringArray(raw, name, `${file} (agentNouns)`)) out.set(w, type);
  }
  return out;
}

function toneOf(raw: unknown, file: string): Map<string, 1 | -1> {
  if (typeof raw !== "object" || raw === null)
    throw new DataError(
      "SG_DATA_INVALID",
      `data file ${file}: "tone" must have "negative" and "positive" lists`,
    );
  const out = new Map<string, 1 | -1>();
  for (const w of stringArray(raw, "negative", `${file} (tone)`)) out.set(w, -1);
  for (const w of stringArray(raw, "positive", `${file} (tone)`)) out.set(w, 1);
  return out;
}

/** Forms that trigger without a particle. */
function strongForms(triggers: Map<string, TriggerSense[]>): string[] {
  const out: string[] = [];
  for (const [form, senses] of triggers) if (senses.some((s) => s.particle.length === 0)) out.push(form);
  return out;
}

/** Forms that trigger only with a particle. */
function weakForms(triggers: Map<string, TriggerSense[]>): string[] {
  const out: string[] = [];
  for (const [form, senses] of triggers) if (senses.every((s) => s.particle.length > 0)) out.push(form);
  return out;
}

/**
 * Does the text hold a weak head followed within four words by its particle's first word ("made peace
 * with", "campaigned hard for")? Words are the runs of [a-z'’-] in the lower-cased text. A trie walked
 * over the char codes, not a regular expression or split words: this runs on many sentences, and a
 * range of the document is read in place.
 */
export interface PhraseScanner {
  test(text: string): boolean;
  /** test(text.slice(start, end)), without the slice. */
  testRange(text: string, start: number, end: number): boolean;
}

/** Trie symbols: a–z, "-", "'", "’". */
const PHRASE_ALPHABET = 29;

/** A lower-cased char's trie symbol, or -1 for a char that splits words (see phraseSymbol). */
function phraseSymbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c === 45) return 26;
  if (c === 39) return 27;
  if (c === 0x2019) return 28;
  // The only other chars whose lower case holds one of [a-z'’-]: the Kelvin sign ("k") and a dotted
  // capital I ("i" and a combining dot, which then splits the word).
  if (c === 0x212a) return 10;
  if (c === 0x130) return 8;
  return -1;
}

export function phraseScannerOf(triggers: Map<string, TriggerSense[]>): PhraseScanner {
  const particles = new Map<string, Set<string>>();
  for (const [form, senses] of triggers)
    for (const s of senses) {
      if (s.particle.length === 0) continue;
      const set = particles.get(form) ?? new Set<string>();
      set.add(s.particle[0] as string);
      particles.set(form, set);
    }
  // Each particle word gets a bit; each head, the bits of its particles.
  const particleIds = new Map<string, number>();
  for (const set of particles.values())
    for (const p of set) if (!particleIds.has(p)) particleIds.set(p, particleIds.size);
  const maskWords = Math.max(1, Math.ceil(particleIds.size / 32));
  let next = new Int32Array(PHRASE_ALPHABET * 64).fill(-1);
  let headOf = new Int32Array(64).fill(-1);
  let particleOf = new Int32Array(64).fill(-1);
  let states = 1;
  /** The trie state of a word, added if new; -1 for a word with a char outside the alphabet. */
  const insert = (word: string): number => {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const sym = c === 0x212a || c === 0x130 ? -1 : phraseSymbol(c);
      if (sym === -1 || (c >= 65 && c <= 90)) return -1;
      let t = next[s * PHRASE_ALPHABET + sym] as number;
      if (t === -1) {
        if ((states + 1) * PHRASE_ALPHABET > next.length) {
          const grown = new Int32Array(next.length * 2).fill(-1);
          grown.set(next);
          next = grown;
          const h = new Int32Array(headOf.length * 2).fill(-1);
          h.set(headOf);
          headOf = h;
          const p = new Int32Array(particleOf.length * 2).fill(-1);
          p.set(particleOf);
          particleOf = p;
        }
        t = states++;
        next[s * PHRASE_ALPHABET + sym] = t;
      }
      s = t;
    }
    return s;
  };
  const masks: number[] = [];
  for (const [form, set] of particles) {
    const s = insert(form);
    if (s <= 0) continue;
    const head = masks.length / maskWords;
    for (let w = 0; w < maskWords; w++) masks.push(0);
    for (const p of set) {
      const id = particleIds.get(p) as number;
      masks[head * maskWords + (id >> 5)] =
        ((masks[head * maskWords + (id >> 5)] as number) | (1 << (id & 31))) >>> 0;
    }
    headOf[s] = head;
  }
  for (const [p, id] of particleIds) {
    const s = insert(p);
    if (s > 0) particleOf[s] = id;
  }
  const headMasks = Uint32Array.from(masks);
  const heads = headOf;
  const particleIdOf = particleOf;
  const edges = next;
  const follows = (head: number, particle: number): boolean =>
    head !== -1 && ((headMasks[head * maskWords + (particle >> 5)] as number) & (1 << (particle & 31))) !== 0;
  const testRange = (text: string, start: number, end: number): boolean => {
    // The heads of the last four words, nearest first.
    let h1 = -1;
    let h2 = -1;
    let h3 = -1;
    let h4 = -1;
    let s = 0;
    let length = 0;
    for (let i = start; i <= end; i++) {
      const c = i < end ? text.charCodeAt(i) : -1;
      const sym = c === -1 ? -1 : phraseSymbol(c);
      if (sym !== -1) {
        if (s !== -1) s = edges[s * PHRASE_ALPHABET + sym] as number;
        length++;
        // "İ" lower-cases to "i" and a combining dot, which ends the word.
        if (c !== 0x130) continue;
      }
      if (length === 0) continue;
      const head = s > 0 ? (heads[s] as number) : -1;
      const particle = s > 0 ? (particleIdOf[s] as number) : -1;
      if (
        particle !== -1 &&
        (follows(h1, particle) || follows(h2, particle) || follows(h3, particle) || follows(h4, particle))
      )
        return true;
      h4 = h3;
      h3 = h2;
      h2 = h1;
      h1 = head;
      s = 0;
      length = 0;
    }
    return false;
  };
  return { test: (text) => testRange(text, 0, text.length), testRange };
}

let cached: RelationLexicon | undefined;

export function loadRelationLexicon(file = bundledDataPath("relations.json")): RelationLexicon {
  const bundled = file === bundledDataPath("relations.json");
  if (cached && bundled) return cached;
  const json = readJsonFile(file) as Record<string, unknown>;
  const bad = (msg: string): never => {
    throw new DataError("SG_DATA_INVALID", `data file ${file}: ${msg}`);
  };
  if (!Array.isArray(json.types)) bad('"types" must be an array of relation types');
  const types = new Map<string, RelationType>();
  const triggers = new Map<string, TriggerSense[]>();
  const seen = new Map<string, string>();
  const add = (word: string, sense: TriggerSense, entry: string) => {
    const key = `${sense.pos} ${word} ${sense.particle.join(" ")}`;
    const prior = seen.get(key);
    if (prior && prior !== sense.type.type) {
      bad(`"${entry}" is listed under both "${prior}" and "${sense.type.type}"; keep it under one type`);
    }
    seen.set(key, sense.type.type);
    const list = triggers.get(word);
    if (!list) triggers.set(word, [sense]);
    else if (
      !list.some(
        (s) =>
          s.pos === sense.pos &&
          s.type === sense.type &&
          s.form === sense.form &&
          s.particle.join(" ") === sense.particle.join(" "),
      )
    )
      list.push(sense);
  };
  (json.types as unknown[]).forEach((raw, i) => {
    const t = raw as Record<string, unknown>;
    const where = `types[${i}]`;
    if (typeof t.type !== "string" || !/^[a-z_]+$/.test(t.type))
      bad(`${where}.type must be a lower-case name`);
    if (t.polarity !== 1 && t.polarity !== 0 && t.polarity !== -1)
      bad(`${where}.polarity must be 1, 0 or -1`);
    if (typeof t.plover !== "string" || typeof t.cameo !== "string")
      bad(`${where} needs "plover" and "cameo"`);
    if (t.symmetric !== undefined && typeof t.symmetric !== "boolean")
      bad(`${where}.symmetric must be true or false`);
    const type: RelationType = {
      type: t.type as string,
      polarity: t.polarity as Polarity,
      plover: t.plover as string,
      cameo: t.cameo as string,
      symmetric: t.symmetric === true,
    };
    if (types.has(type.type)) bad(`type "${type.type}" is defined twice`);
    types.set(type.type, type);
    for (const entry of stringArray(t, "verbs", `${file} (${where})`)) {
      if (!VERB_ENTRY.test(entry))
        bad(`${where} verb "${entry}" must be lemma[/past[/participle]] [particle …]`);
      const [head = "", ...particle] = entry.split(" ");
      for (const { word, form } of allForms(head)) add(word, { type, pos: "verb", particle, form }, entry);
    }
    for (const entry of t.oneWayVerbs === undefined
      ? []
      : stringArray(t, "oneWayVerbs", `${file} (${where})`)) {
      if (!VERB_ENTRY.test(entry))
        bad(`${where} one-way verb "${entry}" must be lemma[/past[/participle]] [particle …]`);
      const [head = "", ...particle] = entry.split(" ");
      for (const { word, form } of allForms(head))
        add(word, { type, pos: "verb", particle, form, oneWay: true }, entry);
    }
    for (const entry of t.experiencerVerbs === undefined
      ? []
      : stringArray(t, "experiencerVerbs", `${file} (${where})`)) {
      if (!VERB_ENTRY.test(entry) || entry.includes(" "))
        bad(`${where} experiencer verb "${entry}" must be lemma[/past[/participle]]`);
      for (const { word, form } of allForms(entry))
        add(word, { type, pos: "verb", particle: [], form, reversed: true }, entry);
    }
    for (const entry of t.adjectives === undefined
      ? []
      : stringArray(t, "adjectives", `${file} (${where})`)) {
      if (!NOUN_ENTRY.test(entry) || !entry.includes(" "))
        bad(
          `${where} adjective "${entry}" must be a lower-case adjective and its preposition ("critical of")`,
        );
      const [head = "", ...particle] = entry.split(" ");
      add(head, { type, pos: "adjective", particle, form: "base" }, entry);
    }
    for (const entry of stringArray(t, "nouns", `${file} (${where})`)) {
      if (!NOUN_ENTRY.test(entry)) bad(`${where} noun "${entry}" must be a lower-case word [particle …]`);
      const [head = "", ...particle] = entry.split(" ");
      add(head, { type, pos: "noun", particle, form: "base" }, entry);
      // The plural reads the same way ("investigations against", "meetings with").
      const plural = /[^aeiou]y$/.test(head)
        ? `${head.slice(0, -1)}ies`
        : /(?:s|sh|ch|x|z)$/.test(head)
          ? ""
          : `${head}s`;
      if (plural && !seen.has(`noun ${plural} ${particle.join(" ")}`))
        add(plural, { type, pos: "noun", particle, form: "base" }, entry);
    }
  });
  // Verbs before nouns: the token's context decides, but the verb reading is tried first.
  for (const list of triggers.values())
    list.sort((a, b) => (a.pos === b.pos ? 0 : a.pos === "verb" ? -1 : 1));
  const evaluative = new Map<string, EvaluativeWord[]>();
  const ev = json.evaluative as Record<string, unknown> | undefined;
  if (typeof ev !== "object" || ev === null) bad('"evaluative" must have "negative" and "positive" lists');
  for (const [key, polarity] of [
    ["negative", -1],
    ["positive", 1],
  ] as const) {
    for (const entry of stringArray(ev, key, `${file} (evaluative)`)) {
      const words = entry.toLowerCase().split(" ");
      const first = words[0] ?? "";
      const list = evaluative.get(first) ?? [];
      list.push({ words, polarity });
      list.sort((a, b) => b.words.length - a.words.length);
      evaluative.set(first, list);
    }
  }
  const relationNouns = new Set(stringArray(json, "relationNouns", file));
  // "must" and "should" make a speaker's demand ("Hamas must apologize"), see findRelations.
  const strongWords = [
    ...strongForms(triggers),
    ...relationNouns,
    ...evaluative.keys(),
    ...Object.values((json.agentNouns ?? {}) as Record<string, string[]>).flat(),
    "must",
    "should",
    // Verbs that name their object ("branded Nusra a terrorist organization"), see findRelations.
    "called",
    "calls",
    "calling",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "branded",
    "branding",
    "dubbed",
    "described",
    "describes",
    "describing",
    "regards",
    "regarded",
    "considers",
    "considered",
  ];
  const lexicon: RelationLexicon = {
    types,
    triggers,
    relationNouns,
    restoreForms: formsOf(stringArray(json, "restoreVerbs", file)),
    severForms: formsOf(stringArray(json, "severVerbs", file)),
    evaluative,
    negators: new Set(stringArray(json, "negators", file)),
    refusals: new Set(stringArray(json, "refusals", file)),
    hypotheticals: new Set(stringArray(json, "hypotheticals", file)),
    modals: new Set(stringArray(json, "modals", file)),
    adjacentOnly: new Set(stringArray(json, "adjacentOnly", file)),
    tone: toneOf(json.tone, file),
    toneScanner: compileCueScanner(toneOf(json.tone, file).keys()),
    negatedTone: new Set(stringArray(json, "negatedTone", file)),
    negativeCues: formsOf(stringArray(json, "negativeCues", file)),
    agentNouns: agentNounsOf(json.agentNouns, types, file),
    scanner: compileCueScanner(strongWords),
    phraseScanner: phraseScannerOf(triggers),
    weakScanner: compileCueScanner(weakForms(triggers)),
    prefilter: compileWordClasses([strongWords, weakForms(triggers)]),
  };
  if (bundled) cached = lexicon;
  return lexicon;
}
