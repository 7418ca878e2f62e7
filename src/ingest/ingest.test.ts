// The ingest loop against a real SQLite store: documents are written a batch per transaction, and one the
// store refuses loses none of the others in its batch (the batch is written again one by one, the good ones
// kept, and the refusal stops the ingest as any store error does).

import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { SqliteStore } from "../store/sqlite/sqliteStore.js";
import type { NewDocument } from "../store/store.js";
import { type IngestProgress, ingest } from "./ingest.js";
import { listSources } from "./sources.js";

const QUIET: IngestProgress = { start() {}, advance() {}, skipped() {}, stop() {} };

const LINES = [
  "Hamas thanked Iran for its support on Monday.",
  "Hizbullah praised the Houthis' “courageous position” in a statement.",
  "REFUSED: the Syrian opposition condemned Hamas for the visit.",
  "Qatar's foreign ministry said it welcomed the truce.",
].map((text, i) => JSON.stringify({ id: `doc-${i}`, text }));

describe("ingest into SQLite", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "sg-ingest-"));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const run = async (store: SqliteStore, file: string) =>
    ingest(
      await listSources([file], new Set()),
      store,
      {
        jobs: 1,
        maxBytes: 1024 * 1024,
        fetchUrl: async () => {
          throw new Error("no URLs here");
        },
        settings: { date: "2024-01-05", actorFiles: [], forceLanguage: false },
      },
      QUIET,
    );

  test("documents of one batch land in one transaction, all counted", async () => {
    const file = join(dir, "ok.jsonl");
    await writeFile(file, `${LINES.join("\n")}\n`);
    const store = new SqliteStore(join(dir, "ok.db"));
    let batches = 0;
    const addDocuments = store.addDocuments.bind(store);
    store.addDocuments = (docs: readonly NewDocument[]) => {
      batches++;
      return addDocuments(docs);
    };
    const summary = await run(store, file);
    assert.equal(summary.added, 4);
    assert.equal(batches, 1, "four small documents are one batch");
    assert.equal((await store.stats()).documents, 4);
    await store.close();
  });

  test("a document the store refuses keeps the others of its batch and stops the ingest (regression)", async () => {
    const file = join(dir, "refused.jsonl");
    await writeFile(file, `${LINES.join("\n")}\n`);
    const store = new SqliteStore(join(dir, "refused.db"));
    // The store refusing one document, as a full disk or a constraint would.
    const refuse = (doc: NewDocument) => {
      if (doc.text.startsWith("REFUSED")) throw new Error("SQLITE_FULL: database or disk is full");
    };
    const addDocuments = store.addDocuments.bind(store);
    const addDocument = store.addDocument.bind(store);
    store.addDocuments = async (docs: readonly NewDocument[]) => {
      for (const d of docs) refuse(d);
      return addDocuments(docs);
    };
    store.addDocument = async (doc: NewDocument) => {
      refuse(doc);
      return addDocument(doc);
    };
    await assert.rejects(run(store, file), /SQLITE_FULL/);
    assert.equal((await store.stats()).documents, 2, "the two before the refused one are kept");
    await store.close();
  });
});
