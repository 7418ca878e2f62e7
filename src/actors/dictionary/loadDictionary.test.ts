// The compiled-dictionary cache: written on the first load, read back on the next, ignored when broken,
// renewed when a dictionary file changes, and not needed at all when switched off.

import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { loadActorDictionary } from "./loadDictionary.js";

const cacheDir = mkdtempSync(join(tmpdir(), "sg-cache-"));
const userFile = join(cacheDir, "mine.json");
let previous: string | undefined;

before(() => {
  previous = process.env.STANCEGRAPH_CACHE_DIR;
  process.env.STANCEGRAPH_CACHE_DIR = cacheDir;
});
after(() => {
  if (previous === undefined) delete process.env.STANCEGRAPH_CACHE_DIR;
  else process.env.STANCEGRAPH_CACHE_DIR = previous;
});

function mine(name: string): void {
  writeFileSync(
    userFile,
    JSON.stringify({ format: "stancegraph.actors/1", actors: [{ id: "division-20", name, type: "group" }] }),
  );
}

const caches = () => readdirSync(cacheDir).filter((f) => f.endsWith(".bin"));

describe("the compiled dictionary cache", () => {
  test("the first load writes it and the next one reads the same dictionary back", () => {
    mine("Division 20");
    const first = loadActorDictionary([userFile], { memo: false });
    assert.equal(caches().length, 1);
    const second = loadActorDictionary([userFile], { memo: false });
    assert.notEqual(second, first, "a fresh object, read from the cache");
    assert.equal(second.aliasCount, first.aliasCount);
    assert.equal(second.actors.get("division-20")?.name, "Division 20");
    assert.deepEqual(second.actors.get("naim-qassim"), first.actors.get("naim-qassim"));
  });

  test("a changed dictionary file is compiled anew", () => {
    mine("Firqat al-Hamzat");
    const d = loadActorDictionary([userFile], { memo: false });
    assert.equal(d.actors.get("division-20")?.name, "Firqat al-Hamzat");
    assert.equal(caches().length, 2);
  });

  test("a broken cache file is ignored", () => {
    for (const f of caches()) writeFileSync(join(cacheDir, f), "not a serialized dictionary");
    const d = loadActorDictionary([userFile], { memo: false });
    assert.equal(d.actors.get("division-20")?.name, "Firqat al-Hamzat");
  });

  test("STANCEGRAPH_CACHE_DIR=off compiles without writing anything", () => {
    process.env.STANCEGRAPH_CACHE_DIR = "off";
    try {
      mine("Sultan Murad Division");
      const d = loadActorDictionary([userFile], { memo: false });
      assert.equal(d.actors.get("division-20")?.name, "Sultan Murad Division");
      assert.equal(caches().length, 2);
    } finally {
      process.env.STANCEGRAPH_CACHE_DIR = cacheDir;
    }
  });
});
