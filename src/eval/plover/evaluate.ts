// The event evaluation on PLOVER gold records (CONTRACT.md, "Events"): each record is one news sentence
// with its source and target actor texts and an event class. Every (source, target, polarity) of a
// record must be found as a relation whose source has a mention overlapping the source text and whose
// target one overlapping the target text, with the class's polarity (+1 AGREE … RETREAT, -1 DISAPPROVE …
// INVESTIGATE). Reported: recall of those triples, and the share of predicted relations that match one.
//
// Records name several sources or targets as lists; a record with two or more sources and no target
// ("Hungarian and Romanian officials agreed") is a joint act, so each source counts as the other's
// target. A record with one source and no target has no triple to find: it is counted, not scored.

import { readFile } from "node:fs/promises";
import type { ExtractionResult, Span } from "../../contract/extraction.js";
import { StancegraphError } from "../../errors.js";
import { createExtractor, type Extractor } from "../../pipeline/extract.js";

const POSITIVE = new Set(["AGREE", "SUPPORT", "CONSULT", "AID", "COOPERATE", "CONCEDE", "RETREAT"]);
const NEGATIVE = new Set([
  "DISAPPROVE",
  "REJECT",
  "DEMAND",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "COERCE",
  "ASSAULT",
  "FIGHT",
  "MOBILIZE",
  "INVESTIGATE",
]);

export interface PloverTriple {
  source: Span;
  target: Span;
  polarity: 1 | -1;
}

export interface PloverRecord {
  id: string;
  event: string;
  text: string;
  date: string | null;
  triples: PloverTriple[];
  /** Actor texts that could not be found in the sentence. */
  unplaced: string[];
}

export interface PloverReport {
  records: number;
  /** Records with no target to score (one source, no target), and DOCUMENT records. */
  untargeted: number;
  triples: number;
  found: number;
  recall: number;
  predicted: number;
  matching: number;
  precision: number;
  byEvent: Record<string, { triples: number; found: number }>;
  unplaced: string[];
  timing: { totalMs: number };
}

interface RawActor {
  actorText?: unknown;
}

/** Where an actor text sits in the sentence: exact first, then ignoring case; "U.S. ... negotiators" by its first part. */
export function placeActor(text: string, actorText: string): Span | null {
  const probe = actorText.split(/\s*\.\.\.\s*/)[0]?.trim() ?? "";
  if (probe === "") return null;
  let at = text.indexOf(probe);
  if (at === -1) at = text.toLowerCase().indexOf(probe.toLowerCase());
  return at === -1 ? null : [at, at + probe.length];
}

function actorTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((a) => (a as RawActor).actorText)
    .filter((t): t is string => typeof t === "string" && t.trim() !== "");
}

export function ploverRecord(raw: Record<string, unknown>): PloverRecord | null {
  const event = typeof raw.event === "string" ? raw.event : "";
  const text = typeof raw.text === "string" ? raw.text : "";
  if (text === "" || (!POSITIVE.has(event) && !NEGATIVE.has(event))) return null;
  const polarity: 1 | -1 = POSITIVE.has(event) ? 1 : -1;
  const unplaced: string[] = [];
  const place = (t: string) => {
    const s = placeActor(text, t);
    if (!s) unplaced.push(t);
    return s;
  };
  const sources = actorTexts(raw.source)
    .map(place)
    .filter((s): s is Span => s !== null);
  const targets = actorTexts(raw.target)
    .map(place)
    .filter((s): s is Span => s !== null);
  const triples: PloverTriple[] = [];
  if (targets.length > 0) {
    for (const source of sources) for (const target of targets) triples.push({ source, target, polarity });
  } else if (sources.length >= 2) {
    for (const source of sources)
      for (const target of sources) if (source !== target) triples.push({ source, target, polarity });
  }
  const date = typeof raw.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.date) ? raw.date : null;
  return { id: String(raw.id ?? ""), event, text, date, triples, unplaced };
}

function overlaps(mentions: readonly Span[], s: Span): boolean {
  return mentions.some(([a, b]) => a < s[1] && b > s[0]);
}

/** Which triples of the record the extraction finds, and how many of its relations match a triple. */
export function scoreRecord(
  record: PloverRecord,
  result: ExtractionResult,
): { found: number; matching: number; predicted: number } {
  const mentionsOf = new Map(result.actors.map((a) => [a.id, a.mentions as Span[]]));
  const hits = (r: ExtractionResult["relations"][number], t: PloverTriple) =>
    r.polarity === t.polarity &&
    overlaps(mentionsOf.get(r.source) ?? [], t.source) &&
    overlaps(mentionsOf.get(r.target) ?? [], t.target);
  let found = 0;
  for (const t of record.triples) if (result.relations.some((r) => hits(r, t))) found++;
  let matching = 0;
  for (const r of result.relations) if (record.triples.some((t) => hits(r, t))) matching++;
  return { found, matching, predicted: result.relations.length };
}

export interface PloverOptions {
  file: string;
  extractor?: Extractor;
  onRecord?: (record: PloverRecord, result: ExtractionResult) => void;
}

export async function evaluatePlover(options: PloverOptions): Promise<PloverReport> {
  const t0 = performance.now();
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(options.file, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new StancegraphError(
      "SG_EVAL_DATA_MISSING",
      code
        ? `PLOVER data not found: cannot read ${options.file} (${code}); pass the path of plover-gsr-dev.json`
        : `PLOVER data in ${options.file} is not valid JSON: ${(e as Error).message}`,
      { cause: e },
    );
  }
  if (!Array.isArray(raw))
    throw new StancegraphError(
      "SG_EVAL_DATA_MISSING",
      `PLOVER data in ${options.file} must be a JSON array of records`,
    );
  const extractor = options.extractor ?? createExtractor({});
  const report: PloverReport = {
    records: 0,
    untargeted: 0,
    triples: 0,
    found: 0,
    recall: 0,
    predicted: 0,
    matching: 0,
    precision: 0,
    byEvent: {},
    unplaced: [],
    timing: { totalMs: 0 },
  };
  for (const item of raw) {
    const record = ploverRecord(item as Record<string, unknown>);
    if (!record) continue;
    report.records++;
    for (const u of record.unplaced) report.unplaced.push(`${record.id}: ${u}`);
    if (record.triples.length === 0) {
      report.untargeted++;
      continue;
    }
    const result = extractor.extract({ text: record.text, date: record.date });
    const s = scoreRecord(record, result);
    report.triples += record.triples.length;
    report.found += s.found;
    report.predicted += s.predicted;
    report.matching += s.matching;
    const e = report.byEvent[record.event] ?? { triples: 0, found: 0 };
    e.triples += record.triples.length;
    e.found += s.found;
    report.byEvent[record.event] = e;
    options.onRecord?.(record, result);
  }
  report.recall = report.triples === 0 ? 0 : (100 * report.found) / report.triples;
  report.precision = report.predicted === 0 ? 0 : (100 * report.matching) / report.predicted;
  report.timing.totalMs = performance.now() - t0;
  return report;
}
