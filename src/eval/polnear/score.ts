// Attribution scoring as CONTRACT.md ("Attribution (PolNeAR)") defines it: span trimming, exact and partial
// span-set F1 per role, and attribution F1. Pure functions over one document's text and spans, so every rule
// can be tested on tiny hand-made cases; reading the corpus and running the engine live in evaluate.ts.

import type { Span, Statement } from "../../contract/extraction.js";

export const ROLES = ["source", "cue", "content"] as const;
export type Role = (typeof ROLES)[number];

/** One attribution as spans (UTF-16, into the document text); gold and predicted share this shape. */
export interface AttributionSpans {
  source: Span[];
  cue: Span[];
  content: Span[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Jaccard threshold (inclusive) for a partial match, for role spans and for attributions alike. */
export const PARTIAL_THRESHOLD = 0.5;

// The punctuation the contract trims at both ends, besides white space. Quote marks and trailing
// commas/periods are where annotators and extractors disagree most without meaning anything different.
const TRIM_PUNCTUATION = new Set(['"', "“", "”", "'", "‘", "’", ",", ".", ":", ";"]);
const WHITE_SPACE = /\s/;

function isTrimmed(ch: string): boolean {
  return TRIM_PUNCTUATION.has(ch) || WHITE_SPACE.test(ch);
}

/**
 * The span without white space and `"“”'‘’,.:;` at either end; null when nothing is left (such a span is
 * dropped). Trimming one character at a time from each end until neither end trims is the same as
 * "repeat until stable". Every trimmed character is in the BMP, so UTF-16 code units are safe to test.
 */
export function trimSpan(text: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(span[0], text.length));
  let end = Math.max(start, Math.min(span[1], text.length));
  while (start < end && isTrimmed(text.charAt(start))) start++;
  while (end > start && isTrimmed(text.charAt(end - 1))) end--;
  return start < end ? [start, end] : null;
}

/** The document's white-space tokens as parallel arrays of [start, end) offsets, in text order. */
export interface TokenIndex {
  starts: number[];
  ends: number[];
}

export function tokenize(text: string): TokenIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/**
 * The indices of the document tokens that the spans overlap. Tokens are positions, not strings: the contract's
 * "token overlap" should not let a "said" at one place match a "said" elsewhere in the same article, which a
 * bag of token strings would. For two spans over the same words this equals the Jaccard of their token strings;
 * a span that cuts into a word ("t's" of "It's") still covers that word.
 */
export function tokenSet(index: TokenIndex, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const [start, end] of spans) {
    // First token that ends after the span starts (binary search), then every token starting before its end.
    let lo = 0;
    let hi = index.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((index.ends[mid] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < index.starts.length && (index.starts[i] ?? end) < end; i++) out.add(i);
  }
  return out;
}

/** |a ∩ b| / |a ∪ b|; 0 when both are empty (nothing to agree on is not a match). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * One-to-one matching, greedy by highest score: candidate pairs are taken best first and kept when neither
 * side is taken yet. `score` returns null for pairs that may not match. Ties break by gold then predicted
 * index, so the result is deterministic.
 */
export function greedyMatch(
  goldCount: number,
  predCount: number,
  score: (gold: number, pred: number) => number | null,
): Array<[gold: number, pred: number]> {
  const candidates: Array<[number, number, number]> = [];
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predCount; p++) {
      const s = score(g, p);
      if (s !== null) candidates.push([s, g, p]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, p] of candidates) {
    if (goldTaken.has(g) || predTaken.has(p)) continue;
    goldTaken.add(g);
    predTaken.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

/** The trimmed, deduplicated spans of one role over all attributions, in first-seen order. */
export function roleSpans(text: string, attributions: readonly AttributionSpans[], role: Role): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const a of attributions) {
    for (const span of a[role]) {
      const t = trimSpan(text, span);
      if (t === null) continue;
      const key = `${t[0]}:${t[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

/** The spans of one role that were not matched, for error analysis. */
export interface SpanErrors {
  fp: Span[];
  fn: Span[];
}

export interface RoleScore {
  counts: Counts;
  errors: SpanErrors;
}

/** Exact match: the same trimmed [start, end) offsets. */
export function scoreExact(gold: readonly Span[], predicted: readonly Span[]): RoleScore {
  const key = (s: Span) => `${s[0]}:${s[1]}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const fp = predicted.filter((s) => !goldKeys.has(key(s)));
  const fn = gold.filter((s) => !predKeys.has(key(s)));
  return { counts: { tp: predicted.length - fp.length, fp: fp.length, fn: fn.length }, errors: { fp, fn } };
}

/** Partial match: token Jaccard ≥ PARTIAL_THRESHOLD, one-to-one. */
export function scorePartial(
  index: TokenIndex,
  gold: readonly Span[],
  predicted: readonly Span[],
): RoleScore {
  const goldTokens = gold.map((s) => tokenSet(index, [s]));
  const predTokens = predicted.map((s) => tokenSet(index, [s]));
  const pairs = greedyMatch(gold.length, predicted.length, (g, p) => {
    const j = jaccard(goldTokens[g] ?? new Set(), predTokens[p] ?? new Set());
    return j >= PARTIAL_THRESHOLD ? j : null;
  });
  const goldMatched = new Set(pairs.map(([g]) => g));
  const predMatched = new Set(pairs.map(([, p]) => p));
  const fp = predicted.filter((_, i) => !predMatched.has(i));
  const fn = gold.filter((_, i) => !goldMatched.has(i));
  return { counts: { tp: pairs.length, fp: fp.length, fn: fn.length }, errors: { fp, fn } };
}

export interface AttributionScore {
  counts: Counts;
  /** Indices into the predicted / gold attribution lists that found no partner. */
  unmatchedPredicted: number[];
  unmatchedGold: number[];
}

/**
 * Attribution match: all content fragments (trimmed, as one token set) have Jaccard ≥ 0.5, and the sources do
 * too, or neither side has a source. Gold attributions without any content are left out: nothing can match them
 * (PolNeAR has a few dozen, annotation leftovers such as a bare "Attribution-no-source" anchor). A predicted
 * statement without content stays in and counts as a false positive: the engine did claim it.
 * Among candidates, the best content + source agreement is matched first.
 */
export function scoreAttributions(
  text: string,
  index: TokenIndex,
  gold: readonly AttributionSpans[],
  predicted: readonly AttributionSpans[],
): AttributionScore {
  const tokens = (a: AttributionSpans, role: Role) =>
    tokenSet(
      index,
      a[role].map((s) => trimSpan(text, s)).filter((s): s is Span => s !== null),
    );
  const goldKept = gold.map((a, i) => ({ i, content: tokens(a, "content"), source: tokens(a, "source") }));
  const goldList = goldKept.filter((a) => a.content.size > 0);
  const predList = predicted.map((a) => ({ content: tokens(a, "content"), source: tokens(a, "source") }));
  const pairs = greedyMatch(goldList.length, predList.length, (g, p) => {
    const ga = goldList[g];
    const pa = predList[p];
    if (ga === undefined || pa === undefined) return null;
    const content = jaccard(ga.content, pa.content);
    if (content < PARTIAL_THRESHOLD) return null;
    const bothWithout = ga.source.size === 0 && pa.source.size === 0;
    const source = bothWithout ? 1 : jaccard(ga.source, pa.source);
    if (source < PARTIAL_THRESHOLD) return null;
    return content + source;
  });
  const goldMatched = new Set(pairs.map(([g]) => g));
  const predMatched = new Set(pairs.map(([, p]) => p));
  const unmatchedGold = goldList.flatMap((a, g) => (goldMatched.has(g) ? [] : [a.i]));
  const unmatchedPredicted = predList.flatMap((_, p) => (predMatched.has(p) ? [] : [p]));
  return {
    counts: { tp: pairs.length, fp: unmatchedPredicted.length, fn: unmatchedGold.length },
    unmatchedPredicted,
    unmatchedGold,
  };
}

export interface DocumentScore {
  exact: Record<Role, RoleScore>;
  partial: Record<Role, RoleScore>;
  attribution: AttributionScore;
}

/** Every figure for one document: gold attributions vs predicted ones, all spans into `text`. */
export function scoreDocument(
  text: string,
  gold: readonly AttributionSpans[],
  predicted: readonly AttributionSpans[],
): DocumentScore {
  const index = tokenize(text);
  const exact = {} as Record<Role, RoleScore>;
  const partial = {} as Record<Role, RoleScore>;
  for (const role of ROLES) {
    const g = roleSpans(text, gold, role);
    const p = roleSpans(text, predicted, role);
    exact[role] = scoreExact(g, p);
    partial[role] = scorePartial(index, g, p);
  }
  return { exact, partial, attribution: scoreAttributions(text, index, gold, predicted) };
}

/** A predicted statement as attribution spans: its speaker, its cue and all of its content pieces. */
export function statementSpans(
  statement: Pick<Statement, "speakerSpan" | "cueSpan" | "contentSpans">,
): AttributionSpans {
  return {
    source: statement.speakerSpan ? [statement.speakerSpan] : [],
    cue: statement.cueSpan ? [statement.cueSpan] : [],
    content: statement.contentSpans,
  };
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

export interface Figures extends Counts {
  /** Percentages with one decimal; 0 when undefined (no predictions, no gold). */
  precision: number;
  recall: number;
  f1: number;
}

const percent = (x: number) => Math.round(x * 1000) / 10;

/** Precision, recall and F1 (×100, one decimal) from micro-averaged counts. */
export function figures(c: Counts): Figures {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { ...c, precision: percent(p), recall: percent(r), f1: percent(f) };
}
