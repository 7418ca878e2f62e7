// A flat tokenizer for one range of a text: words (with inner apostrophes, hyphens and dashes, so that
// "Na'im", "Al-Assad", "PFLP–GC" and "secretary-general" stay whole; "U.S." and "Almarkazia.com" too) and
// single punctuation marks. Tokens are offsets into the original text plus surface and lower-cased
// forms; a hand-written scanner over char codes, since this is the engine's hottest loop.

export interface Tokens {
  /** Start offsets (UTF-16) into the text. */
  starts: number[];
  /** End offsets, exclusive. */
  ends: number[];
  /** Lower-cased surface forms. */
  lower: string[];
  /** The surface forms as written. */
  surface: string[];
  length: number;
}

/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const WORD_CHAR = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = WORD_CHAR[c];
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR[c] = k;
  }
  return k === 1;
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 13 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/** Joiners allowed inside a word when a letter or digit follows: ' ’ - – ‐ */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2013 || c === 0x2010;
}

const DOMAIN = /^(?:com|net|org|info|tv|ir|lb|sy|ps|il|tr|iq|uk|de|fr|ru|news)$/;

/**
 * The end of the word token that starts at `i` (a letter or digit): inner apostrophes and hyphens,
 * "al-'Askari", dotted abbreviations ("U.S.") and domain names ("Almarkazia.com") stay inside.
 */
export function wordEnd(text: string, i: number, end = text.length): number {
  let j = i + 1;
  while (j < end) {
    const d = text.charCodeAt(j);
    if (isWordCode(d)) j++;
    // "3,000", "1,000,000": a thousands separator between digits is no comma of the sentence.
    else if (d === 44 && isThousands(text, i, j, end)) j += 4;
    else if (isJoiner(d) && j + 1 < end && isWordCode(text.charCodeAt(j + 1))) j += 2;
    // "FranÃÂ§ois", "RaÃÂºl": UTF-8 read as Latin-1 leaves a symbol after "Ã" or "Â" inside the word.
    else if (isMojibakeTail(d) && isMojibakeLead(text.charCodeAt(j - 1))) j++;
    // "al-'Askari": an ayn after the article's hyphen stays inside the name.
    else if (
      d === 45 &&
      j + 2 < end &&
      (text.charCodeAt(j + 1) === 39 || text.charCodeAt(j + 1) === 0x2019) &&
      isWordCode(text.charCodeAt(j + 2))
    )
      j += 3;
    else break;
  }
  // "U.S." and other dotted abbreviations; "Almarkazia.com" and other domain names.
  if (j + 1 < end && text.charCodeAt(j) === 46 && isWordCode(text.charCodeAt(j + 1))) {
    if (j - i === 1) {
      let k = j;
      while (
        k + 1 < end &&
        text.charCodeAt(k) === 46 &&
        isWordCode(text.charCodeAt(k + 1)) &&
        (k + 2 >= end || !isWordCode(text.charCodeAt(k + 2)))
      )
        k += 2;
      if (k > j && text.charCodeAt(k) === 46) j = k + 1;
    } else {
      let k = j + 1;
      while (k < end && isWordCode(text.charCodeAt(k))) k++;
      if (DOMAIN.test(text.slice(j + 1, k).toLowerCase())) j = k;
    }
  }
  return j;
}

/**
 * "Ã" and "Â": the Latin-1 reading of a UTF-8 lead byte, before its continuation byte's symbol; also
 * decomposed, as "A" and a combining tilde or circumflex.
 */
function isMojibakeLead(c: number): boolean {
  return c === 0xc2 || c === 0xc3 || c === 0x303 || c === 0x302;
}

