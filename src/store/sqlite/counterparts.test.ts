// actor_links, the per-pair counts behind a profile's counterparts, must equal a count made afresh from
// the relations after every kind of write: ingest, confirm, reject and back, edit, reextract, a document
// left unextracted, merge and split; and a store of schema 1 gets them on opening. Real SQLite files,
// generated extractions (a few actors, so that pairs repeat; self-relations and undated ones included).

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import type { Actor, Relation } from "../../contract/extraction.js";
import { generatedDocument } from "../../testing/generatedDocument.js";
import { downgradeToSchema1 } from "../../testing/oldStore.js";
import { prng } from "../../testing/prng.js";
import type { NewDocument } from "../store.js";
import { SqliteStore } from "./sqliteStore.js";

const dir = mkdtempSync(join(tmpdir(), "sg-links-"));
const ACTORS = ["iran", "hamas", "syria", "hizbullah", "egypt", "qatar"];
const TYPES: [string, -1 | 0 | 1][] = [
  ["praise", 1],
  ["condemn", -1],
  ["meet", 0],
];

/** Document `d` with `n` relations drawn by `rand`; undated (no day at all) when `dated` is false. */
function generated(d: number, rand: () => number, n: number, dated = true): NewDocument {
  const pick = () => ACTORS[Math.floor(rand() * ACTORS.length)] as string;
  const date = dated ? `20${10 + Math.floor(rand() * 10)}-0${1 + Math.floor(rand() * 9)}-1${d % 10}` : null;
  let text = "";
  const relations: Relation[] = [];
  for (let k = 0; k < n; k++) {
    const [type, polarity] = TYPES[Math.floor(rand() * TYPES.length)] as [string, -1 | 0 | 1];
    // One in eight a self-relation: never a counterpart.
    const source = pick();
    const target = rand() < 0.125 ? source : pick();
    const start = text.length;
    text += `Sentence ${k} of report ${d}, where ${source} and ${target} ${type}. `;
    relations.push({
      id: `r${k + 1}`,
      source,
      target,
      type,
      polarity,
      date: dated && rand() < 0.3 ? `20${10 + Math.floor(rand() * 10)}-12-01` : null,
      statement: null,
      evidence: [start, text.length - 1],
      confidence: 0.5,
    });
  }
  const actors: Actor[] = ACTORS.map((id) => ({
    id,
    name: id,
    type: "state",
    aliases: [],
    known: true,
    affiliations: [],
    mentions: [],
  }));
  return generatedDocument(d, text, date, actors, relations);
}

type LinkRow = [string, string, number, number, number, string | null, string | null];

/** actor_links as stored, and as counted afresh from the relations: they must be equal. */
function linksAndRecount(path: string): { stored: LinkRow[]; recounted: LinkRow[] } {
  const db = new Database(path, { readonly: true });
  try {
    const rows = (sql: string) =>
      (db.prepare(sql).raw(true).all() as LinkRow[]).map((r) => [...r] as LinkRow);
    return {
      stored: rows(`SELECT actor, other, positive, negative, neutral, first, last FROM actor_links
        ORDER BY actor, other`),
      recounted: rows(`SELECT actor, other, sum(polarity > 0), sum(polarity < 0), sum(polarity = 0),
          min(day), max(day)
        FROM (SELECT source AS actor, target AS other, polarity, day FROM relations
            WHERE status != 'rejected' AND source != target
          UNION ALL SELECT target, source, polarity, day FROM relations
            WHERE status != 'rejected' AND source != target)
        GROUP BY actor, other ORDER BY actor, other`),
    };
  } finally {
    db.close();
  }
}

function assertLinks(path: string, when: string): void {
  const { stored, recounted } = linksAndRecount(path);
  assert.ok(recounted.length > 0, `${when}: some pairs to count`);
  assert.deepEqual(stored, recounted, `${when}: actor_links as counted afresh`);
}

