// Opening the store for a question: a store written by an older stancegraph is migrated once, then read.

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { SqliteStore } from "../store/sqlite/sqliteStore.js";
import { contractDocument } from "../store/storeContract.js";
import { downgradeToSchema1 } from "../testing/oldStore.js";
import { openStore } from "./storeOption.js";

describe("openStore for questions", () => {
  test("regression: a question on a store of schema 1 migrates it instead of failing with SG_STORE_OUTDATED", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sg-open-")), "old.db");
    const text = "Hamas political bureau head Isma'il Haniya thanked Iran for its aid, the group said.";
    const writer = new SqliteStore(path);
    await writer.addDocument(contractDocument(text, { date: "2024-05-28" }));
    await writer.close();
    downgradeToSchema1(path);
    const store = openStore(path, "read");
    try {
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
    } finally {
      await store.close();
    }
  });
});
