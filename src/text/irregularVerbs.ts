// Irregular English verb forms (data/irregular-verbs.json): which words are a past tense or a participle
// though they do not end in -ed ("drew", "fled", "written"). One list for every reader that tells a finite
// verb or a participle from a noun or a base form. Loaded once, when the module is first imported.

import { bundledDataPath, readJsonFile, stringArray } from "../data/load.js";
import { DataError } from "../errors.js";

export interface IrregularVerbs {
  /** Past tenses: "drew", "said", "put". */
  pasts: ReadonlySet<string>;
  /** Past participles: "drawn", "said", "put". */
  participles: ReadonlySet<string>;
  /** Forms as often a noun or an adjective in news: "ground", "cost", "hit". */
  nounLike: ReadonlySet<string>;
}

/**
 * Reads entries of the form "lemma/past/participle" (two pasts: "be/was,were/been") and the forms that are
 * as often nouns.
 */
export function parseIrregularVerbs(
  entries: readonly string[],
  file: string,
  nounLike: readonly string[] = [],
): IrregularVerbs {
  const pasts = new Set<string>();
  const participles = new Set<string>();
  entries.forEach((entry, i) => {
    const parts = entry.split("/");
    if (parts.length !== 3 || parts.some((p) => !/^[a-z]+(?:,[a-z]+)*$/.test(p))) {
      throw new DataError(
        "SG_DATA_INVALID",
        `data file ${file}: "verbs"[${i}] is ${JSON.stringify(entry)}; write "lemma/past/participle" in lower case, e.g. "draw/drew/drawn"`,
      );
    }
    for (const p of (parts[1] as string).split(",")) pasts.add(p);
    for (const p of (parts[2] as string).split(",")) participles.add(p);
  });
  nounLike.forEach((form, i) => {
    if (!pasts.has(form) && !participles.has(form)) {
      throw new DataError(
        "SG_DATA_INVALID",
        `data file ${file}: "nounLike"[${i}] is ${JSON.stringify(form)}, which no entry of "verbs" has as its past or participle; add the verb or remove the form`,
      );
    }
  });
  return { pasts, participles, nounLike: new Set(nounLike) };
}

const FILE = "irregular-verbs.json";
const DATA = readJsonFile(bundledDataPath(FILE));
const VERBS = parseIrregularVerbs(
  stringArray(DATA, "verbs", FILE),
  FILE,
  stringArray(DATA, "nounLike", FILE),
);

/**
 * A past tense not in -ed ("drew", "fled", "said"), in lower case as written ("Drew" is a name). Not the
 * forms as often nouns ("ground", "cost", "hit"): see isNounLikeForm.
 */
export function isIrregularPast(word: string): boolean {
  return VERBS.pasts.has(word) && !VERBS.nounLike.has(word);
}

/** A past participle not in -ed ("drawn", "written", "led"), as isIrregularPast. */
export function isIrregularParticiple(word: string): boolean {
  return VERBS.participles.has(word) && !VERBS.nounLike.has(word);
}

/**
 * A past or participle that is as often a noun or an adjective ("the ground invasion", "hit squads"): a
 * verb only where what follows makes it one ("and cut ties with").
 */
export function isNounLikeForm(word: string): boolean {
  return VERBS.nounLike.has(word);
}
