// Actors the dictionary does not know and no speaker phrase introduced: runs of capitalised words that
// their own shape or their context types — an organisation head ("… Movement", "Division 20"), a media
// name ("Almarkazia.com", "the daily Al-Akhbar"), a person's name particle, first name or title
// ("Abu Ahmad Fuad", "Sheikh Jaber al-Mubarak"). A run with no such sign is left alone: a capitalised
// phrase alone is as often a place, an event or a sentence opening as an actor.

import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { ActorType, Span } from "../contract/extraction.js";
import { isSpaceCode, withoutFinalDot, wordEnd } from "../text/tokens.js";
import { aliasStarts } from "./dictionary/matchActors.js";
import { isOrgHead } from "./orgHeads.js";
import { MEDIA_NOUNS } from "./speakerActors.js";

export { ampersandJoins, isOrgHead } from "./orgHeads.js";

export interface UnknownMention {
  name: string;
  type: ActorType;
  span: Span;
}

const MEDIA_HEAD = /^(?:News|TV|Television|Radio|Times|Post|Daily|Journal|Gazette|Herald|Agency|Channel)$/;
const DOMAIN = /\.(?:com|net|org|info|tv|ir|lb|sy|ps|il|tr|iq|news)$/i;
const LINKS = new Set([
  "of",
  "for",
  "the",
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "abu",
  "umm",
  "de",
  "van",
  "von",
]);
const OPENINGS = new Set([
  "the",
  "a",
  "an",
  "of",
  "for",
  "but",
  "and",
  "in",
  "on",
  "at",
  "as",
  "if",
  "when",
  "while",
]);
const PARTICLE = /^(?:al|el)[-‐]|^(?:bin|ibn|bint|Abu|Umm|Abou)$/;

/**
 * A run of capitalised words (with "of", "al-", "bin" … inside, a number after an organisation head)
 * and the lower-case word before it. One regex pass over the text.
 */
// ("S&P", "AT&T", "A&B Movement": an ampersand inside a word.)
const RUN =
  /(?:(?:al|el)[-‐])?\p{Lu}(?:[\p{L}\p{N}\p{M}'’-]|\.(?=\p{L})|&(?=\p{Lu}))*(?:[ \u00a0]+(?:(?:of|for|the|bin|ibn|bint|Abu|Umm|de|van|von)[ \u00a0]+)?(?:(?:al|el)[-‐])?(?:\p{Lu}(?:[\p{L}\p{N}\p{M}'’-]|\.(?=\p{L})|&(?=\p{Lu}))*|\d+))*/uy;

/**
 * The last part of a run that a name may hold: a possessive ends it ("Donald Trump’s Christian faith",
 * "Hizbullah’s Secretary-General Hassan Nasrallah"), unless an organisation's head follows ("St. Mary’s
 * College").
 */
