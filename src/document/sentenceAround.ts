// The sentence (or sentences) around a span, for the evidence an analyst reads: a relation's trigger
// clause shown in its whole sentence. Reads only the line holding the span (a few thousand characters at
// most), so storing thousands of relations stays linear in their number.

import type { Span } from "../contract/extraction.js";
import { loadSentenceRules, segmentSentences } from "./sentences.js";

const REACH = 2_000;

export function sentenceAround(text: string, span: Span): Span {
  const [start, end] = span;
  const from = Math.max(0, start - REACH);
  const to = Math.min(text.length, end + REACH);
  const before = text.lastIndexOf("\n", start - 1);
  const lineStart = before >= from ? before + 1 : from;
  const after = text.indexOf("\n", end);
  const lineEnd = after !== -1 && after <= to ? after : to;
  const sentences = segmentSentences(text, [[lineStart, lineEnd]], loadSentenceRules());
  let a = start;
  let b = end;
  for (const [s, e] of sentences) {
    if (e <= start || s >= end) continue;
    a = Math.min(a, s);
    b = Math.max(b, e);
  }
  return [a, b];
}
