// Finds every dictionary alias in a text in one pass: at each word that starts with a capital (or with
// "al-"/"el-" and a capital), the trie of transliteration keys is walked word by word; the longest alias
// that fits wins. Strict aliases (states, places, demonyms, capitals) must also agree on the exact fold,
// acronyms on case. A capital after "in", "to", "from" … is the city, not its government.

import { MONTHS, WEEKDAYS } from "../../text/calendarWords.js";
import { isSpaceCode, isWordCode, wordEnd } from "../../text/tokens.js";
import {
  type ActorDictionary,
  type AliasEntry,
  type AliasKind,
  childOf,
  type DictionaryActor,
  LOOSE_MIN_LETTERS,
  OTHER_FIRST,
  type TrieNode,
} from "./dictionary.js";
import { type FoldedToken, type FoldedWord, foldToken } from "./fold.js";
import { foldTokenAt, rootChildOf, tokenEntry } from "./foldedTokens.js";

export interface ActorMatch {
  start: number;
  end: number;
  actor: DictionaryActor;
  kind: AliasKind;
}

/** An alias shaped like a person's name: "Abu Bakar", "Umm …" (not "Hezbollah" before "al-Manar TV"). */
const PERSON_SHAPED = /^(?:Abu|Abou|Umm|Ibn|Bin)[ \u00a0]/;
/** A surname with its particle right after a match: " al-Saadi", " bin Laden". */
const NAME_GOES_ON = /^[ \u00a0]+(?:al|el|bin|ibn)[-‐ ]\p{Lu}/u;

const LOCATIVES = new Set([
  "in",
  "to",
  "from",
  "at",
  "near",
  "into",
  "across",
  "outside",
  "around",
  "visited",
  "via",
]);

/** Per BMP code unit: 0 not yet known, 1 an upper-case letter, 2 not. */
const UPPER = new Uint8Array(65536);

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let k = UPPER[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 1 : 2;
    UPPER[c] = k;
  }
  return k === 1;
}

function isDashCode(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 12 && isWordCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * Whether the words walked (the first `count`) may stand for an alias spelled `exact` although they are
 * spelled otherwise. Each word that differs must be capitalised in the text and at least four letters long
 * on both sides ("Hassan said" is not "Hassan Saeed"); a one-word alias needs eight letters on both sides
 * ("Monday" is not "Monaoeda", "Solomon" not "Soleimani").
 */
function looseFits(text: string, exact: string, count: number): boolean {
  // The alias's words are read in place (split by single spaces), not split into new strings.
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at > exact.length) return false; // fewer words than walked
    let stop = exact.indexOf(" ", at);
    if (stop === -1) stop = exact.length;
    at = stop + 1;
  }
  if (at <= exact.length) return false; // more words than walked
  const minimum = count === 1 ? LOOSE_MIN_LETTERS : 4;
  at = 0;
  for (let k = 0; k < count; k++) {
    let stop = exact.indexOf(" ", at);
    if (stop === -1) stop = exact.length;
    const w = (walked[k] as FoldedWord).exact;
    const length = stop - at;
    const same = w.length === length && exact.startsWith(w, at);
    at = stop + 1;
    if (same) continue;
    if (w.length < minimum || length < minimum) return false;
    if (!isUpperCode(text.charCodeAt(walkedAt[k] as number))) return false;
  }
  return true;
}

/** Whether the first `count` words walked, joined by single spaces, spell `exact`. */
function walkedSpell(exact: string, count: number): boolean {
  let at = 0;
  for (let k = 0; k < count; k++) {
    const w = (walked[k] as FoldedWord).exact;
    if (k > 0) {
      if (exact.charCodeAt(at) !== 32) return false;
      at++;
    }
    if (!exact.startsWith(w, at)) return false;
    at += w.length;
  }
  return at === exact.length;
}

