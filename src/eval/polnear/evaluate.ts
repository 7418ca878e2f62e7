// The PolNeAR attribution evaluation (CONTRACT.md, "Attribution (PolNeAR)"): reads one split of the corpus
// (article texts, the first annotator's .ann, metadata.tsv), runs the extractor on every article, and sums the
// per-document scores of score.ts into one report. The CLI (src/cli/eval.ts) only parses options and prints.
//
// Layout read:  DIR/metadata.tsv, DIR/<split>/text/STEM.txt, DIR/<split>/attributions/STEM_<annotator>.ann

import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ExtractionResult, Span } from "../../contract/extraction.js";
import { StancegraphError } from "../../errors.js";
import { createExtractor, type Extractor } from "../../pipeline/extract.js";
import { type GoldAttribution, goldAttributions, parseBrat } from "./brat.js";
import {
  type AttributionSpans,
  addCounts,
  type Counts,
  emptyCounts,
  type Figures,
  figures,
  ROLES,
  type Role,
  scoreDocument,
  statementSpans,
} from "./score.js";

export const POLNEAR_SPLITS = ["train", "dev"] as const;
export type PolnearSplit = (typeof POLNEAR_SPLITS)[number];

export interface PolnearArticle {
  /** The file stem, e.g. "breitbart_2016-09-12_stealth-over-health-hillary-clin". */
  id: string;
  text: string;
  date: string | null;
  title: string | null;
  /** The .ann file the gold comes from (the lexicographically first annotator's). */
  annotation: string;
  gold: GoldAttribution[];
  /** Lines of the .ann that were skipped and annotations that could not be placed, for the report. */
  problems: string[];
}

export interface LoadedSplit {
  articles: PolnearArticle[];
  /** Stems of articles that have a text but no .ann. */
  withoutAnnotation: string[];
}

function requireDirectory(path: string, what: string): void {
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new StancegraphError("SG_EVAL_DATA_MISSING", `${what}: expected a directory at ${path}`);
  }
}

/** metadata.tsv rows of one compartment, by file stem. Optional: without it dates and titles are null. */
async function readMetadata(
  dir: string,
  split: string,
): Promise<Map<string, { date: string | null; title: string | null }>> {
  const out = new Map<string, { date: string | null; title: string | null }>();
  const path = join(dir, "metadata.tsv");
  if (!existsSync(path)) return out;
  const [header, ...rows] = (await readFile(path, "utf8")).split(/\r?\n/);
  const columns = (header ?? "").split("\t");
  const col = (name: string) => columns.indexOf(name);
  const [compartment, filename, date, title] = [
    col("compartment"),
    col("filename"),
    col("publication_date"),
    col("title"),
  ];
  for (const row of rows) {
    const cells = row.split("\t");
    const stem = cells[filename];
    if (stem === undefined || cells[compartment] !== split) continue;
    const d = cells[date];
    out.set(stem, {
      date: d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null,
      title: cells[title] || null,
    });
  }
  return out;
}

/**
 * Reads a split. Articles come in file-name order, so `limit` takes the same first N every run.
 * An article with a text but no .ann is skipped (and listed): without annotations we cannot tell
 * "no attributions here" from "not annotated", and scoring it would count every prediction as wrong.
 * Throws SG_EVAL_DATA_MISSING when DIR or the split's text/attributions folders are missing.
 */