function possessiveEnd(parts: readonly string[]): number {
  const last = parts.length - 1;
  for (let k = 0; k < last; k += 2) {
    // "Hizbullah’s", "Hamas'"; not a hamza written as an apostrophe ("Mohammed Shia' al-Sudani").
    if (!/(?:['’]s|s['’])$/i.test(parts[k] as string) || (parts[k] as string).length < 3) continue;
    for (let j = k + 2; j <= last; j += 2)
      if (isOrgHead((parts[j] as string).replace(/[.,’']+$/, ""))) return last;
    return k;
  }
  return last;
}

/** The lower-cased word before `at` on the same line ("" at a line start: a title above is no context). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) {
    const c = text.charCodeAt(end - 1);
    if (c === 10 || c === 13) return "";
    end--;
  }
  let start = end;
  while (start > 0 && end - start < 20 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** Whether text[start, end) holds a full stop. */
function hasDot(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** Per UTF-16 code unit: 0 not yet known, 1 a letter (\p{L}), 2 not (a lone surrogate half is not). */
const LETTER = new Uint8Array(65536);

/** /\p{L}/u on one code unit, remembered: wordBefore runs at every capitalised word of a text. */
function isLetterCode(c: number): boolean {
  let k = LETTER[c];
  if (k === 0) {
    k = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = k;
  }
  return k === 1;
}

const LOCATIVES = new Set([
  "in",
  "at",
  "near",
  "through",
  "across",
  "from",
  "to",
  "into",
  "off",
  "around",
  "via",
]);

const PLACE_NOUNS = new Set([
  "strait",
  "sea",
  "gulf",
  "river",
  "province",
  "governorate",
  "camp",
  "crossing",
  "neighbourhood",
  "neighborhood",
  "district",
  "city",
  "town",
  "village",
  "area",
  "region",
  "valley",
  "mountain",
  "mountains",
  "border",
  "port",
  "airport",
  "square",
  "street",
  "road",
  "bridge",
  "refinery",
  "base",
  "island",
  "islands",
  "desert",
  "plain",
  "heights",
  "coast",
  "peninsula",
  "canal",
]);

const LINK_AHEAD = /^(?:of|for|the|bin|ibn|bint|Abu|Umm|de|van|von)[ \u00a0]|^(?:al|el)[-‐]/;

/** "S&P", "A&B": an ampersand right after a word and a capital after it. */
function ampersandAt(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 38) return false;
  const c = text.charCodeAt(end + 1);
  return c >= 65 && c <= 90;
}

/** Whether the word ending at `end` is followed by more of a run: a capital, a number or a link word. */
function continuesRun(text: string, end: number): boolean {
  const s = text.charCodeAt(end);
  if (s !== 32 && s !== 0xa0) return false;
  const c = text.charCodeAt(end + 1);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (c >= 128) return text[end + 1] !== text[end + 1]?.toLowerCase();
  if (
    c === 111 ||
    c === 102 ||
    c === 116 ||
    c === 98 ||
    c === 105 ||
    c === 100 ||
    c === 118 ||
    c === 97 ||
    c === 101
  )
    return LINK_AHEAD.test(text.slice(end + 1, end + 6));
  return false;
}

/**
 * PLACE_NOUNS.has of the lower-case word after the spaces at `end`, read within 20 characters as
 * /^[ \u00a0]+(\p{Ll}+)/u on text.slice(end, end + 20) reads it; in place for the usual ASCII word.
 */
function placeNounAfter(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 20);
  let i = end;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  if (i === end) return false;
  const wordStart = i;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return PLACE_NOUNS.has(PLACE_NOUN_AFTER.exec(text.slice(end, end + 20))?.[1] ?? "");
    if (c < 97 || c > 122) break;
  }
  return i > wordStart && PLACE_NOUNS.has(text.slice(wordStart, i));
}
const PLACE_NOUN_AFTER = /^[ \u00a0]+(\p{Ll}+)/u;

/** The lengths of the media nouns, as bits: most words before a capital cannot be one, and are not cut out. */
const MEDIA_NOUN_LENGTHS = [...MEDIA_NOUNS].reduce(
  (bits, w) => (w.length < 31 ? bits | (1 << w.length) : -1),
  0,
);

/** MEDIA_NOUNS.has(wordBefore(text, at)), without cutting out a word whose length no media noun has. */
function mediaNounBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!isSpaceCode(c)) break;
    if (c === 10 || c === 13) return MEDIA_NOUNS.has("");
    end--;
  }
  let start = end;
  while (start > 0 && end - start < 20) {
    const c = text.charCodeAt(start - 1);
    // Beyond ASCII, letters and lower-casing are Unicode's: the long way.
    if (c >= 128) return MEDIA_NOUNS.has(wordBefore(text, at));
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    start--;
  }
  // An ASCII word keeps its length when lower-cased.
  if ((MEDIA_NOUN_LENGTHS & (1 << (end - start))) === 0) return false;
  return MEDIA_NOUNS.has(text.slice(start, end).toLowerCase());
}

/** "The", "But", "In": a capitalised word that opens a sentence, not a name. */
function isOpening(word: string, sw: SpeakerWords): boolean {
  const w = word.toLowerCase();
  return sw.determiners.has(w) || sw.stopWords.has(w) || OPENINGS.has(w);
}

/**
 * Titles written before a person's name. A closed list: the role words of speaker phrases include
 * adjectives ("presidential", "foreign") that would make "the Presidential Vacuum" a person.
 */
const TITLES = new Set([
  "president",
  "sheikh",
  "shaykh",
  "sayyed",
  "sayyid",
  "general",
  "gen",
  "minister",
  "king",
  "queen",
  "prince",
  "princess",
  "emir",
  "imam",
  "ayatollah",
  "mufti",
  "dr",
  "mr",
  "mrs",
  "ms",
  "colonel",
  "col",
  "brigadier",
  "commander",
  "senator",
  "sen",
  "sens",
  "rep",
  "reps",
  "gov",
  "governor",
  "judge",
  "lieutenant",
  "lt",
  "major",
  "captain",
  "hajj",
  "sultan",
  "patriarch",
  "cardinal",
  "rabbi",
  "ambassador",
  "mayor",
  "premier",
  "chancellor",
]);

/** "October 7", "Sept. 11": a month and a day, no actor. */
export function isDateRun(name: string): boolean {
  return DATE_RUN.test(name);
}
const DATE_RUN = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/;

export function isTitle(word: string): boolean {
  // Called for every capitalised word of the sentences the relations stage reads: no regex.
  return TITLES.has(withoutFinalDot(word.toLowerCase()));
}