/** Whether text[start, end) is unchanged by upper-casing ("IRGC", "U.S."). */
function writtenInCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const surface = text.slice(start, end);
      return surface === surface.toUpperCase();
    }
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function pick(
  text: string,
  entries: readonly AliasEntry[],
  count: number,
  start: number,
  end: number,
): AliasEntry | null {
  let best: AliasEntry | null = null;
  let bestExact = false;
  let ambiguous = false;
  /** Whether the text is in capitals: -1 not yet known. */
  let upper = -1;
  for (const e of entries) {
    const isExact = walkedSpell(e.exact, count);
    // Acronyms have no vowels to vary: "ON" is not "UN", "UC" not "OIC". A short one-word name has too
    // little to go on: "Qassim" is not "Qassam".
    if ((e.strict || e.acronym || e.short) && !isExact) continue;
    if (e.acronym) {
      if (upper === -1) upper = writtenInCapitals(text, start, end) ? 1 : 0;
      if (upper === 0) continue;
    }
    if (!isExact && !looseFits(text, e.exact, count)) continue;
    // Exact spelling first, then the later file; two actors tied on both: ambiguous.
    if (best === null || (isExact && !bestExact) || (isExact === bestExact && e.layer > best.layer)) {
      best = e;
      bestExact = isExact;
      ambiguous = false;
    } else if (isExact === bestExact && e.layer === best.layer && e.actor !== best.actor) ambiguous = true;
  }
  return ambiguous ? null : best;
}

/**
 * The next place at or after `from` where an alias may begin: a capital at the start of a word, or the
 * article of "al-Qaeda". A loop over char codes: most characters are lower-case letters, skipped at once.
 */
export function nextStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      // "al-Qaeda", "el-Sisi": only an "a" or "e" before "l-" is worth a second look.
      if (
        (c === 97 || c === 101) &&
        text.charCodeAt(i + 1) === 108 &&
        (text.charCodeAt(i + 2) === 45 || text.charCodeAt(i + 2) === 0x2010) &&
        isUpperCode(text.charCodeAt(i + 3)) &&
        (i === 0 || !isWordCode(text.charCodeAt(i - 1)))
      )
        return i;
      continue;
    }
    if (c < 65 || (c > 90 && c < 128)) continue;
    if (c >= 128 && !isUpperCode(c)) continue;
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue; // "McCain"
    return i;
  }
  return -1;
}

/**
 * Where an alias may begin, found by a regex that skips lower-case letters, spaces and the common marks
 * (\u0080–\u00bf and the quotes and dashes \u2010–\u201f hold no capitals) in native code; each hit is
 * then checked as nextStart checks it.
 */
const START_CANDIDATE = /[A-Z\u00c0-\u200f\u2020-\uffff]|[ae]l[-\u2010]/g;

/** Scratch for aliasStarts, grown as needed. */
let startScratch = new Int32Array(1024);
/** The last long text's starts: the actor stage walks the same document's capitals again. */
let memoText = "";
let memoStarts = new Int32Array(0);
/** Texts shorter than this (names looked up one by one) are not remembered. */
const MEMO_MIN_LENGTH = 256;

/**
 * Every place where an alias may begin (see nextStart), in order: nextStart(text, from) is the first of
 * them at or after `from`. The last long text's are remembered, so the dictionary and the unknown-actor
 * passes over one document scan it once.
 */
export function aliasStarts(text: string): Int32Array {
  if (text === memoText) return memoStarts;
  let count = 0;
  START_CANDIDATE.lastIndex = 0;
  while (START_CANDIDATE.test(text)) {
    const after = START_CANDIDATE.lastIndex;
    const c = text.charCodeAt(after - 1);
    let i: number;
    if (c === 45 || c === 0x2010) {
      // "al-Qaeda": the article starts the name when a capital follows; else look again from the "l".
      i = after - 3;
      START_CANDIDATE.lastIndex = i + 1;
      if (!isUpperCode(text.charCodeAt(after))) continue;
    } else {
      i = after - 1;
      if (c >= 128 && !isUpperCode(c)) continue;
    }
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue; // "McCain"
    if (count === startScratch.length) {
      const grown = new Int32Array(count * 2);
      grown.set(startScratch);
      startScratch = grown;
    }
    startScratch[count++] = i;
  }
  const starts = startScratch.slice(0, count);
  if (text.length >= MEMO_MIN_LENGTH) {
    memoText = text;
    memoStarts = starts;
  }
  return starts;
}

/** Reused between calls: the words walked from one start, and the places where an alias ended. */
const walked: FoldedWord[] = [];
/** Where each walked word starts in the text. */
const walkedAt: number[] = [];
const candidateNode: TrieNode[] = [];
const candidateEnd: number[] = [];
const candidateWords: number[] = [];
let walkedCount = 0;
let candidateCount = 0;
/** The capitalised words of the last text matched (start, folded), for the surname pass. */
const firstFolded: FoldedToken[] = [];
const firstStart: number[] = [];
let firstCount = 0;