export async function loadPolnearSplit(
  dir: string,
  split: PolnearSplit,
  options: { limit?: number } = {},
): Promise<LoadedSplit> {
  requireDirectory(dir, "PolNeAR data not found");
  const textDir = join(dir, split, "text");
  const annDir = join(dir, split, "attributions");
  requireDirectory(textDir, `PolNeAR ${split} texts not found`);
  requireDirectory(annDir, `PolNeAR ${split} annotations not found`);

  const metadata = await readMetadata(dir, split);
  const textFiles = (await readdir(textDir)).filter((f) => f.endsWith(".txt")).sort();
  const annFiles = (await readdir(annDir)).filter((f) => f.endsWith(".ann")).sort();
  const firstAnnotation = new Map<string, string>();
  for (const f of annFiles) {
    // STEM_<annotator>.ann; stems contain underscores themselves, annotator ids do not.
    const cut = f.lastIndexOf("_");
    if (cut <= 0) continue;
    const stem = f.slice(0, cut);
    if (!firstAnnotation.has(stem)) firstAnnotation.set(stem, f);
  }

  const articles: PolnearArticle[] = [];
  const withoutAnnotation: string[] = [];
  for (const file of textFiles) {
    if (options.limit !== undefined && articles.length >= options.limit) break;
    const id = file.slice(0, -".txt".length);
    const annotation = firstAnnotation.get(id);
    if (annotation === undefined) {
      withoutAnnotation.push(id);
      continue;
    }
    // Read as is (no BOM stripping, no newline changes): the .ann offsets count every code point of the file.
    const text = await readFile(join(textDir, file), "utf8");
    const ann = parseBrat(await readFile(join(annDir, annotation), "utf8"));
    const gold = goldAttributions(ann, text);
    const meta = metadata.get(id);
    articles.push({
      id,
      text,
      date: meta?.date ?? null,
      title: meta?.title ?? null,
      annotation,
      gold: gold.attributions,
      problems: [...ann.malformed.map((n) => `line ${n}: cannot be read, skipped`), ...gold.problems].map(
        (p) => `${annotation} ${p}`,
      ),
    });
  }
  return { articles, withoutAnnotation };
}

export interface RoleFigures {
  exact: Figures;
  partial: Figures;
}

export interface PolnearReport {
  dataset: "polnear";
  split: PolnearSplit;
  dir: string;
  documents: number;
  /** Articles skipped because they have no .ann. */
  withoutAnnotation: number;
  goldAttributions: number;
  predictedStatements: number;
  roles: Record<Role, RoleFigures>;
  attribution: Figures;
  /**
   * Predicted statements with a speaker phrase; how many of those resolve to an actor that the text
   * names (not only by pronouns), and how many to a dictionary actor.
   */
  speakers: { withSpeaker: number; named: number; known: number };
  /** Annotation lines skipped, annotations that could not be placed, documents the engine failed on. */
  problems: string[];
  timing: { totalMs: number; extractMs: number };
}

const PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "it",
  "i",
  "we",
  "you",
  "who",
  "which",
  "his",
  "her",
  "their",
]);

function countSpeakers(result: ExtractionResult, into: PolnearReport["speakers"]): void {
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  for (const s of result.statements) {
    if (s.speakerSpan === null) continue;
    into.withSpeaker++;
    const a = s.speaker === null ? undefined : byId.get(s.speaker);
    if (!a) continue;
    if (a.mentions.some(([x, y]) => !PRONOUNS.has(result.document.text.slice(x, y).toLowerCase())))
      into.named++;
    if (a.known) into.known++;
  }
}

/** One line of the --dump file: what one document got wrong, with the text of each span. */
export interface DocumentErrors {
  id: string;
  exact: Record<Role, { fp: SpanText[]; fn: SpanText[] }>;
  partial: Record<Role, { fp: SpanText[]; fn: SpanText[] }>;
  attribution: { fp: AttributionText[]; fn: AttributionText[] };
}

export interface SpanText {
  span: Span;
  text: string;
}

export interface AttributionText {
  source: string | null;
  cue: string | null;
  content: string;
  /** Where the attribution stands (UTF-16 offsets), so that an error can be read in its context. */
  spans: AttributionSpans;
}

export interface EvaluateOptions {
  dir: string;
  split: PolnearSplit;
  limit?: number;
  /** Defaults to the stancegraph engine. */
  extractor?: Extractor;
  /** Called once per document with its errors, for --dump. */
  onDocument?: (errors: DocumentErrors) => void;
}

