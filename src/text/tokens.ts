// A flat tokenizer for one range of a text: words (with inner apostrophes, hyphens and dashes, so that
// "Na'im", "Al-Assad", "PFLP–GC" and "secretary-general" stay whole) and single punctuation marks.
// Tokens are offsets into the original text plus a lower-cased form; no other per-token objects.

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

const TOKEN =
  /[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|tv|ir|lb|sy|ps|il|tr|iq|uk|de|fr|ru|news)\b|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, start = 0, end = text.length): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  const surface: string[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const s = m[0];
    starts.push(start + m.index);
    ends.push(start + m.index + s.length);
    surface.push(s);
    lower.push(s.toLowerCase());
  }
  return { starts, ends, lower, surface, length: starts.length };
}

/** True when the word starts with an upper-case letter (or a digit, for names such as "Division 20"). */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = word[0] ?? "";
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  return c >= 128 && /[\p{L}\p{N}]/u.test(word[0] ?? "");
}
