// Which language a document is in, so that ingest extracts English and stores the rest. A linear count
// of English function words settles almost every English text at once; only the others go to franc
// (trigram profiles), on a short sample, since franc on whole texts would cost more than extraction.

import { franc } from "franc-min";

/** Code for "too short or too mixed to tell" (franc's own). */
export const UNDETERMINED = "und";

const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and to in a is that for on it with as was he said by at from his be are have has this not but were which an they their its or will who had been we would".split(
    " ",
  ),
);

const SAMPLE_CHARS = 3000;
const FRANC_CHARS = 1000;

/** ISO 639-3 code of the text's language ("eng", "fra", "arb"), or "und". */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return UNDETERMINED;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  // Running English prose has about 40% of its words in this list; 20% leaves room for headlines,
  // lists and names, and no other language reaches it.
  if (words.length >= 12 && hits / words.length >= 0.2) return "eng";
  // A wire brief or a headline in Latin letters ("Ismail Haniyeh said on May 28 that Hamas thanked Iran.")
  // is too short for franc's trigrams, which take transliterated names for Tagalog or Hausa. English
  // function words, and more of them than of other languages', make it English; none of either leaves
  // it undetermined (both are extracted); only other languages' words send it to franc.
  if (words.length < SHORT_WORDS && isLatin(words)) {
    let foreign = 0;
    for (const w of words) if (OTHER_FUNCTION_WORDS.has(w)) foreign++;
    if (hits > foreign && hits >= words.length * 0.1) return "eng";
    if (foreign === 0) return UNDETERMINED;
  }
  return franc(sample.slice(0, FRANC_CHARS), { minLength: 10 });
}

/**
 * Function words of the other languages in Latin letters that news comes in (French, Spanish, German, …);
 * not those that transliterated names hold ("Isma'il", "el-Sisi", "Di Maio").
 */
const OTHER_FUNCTION_WORDS = new Set(
  "le la les des du et est une un dans pour sur avec que qui pas der die das und ist nicht ein eine mit von zu den los las y es en del por con que una che per non della och att det är em os das não uma".split(
    " ",
  ),
);

/** Below this many words a Latin-script text is not sent to franc. */
const SHORT_WORDS = 40;

/** Are the words (nearly) all in Latin letters? Arabic, Persian, Hebrew or Cyrillic text goes to franc. */
function isLatin(words: readonly string[]): boolean {
  let latin = 0;
  for (const w of words) if (/^[a-z\u00c0-\u024f]+$/.test(w)) latin++;
  return latin >= words.length * 0.9;
}

/** True when the engine should read it: English, or too short to tell (a headline, a wire brief). */
export function isExtractable(language: string): boolean {
  return language === "eng" || language === UNDETERMINED;
}