function relationIds(path: string, where: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT id FROM relations WHERE ${where} ORDER BY id`).pluck().all() as number[];
  } finally {
    db.close();
  }
}

describe("actor_links (the counterparts' counts) after every write", () => {
  const path = join(dir, "links.db");
  const rand = prng(11);
  const docs = Array.from({ length: 30 }, (_, d) =>
    generated(d, rand, 4 + Math.floor(rand() * 8), d % 7 !== 3),
  );

  test("ingest", async () => {
    const store = new SqliteStore(path);
    for (const doc of docs) await store.addDocument(doc);
    await store.close();
    assertLinks(path, "after ingest");
  });

  test("confirm, reject, confirm again, edit polarity and type, on the pair's first and last days too", async () => {
    const store = new SqliteStore(path);
    try {
      const ids = relationIds(path, "source != target");
      // The relations holding some pair's first or last day: taking them out must recount those.
      const edges = relationIds(
        path,
        `source != target AND (day = (SELECT first FROM actor_links WHERE actor = source AND other = target)
          OR day = (SELECT last FROM actor_links WHERE actor = source AND other = target))`,
      );
      assert.ok(edges.length > 5);
      for (const id of edges.slice(0, 6)) await store.rejectRelation(id, "t");
      assertLinks(path, "after rejecting first/last days");
      for (const id of edges.slice(0, 3)) await store.confirmRelation(id, "t");
      assertLinks(path, "after confirming rejected relations");
      for (const [i, id] of ids.slice(0, 12).entries()) {
        if (i % 3 === 0) await store.confirmRelation(id, "t");
        else if (i % 3 === 1) await store.editRelation(id, { polarity: -1, type: "condemn" }, "t");
        else await store.editRelation(id, { polarity: 0 }, "t");
      }
      assertLinks(path, "after confirms and edits");
      // Every relation of one pair rejected: the pair is no longer a counterpart at all.
      const pair = relationIds(
        path,
        "((source = 'iran' AND target = 'hamas') OR (source = 'hamas' AND target = 'iran'))",
      );
      assert.ok(pair.length > 0);
      for (const id of pair) await store.rejectRelation(id, "t");
      assertLinks(path, "after rejecting a whole pair");
      const iran = await store.actorProfile("iran");
      assert.equal(
        iran?.counterparts.some((c) => c.actor.id === "hamas"),
        false,
      );
      await store.confirmRelation(pair[0] as number, "t");
      assertLinks(path, "after one of the pair back");
    } finally {
      await store.close();
    }
  });

  test("reextract: the same reading, a shorter one, and a document no longer extracted", async () => {
    const store = new SqliteStore(path);
    try {
      for (let d = 0; d < 6; d++) await store.replaceExtraction(d + 1, docs[d] as NewDocument);
      assertLinks(path, "after reextracting the same");
      const shorter = generated(100, prng(5), 3);
      for (let d = 6; d < 10; d++)
        await store.replaceExtraction(d + 1, { ...(docs[d] as NewDocument), extraction: shorter.extraction });
      assertLinks(path, "after reextracting another reading");
      // The documents whose engine relations hold some pair's first or last day, read again as none.
      const holding = new Database(path, { readonly: true });
      const edgeDocs = holding
        .prepare(`SELECT DISTINCT document FROM relations WHERE status = 'machine' AND source != target
          AND (day = (SELECT first FROM actor_links WHERE actor = source AND other = target)
            OR day = (SELECT last FROM actor_links WHERE actor = source AND other = target))`)
        .pluck()
        .all() as number[];
      holding.close();
      assert.ok(edgeDocs.length >= 3);
      const none = generated(101, prng(6), 0);
      for (const d of edgeDocs.slice(0, 8))
        await store.replaceExtraction(d, { ...(docs[d - 1] as NewDocument), extraction: none.extraction });
      assertLinks(path, "after reextracting documents that held first and last days");
      await store.replaceExtraction(11, {
        status: "language",
        statusDetail: "not English",
        language: "fra",
        extraction: null,
      });
      assertLinks(path, "after a document left unextracted");
    } finally {
      await store.close();
    }
  });

  test("merge and split change no count; the profile sums a merged actor's counterparts", async () => {
    const store = new SqliteStore(path);
    try {
      const before = linksAndRecount(path).stored;
      const all = { from: "0000", to: "9999" };
      await store.mergeActors("syria", "egypt", "t");
      await store.mergeActors("qatar", "hizbullah", "t");
      assert.deepEqual(linksAndRecount(path).stored, before);
      // Counted from actor_links (all time) and from the relations (a window): the same, but for the
      // relations with no day, which no window holds. So: only dated documents' counts are compared
      // through first and last; the totals over all time must be at least the windowed ones.
      for (const id of ["syria", "qatar", "iran", "hamas"]) {
        const p = await store.actorProfile(id);
        const w = await store.actorProfile(id, all);
        assert.ok(p && w);
        assert.equal(p.counterpartCount, p.counterparts.length);
        assert.ok(
          p.counterparts.every(
            (c) => c.actor.id !== "egypt" && c.actor.id !== "hizbullah" && c.actor.id !== id,
          ),
        );
        for (const c of w.counterparts) {
          const same = p.counterparts.find((x) => x.actor.id === c.actor.id);
          assert.ok(same, `${id}: ${c.actor.id} is a counterpart over all time too`);
          assert.ok(same.positive >= c.positive && same.negative >= c.negative && same.neutral >= c.neutral);
        }
      }
      await store.splitActor("egypt", "t");
      await store.splitActor("hizbullah", "t");
      assert.deepEqual(linksAndRecount(path).stored, before);
    } finally {
      await store.close();
    }
  });

  test("with every relation dated, a profile over all time equals one over a window holding all", async () => {
    const p2 = join(dir, "dated.db");
    const store = new SqliteStore(p2);
    try {
      const r = prng(3);
      for (let d = 0; d < 20; d++) await store.addDocument(generated(d, r, 6));
      await store.mergeActors("iran", "qatar", "t");
      for (const id of ["iran", "hamas", "syria"])
        for (const counterparts of [1, 3, 200]) {
          const p = await store.actorProfile(id, { counterparts });
          const w = await store.actorProfile(id, { counterparts, from: "0000", to: "9999" });
          assert.deepEqual(p?.counterparts, w?.counterparts, `${id}, top ${counterparts}`);
          assert.equal(p?.counterpartCount, w?.counterpartCount);
        }
    } finally {
      await store.close();
    }
  });

  test("a store of schema 1 is given its counts when opened", async () => {
    const p1 = join(dir, "old.db");
    const store = new SqliteStore(p1);
    const r = prng(4);
    for (let d = 0; d < 10; d++) await store.addDocument(generated(d, r, 6));
    await store.close();
    downgradeToSchema1(p1);
    await new SqliteStore(p1).close();
    assertLinks(p1, "after migrating");
  });
});
