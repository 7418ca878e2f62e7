// Attribution works on units: sentences, merged where a quotation runs across a sentence boundary so that
// "…," he said. "A. B." stays whole, and cut where a pathological sentence is too long to scan as one.

import type { Span } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { isSpaceCode } from "../text/tokens.js";

/** Longest unit scanned as one; longer text (a 50 MB line without punctuation) is cut at spaces. */
export const MAX_UNIT_CHARS = 4000;
/** Longest sentence taken as the attribution of the quotation before it. */
const SHORT_ATTRIBUTION_CHARS = 80;
/** A terminal, then one or two closing marks: “… missing.” and a nested quotation's “… do?’” alike. */
const CLOSING_MARK = /[.!?…]["”'’»]{1,2}$/;
const OPENING_MARK = /["“'‘«„]/;

export function buildUnits(
  text: string,
  sentences: readonly Span[],
  quotes: readonly Quote[],
  paragraphs: readonly Span[] = [[0, text.length]],
  /** Does this short sentence read as an attribution ("Trump said.", "said Smith.", "he told reporters.")? */
  isAttribution: (sentence: string) => boolean = () => true,
): Span[] {
  const units: Span[] = [];
  let q = 0;
  let p = 0;
  for (let i = 0; i < sentences.length; i++) {
    const [start, firstEnd] = sentences[i] as Span;
    let end = firstEnd;
    // Quotes that open inside this unit and close (in the same paragraph) after its end extend it.
    while (q < quotes.length && (quotes[q] as Quote).open < start) q++;
    for (let k = q; k < quotes.length && (quotes[k] as Quote).open < end; k++) {
      const quote = quotes[k] as Quote;
      const reach = quote.spans.length === 1 ? quote.end : (quote.spans[0] as Span)[1];
      while (
        reach > end &&
        end - start < MAX_UNIT_CHARS &&
        i + 1 < sentences.length &&
        (sentences[i + 1] as Span)[0] < reach
      ) {
        i++;
        end = (sentences[i] as Span)[1];
      }
    }
    // “… missing.” Trump said. — a short sentence after a closing mark may be the quotation's attribution.
    while (p < paragraphs.length && (paragraphs[p] as Span)[1] < end) p++;
    const paragraphEnd = (paragraphs[p] as Span | undefined)?.[1] ?? text.length;
    if (
      i + 1 < sentences.length &&
      (sentences[i + 1] as Span)[0] < paragraphEnd &&
      CLOSING_MARK.test(text.slice(Math.max(start, end - 3), end)) &&
      // Only a unit that is a quotation: "The Times reported that … ''not in line with our policy.'' The
      // network said …" is a sentence of its own after another's quoted words.
      OPENING_MARK.test(text[start] ?? "") &&
      (sentences[i + 1] as Span)[1] - (sentences[i + 1] as Span)[0] <= SHORT_ATTRIBUTION_CHARS &&
      !/["“”'‘’]/.test(text.slice((sentences[i + 1] as Span)[0], (sentences[i + 1] as Span)[1])) &&
      isAttribution(text.slice((sentences[i + 1] as Span)[0], (sentences[i + 1] as Span)[1]))
    ) {
      i++;
      end = (sentences[i] as Span)[1];
    }
    pushCut(text, start, end, units);
  }
  return units;
}

function pushCut(text: string, start: number, end: number, units: Span[]): void {
  while (end - start > MAX_UNIT_CHARS) {
    // The last white space inside the window; a window with none is cut where it ends (never inside a
    // surrogate pair). A bounded loop: lastIndexOf would search on past the window's start.
    let cut = start + MAX_UNIT_CHARS;
    while (cut > start + 1 && !isSpaceCode(text.charCodeAt(cut))) cut--;
    if (cut <= start + 1) {
      cut = start + MAX_UNIT_CHARS;
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    }
    units.push([start, cut]);
    start = cut;
  }
  if (end > start) units.push([start, end]);
}
