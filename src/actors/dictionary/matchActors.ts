// Finds every dictionary alias in a text in one pass: at each word that starts with a capital (or with
// "al-"/"el-" and a capital), the trie of transliteration keys is walked word by word; the longest alias
// that fits wins. Strict aliases (states, places, demonyms, capitals) must also agree on the exact fold,
// acronyms on case. A capital after "in", "to", "from" … is the city, not its government.

import { isSpaceCode, isWordCode, wordEnd } from "../../text/tokens.js";
import type { ActorDictionary, AliasEntry, AliasKind, DictionaryActor, TrieNode } from "./dictionary.js";
import { foldToken } from "./fold.js";

export interface ActorMatch {
  start: number;
  end: number;
  actor: DictionaryActor;
  kind: AliasKind;
}

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

function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Where an alias may begin: a capital letter, or the article of "al-Qaeda", "el-Sisi". */
const CANDIDATE_START = /\p{Lu}|[ae]l[-‐]\p{Lu}/u;

/** A word that may begin an alias: capitalised, or "al-Qaeda", "el-Sisi". */
function canStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isUpperCode(c)) return true;
  if ((c === 97 || c === 101) && text.charCodeAt(i + 1) === 108) {
    const d = text.charCodeAt(i + 2);
    return (d === 45 || d === 0x2010) && isUpperCode(text.charCodeAt(i + 3));
  }
  return false;
}

/** The next token after `at` on the same line: [start, end), or null. */
function nextToken(text: string, at: number): [number, number] | null {
  let k = at;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || !isSpaceCode(c)) break;
    k++;
  }
  if (k >= text.length) return null;
  const c = text.charCodeAt(k);
  if (c === 10 || c === 13) return null;
  return [k, isWordCode(c) ? wordEnd(text, k) : k + 1];
}

function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 12 && isWordCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

interface Candidate {
  node: TrieNode;
  end: number;
  exact: string;
}

function pick(entries: readonly AliasEntry[], exact: string, surface: string): AliasEntry | null {
  let best: AliasEntry | null = null;
  let bestExact = false;
  let ambiguous = false;
  const upper = surface === surface.toUpperCase();
  for (const e of entries) {
    const isExact = e.exact === exact;
    // Acronyms have no vowels to vary: "ON" is not "UN", "UC" not "OIC". A short one-word name has too
    // little to go on: "Qassim" is not "Qassam".
    if ((e.strict || e.acronym || e.short) && !isExact) continue;
    if (e.acronym && !upper) continue;
    // Exact spelling first, then the later file; two actors tied on both: ambiguous.
    if (best === null || (isExact && !bestExact) || (isExact === bestExact && e.layer > best.layer)) {
      best = e;
      bestExact = isExact;
      ambiguous = false;
    } else if (isExact === bestExact && e.layer === best.layer && e.actor !== best.actor) ambiguous = true;
  }
  return ambiguous ? null : best;
}

/** Every alias occurrence in the text, in order, not overlapping. */
export function matchActors(text: string, dictionary: ActorDictionary): ActorMatch[] {
  const out: ActorMatch[] = [];
  const root = dictionary.root;
  if (root.next === null) return out;
  const n = text.length;
  const candidates: Candidate[] = [];
  // Only capitals and "al-"/"el-" can begin an alias: a regex finds them far faster than a loop over
  // every character, and only there is a word tokenized and folded.
  const starts = new RegExp(CANDIDATE_START.source, "gu");
  let i = 0;
  while (i < n) {
    starts.lastIndex = i;
    const found = starts.exec(text);
    if (found === null) break;
    i = found.index;
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) {
      // Inside a word ("McCain", "iPhone"): go on after it.
      i = wordEnd(text, i, n);
      continue;
    }
    const tokenEnd = wordEnd(text, i, n);
    if (!canStart(text, i)) {
      i = tokenEnd;
      continue;
    }
    // Walk the trie from this word, token after token, while aliases go on.
    candidates.length = 0;
    let node: TrieNode | null = root;
    let exact = "";
    let token: [number, number] | null = [i, tokenEnd];
    walk: while (token !== null && node !== null) {
      const folded = foldToken(text.slice(token[0], token[1]));
      if (folded.words.length === 0) {
        // "al" alone ("Bashar al Assad"): an article between two words of a name.
        if (node === root) break;
      }
      for (const w of folded.words) {
        const child: TrieNode | undefined = node.next?.get(w.key);
        if (child === undefined) break walk;
        node = child;
        exact = exact === "" ? w.exact : `${exact} ${w.exact}`;
        if (node.entries !== null) candidates.push({ node, end: token[0] + w.end, exact });
      }
      // "Hamas’s leaders" ends at the possessive; "People's Republic of China" goes on through it.
      if (node.next === null) break;
      token = nextToken(text, token[1]);
    }
    let matched = false;
    for (let k = candidates.length - 1; k >= 0 && !matched; k--) {
      const cand = candidates[k] as Candidate;
      const entry = pick(cand.node.entries as AliasEntry[], cand.exact, text.slice(i, cand.end));
      if (entry === null) continue;
      if (entry.kind === "capital" && LOCATIVES.has(wordBefore(text, i))) continue;
      out.push({ start: i, end: cand.end, actor: entry.actor, kind: entry.kind });
      i = Math.max(tokenEnd, cand.end);
      matched = true;
    }
    if (!matched) i = tokenEnd;
  }
  return out;
}

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
  if (text.charCodeAt(end - 1) === 46) end--; // "Mr."
  let start = end;
  while (start > 0 && end - start < 20 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  if (word.length === 0 || !isUpperCode(word.charCodeAt(0)) || TITLES.has(word.toLowerCase())) return false;
  let k = start;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const before = k === 0 ? 46 : text.charCodeAt(k - 1);
  // . ! ? : “ " and the start of the text open a sentence.
  return !(
    before === 46 ||
    before === 33 ||
    before === 63 ||
    before === 58 ||
    before === 0x201c ||
    before === 34 ||
    k === 0
  );
}

/**
 * Bare surnames of the dictionary's people that this text names in full ("Na'im Qassim … Qassem said"),
 * before or after the full name. A surname two of them share is left alone. Returns the matches merged
 * with the new ones, in order.
 */
export function addSurnameMatches(text: string, matches: readonly ActorMatch[]): ActorMatch[] {
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
  const n = text.length;
  const starts = new RegExp(CANDIDATE_START.source, "gu");
  let i = 0;
  while (i < n) {
    starts.lastIndex = i;
    const found = starts.exec(text);
    if (found === null) break;
    i = found.index;
    const end = wordEnd(text, i, n);
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) {
      i = end;
      continue;
    }
    while (next < matches.length && (matches[next] as ActorMatch).end <= i)
      out.push(matches[next++] as ActorMatch);
    const inside = next < matches.length && (matches[next] as ActorMatch).start < end;
    if (!inside && canStart(text, i) && !afterOtherName(text, i)) {
      const folded = foldToken(text.slice(i, end));
      const only = folded.words.length === 1 ? folded.words[0] : undefined;
      const actor = only ? bySurname.get(only.key) : undefined;
      if (actor && only) out.push({ start: i, end: i + only.end, actor, kind: "name" });
    }
    i = end;
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