/** Records the word `w` of the token at `tokenStart` as walked, to `child`; returns `child`. */
function step(child: TrieNode, w: FoldedWord, tokenStart: number): TrieNode {
  walkedAt[walkedCount] = tokenStart + w.start;
  walked[walkedCount++] = w;
  if (child.entries !== null) {
    candidateNode[candidateCount] = child;
    candidateEnd[candidateCount] = tokenStart + w.end;
    candidateWords[candidateCount] = walkedCount;
    candidateCount++;
  }
  return child;
}

/**
 * Whether the token text[start, end) may lead on from a node whose children's words start as `nextFirst`
 * says. Read from its first character alone: a letter a to z folds to itself, unless it may open an
 * article ("al-", "el-", "ul-"), which folding drops; any other character below 128 is a digit or a mark;
 * a character above 127 may fold to a letter ("Élysée"), so it always may.
 */
export function mayGoOn(nextFirst: number, text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 128) return true;
  const lower = c | 32;
  if (lower < 97 || lower > 122) return (nextFirst & OTHER_FIRST) !== 0;
  if ((lower === 97 || lower === 101 || lower === 117) && end - start > 1) {
    // Only a second letter other than "l" rules the article out ("a’l-" folds to "al" too).
    const d = text.charCodeAt(start + 1);
    const second = d | 32;
    if (d >= 128 || second < 97 || second > 122 || second === 108) return true;
  }
  return (nextFirst & (1 << (lower - 97))) !== 0;
}

/**
 * Every alias occurrence in the text, in order, not overlapping; then the bare surnames of the people
 * among them (see addSurnameMatches).
 */
