// The reporting-cue lexicon (data/cues.json) compiled into one map from every inflected form to its
// classes, so that each token is checked with a single lookup. Validated at load: a malformed entry
// fails at start-up naming the file and the entry.

import { bundledDataPath, readJsonFile, stringArray } from "../data/load.js";
import { DataError } from "../errors.js";
import { type CueScanner, compileCueScanner } from "./cueScanner.js";

export type CueClass = "speech" | "thought" | "intent";

export interface CueForm {
  lemma: string;
  /** Bit set of CueClass: speech 1, thought 2, intent 4. */
  classes: number;
  /** "base" | "s" | "past" | "ing" */
  form: "base" | "s" | "past" | "ing";
  /** Reports only with a clause, a quotation, or content before it (data file "needsClause"). */
  needsClause: boolean;
}

export const SPEECH = 1;
export const THOUGHT = 2;
export const INTENT = 4;

export interface CuePhrase {
  words: string[];
  role: "sourceAfter";
}

export interface CueLexicon {
  forms: Map<string, CueForm>;
  phrases: CuePhrase[];
  /** First words of the phrases, for a quick check. */
  phraseStarts: Set<string>;
  /**
   * An exact pre-check before the set lookups: can this lower-cased word be a cue form or a phrase start?
   * False for most tokens (punctuation, digits, words of a length no cue word starting with that letter
   * has), without hashing the string.
   */
  mayStartCue: (lower: string) => boolean;
  particles: Set<string>;
  auxiliaries: Set<string>;
  adverbs: Set<string>;
  /** Finds whether a text range holds any cue word: the attribution stage's pre-filter. */
  scanner: CueScanner;
  /** How particular verbs behave (data file "frames"), by lemma. */
  frames: CueFrames;
  /**
   * Nouns that report what their owner said or means when a clause follows ("Haniya's claim that …",
   * "his pledge to …", "their call for …"), singular and plural, with the words they take after them.
   */
  nominal: Map<string, Set<string>>;
}

export interface CueFrames {
  particles: Map<string, Set<string>>;
  particleRequired: Set<string>;
  passiveReports: Set<string>;
  addressee: Set<string>;
  asking: Set<string>;
  invertible: Set<string>;
  stance: Set<string>;
}

/** "nominal": {"claim": ["that"], "call": ["for", "to"]}: each noun, its plural in -s, and what follows it. */
function loadNominal(json: Record<string, unknown>, file: string): Map<string, Set<string>> {
  const raw = json.nominal;
  const out = new Map<string, Set<string>>();
  if (raw === undefined) return out;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new DataError(
      "SG_DATA_INVALID",
      `data file ${file}: "nominal" must be an object of noun: [words after]`,
    );
  for (const [noun, after] of Object.entries(raw)) {
    if (!Array.isArray(after) || after.some((w) => typeof w !== "string"))
      throw new DataError(
        "SG_DATA_INVALID",
        `data file ${file}: nominal "${noun}" must list the words after it`,
      );
    const words = new Set(after as string[]);
    out.set(noun, words);
    out.set(/(?:s|sh|ch)$/.test(noun) ? `${noun}es` : `${noun}s`, words);
  }
  return out;
}

function loadFrames(json: Record<string, unknown>, file: string): CueFrames {
  const raw = json.frames;
  if (typeof raw !== "object" || raw === null) {
    throw new DataError("SG_DATA_INVALID", `data file ${file}: "frames" must be an object`);
  }
  const frames = raw as Record<string, unknown>;
  const particlesRaw = frames.particles;
  if (typeof particlesRaw !== "object" || particlesRaw === null) {
    throw new DataError("SG_DATA_INVALID", `data file ${file}: "frames.particles" must map lemmas to lists`);
  }
  const particles = new Map<string, Set<string>>();
  for (const lemma of Object.keys(particlesRaw)) {
    particles.set(lemma, new Set(stringArray(particlesRaw, lemma, `${file} (frames.particles)`)));
  }
  const list = (key: string) => new Set(stringArray(frames, key, `${file} (frames)`));
  return {
    particles,
    particleRequired: list("particleRequired"),
    passiveReports: list("passiveReports"),
    addressee: list("addressee"),
    asking: list("asking"),
    invertible: list("invertible"),
    stance: list("stance"),
  };
}

const CLASS_BITS: Record<CueClass, number> = { speech: SPEECH, thought: THOUGHT, intent: INTENT };

/** Regular English inflection of a reporting verb; irregular past forms come from the data file. */
export function inflect(entry: string): { lemma: string; s: string; past: string[]; ing: string } {
  const [lemma = "", pastGiven, participleGiven] = entry.split("/");
  const s = /[^aeiou]y$/.test(lemma)
    ? `${lemma.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z|o)$/.test(lemma)
      ? `${lemma}es`
      : `${lemma}s`;
  const past =
    pastGiven ??
    (/e$/.test(lemma) ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`);
  let ing: string;
  // "admit/admitted" doubles its consonant before -ing too ("admitting"); "add/added" already had two.
  const last = lemma[lemma.length - 1] ?? "";
  if (pastGiven === `${lemma}${last}ed` && /[bcdfghjklmnpqrstvz]/.test(last)) ing = `${lemma}${last}ing`;
  else if (/ie$/.test(lemma)) ing = `${lemma.slice(0, -2)}ying`;
  else if (/[^aeioy]e$/.test(lemma)) ing = `${lemma.slice(0, -1)}ing`;
  else ing = `${lemma}ing`;
  const pasts = participleGiven ? [past, participleGiven] : [past];
  return { lemma, s, past: pasts, ing };
}

