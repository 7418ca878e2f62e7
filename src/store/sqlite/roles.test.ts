// actor_roles, the counted roles behind a profile, must equal a count made afresh from the affiliations
// after ingest, reextract (another reading, none, a document left unextracted) and on migrating a store
// of schema 2; a profile's roles must be the same read from it or from the rows, merges included.
// Real SQLite files; generated extractions where a role is stated twice in a document, or with no role.

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import type { Actor, ExtractionResult } from "../../contract/extraction.js";
import { generatedDocument } from "../../testing/generatedDocument.js";
import { prng } from "../../testing/prng.js";
import type { NewDocument } from "../store.js";
import { SqliteStore } from "./sqliteStore.js";

const dir = mkdtempSync(join(tmpdir(), "sg-roles-"));
const PEOPLE = ["haniya", "qassim", "nasrallah", "meshaal"];
const GROUPS = ["hamas", "hizbullah", "iran"];
const ROLES = ["head", "deputy", "spokesman", null];

function generated(d: number, rand: () => number, dated = true): NewDocument {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const date = dated ? `20${10 + Math.floor(rand() * 10)}-0${1 + Math.floor(rand() * 9)}-1${d % 10}` : null;
  const actors: Actor[] = PEOPLE.filter(() => rand() < 0.6).map((id) => {
    const of = pick(GROUPS);
    const role = pick(ROLES);
    const affiliations = [{ actor: of, role }];
    // Now and then the same role twice in one document: still one document.
    if (rand() < 0.2) affiliations.push({ actor: of, role });
    if (rand() < 0.3) affiliations.push({ actor: pick(GROUPS), role: pick(ROLES) });
    const actor: Actor = {
      id,
      name: id,
      type: "person",
      aliases: [],
      known: true,
      affiliations,
      mentions: [],
    };
    // A role of no one named ("columnist Fadi al-Hourani"): counted like the others, with no `of`.
    if (rand() < 0.25) actor.roles = ["columnist"];
    return actor;
  });
  const text = `Report ${d}.`;
  return generatedDocument(d, text, date, actors, []);
}

type RoleRow = [string, string, string | null, number, string | null, string | null];

function assertRoles(path: string, when: string): void {
  const db = new Database(path, { readonly: true });
  try {
    const rows = (sql: string) => (db.prepare(sql).raw(true).all() as RoleRow[]).map((r) => [...r]);
    const stored = rows(`SELECT actor, of_actor, role, documents, first, last FROM actor_roles
      ORDER BY actor, of_actor, role`);
    const recounted = rows(`SELECT actor, of_actor, role, count(DISTINCT document), min(date), max(date)
      FROM affiliations GROUP BY actor, of_actor, role ORDER BY actor, of_actor, role`);
    assert.ok(recounted.length > 3, `${when}: some roles to count`);
    assert.deepEqual(stored, recounted, `${when}: actor_roles as counted afresh`);
  } finally {
    db.close();
  }
}