export function matchActors(text: string, dictionary: ActorDictionary): ActorMatch[] {
  const out: ActorMatch[] = [];
  const root = dictionary.root;
  if (root.child === null) return out;
  const n = text.length;
  firstCount = 0;
  const starts = aliasStarts(text);
  for (let si = 0; si < starts.length; ) {
    const i = starts[si] as number;
    const firstEnd = wordEnd(text, i, n);
    // Walk the trie from this word, token after token, while aliases go on.
    walkedCount = 0;
    candidateCount = 0;
    let node: TrieNode = root;
    let tokenStart = i;
    let tokenEnd = firstEnd;
    walk: for (;;) {
      if (node === root) {
        const token = tokenEntry(text, tokenStart, tokenEnd);
        const folded = token.folded;
        // Every capitalised word, for the surname pass.
        firstFolded[firstCount] = folded;
        firstStart[firstCount] = tokenStart;
        firstCount++;
        // "al" alone ("Bashar al Assad") has no words: an article between two words of a name.
        if (token.wordCount === 0) break;
        if (token.wordCount === 1) {
          // The usual case: the token's entry remembers the word's child of the root.
          const child = rootChildOf(token, root, childOf);
          if (child === null) break;
          node = step(child, folded.words[0] as FoldedWord, tokenStart);
        } else
          for (const w of folded.words) {
            const child = childOf(node, w.key);
            if (child === undefined) break walk;
            node = step(child, w, tokenStart);
          }
      } else {
        // Most words after a name cannot go on from it: skipped without being folded.
        if (!mayGoOn(node.nextFirst, text, tokenStart, tokenEnd)) break;
        for (const w of foldTokenAt(text, tokenStart, tokenEnd).words) {
          const child = childOf(node, w.key);
          if (child === undefined) break walk;
          node = step(child, w, tokenStart);
        }
      }
      // "Hamas’s leaders" ends at the possessive; "People's Republic of China" goes on through it.
      if (node.child === null) break;
      // The next token on the same line. "Mohammed Shia' al-Sudani": a hamza written as an apostrophe after
      // the word (not a possessive's, after "s") is part of it; the name goes on after it.
      let k = tokenEnd;
      const ap = text.charCodeAt(k);
      if (
        (ap === 39 || ap === 0x2019) &&
        (text.charCodeAt(k - 1) | 32) !== 115 &&
        isSpaceCode(text.charCodeAt(k + 1))
      )
        k++;
      // Past one line break of hard-wrapped prose ("the Islamic⏎Republic of Iran"), not a blank line.
      let breaks = 0;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === 10) breaks++;
        else if (c !== 13 && !isSpaceCode(c)) break;
        k++;
      }
      if (k >= n || breaks > 1) break;
      const c = text.charCodeAt(k);
      tokenStart = k;
      tokenEnd = isWordCode(c) ? wordEnd(text, k, n) : k + 1;
    }
    let next = firstEnd;
    for (let k = candidateCount - 1; k >= 0; k--) {
      const end = candidateEnd[k] as number;
      const entries = (candidateNode[k] as TrieNode).entries as AliasEntry[];
      const count = candidateWords[k] as number;
      const entry = pick(text, entries, count, i, end);
      if (entry === null) continue;
      if (entry.kind === "capital" && LOCATIVES.has(wordBefore(text, i))) continue;
      // "Asma al-Assad", "Ahmad Khamenei": a one-word alias of a person after another first name is
      // someone else of that family.
      if (entry.actor.type === "person" && count === 1 && afterOtherName(text, i)) continue;
      // "Albert Rivera", "Abdullah Gul": a one-name person's name (Monaco's Albert, Jordan's Abdullah) before
      // a surname is someone else's first name.
      if (
        entry.actor.type === "person" &&
        count === 1 &&
        !entry.actor.name.includes(" ") &&
        GIVEN_NAMES.test(entry.actor.name) &&
        beforeSurname(text, end)
      )
        continue;
      // "Abu Baqir al-Saadi": an organisation's alias that a surname with its particle goes on from is the
      // first part of someone's name (Phoenix's "Abu Bakar" camp).
      if (
        entry.actor.type !== "person" &&
        PERSON_SHAPED.test(text.slice(i, end)) &&
        NAME_GOES_ON.test(text.slice(end, end + 8))
      )
        continue;
      out.push({ start: i, end, actor: entry.actor, kind: entry.kind });
      next = Math.max(firstEnd, end);
      // "Iranian–Saudi talks", "the Hamas-Fatah split", "US-Iran ties": a state or an organisation, a dash
      // and a capital inside one token; the name after the dash is looked up too. Not after a person's
      // name, where the dash joins one name ("Abdul-Malik"), nor in "Cuban-American", which names people.
      if (
        end < firstEnd &&
        entry.actor.type !== "person" &&
        isDashCode(text.charCodeAt(end)) &&
        !/^americans?$/i.test(text.slice(end + 1, firstEnd))
      )
        next = end + 1;
      break;
    }
    while (si < starts.length && (starts[si] as number) < next) si++;
  }
  return addSurnameMatches(text, out);
}

/** Is the word after `end` (on the same line) a capitalised surname, not a day, a month or a title? */
function beforeSurname(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k) !== 32) return false;
  k++;
  if (!isUpperCode(text.charCodeAt(k))) return false;
  let e = k;
  while (e < text.length && isWordCode(text.charCodeAt(e))) e++;
  if (e - k < 2) return false;
  return !NOT_SURNAMES.has(text.slice(k, e).toLowerCase());
}

const NOT_SURNAMES = new Set<string>([
  ...WEEKDAYS,
  ...MONTHS,
  ..."i ii iii iv v government regime era administration bridge tower street airport palace mosque university hospital foundation center centre stadium square dam port".split(
    " ",
  ),
]);

/**
 * One-name rulers whose name is also a common given name ("Albert Rivera", "Abdullah Gul", "Hussein Ibish"):
 * only these are taken for someone's first name before a capitalised word ("Suharto Resigns" is Suharto).
 */
const GIVEN_NAMES =
  /^(?:Albert|Abdullah|Abdallah|Hussein|Husain|Salman|Hamad|Faisal|Fahd|Khalifa|Sultan|Mohammed|Muhammad|Ahmed|Ahmad|Ali|Hassan|Juan|Carlos|Felipe|Philip|Charles|William|Harald|Carl|Gustaf|Willem|Alexander|Frederik|Henri|Hans|Adam|Mohammad|Abdulaziz|Nawaf|Mishal|Sabah|Qaboos|Tamim|Zayed|Haitham)$/;