const joinSpans = (text: string, spans: readonly Span[]) =>
  spans.map(([s, e]) => text.slice(s, e)).join(" … ");

function attributionText(text: string, a: AttributionSpans): AttributionText {
  return {
    source: a.source.length > 0 ? joinSpans(text, a.source) : null,
    cue: a.cue.length > 0 ? joinSpans(text, a.cue) : null,
    content: joinSpans(text, a.content),
    spans: { source: a.source, cue: a.cue, content: a.content },
  };
}

export async function evaluatePolnear(options: EvaluateOptions): Promise<PolnearReport> {
  const started = performance.now();
  const loaded = await loadPolnearSplit(options.dir, options.split, { limit: options.limit });
  const extractor = options.extractor ?? createExtractor();

  const exact = Object.fromEntries(ROLES.map((r) => [r, emptyCounts()])) as Record<Role, Counts>;
  const partial = Object.fromEntries(ROLES.map((r) => [r, emptyCounts()])) as Record<Role, Counts>;
  const attribution = emptyCounts();
  const problems: string[] = [];
  let extractMs = 0;
  let goldCount = 0;
  let predictedCount = 0;
  const speakers = { withSpeaker: 0, named: 0, known: 0 };

  for (const article of loaded.articles) {
    problems.push(...article.problems);
    let predicted: AttributionSpans[] = [];
    const t0 = performance.now();
    try {
      const result = extractor.extract({
        id: article.id,
        text: article.text,
        date: article.date,
        title: article.title,
      });
      if (result.document.text !== article.text) {
        // The contract forbids it; offsets into another text cannot be compared, so its predictions count as none.
        problems.push(`${article.id}: the engine returned a different document.text; predictions ignored`);
      } else {
        predicted = result.statements.map(statementSpans);
        countSpeakers(result, speakers);
      }
    } catch (e) {
      // One bad document must not stop the evaluation: it scores as "predicted nothing".
      problems.push(`${article.id}: extraction failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    extractMs += performance.now() - t0;

    const score = scoreDocument(article.text, article.gold, predicted);
    goldCount += article.gold.length;
    predictedCount += predicted.length;
    for (const role of ROLES) {
      addCounts(exact[role], score.exact[role].counts);
      addCounts(partial[role], score.partial[role].counts);
    }
    addCounts(attribution, score.attribution.counts);

    if (options.onDocument) {
      const spanTexts = (spans: Span[]) =>
        spans.map((span) => ({ span, text: article.text.slice(span[0], span[1]) }));
      const byRole = (kind: "exact" | "partial") =>
        Object.fromEntries(
          ROLES.map((r) => [
            r,
            { fp: spanTexts(score[kind][r].errors.fp), fn: spanTexts(score[kind][r].errors.fn) },
          ]),
        ) as DocumentErrors["exact"];
      options.onDocument({
        id: article.id,
        exact: byRole("exact"),
        partial: byRole("partial"),
        attribution: {
          fp: score.attribution.unmatchedPredicted.flatMap((i) => {
            const a = predicted[i];
            return a ? [attributionText(article.text, a)] : [];
          }),
          fn: score.attribution.unmatchedGold.flatMap((i) => {
            const a = article.gold[i];
            return a ? [attributionText(article.text, a)] : [];
          }),
        },
      });
    }
  }

  const round = (ms: number) => Math.round(ms);
  return {
    dataset: "polnear",
    split: options.split,
    dir: options.dir,
    documents: loaded.articles.length,
    withoutAnnotation: loaded.withoutAnnotation.length,
    goldAttributions: goldCount,
    predictedStatements: predictedCount,
    roles: Object.fromEntries(
      ROLES.map((r) => [r, { exact: figures(exact[r]), partial: figures(partial[r]) }]),
    ) as Record<Role, RoleFigures>,
    attribution: figures(attribution),
    speakers,
    problems,
    timing: { totalMs: round(performance.now() - started), extractMs: round(extractMs) },
  };
}