describe("actor_roles (the profile's roles) after every write", () => {
  const path = join(dir, "roles.db");
  const rand = prng(21);
  const docs = Array.from({ length: 40 }, (_, d) => generated(d, rand, d % 9 !== 4));

  test("ingest, and the profile's roles read from the counts equal those read from the rows", async () => {
    const store = new SqliteStore(path);
    try {
      for (const doc of docs) await store.addDocument(doc);
      assertRoles(path, "after ingest");
      const bare = await Promise.all(PEOPLE.map(async (id) => (await store.actorProfile(id))?.roles ?? []));
      assert.ok(
        bare.flat().some((r) => r.of === null && r.role === "columnist" && r.documents > 0),
        "a role of no one named is in the profile, without an owner",
      );
      for (const id of PEOPLE) {
        const counted = (await store.actorProfile(id))?.roles;
        const fromRows = (await store.actorProfile(id, { from: "0000" }))?.roles;
        assert.ok(counted && counted.length > 0, id);
        // The window leaves out the undated documents: compare the dated part.
        const dated = counted.filter((r) => r.from !== null);
        assert.deepEqual(
          dated.map((r) => [r.of?.id, r.role, r.from, r.to]),
          (fromRows ?? []).map((r) => [r.of?.id, r.role, r.from, r.to]),
          id,
        );
      }
    } finally {
      await store.close();
    }
  });

  test("reextract: another reading, no affiliations, a document left unextracted", async () => {
    const store = new SqliteStore(path);
    try {
      for (let d = 0; d < 10; d++)
        await store.replaceExtraction(d + 1, {
          ...(docs[d] as NewDocument),
          extraction: generated(d, prng(100 + d)).extraction,
        });
      assertRoles(path, "after reextracting another reading");
      // The documents holding some role's first or last date, read again with no affiliations.
      const db = new Database(path, { readonly: true });
      const edges = db
        .prepare(`SELECT DISTINCT f.document FROM affiliations f JOIN actor_roles r ON r.actor = f.actor
          AND r.of_actor = f.of_actor AND r.role IS f.role WHERE f.date = r.first OR f.date = r.last`)
        .pluck()
        .all() as number[];
      db.close();
      assert.ok(edges.length >= 3);
      for (const d of edges.slice(0, 10)) {
        const doc = docs[d - 1] as NewDocument;
        const x = doc.extraction as ExtractionResult;
        await store.replaceExtraction(d, {
          ...doc,
          extraction: { ...x, actors: x.actors.map((a) => ({ ...a, affiliations: [] })) },
        });
      }
      assertRoles(path, "after reextracting documents that held first and last dates");
      await store.replaceExtraction(20, {
        status: "failed",
        statusDetail: "test",
        language: "eng",
        extraction: null,
      });
      assertRoles(path, "after a document left unextracted");
    } finally {
      await store.close();
    }
  });

  test("with a merge, roles of both actors are one list, each document once", async () => {
    const store = new SqliteStore(path);
    try {
      await store.mergeActors("hamas", "iran", "t");
      for (const id of PEOPLE) {
        const roles = (await store.actorProfile(id))?.roles ?? [];
        assert.ok(roles.every((r) => r.of?.id !== "iran"));
        const keys = roles.map((r) => `${r.of?.id}/${r.role}`);
        assert.equal(new Set(keys).size, keys.length, `${id}: one row per role of one actor`);
      }
      await store.mergeActors("haniya", "qassim", "t");
      const both = (await store.actorProfile("haniya"))?.roles ?? [];
      const db = new Database(path, { readonly: true });
      const documents = db
        .prepare(`SELECT count(DISTINCT document) FROM affiliations
          WHERE actor IN ('haniya', 'qassim') AND of_actor IN ('hamas', 'iran') AND role = 'head'`)
        .pluck()
        .get();
      db.close();
      assert.equal(both.find((r) => r.of?.id === "hamas" && r.role === "head")?.documents ?? 0, documents);
      await store.splitActor("qassim", "t");
      await store.splitActor("iran", "t");
      assertRoles(path, "after merges and splits");
    } finally {
      await store.close();
    }
  });

  test("a store of schema 2 is given its counts when opened", async () => {
    const p2 = join(dir, "old.db");
    const store = new SqliteStore(p2);
    const r = prng(4);
    for (let d = 0; d < 15; d++) await store.addDocument(generated(d, r));
    await store.close();
    // Back to schema 2 as it was: no table, no triggers, the old index.
    const db = new Database(p2);
    db.exec(`DROP TRIGGER affiliations_roles_insert; DROP TRIGGER affiliations_roles_delete;
      DROP TRIGGER affiliations_no_update; DROP TABLE actor_roles; DROP INDEX affiliations_actor_role;
      DROP INDEX documents_meta; CREATE INDEX affiliations_actor ON affiliations (actor); PRAGMA user_version = 2;`);
    db.close();
    await new SqliteStore(p2).close();
    assertRoles(p2, "after migrating");
  });
});