/** Words that may stand before a bare surname without making it someone else's full name. */
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sheikh",
  "shaykh",
  "sayyed",
  "sayyid",
  "imam",
  "ayatollah",
  "president",
  "general",
  "gen",
  "minister",
  "secretary-general",
  "commander",
  "leader",
  "king",
  "prince",
  "emir",
  "colonel",
  "brigadier",
  "chairman",
  "premier",
  "speaker",
  "spokesman",
]);

/**
 * "Hussein Nasrallah": a capitalised word right before makes the surname part of another name, unless it
 * is a title or opens the sentence ("Later Qassem added"; a sentence that opens with another full name
 * is the price of that).
 */
function afterOtherName(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end === at) return false;
  // "Mr." is a title; any other word with a full stop ends a sentence ("met Aoun. Qassem said").
  const dotted = text.charCodeAt(end - 1) === 46;
  if (dotted) end--;
  let start = end;
  while (start > 0 && end - start < 20 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  if (dotted) return false;
  if (word.length === 0 || !isUpperCode(word.charCodeAt(0)) || TITLES.has(word.toLowerCase())) return false;
  let k = start;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const before = k === 0 ? 46 : text.charCodeAt(k - 1);
  // . ! ? : “ " and the start of the text open a sentence: there a capitalised word is a name only when
  // it is no word that opens sentences ("Asma al-Assad said", but "Meanwhile Assad said").
  const opensSentence =
    before === 46 ||
    before === 33 ||
    before === 63 ||
    before === 58 ||
    before === 0x201c ||
    before === 34 ||
    k === 0;
  return !opensSentence || !SENTENCE_OPENERS.has(word.toLowerCase());
}

/** Capitalised words that open sentences before a bare surname, which then is the surname alone. */
const SENTENCE_OPENERS = new Set(
  "the a an but and or so yet still then when while whereas if as after before since until although though because meanwhile however moreover indeed instead also even now today yesterday tonight later earlier there here this that these those in on at for with by from of to under over during despite amid without according last next first second third finally thus hence nevertheless nonetheless besides perhaps maybe only once since unlike like where why how what which who whom whose mr mrs ms dr president sheikh".split(
    " ",
  ),
);

/**
 * Bare surnames of the dictionary's people that this text names in full ("Na'im Qassim … Qassem said"),
 * before or after the full name, among the capitalised words matchActors recorded. A surname two of them
 * share is left alone. Returns the matches merged
 * with the new ones, in order.
 */
function addSurnameMatches(text: string, matches: readonly ActorMatch[]): ActorMatch[] {
  const bySurname = new Map<string, DictionaryActor | null>();
  for (const m of matches) {
    if (m.actor.type !== "person" || m.kind !== "name") continue;
    // The last token of a name of several: a one-word name is matched as it is already.
    let last = m.end;
    while (last > m.start && !isSpaceCode(text.charCodeAt(last - 1))) last--;
    if (last === m.start) continue;
    const key = foldToken(text.slice(last, m.end)).words.at(-1)?.key;
    if (key === undefined) continue;
    const seen = bySurname.get(key);
    bySurname.set(key, seen === undefined || seen === m.actor ? m.actor : null);
  }
  if (bySurname.size === 0) return [...matches];
  const out: ActorMatch[] = [];
  let next = 0;
  for (let w = 0; w < firstCount; w++) {
    const i = firstStart[w] as number;
    const folded = firstFolded[w] as FoldedToken;
    while (next < matches.length && (matches[next] as ActorMatch).end <= i)
      out.push(matches[next++] as ActorMatch);
    const inside = next < matches.length && (matches[next] as ActorMatch).start <= i;
    if (inside) continue;
    const only = folded.words.length === 1 ? folded.words[0] : undefined;
    const actor = only ? bySurname.get(only.key) : undefined;
    if (actor && only && !afterOtherName(text, i))
      out.push({ start: i, end: i + only.end, actor, kind: "name" });
  }
  while (next < matches.length) out.push(matches[next++] as ActorMatch);
  return out;
}

/** The dictionary actor that a whole name is an alias of ("Hamas", "Naim Qassem"), or null. */
export function actorNamed(name: string, dictionary: ActorDictionary): DictionaryActor | null {
  const ms = matchActors(name, dictionary);
  const m = ms.length === 1 ? ms[0] : undefined;
  return m && m.start === 0 && m.end === name.length && m.kind === "name" ? m.actor : null;
}