let cached: CueLexicon | undefined;

/** Longest word length the shape check tells apart; longer words share the last bit. */
const MAX_SHAPE_LENGTH = 31;

/** Bucket of a word's second (or last) letter: a–z, or 26 for anything else and for a missing letter. */
function letterBucket(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : 26;
}

/**
 * A check that never says no to a word of the list: a bit per word length for each first two letters and
 * for each last letter. A word of the list that does not start with a letter a–z turns the check off (it
 * then says yes to everything).
 */
export function compileShapeCheck(words: Iterable<string>): (word: string) => boolean {
  const byStart = new Uint32Array(26 * 27);
  const byLast = new Uint32Array(27);
  for (const w of words) {
    const first = w.charCodeAt(0) - 97;
    if (!(first >= 0 && first < 26)) return () => true;
    const bit = 1 << Math.min(w.length, MAX_SHAPE_LENGTH);
    const start = first * 27 + letterBucket(w.charCodeAt(1));
    byStart[start] = (byStart[start] as number) | bit;
    const last = letterBucket(w.charCodeAt(w.length - 1));
    byLast[last] = (byLast[last] as number) | bit;
  }
  return (word) => {
    const first = word.charCodeAt(0) - 97;
    if (!(first >= 0 && first < 26)) return false;
    const length = Math.min(word.length, MAX_SHAPE_LENGTH);
    const start = first * 27 + letterBucket(word.charCodeAt(1));
    if ((((byStart[start] as number) >>> length) & 1) === 0) return false;
    return (((byLast[letterBucket(word.charCodeAt(word.length - 1))] as number) >>> length) & 1) === 1;
  };
}

const COMMON = new Set(["in", "the", "of", "as", "by", "to", "a", "an"]);

function rarestWord(words: readonly string[]): string {
  return words.filter((w) => !COMMON.has(w)).sort((a, b) => b.length - a.length)[0] ?? words[0] ?? "";
}

export function loadCueLexicon(file = bundledDataPath("cues.json")): CueLexicon {
  if (cached && file === bundledDataPath("cues.json")) return cached;
  const json = readJsonFile(file) as Record<string, unknown>;
  const forms = new Map<string, CueForm>();
  const add = (word: string, lemma: string, bit: number, form: CueForm["form"]) => {
    const prior = forms.get(word);
    if (prior) prior.classes |= bit;
    else forms.set(word, { lemma, classes: bit, form, needsClause: false });
  };
  for (const cls of Object.keys(CLASS_BITS) as CueClass[]) {
    for (const entry of stringArray(json, cls, file)) {
      if (!/^[a-z][a-z-]*(?:\/[a-z-]+){0,2}$/.test(entry)) {
        throw new DataError(
          "SG_DATA_INVALID",
          `data file ${file}: "${cls}" entry "${entry}" must be lemma[/past[/participle]] in lower case`,
        );
      }
      const bit = CLASS_BITS[cls];
      const f = inflect(entry);
      add(f.lemma, f.lemma, bit, "base");
      add(f.s, f.lemma, bit, "s");
      for (const p of f.past) add(p, f.lemma, bit, "past");
      add(f.ing, f.lemma, bit, "ing");
    }
  }
  const needsClause = new Set(stringArray(json, "needsClause", file));
  for (const f of forms.values()) f.needsClause = needsClause.has(f.lemma);
  const phrasesRaw = json.phrases;
  if (!Array.isArray(phrasesRaw))
    throw new DataError("SG_DATA_INVALID", `data file ${file}: "phrases" must be an array`);
  const phrases: CuePhrase[] = phrasesRaw.map((p, i) => {
    const text = (p as { text?: unknown }).text;
    const role = (p as { role?: unknown }).role;
    if (typeof text !== "string" || role !== "sourceAfter") {
      throw new DataError(
        "SG_DATA_INVALID",
        `data file ${file}: phrases[${i}] needs "text" and role "sourceAfter"`,
      );
    }
    return { words: text.toLowerCase().split(/\s+/), role };
  });
  const phraseStarts = new Set(phrases.map((p) => p.words[0] ?? ""));
  const nominal = loadNominal(json, file);
  const lexicon: CueLexicon = {
    forms,
    phrases,
    phraseStarts,
    mayStartCue: compileShapeCheck([...forms.keys(), ...phraseStarts]),
    particles: new Set(stringArray(json, "particles", file)),
    auxiliaries: new Set(stringArray(json, "auxiliaries", file)),
    adverbs: new Set(stringArray(json, "adverbs", file)),
    // Every verb form and every phrase word: a phrase ("in the words of") has no word it must start with
    // that is rare enough to filter on, so its rarest content word stands for it.
    frames: loadFrames(json, file),
    scanner: compileCueScanner([
      ...forms.keys(),
      ...phrases.map((p) => rarestWord(p.words)),
      ...nominal.keys(),
    ]),
    nominal,
  };
  if (file === bundledDataPath("cues.json")) cached = lexicon;
  return lexicon;
}
