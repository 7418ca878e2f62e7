// Folding keys for names. Two levels:
// - the exact fold: case, diacritics, apostrophes and ayn/hamza marks, dots, hyphens and the article
//   prefixes al-/el- removed ("Na’im Al-Qassim" and "NAIM QASSIM" fold alike);
// - the transliteration key of one folded word, for names written from Arabic or Persian: the first vowel
//   kept as a class (a / i-e / o-u), later vowels and doubled letters dropped, k/q, gh/q, kh, a final h
//   after a vowel ("Hizbullah", "Hezbollah", "Hizballah" → hizbl; "Qassim", "Qassem", "Kassem" → qasm;
//   "Haniya", "Haniyeh", "Hanieh" → han). The first vowel is kept so that Hassan is not Hussein, Oman not
//   Amman, Khamenei not Khomeini.

const foldCache = new Map<string, string>();

/** The exact fold of a whole name, words joined by single spaces. */
export function foldName(name: string): string {
  const hit = foldCache.get(name);
  if (hit !== undefined) return hit;
  const folded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’ʿʾ‘`´]/g, "")
    .replace(/\b(?:al|el)[-\s]+/g, "")
    .replace(/[-–‐]/g, " ")
    .replace(/[^\p{L}\p{N}. ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Bounded: a corpus of unknown names must not grow the cache without limit.
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(name, folded);
  return folded;
}

/** One word of a token, folded; offsets are relative to the token's start. */
export interface FoldedWord {
  /** The exact fold ("qassem"). */
  exact: string;
  /** The transliteration key ("qasm"). */
  key: string;
  start: number;
  end: number;
}

export interface FoldedToken {
  words: FoldedWord[];
  /** "Hamas’s", "the Houthis’": the words stop before the possessive ending. */
  possessive: boolean;
}

const ARTICLES = new Set(["al", "el", "ul"]);

function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2010 || c === 0x2011 || c === 0x2014;
}

const MARKS = /['’‘ʿʾ`´.]/g;

/** Exact fold of one hyphen-free part: lower case, no diacritics, no apostrophes or dots. */
function foldPart(part: string): string {
  let ascii = true;
  for (let i = 0; i < part.length; i++) {
    if (part.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  const s = (ascii ? part : part.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).toLowerCase();
  return s.replace(MARKS, "");
}

const tokenCache = new Map<string, FoldedToken>();
const EMPTY: FoldedToken = { words: [], possessive: false };

/**
 * Folds one token of the tokenizer (a word with inner apostrophes and hyphens, or one punctuation mark)
 * into its words: "Al-Assad" → [assad], "PFLP–GC" → [pflp, gc], "Iranian-backed" → [iranian, backed],
 * "Hamas’s" → [hamas] (possessive). A punctuation mark is a word of its own, dashes folded to "-".
 */
export function foldToken(surface: string): FoldedToken {
  const hit = tokenCache.get(surface);
  if (hit !== undefined) return hit;
  const folded = computeFoldToken(surface);
  if (tokenCache.size > 100_000) tokenCache.clear();
  tokenCache.set(surface, folded);
  return folded;
}

function computeFoldToken(surface: string): FoldedToken {
  if (surface.length === 0) return EMPTY;
  const first = surface.charCodeAt(0);
  if (surface.length === 1 && !/[\p{L}\p{N}]/u.test(surface)) {
    const mark = isDash(first) ? "-" : surface;
    return { words: [{ exact: mark, key: mark, start: 0, end: 1 }], possessive: false };
  }
  let end = surface.length;
  let possessive = false;
  const last = surface.charCodeAt(end - 1);
  const beforeLast = surface.charCodeAt(end - 2);
  if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019) && end > 2) {
    end -= 2;
    possessive = true;
  } else if ((last === 39 || last === 0x2019) && end > 1) {
    end -= 1;
    possessive = true;
  }
  const words: FoldedWord[] = [];
  let partStart = 0;
  let carriedStart = -1;
  for (let i = 0; i <= end; i++) {
    if (i < end && !isDash(surface.charCodeAt(i))) continue;
    if (i > partStart) {
      const exact = foldPart(surface.slice(partStart, i));
      const start = carriedStart === -1 ? partStart : carriedStart;
      carriedStart = -1;
      // "al-Assad": the article belongs to the name's span but not to its key.
      if (ARTICLES.has(exact) && i < end) carriedStart = start;
      else if (exact.length > 0) words.push({ exact, key: wordKey(exact), start, end: i });
    }
    partStart = i + 1;
  }
  return { words, possessive };
}

/**
 * The key a word is matched by: its transliteration key, except for words of up to three letters, which
 * vary little in spelling and would otherwise collide by the hundred ("The" with "Theo", "But" with
 * "Buota").
 */
export function wordKey(exact: string): string {
  // The two kinds of key must not meet: "but" is not the key of "Buota".
  return exact.length < 4 ? exact : `~${translitKey(exact)}`;
}

/** Empties the token cache: after a dictionary is compiled, its aliases' tokens need not stay. */
export function clearFoldCache(): void {
  tokenCache.clear();
  foldCache.clear();
}

/** Folds every token of a name written in a dictionary, in order (see foldToken). */
export function foldWords(tokens: readonly string[]): FoldedWord[] {
  const out: FoldedWord[] = [];
  for (const t of tokens) for (const w of foldToken(t).words) out.push(w);
  return out;
}

let KEY_BUFFER = new Uint16Array(64);

/** The class of a vowel, as a char code: a → a; e, i → i; o, u → u; y only reaches here after a vowel. */
function vowelClass(c: number): number {
  if (c === 97) return 97;
  if (c === 101 || c === 105 || c === 121) return 105;
  return 117;
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/**
 * The transliteration key of one exactly folded word. Words that are not plain Latin letters (digits,
 * other scripts) are their own key.
 */
export function translitKey(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return word;
  }
  // Char codes into a reused buffer, one string at the end: this runs for every alias at start-up.
  if (KEY_BUFFER.length < word.length) KEY_BUFFER = new Uint16Array(word.length * 2);
  const out = KEY_BUFFER;
  let n = 0;
  let prev = 0; // the last consonant written, to drop doubled letters
  let vowelSeen = false;
  let inVowels = false;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    const next = word.charCodeAt(i + 1);
    // y after a vowel is a vowel ("Haniya", "Sayyid"); elsewhere a consonant ("Yahya").
    const vowel = isVowel(c) || (c === 121 && inVowels);
    if (vowel) {
      if (!vowelSeen) out[n++] = vowelClass(c);
      vowelSeen = true;
      inVowels = true;
      prev = 0;
      continue;
    }
    // A final h after a vowel: Haniyeh, Hizbullah.
    if (c === 104 && inVowels && i === word.length - 1) break;
    inVowels = false;
    if (c === 103 && next === 104) {
      c = 113; // gh → q (Ghaani)
      i++;
    } else if (c === 107 && next === 104) {
      c = 120; // kh → x
      i++;
    } else if (c === 112 && next === 104) {
      c = 102; // ph → f
      i++;
    } else if (c === 107) c = 113; // k → q (Kassem)
    if (c === prev) continue;
    out[n++] = c;
    prev = c;
  }
  return String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]);
}
