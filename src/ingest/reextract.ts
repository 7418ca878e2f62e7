// `stancegraph reextract`: the engine run again on stored documents (after it improved, or after an
// analyst added aliases), each document's extraction replaced in its own transaction, every analyst's
// decision kept (Store.replaceExtraction). Documents stored in another language stay unextracted unless
// forced.

import type { ErrorCode } from "../errors.js";
import { mapOrdered, type Started } from "../parallel/mapOrdered.js";
import type { Store } from "../store/store.js";
import { createPrepareRunner } from "./ingest.js";
import type { Prepared, PrepareSettings } from "./prepare.js";

export interface ReextractSummary {
  documents: number;
  extracted: number;
  /** Left unextracted: another language. */
  notEnglish: number;
  failed: number;
  statements: number;
  relations: number;
  /** Relations an analyst decided on, kept as they were. */
  kept: number;
  errors: { document: number; code: ErrorCode; message: string }[];
  seconds: number;
}

export interface ReextractOptions {
  jobs: number;
  settings: PrepareSettings;
  /** Only these documents (store ids); all when empty. */
  documents: readonly number[];
  /** Called after each document, for progress. */
  onDocument?: (done: number, total: number) => void;
}

export async function reextract(store: Store, options: ReextractOptions): Promise<ReextractSummary> {
  const began = performance.now();
  const ids = options.documents.length > 0 ? [...options.documents] : await store.documentIds();
  const summary: ReextractSummary = {
    documents: 0,
    extracted: 0,
    notEnglish: 0,
    failed: 0,
    statements: 0,
    relations: 0,
    kept: 0,
    errors: [],
    seconds: 0,
  };
  const runner = createPrepareRunner(options.settings, options.jobs);
  async function* stored() {
    for (const id of ids) yield { id, doc: await store.documentForExtraction(id) };
  }
  type Item = Awaited<ReturnType<typeof store.documentForExtraction>>;
  const start = ({
    id,
    doc,
  }: {
    id: number;
    doc: Item;
  }): Started<{ id: number; prepared: Prepared | null }> => {
    if (!doc) return { weight: 1, result: { id, prepared: null } };
    const where = `document ${id} (${doc.source})`;
    return {
      weight: doc.text.length,
      result: runner
        .start({
          where,
          source: doc.source,
          format: doc.format as Parameters<typeof runner.start>[0]["format"],
          rawHash: "",
          record: { text: doc.text, title: doc.title, date: doc.date, source: doc.source },
        })
        .then((prepared) => ({ id, prepared })),
    };
  };
  try {
    for await (const { id, prepared } of mapOrdered(stored(), start, runner.window)) {
      summary.documents++;
      if (prepared === null) {
        summary.errors.push({
          document: id,
          code: "SG_NOT_FOUND",
          message: `document ${id} is not in the store`,
        });
      } else if (!prepared.ok) {
        summary.errors.push({ document: id, code: prepared.code, message: prepared.message });
      } else {
        const d = prepared.document;
        const outcome = await store.replaceExtraction(id, d);
        summary.kept += outcome.kept;
        summary.statements += outcome.statements;
        summary.relations += outcome.relations;
        if (d.status === "extracted") summary.extracted++;
        else if (d.status === "language") summary.notEnglish++;
        else summary.failed++;
      }
      options.onDocument?.(summary.documents, ids.length);
    }
  } finally {
    await runner.close();
  }
  summary.seconds = (performance.now() - began) / 1000;
  return summary;
}
