// `stancegraph ingest`: sources in, documents and their extractions into the store. Sources already
// stored (same bytes, or same text from elsewhere) are passed over before any work; the rest are
// converted and extracted on worker threads (or the main thread with --jobs 1), and the documents are
// written in source order, a batch per transaction, so a killed run loses nothing committed and the next
// run takes up where it stopped (redoing at most the batch it was writing).

import type { ErrorCode } from "../errors.js";
import { mapOrdered, type Started, type Window } from "../parallel/mapOrdered.js";
import { createOrderedPool, type OrderedPool } from "../parallel/orderedPool.js";
import type { AddedDocument, NewDocument, Store } from "../store/store.js";
import { createPrepareTask, type Prepared, type PrepareSettings, type RawSource } from "./prepare.js";
import { type Listed, type ReadSourcesOptions, readSources } from "./sources.js";

export interface IngestOptions extends ReadSourcesOptions {
  /** Worker threads; 1 = none, unless `isolate`. */
  jobs: number;
  /**
   * Convert and extract on worker threads even with one job, each with this much heap at most: a
   * source that would take the process's memory (a zip bomb in a DOCX) takes only its worker's (serve).
   */
  isolate?: { maxHeapMb: number };
  settings: PrepareSettings;
}

export interface Skipped {
  where: string;
  code: ErrorCode;
  message: string;
}

export interface IngestSummary {
  /** New documents stored. */
  added: number;
  /** ...of which extracted. */
  extracted: number;
  /** ...of which stored but not extracted: not English. */
  notEnglish: number;
  /** Those documents, each with its source, its id in the store and the language it was taken for. */
  notEnglishDocuments: { source: string; document: number; language: string }[];
  /** ...of which stored but the engine failed on them. */
  failed: number;
  /** Sources passed over because the store already holds them. */
  alreadyStored: number;
  /** Stored documents extracted now: forced to (--force-language), or the engine failed on them before. */
  reextracted: number;
  statements: number;
  relations: number;
  /** Sources that could not be read or converted: nothing stored. */
  skipped: Skipped[];
  /** Bytes of the sources read. */
  bytes: number;
  seconds: number;
}

/** What the progress display is told as the ingest goes. */
export interface IngestProgress {
  /** The total bytes listed (URLs and JSONL lines count as they come). */
  start(totalBytes: number, sources: number): void;
  /** One source done, whatever became of it; `bytes` of it. */
  advance(bytes: number, summary: Readonly<IngestSummary>): void;
  skipped(item: Skipped): void;
  /** A document stored but not extracted, with what to do about it. */
  note?(message: string): void;
  stop(summary: Readonly<IngestSummary>): void;
}

/** What became of a source: prepared (to store), skipped with a reason, or already in the store. */
type Work =
  | { kind: "prepared"; bytes: number; prepared: Prepared }
  | { kind: "skip"; bytes: number; item: Skipped }
  | { kind: "stored"; bytes: number };

/** A source read and not yet stored (`work`), or one already settled. */
type Next = { kind: "work"; raw: RawSource; bytes: number } | Work;

function emptySummary(): IngestSummary {
  return {
    added: 0,
    extracted: 0,
    notEnglish: 0,
    notEnglishDocuments: [],
    failed: 0,
    alreadyStored: 0,
    reextracted: 0,
    statements: 0,
    relations: 0,
    skipped: [],
    bytes: 0,
    seconds: 0,
  };
}

/** Prepares sources on worker threads (or inline with one job), results in submission order. */
export interface PrepareRunner {
  start(raw: RawSource): Promise<Prepared>;
  /** How far to read ahead to keep every worker busy. */
  window: Window;
  close(): Promise<void>;
}

export function createPrepareRunner(
  settings: PrepareSettings,
  jobs: number,
  isolate?: { maxHeapMb: number },
): PrepareRunner {
  if (jobs <= 1 && !isolate) {
    const task = createPrepareTask(settings);
    return { start: task, window: { items: 4, weight: 4 * 1024 * 1024 }, close: async () => {} };
  }
  const pool: OrderedPool<RawSource> = createOrderedPool<RawSource>({
    worker: new URL("../parallel/ingestWorker.js", import.meta.url),
    workerData: settings,
    size: Math.max(1, jobs),
    weigh: weightOf,
    ...(isolate ? { resourceLimits: { maxOldGenerationSizeMb: isolate.maxHeapMb } } : {}),
  });
  const decoder = new TextDecoder();
  return {
    window: pool.window,
    close: () => pool.close(),
    start: (raw) =>
      pool.submit(raw).then((outcome): Prepared => {
        if (outcome.ok) return JSON.parse(decoder.decode(outcome.output)) as Prepared;
        return {
          ok: false,
          where: raw.where,
          code: "SG_EXTRACT_FAILED",
          message: `${raw.where}: ${outcome.crashed ? "the worker thread died on it" : "the ingest failed"} (${outcome.error}); this is a bug in stancegraph, please report it with this input`,
        };
      }),
  };
}

