// The SQLite store: the shared store contract, and what only a file on disk can show (WAL, migrations,
// files that are not stores).

import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { isStancegraphError } from "../../errors.js";
import { CONTRACT_TEXTS, contractDocument, storeContract } from "../storeContract.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { openDatabase } from "./open.js";
import { SqliteStore } from "./sqliteStore.js";

const dir = mkdtempSync(join(tmpdir(), "sg-store-"));

storeContract("sqlite", async () => new SqliteStore(join(dir, "contract.db")));

describe("SqliteStore on disk", () => {
  test("a new store is in WAL mode with the current schema", async () => {
    const path = join(dir, "wal.db");
    await new SqliteStore(path).close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(db.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    db.close();
  });

  test("a store opened for reading or writing keeps a 64 MB page cache, not SQLite's 2 MB", async () => {
    const path = join(dir, "cache.db");
    await new SqliteStore(path).close();
    for (const readonly of [false, true]) {
      const db = openDatabase(path, { readonly, mustExist: true });
      assert.equal(db.pragma("cache_size", { simple: true }), -65536);
      db.close();
    }
  });

  test("documents added as a batch are stored in order, a repeated text once", async () => {
    const store = new SqliteStore(join(dir, "batch.db"));
    const [a, b, again] = await store.addDocuments([
      contractDocument(CONTRACT_TEXTS.haniya),
      contractDocument(CONTRACT_TEXTS.qassim),
      contractDocument(CONTRACT_TEXTS.haniya, { source: "copy.txt" }),
    ]);
    assert.deepEqual(
      [a?.created, b?.created, again?.created],
      [true, true, false],
      "the third is the first's text, seen inside the same batch",
    );
    assert.equal(again?.id, a?.id);
    assert.ok(a && b && a.id < b.id, "in the order given");
    assert.equal((await store.stats()).documents, 2);
    await store.close();
  });

  test("a batch with a document the store refuses stores none of it", async () => {
    const store = new SqliteStore(join(dir, "batch-refused.db"));
    const good = contractDocument(CONTRACT_TEXTS.haniya);
    const broken = { ...contractDocument(CONTRACT_TEXTS.qassim), source: null as unknown as string };
    await assert.rejects(store.addDocuments([good, broken]), /NOT NULL/);
    assert.equal((await store.stats()).documents, 0);
    assert.equal(await store.storedStatus(good.textHash), null);
    assert.equal((await store.addDocuments([good]))[0]?.created, true, "the store is still usable");
    await store.close();
  });

  test("a store reopened keeps its documents", async () => {
    const path = join(dir, "reopen.db");
    const a = new SqliteStore(path);
    await a.addDocument(contractDocument(CONTRACT_TEXTS.qassim));
    await a.close();
    const b = new SqliteStore(path, { mustExist: true });
    assert.equal((await b.stats()).documents, 1);
    await b.close();
  });

  const refusals: [string, () => void, string, RegExp][] = [
    [
      "a text file",
      () => writeFileSync(join(dir, "notes.db"), "Hamas thanked Iran.\n".repeat(100)),
      "notes.db",
      /not a database/,
    ],
    [
      "another program's SQLite database",
      () => {
        const db = new Database(join(dir, "other.db"));
        db.exec("CREATE TABLE invoices (id INTEGER)");
        db.close();
      },
      "other.db",
      /not a stancegraph store/,
    ],
  ];
  for (const [what, make, file, message] of refusals) {
    test(`${what} is refused with SG_STORE_UNREADABLE, and left as it was`, () => {
      make();
      assert.throws(
        () => new SqliteStore(join(dir, file)),
        (e: unknown) => isStancegraphError(e) && e.code === "SG_STORE_UNREADABLE" && message.test(e.message),
      );
    });
  }

  test("a store from a newer stancegraph is refused with SG_STORE_TOO_NEW", async () => {
    const path = join(dir, "newer.db");
    await new SqliteStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    assert.throws(
      () => new SqliteStore(path),
      (e: unknown) =>
        isStancegraphError(e) && e.code === "SG_STORE_TOO_NEW" && /upgrade stancegraph/.test(e.message),
    );
  });

  test("asking a store that does not exist does not create one", () => {
    const path = join(dir, "typo.db");
    assert.throws(
      () => new SqliteStore(path, { mustExist: true }),
      (e: unknown) =>
        isStancegraphError(e) && e.code === "SG_STORE_UNREADABLE" && /stancegraph ingest/.test(e.message),
    );
  });
});
