// Sentence segmentation over paragraphs, in one pass over the characters. Survives abbreviations
// (Mr., Lt. Gen., U.S., Jan. 5, No. 7, initials), ellipses, dashes, closing quotes and footnote markers
// ("…the end.[14] Next"), which stay with the sentence they follow.

import type { Span } from "../contract/extraction.js";
import { bundledDataPath, readJsonFile, stringArray } from "../data/load.js";
import { isSpaceCode } from "../text/tokens.js";

export interface SentenceRules {
  titles: Set<string>;
  beforeNumber: Set<string>;
  other: Set<string>;
  openers: Set<string>;
}

let cached: SentenceRules | undefined;

export function loadSentenceRules(): SentenceRules {
  if (cached) return cached;
  const file = bundledDataPath("abbreviations.json");
  const json = readJsonFile(file);
  cached = {
    titles: new Set(stringArray(json, "titles", file)),
    beforeNumber: new Set(stringArray(json, "beforeNumber", file)),
    other: new Set(stringArray(json, "other", file)),
    openers: new Set(stringArray(json, "sentenceOpeners", file)),
  };
  return cached;
}

const TERMINAL = /[.!?…]+/g;
const CLOSERS = "\"”’'»)]}";
const NOTE = /^\[\d{1,3}\]/;

function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // ASCII without case conversions: only a–z are lower case.
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Per BMP code unit: 0 not yet known, 1 a letter (\p{L}), 2 not. */
const LETTER_CODE = new Uint8Array(65536);
const LETTER = /\p{L}/u;

/** Is this code unit, alone, a letter or one of . ' ’ (what /[\p{L}.'’]/u says of a one-unit string)? */
export function isWordPartCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39;
  if (c === 0x2019) return true;
  let k = LETTER_CODE[c];
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_CODE[c] = k;
  }
  return k === 1;
}

/** The word (letters and inner dots) that ends right before `end`, lower-cased. */
function wordBefore(text: string, end: number, floor: number): string {
  let i = end;
  while (i > floor && isWordPartCode(text.charCodeAt(i - 1))) i--;
  return text
    .slice(i, end)
    .toLowerCase()
    .replace(/^[.'’]+/, "");
}

function nextWord(text: string, from: number, limit: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(from, Math.min(limit, from + 40)));
  return m ? m[0].toLowerCase() : "";
}

/** Is the period at `dot` (ending a word) an abbreviation's, given what follows at `next`? */
function isAbbreviation(
  text: string,
  dot: number,
  next: number,
  floor: number,
  limit: number,
  rules: SentenceRules,
): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === "") return false;
  // A single letter is an initial ("George W. Bush"), unless a sentence opener follows it.
  if (/^\p{L}$/u.test(word)) return !rules.openers.has(nextWord(text, next, limit));
  if (rules.titles.has(word)) return true;
  const nextCh = text[next] ?? "";
  if (rules.beforeNumber.has(word) && /[0-9]/.test(nextCh)) return true;
  if (rules.other.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return !rules.openers.has(nextWord(text, next, limit));
  }
  return false;
}

/** Splits each paragraph into sentences; returns their spans, trimmed of white space. */
export function segmentSentences(
  text: string,
  paragraphs: readonly Span[],
  rules = loadSentenceRules(),
): Span[] {
  const out: Span[] = [];
  for (const [pStart, pEnd] of paragraphs) {
    let sStart = pStart;
    // The search runs on the paragraph alone: on the whole text, a paragraph without a full stop (a
    // heading, a list) would scan ahead to the next one, which makes headings-only texts quadratic.
    const para = text.slice(pStart, pEnd);
    TERMINAL.lastIndex = 0;
    for (let m = TERMINAL.exec(para); m !== null; m = TERMINAL.exec(para)) {
      const at = pStart + m.index;
      let j = at + m[0].length;
      // Closing quotes, brackets and footnote markers belong to the sentence they follow.
      for (;;) {
        if (j < pEnd && CLOSERS.includes(text[j] ?? "")) {
          j++;
          continue;
        }
        const note = text[j] === "[" ? NOTE.exec(text.slice(j, j + 6)) : null;
        if (note) {
          j += note[0].length;
          continue;
        }
        break;
      }
      if (j >= pEnd) break;
      if (!isSpaceCode(text.charCodeAt(j))) continue;
      let k = j;
      while (k < pEnd && isSpaceCode(text.charCodeAt(k))) k++;
      // "the report. [3] Its leaders": a spaced marker still belongs to the sentence before it.
      const spacedNote = text[k] === "[" ? NOTE.exec(text.slice(k, k + 6)) : null;
      if (spacedNote) {
        j = k + spacedNote[0].length;
        k = j;
        while (k < pEnd && isSpaceCode(text.charCodeAt(k))) k++;
      }
      if (k >= pEnd) break;
      const nextCh = text[k] ?? "";
      if (isLower(nextCh)) continue;
      if (/[,;:)\]}–—-]/.test(nextCh)) continue;
      const term = m[0];
      if (term === "." && isAbbreviation(text, at, k, sStart, pEnd, rules)) continue;
      pushTrimmed(text, sStart, j, out);
      sStart = k;
      TERMINAL.lastIndex = k - pStart;
    }
    pushTrimmed(text, sStart, pEnd, out);
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push([start, end]);
}