/** A UTF-8 continuation byte read as Latin-1 that is no letter ("§", "º", "©"); not NBSP, « or ». */
function isMojibakeTail(c: number): boolean {
  return c >= 0x80 && c <= 0xbf && c !== 0xa0 && c !== 0xab && c !== 0xbb;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A comma at j after the digits text[i, j) with exactly three digits after it ("3,000", not "3,0001"). */
function isThousands(text: string, i: number, j: number, end: number): boolean {
  if (j + 3 >= end) return false;
  if (!isDigitCode(text.charCodeAt(j - 1)) || !isDigitCode(text.charCodeAt(i))) return false;
  for (let k = j + 1; k <= j + 3; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return j + 4 >= end || !isWordCode(text.charCodeAt(j + 4));
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Does text[from, to) hold an upper-case ASCII letter or a non-ASCII code unit that may have a case? The
 * curly quotes, dashes and ellipsis of news text lower-case to themselves, so "Trump’s" still needs
 * toLowerCase but "won’t" and "“" do not.
 */
function hasCasedCode(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k);
    if ((d >= 65 && d <= 90) || (d >= 128 && !(d >= 0x2010 && d <= 0x2026))) return true;
  }
  return false;
}

/** The end of a footnote marker "[7]" or "[14]" that starts at i (one to three digits), or -1. */
function footnoteEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && j - i <= 3 && isDigitCode(text.charCodeAt(j))) j++;
  return j > i + 1 && j < end && text.charCodeAt(j) === 93 ? j + 1 : -1;
}

export function tokenize(text: string, start = 0, end = text.length): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const surface: string[] = [];
  const lower: string[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    // "Naim Qassem[4] said", "the political bureau[6],": a footnote marker is a note of the text (the
    // notes layer keeps it), not a word of the clause it interrupts.
    if (c === 91) {
      const after = footnoteEnd(text, i, end);
      if (after !== -1) {
        i = after;
        continue;
      }
    }
    let j = i + 1;
    // Whether the token holds an upper-case or non-ASCII letter: most tokens are already lower case, and
    // then the lower-cased form shares the surface string instead of making a second one.
    let cased = false;
    if (isAsciiLetterOrDigit(c)) {
      // Fast path for the common word, a run of ASCII letters and digits that ends in a space or a mark
      // that cannot join it to more: wordEnd would end it at the same place.
      cased = c >= 65 && c <= 90;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) j++;
        else if ((d >= 65 && d <= 90) || (d >= 48 && d <= 57)) {
          if (d <= 90 && d >= 65) cased = true;
          j++;
        } else break;
      }
      if (j < end) {
        const d = text.charCodeAt(j);
        // Apostrophes, hyphens, full stops and anything beyond ASCII may continue the word: the full rules.
        if (d === 39 || d === 45 || d === 46 || d >= 128 || (d === 44 && c >= 48 && c <= 57)) {
          j = wordEnd(text, i, end);
          cased = hasCasedCode(text, i, j);
        }
      }
    } else if (isWordCode(c)) {
      j = wordEnd(text, i, end);
      cased = hasCasedCode(text, i, j);
    } else {
      if (c >= 0xd800 && c <= 0xdbff && j < end && (text.charCodeAt(j) & 0xfc00) === 0xdc00) {
        j++; // a surrogate pair is one character
      } else if ((c === 39 || c === 96) && j < end && text.charCodeAt(j) === c) {
        // '' and `` stand for a double quotation mark (newswires, the NYT archive): one token, as in the
        // quotes layer. Three apostrophes close a single quote and then the double one (",''' said"),
        // unless a word follows them.
        const third = j + 1 < end && text.charCodeAt(j + 1) === c;
        if (!(third && (j + 2 >= end || !isWordCode(text.charCodeAt(j + 2))))) j++;
      }
      cased = hasCasedCode(text, i, j);
    }
    const s = text.slice(i, j);
    starts.push(i);
    ends.push(j);
    surface.push(s);
    lower.push(cased ? s.toLowerCase() : s);
    i = j;
  }
  return { starts, ends, lower, surface, length: starts.length };
}

/** The word without one final full stop ("mr." → "mr"): what replace(/\.$/, "") gives, without a regex. */
export function withoutFinalDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = word[0] ?? "";
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isWord(word: string): boolean {
  return word.length > 0 && isWordCode(word.charCodeAt(0));
}

/** Contractions of "is"/"has" that look like possessives ("it's estimated", "there's"). */
const CONTRACTED = /^(?:it|that|there|here|what|who|he|she|where|let|how)['’]s$/i;

/** "Iran's", "Hamas'", "Sanders’": a possessive word; not "it's" or "that's". */
export function isPossessive(word: string): boolean {
  return /['’]s?$/.test(word) && word.length > 2 && !CONTRACTED.test(word);
}