/** The type a run's shape or context gives it, or null. */
function typeOf(words: readonly string[], before: string, sw: SpeakerWords): ActorType | null {
  const last = (words[words.length - 1] ?? "").replace(/[.,’']+$/, "");
  const first = (words[0] ?? "").toLowerCase();
  if (DOMAIN.test(last)) return "media";
  if (MEDIA_NOUNS.has(before)) return "media";
  if (words.length < 2) return null;
  if (isOrgHead(last) || (/^\d+$/.test(last) && isOrgHead(words[words.length - 2] ?? "")))
    return "organization";
  if (MEDIA_HEAD.test(last)) return "media";
  if (words.some(isOrgHead)) return "organization";
  // "Abu Ahmad Fuad" is a person, but "through Bab al-Mandab" a place.
  if (words.some((w) => PARTICLE.test(w))) return LOCATIVES.has(before) ? null : "person";
  if (sw.maleFirstNames.has(first) || sw.femaleFirstNames.has(first)) return "person";
  if (
    !sw.determiners.has(before) &&
    (sw.roleWords.has(before) || sw.maleWords.has(before) || sw.femaleWords.has(before))
  )
    return "person";
  return null;
}

/**
 * Unknown actors' mentions outside `covered` (sorted, not overlapping: dictionary matches and the
 * mentions speaker phrases already gave).
 */
export function findUnknownActors(
  text: string,
  covered: readonly Span[],
  sw: SpeakerWords,
): UnknownMention[] {
  const out: UnknownMention[] = [];
  let c = 0;
  // The places where a capitalised word starts, as the dictionary matcher found them (one scan per
  // document); `nextStart(from)` is the first at or after `from`, and `from` only grows.
  const starts = aliasStarts(text);
  let si = 0;
  const nextStart = (from: number): number => {
    while (si < starts.length && (starts[si] as number) < from) si++;
    return si < starts.length ? (starts[si] as number) : -1;
  };
  // A sticky regex tried only where a capitalised word starts: scanning the whole text with it would
  // cost more than all the rest of the actor stage.
  for (let at = nextStart(0); at !== -1; ) {
    // Inside another actor's mention: go on after it.
    while (c < covered.length && (covered[c] as Span)[1] <= at) c++;
    if (c < covered.length && (covered[c] as Span)[0] <= at) {
      at = nextStart((covered[c] as Span)[1]);
      continue;
    }
    // Most capitalised words stand alone ("The", "But", "Clinton"): then only a media sign can make them
    // an actor, and the run regex need not be tried.
    const wordStop = wordEnd(text, at);
    if (!continuesRun(text, wordStop) && !ampersandAt(text, wordStop)) {
      // Only a word with a dot in it can be a domain name: most words are never cut out of the text.
      if (
        (hasDot(text, at, wordStop) && DOMAIN.test(text.slice(at, wordStop))) ||
        mediaNounBefore(text, at)
      ) {
        const name = text.slice(at, wordStop).replace(/(?:['’]s?|[.,])$/, "");
        out.push({ name, type: "media", span: [at, at + name.length] });
      }
      at = nextStart(wordStop);
      continue;
    }
    RUN.lastIndex = at;
    const m = RUN.exec(text);
    if (m === null) {
      at = nextStart(at + 1);
      continue;
    }
    // parts: word, spaces, word, spaces, … ; a leading "The" or "But" and trailing links are cut off.
    const parts = m[0].split(/([ \u00a0]+)/);
    let first = 0;
    let last = possessiveEnd(parts);
    let runLength = 0;
    for (let k = 0; k <= last + 1 && k < parts.length; k++) runLength += (parts[k] as string).length;
    at = nextStart(at + Math.max(1, runLength));
    while (first < last && isOpening(parts[first] as string, sw)) first += 2;
    // "Sheikh Jaber al-Mubarak", "President X": the title says a person, the name is what follows; but
    // "General Command" is an organisation's name.
    let titled = false;
    if (!isOrgHead((parts[last] as string).replace(/[.,’']+$/, "")))
      while (first < last && isTitle(parts[first] as string)) {
        first += 2;
        titled = true;
      }
    while (last > first && LINKS.has((parts[last] as string).toLowerCase())) last -= 2;
    let start = m.index;
    for (let k = 0; k < first; k++) start += (parts[k] as string).length;
    let end = start;
    for (let k = first; k <= last; k++) end += (parts[k] as string).length;
    // Without a final "’s", "'", "." or "," (as /(?:['’]s?|[.,])$/ cuts it); the name is cut out of the
    // text only once the checks below let it through.
    const lastCode = text.charCodeAt(end - 1);
    const beforeLast = end - 2 >= start ? text.charCodeAt(end - 2) : -1;
    if (lastCode === 115 && (beforeLast === 39 || beforeLast === 0x2019)) end -= 2;
    else if (lastCode === 39 || lastCode === 0x2019 || lastCode === 46 || lastCode === 44) end -= 1;
    if (end === start) continue;
    while (c < covered.length && (covered[c] as Span)[1] <= start) c++;
    if (c < covered.length && (covered[c] as Span)[0] < end) continue;
    // "the Bab al-Mandab strait", "the Yarmouk camp": a place, whatever its words.
    if (placeNounAfter(text, end)) continue;
    const name = text.slice(start, end);
    if (isDateRun(name)) continue;
    const type = titled ? "person" : typeOf(name.split(/[ \u00a0]+/), wordBefore(text, start), sw);
    if (type === null) continue;
    out.push({ name, type, span: [start, end] });
  }
  return out;
}