/**
 * Documents written per transaction, at most: the store's fixed cost of a commit (the full-text index's
 * new segment and its merges, index pages written again) is then paid once for many. Measured on
 * PolNeAR, 1,500 documents: 4.2 s one by one, 3.2 s in batches of 50; the ingest bench (51 MB) 60 s
 * one by one, 47 s in batches of 32. A batch is also written once it holds this many characters, or once
 * its first document has waited this long for the others (checked as each document comes, so a slow
 * source after it keeps it waiting; a kill then redoes its extraction, nothing else). Bigger batches
 * gained nothing more and cost memory (64 documents or 4 MB: 526 MB peak against 440).
 */
const BATCH = { documents: 32, chars: 1024 * 1024, ms: 500 };

function weightOf(raw: RawSource): number {
  return raw.bytes?.length ?? raw.record?.text.length ?? 1;
}

export async function ingest(
  listed: readonly Listed[],
  store: Store,
  options: IngestOptions,
  progress: IngestProgress,
): Promise<IngestSummary> {
  const began = performance.now();
  const summary = emptySummary();
  const total = listed.reduce((n, l) => n + (l.kind === "file" ? l.bytes : 0), 0);
  progress.start(total, listed.length);
  const runner = createPrepareRunner(options.settings, options.jobs, options.isolate);
  const start = (item: Next): Started<Work> => {
    if (item.kind !== "work") return { weight: 1, result: item };
    const { raw, bytes } = item;
    return {
      weight: weightOf(raw),
      result: runner.start(raw).then((prepared): Work => ({ kind: "prepared", bytes, prepared })),
    };
  };

  // Sources, with those already stored answered before any work is sent out.
  async function* sources(): AsyncGenerator<Next> {
    for await (const item of readSources(listed, options)) {
      if (item.kind === "error") {
        yield { kind: "skip", bytes: 0, item: { where: item.where, code: item.code, message: item.message } };
        continue;
      }
      // Stored and extracted, or stored in another language and not forced: nothing to do. An engine
      // failure is tried again (the engine may have been fixed), and so is another language when forced.
      const status = await store.storedStatus(item.raw.rawHash);
      if (status === "extracted" || (status === "language" && !options.settings.forceLanguage))
        yield { kind: "stored", bytes: item.bytes };
      else yield { kind: "work", raw: item.raw, bytes: item.bytes };
    }
  }

  /** Counts a document written, and says which one was stored without its extraction and why. */
  const record = (doc: NewDocument, added: AddedDocument) => {
    count(summary, doc, added);
    if (!added.created || doc.status !== "language") return;
    summary.notEnglishDocuments.push({ source: doc.source, document: added.id, language: doc.language });
    progress.note?.(
      `${doc.source}: taken for ${doc.language}, not English; stored as document ${added.id}, not extracted. If it is English, extract it with: stancegraph reextract --force-language --document ${added.id}`,
    );
  };

  let batch: NewDocument[] = [];
  let batchChars = 0;
  let batchSince = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    batchChars = 0;
    try {
      const added = await store.addDocuments(docs);
      for (const [i, doc] of docs.entries()) record(doc, added[i] as AddedDocument);
    } catch (e) {
      // One document the store refuses must not take the batch with it: one at a time, the ones before it
      // are kept, and its own error stops the ingest as it always did.
      if (docs.length === 1) throw e;
      for (const doc of docs) record(doc, await store.addDocument(doc));
    }
    progress.advance(0, summary);
  };

  try {
    for await (const work of mapOrdered(sources(), start, runner.window)) {
      summary.bytes += work.bytes;
      if (work.kind === "stored") summary.alreadyStored++;
      else if (work.kind === "skip") {
        summary.skipped.push(work.item);
        progress.skipped(work.item);
      } else if (!work.prepared.ok) {
        const { where, code, message } = work.prepared;
        const item = { where, code, message };
        summary.skipped.push(item);
        progress.skipped(item);
      } else {
        if (work.prepared.warning) progress.note?.(work.prepared.warning);
        if (batch.length === 0) batchSince = performance.now();
        batch.push(work.prepared.document);
        batchChars += work.prepared.document.text.length;
        if (
          batch.length >= BATCH.documents ||
          batchChars >= BATCH.chars ||
          performance.now() - batchSince >= BATCH.ms
        )
          await flush();
      }
      summary.seconds = (performance.now() - began) / 1000;
      progress.advance(work.bytes, summary);
    }
    await flush();
  } finally {
    await runner.close();
  }
  summary.seconds = (performance.now() - began) / 1000;
  progress.stop(summary);
  return summary;
}

/** What became of one document written, counted into the summary. */
function count(summary: IngestSummary, doc: NewDocument, added: AddedDocument): void {
  if (added.extracted && !added.created) {
    summary.reextracted++;
    summary.statements += doc.extraction?.statements.length ?? 0;
    summary.relations += doc.extraction?.relations.length ?? 0;
  } else if (!added.created) summary.alreadyStored++;
  else {
    summary.added++;
    if (doc.status === "extracted" && doc.extraction) {
      summary.extracted++;
      summary.statements += doc.extraction.statements.length;
      summary.relations += doc.extraction.relations.length;
    } else if (doc.status === "language") summary.notEnglish++;
    else summary.failed++;
  }
}
