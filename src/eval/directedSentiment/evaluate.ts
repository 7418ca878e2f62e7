// The directed-stance evaluation (CONTRACT.md, "Directed stance"): each row is a sentence with two
// bracketed entities p and q and a class (0 neutral, 1 p positive to q, 2 q positive to p, 3 p negative
// to q, 4 q negative to p). The brackets are removed, the sentence is extracted, and the relation with
// the highest confidence whose source has a mention overlapping one entity and whose target one
// overlapping the other decides the class; none means 0. Accuracy and macro-F1 over the five classes.
//
// File format: tab-separated, fields in CSV quoting ("…" with "" inside): sentence, p, q, label.

import { readFile } from "node:fs/promises";
import type { ExtractionResult, Span } from "../../contract/extraction.js";
import { StancegraphError } from "../../errors.js";
import { createExtractor, type Extractor } from "../../pipeline/extract.js";

export const CLASSES = ["neutral", "p+q", "q+p", "p-q", "q-p"] as const;

export interface StanceRow {
  line: number;
  text: string;
  p: Span;
  q: Span;
  label: number;
}

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

export interface DirectedSentimentReport {
  rows: number;
  skipped: number;
  accuracy: number;
  macroF1: number;
  classes: Record<(typeof CLASSES)[number], ClassFigures>;
  /** confusion[gold][predicted] */
  confusion: number[][];
  timing: { totalMs: number };
}

/** Splits one line of tab-separated fields with CSV quoting. */
export function splitQuotedTsv(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        const c = line.indexOf('"', j);
        if (c === -1) {
          value += line.slice(j);
          j = line.length;
          break;
        }
        value += line.slice(j, c);
        if (line[c + 1] === '"') {
          value += '"';
          j = c + 2;
        } else {
          j = c + 1;
          break;
        }
      }
      out.push(value);
      const tab = line.indexOf("\t", j);
      if (tab === -1) break;
      i = tab + 1;
    } else {
      const tab = line.indexOf("\t", i);
      out.push(tab === -1 ? line.slice(i) : line.slice(i, tab));
      if (tab === -1) break;
      i = tab + 1;
    }
  }
  return out;
}

/**
 * The sentence without its brackets, and the spans of the two bracketed entities in it. The first
 * bracketed span that reads as p is p (a bracket may cut a word: "[Los Angele]s").
 */
export function parseStanceRow(fields: readonly string[], line: number): StanceRow | null {
  const [marked, pText, qText, labelText] = fields;
  if (marked === undefined || pText === undefined || qText === undefined || labelText === undefined)
    return null;
  const label = Number(labelText);
  if (!Number.isInteger(label) || label < 0 || label > 4) return null;
  let text = "";
  const spans: { span: Span; inner: string }[] = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf("[", i);
    if (open === -1) break;
    const close = marked.indexOf("]", open + 1);
    if (close === -1) break;
    text += marked.slice(i, open);
    const inner = marked.slice(open + 1, close);
    spans.push({ span: [text.length, text.length + inner.length], inner });
    text += inner;
    i = close + 1;
  }
  text += marked.slice(i);
  const pAt = spans.findIndex((s) => s.inner === pText);
  const qAt = spans.findIndex((s, k) => s.inner === qText && k !== pAt);
  const p = spans[pAt === -1 ? 0 : pAt]?.span;
  const q = spans[qAt === -1 ? 1 : qAt]?.span;
  if (!p || !q) return null;
  return { line, text, p, q, label };
}

function overlaps(mentions: readonly Span[], s: Span): boolean {
  return mentions.some(([a, b]) => a < s[1] && b > s[0]);
}

/** The class the extraction gives the row: the most confident relation between the two entities. */
export function predictClass(result: ExtractionResult, p: Span, q: Span): number {
  const mentionsOf = new Map(result.actors.map((a) => [a.id, a.mentions as Span[]]));
  let best = 0;
  let bestConfidence = -1;
  for (const r of result.relations) {
    const src = mentionsOf.get(r.source) ?? [];
    const tgt = mentionsOf.get(r.target) ?? [];
    let cls = 0;
    if (overlaps(src, p) && overlaps(tgt, q)) cls = r.polarity > 0 ? 1 : r.polarity < 0 ? 3 : 0;
    else if (overlaps(src, q) && overlaps(tgt, p)) cls = r.polarity > 0 ? 2 : r.polarity < 0 ? 4 : 0;
    else continue;
    if (r.confidence > bestConfidence) {
      best = cls;
      bestConfidence = r.confidence;
    }
  }
  return best;
}

export function scoreConfusion(
  confusion: number[][],
): Pick<DirectedSentimentReport, "accuracy" | "macroF1" | "classes"> {
  let correct = 0;
  let total = 0;
  const classes = {} as DirectedSentimentReport["classes"];
  let f1Sum = 0;
  CLASSES.forEach((name, c) => {
    const row = confusion[c] ?? [];
    const tp = row[c] ?? 0;
    const gold = row.reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, r) => a + (r[c] ?? 0), 0);
    correct += tp;
    total += gold;
    const precision = predicted === 0 ? 0 : (100 * tp) / predicted;
    const recall = gold === 0 ? 0 : (100 * tp) / gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    f1Sum += f1;
    classes[name] = { precision, recall, f1, gold, predicted };
  });
  return { accuracy: total === 0 ? 0 : (100 * correct) / total, macroF1: f1Sum / CLASSES.length, classes };
}

export interface DirectedSentimentOptions {
  file: string;
  limit?: number;
  extractor?: Extractor;
  /** Called with every row and its predicted class, for error analysis (--dump). */
  onRow?: (row: StanceRow, predicted: number, result: ExtractionResult) => void;
}

export async function evaluateDirectedSentiment(
  options: DirectedSentimentOptions,
): Promise<DirectedSentimentReport> {
  const t0 = performance.now();
  let raw: string;
  try {
    raw = await readFile(options.file, "utf8");
  } catch (e) {
    throw new StancegraphError(
      "SG_EVAL_DATA_MISSING",
      `directed-sentiment data not found: cannot read ${options.file} (${(e as NodeJS.ErrnoException).code ?? "error"}); pass the path of valid.txt`,
      { cause: e },
    );
  }
  const extractor = options.extractor ?? createExtractor({});
  const confusion = CLASSES.map(() => CLASSES.map(() => 0));
  let rows = 0;
  let skipped = 0;
  const lines = raw.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === "") continue;
    if (options.limit !== undefined && rows >= options.limit) break;
    const row = parseStanceRow(splitQuotedTsv(line), n + 1);
    if (!row) {
      skipped++;
      continue;
    }
    rows++;
    const result = extractor.extract({ text: row.text });
    const predicted = predictClass(result, row.p, row.q);
    (confusion[row.label] as number[])[predicted] = ((confusion[row.label] as number[])[predicted] ?? 0) + 1;
    options.onRow?.(row, predicted, result);
  }
  return {
    rows,
    skipped,
    ...scoreConfusion(confusion),
    confusion,
    timing: { totalMs: performance.now() - t0 },
  };
}
