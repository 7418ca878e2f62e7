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
}

/** Reads entries of the form "lemma/past/participle" (two pasts: "be/was,were/been"). */
export function parseIrregularVerbs(entries: readonly string[], file: string): IrregularVerbs {
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
  return { pasts, participles };
}

const FILE = "irregular-verbs.json";
const VERBS = parseIrregularVerbs(stringArray(readJsonFile(bundledDataPath(FILE)), "verbs", FILE), FILE);

/** A past tense not in -ed ("drew", "fled", "said"), lower case as written. */
export function isIrregularPast(word: string): boolean {
  return VERBS.pasts.has(word);
}

/** A past participle not in -ed ("drawn", "written", "led"), lower case as written. */
export function isIrregularParticiple(word: string): boolean {
  return VERBS.participles.has(word);
}
