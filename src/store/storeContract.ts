// The store contract: one suite of tests that every Store implementation must pass (SQLite now,
// PostgreSQL next). An implementation's test file calls storeContract() with a way to open one store,
// empty at first; each call opens another connection to that same store. The documents are extracted by the real engine, so the suite stores what ingest stores.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { ExtractionResult } from "../contract/extraction.js";
import { createExtractor } from "../pipeline/extract.js";
import type { NewDocument, Store } from "./store.js";

export const CONTRACT_TEXTS = {
  haniya: [
    "Hamas Thanks Tehran",
    "",
    "Hamas political bureau head Isma\u2019il Haniya said on May 28: \u201cWe thank the Islamic Republic of Iran for the financial and military aid.\u201d",
    "",
    "The Syrian opposition condemned Hamas for its rapprochement with the Assad regime.",
  ].join("\n"),
  qassim: [
    "Hizbullah deputy secretary-general Na\u2019im Qassim said that there had been progress in the talks.",
    "",
    "Hizbullah praised Iran for its support\u00a0\u2014 and thanked Syria as well.",
  ].join("\n"),
};

let extractor: ReturnType<typeof createExtractor> | undefined;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A NewDocument as ingest makes it: the text extracted by the real engine. */
export function contractDocument(text: string, overrides: Partial<NewDocument> = {}): NewDocument {
  extractor ??= createExtractor({ date: null, actorFiles: [] });
  const date = overrides.date ?? "2021-06-04";
  const extraction: ExtractionResult = extractor.extract({ text, date, source: "contract.txt" });
  return {
    rawHash: sha256(`raw:${text}`),
    textHash: sha256(text),
    source: "contract.txt",
    format: "text",
    title: null,
    date,
    language: "eng",
    text,
    status: "extracted",
    statusDetail: null,
    extraction,
    ...overrides,
  };
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    test("a new store is empty", async () => {
      const s = await store.stats();
      assert.equal(s.documents, 0);
      assert.equal(s.statements, 0);
      assert.deepEqual(await store.search("Hamas"), []);
    });

    test("a document and its extraction are stored together, with every span kept", async () => {
      const doc = contractDocument(CONTRACT_TEXTS.haniya);
      const added = await store.addDocument(doc);
      assert.equal(added.created, true);
      const back = await store.getDocument(added.id);
      assert.equal(back?.text, CONTRACT_TEXTS.haniya);
      assert.equal(back?.status, "extracted");
      const s = await store.stats();
      const x = doc.extraction as ExtractionResult;
      assert.equal(s.documents, 1);
      assert.equal(s.statements, x.statements.length);
      assert.equal(s.relations, x.relations.length);
      assert.equal(
        s.mentions,
        x.actors.reduce((n, a) => n + a.mentions.length, 0),
      );
      assert.ok(s.statements >= 1 && s.relations >= 1, "the engine found a statement and a relation");
    });

    test("the same text again is not stored twice, whatever its source", async () => {
      const again = await store.addDocument(contractDocument(CONTRACT_TEXTS.haniya, { source: "other.txt" }));
      assert.equal(again.created, false);
      assert.equal((await store.stats()).documents, 1);
      assert.equal(await store.storedStatus(sha256(CONTRACT_TEXTS.haniya)), "extracted");
      assert.equal(await store.storedStatus(sha256(`raw:${CONTRACT_TEXTS.haniya}`)), "extracted");
      assert.equal(await store.storedStatus(sha256("never stored")), null);
    });

    test("actors are corpus-wide: Hamas in two documents is one actor", async () => {
      await store.addDocument(contractDocument(CONTRACT_TEXTS.qassim, { date: "2021-06-10" }));
      const actors = await store.actors();
      const hamas = actors.filter((a) => a.name === "Hamas");
      assert.equal(hamas.length, 1);
      const hizbullah = actors.find((a) => a.id === "hizbullah");
      assert.equal(hizbullah?.documents, 1);
      const iran = actors.find((a) => a.id === "iran");
      assert.equal(iran?.documents, 2, "Iran is mentioned in both documents");
      assert.ok((await store.actors({ type: "state" })).every((a) => a.type === "state"));
      // A search box: part of a name or an alias, any case; the closest matches first.
      const found = await store.actors({ match: "HANIY" });
      assert.deepEqual(
        found.map((a) => a.id),
        ["ismail-haniya"],
      );
      assert.equal(found[0]?.documents, 1);
      assert.deepEqual((await store.actors({ match: "ran" })).map((a) => a.id).slice(0, 1), ["iran"]);
      assert.deepEqual(await store.actors({ match: "zzyzx" }), []);
      assert.deepEqual(await store.actors({ match: "ran", type: "person" }), []);
      const s = await store.stats();
      assert.equal(s.from, "2021-06-04");
      assert.equal(s.to, "2021-06-10");
    });

    test("documents list newest first, and a document's layers point into its text", async () => {
      const docs = await store.listDocuments();
      assert.equal(docs.length, 2);
      assert.ok((docs[0]?.id ?? 0) > (docs[1]?.id ?? 0), "the last ingested first");
      assert.ok(docs.every((d) => d.length > 0 && d.status === "extracted"));
      assert.equal((await store.listDocuments({ limit: 1, offset: 1 }))[0]?.id, docs[1]?.id);
      const haniya = docs.find((d) => d.statements > 0 && d.relations > 0);
      assert.ok(haniya, JSON.stringify(docs));
      const doc = await store.getDocument(haniya.id);
      const layers = await store.documentLayers(haniya.id);
      assert.ok(doc && layers);
      assert.equal(layers.statements.length, haniya.statements);
      const st = layers.statements.find((x) => x.speakerSpan !== null && x.cueSpan !== null);
      assert.ok(st, "a statement with its speaker and cue spans");
      const [ss, se] = st.speakerSpan as [number, number];
      assert.equal(doc.text.slice(ss, se), st.speakerText);
      const [cs, ce] = st.cueSpan as [number, number];
      assert.equal(doc.text.slice(cs, ce), st.cue);
      for (const r of layers.relations) assert.equal(doc.text.slice(...r.evidence), r.evidenceText);
      assert.ok(layers.mentions.length > 0);
      for (const m of layers.mentions) assert.ok(m.span[0] < m.span[1] && m.span[1] <= doc.text.length);
      assert.equal(await store.documentLayers(999_999), null);
    });

    test("the change stamp changes with every write and only then", async () => {
      const before = await store.changeStamp();
      assert.equal(await store.changeStamp(), before);
      await store.stats();
      await store.decisions();
      await store.analystAliases();
      assert.equal(await store.changeStamp(), before, "a read changes nothing");
      const other = await open();
      try {
        await other.addAlias("iran", "the Islamic Republic", "another process");
      } finally {
        await other.close();
      }
      const afterOther = await store.changeStamp();
      assert.notEqual(afterOther, before, "another connection's commit");
      await store.addAlias("hamas", "the Islamic Resistance Movement of Palestine", "tester");
      assert.notEqual(await store.changeStamp(), afterOther, "this connection's write");
    });

    test("the review queue gives the engine's relations, least confident first, page by page", async () => {
      const queue = await store.reviewQueue();
      assert.ok(queue.length >= 2);
      assert.ok(queue.every((r) => r.status === "machine"));
      for (let i = 1; i < queue.length; i++)
        assert.ok((queue[i - 1]?.confidence ?? 0) <= (queue[i]?.confidence ?? 0));
      assert.deepEqual(
        (await store.reviewQueue({ limit: 1, offset: 1 })).map((r) => r.id),
        [queue[1]?.id],
      );
      assert.deepEqual(await store.reviewQueue({ status: "rejected" }), []);
    });

    test("full-text search finds statements with their speaker, and documents", async () => {
      const hits = await store.search("financial aid");
      const st = hits.find((h) => h.kind === "statement");
      assert.ok(st, "the statement matches");
      assert.equal(st.speaker, "Isma'il Haniya");
      const words = st.highlights.map(([a, b]) => st.snippet.slice(a, b).toLowerCase());
      assert.ok(words.includes("financial") && words.includes("aid"), JSON.stringify(st));
      const doc = await store.getDocument(st.document);
      assert.match(doc?.text.slice(st.span[0], st.span[1]) ?? "", /^We thank the Islamic Republic/);
      const docs = await store.search("rapprochement", { in: "documents" });
      assert.equal(docs.length, 1);
      assert.equal(docs[0]?.kind, "document");
    });

    test("search takes prefixes and phrases, and reads a query FTS cannot parse as plain words", async () => {
      assert.ok((await store.search("rapproch*")).length >= 1);
      assert.ok((await store.search('"military aid"')).length >= 1);
      assert.ok((await store.search('"military aid')).length >= 1, "a stray quote is not an error");
      assert.deepEqual(await store.search("   "), []);
      assert.deepEqual(await store.search("zzyzx"), []);
      // Regression (new-user test): an operator out of place is an error, not a search for the opposite.
      for (const q of ["NOT Hamas", "Hamas OR"])
        await assert.rejects(
          store.search(q),
          (e: Error & { code?: string }) => e.code === "SG_BAD_OPTION",
          q,
        );
      assert.ok((await store.search("aid NOT rapprochement")).length >= 1);
    });

    test("relations between two actors, either direction, with their evidence words", async () => {
      const [hamas] = await store.findActors("hamas");
      const [opposition] = await store.findActors("Syrian opposition");
      assert.ok(hamas && opposition, "both actors are found by name");
      const { relations: rels } = await store.relationsBetween(opposition.id, hamas.id);
      const condemn = rels.find((r) => r.type === "condemn");
      assert.ok(condemn, "the opposition condemned Hamas");
      assert.equal(condemn.source.id, opposition.id);
      assert.equal(condemn.polarity, -1);
      assert.match(condemn.evidenceText, /condemned Hamas/);
      const doc = await store.getDocument(condemn.document);
      assert.equal(doc?.text.slice(condemn.evidence[0], condemn.evidence[1]), condemn.evidenceText);
      assert.deepEqual(await store.relationsBetween(opposition.id, hamas.id, { to: "2020" }), {
        total: 0,
        offset: 0,
        days: [],
        relations: [],
      });
      assert.equal(
        (await store.relationsBetween(opposition.id, hamas.id, { from: "2021" })).relations.length,
        rels.length,
      );
    });

    test("relations between two actors come a page at a time, counted in all and by day", async () => {
      const [hamas] = await store.findActors("Hamas");
      const [syria] = await store.findActors("Syria");
      assert.ok(hamas && syria);
      const all = await store.relationsBetween(hamas.id, syria.id);
      assert.ok(all.total >= 2, "Syria and Hamas relate both ways in the contract texts");
      assert.equal(all.relations.length, all.total);
      const counted = all.days.reduce((n, d) => n + d.positive + d.negative + d.neutral, 0);
      assert.equal(counted, all.total);
      const paged = [];
      for (let offset = 0; offset < all.total; offset++) {
        const page = await store.relationsBetween(hamas.id, syria.id, { limit: 1, offset });
        assert.equal(page.total, all.total);
        assert.equal(page.offset, offset);
        paged.push(...page.relations);
      }
      assert.deepEqual(
        paged.map((r) => r.id),
        all.relations.map((r) => r.id),
        "pages follow one another in the same order",
      );
      const past = await store.relationsBetween(hamas.id, syria.id, { offset: all.total });
      assert.deepEqual([past.total, past.relations.length], [all.total, 0]);
    });

    test("an actor's profile: roles over time, statements by it, counterparts with evidence counts", async () => {
      const [haniya] = await store.findActors("Isma'il Haniya");
      assert.ok(haniya);
      const p = await store.actorProfile(haniya.id);
      assert.ok(p);
      assert.ok(
        p.roles.some((r) => r.role === "head" && r.from === "2021-06-04"),
        JSON.stringify(p.roles),
      );
      assert.equal(p.statementsBy.length, 1);
      assert.match(p.statementsBy[0]?.content ?? "", /^We thank the Islamic Republic of Iran/);
      const iran = p.counterparts.find((c) => c.actor.id === "iran");
      assert.ok(iran && iran.positive >= 1 && iran.balance >= 1, JSON.stringify(p.counterparts));
      assert.equal(p.counterpartCount, p.counterparts.length);
      assert.equal(await store.actorProfile("no-such-actor"), null);
    });

    test("a hub's profile lists only its most-evidenced counterparts and says how many there are", async () => {
      const [hamas] = await store.findActors("Hamas");
      assert.ok(hamas);
      const all = await store.actorProfile(hamas.id);
      assert.ok(all && all.counterpartCount >= 2, JSON.stringify(all?.counterparts));
      const top = await store.actorProfile(hamas.id, { counterparts: 1 });
      assert.ok(top);
      assert.equal(top.counterparts.length, 1);
      assert.equal(top.counterpartCount, all.counterpartCount);
      assert.deepEqual(top.counterparts[0], all.counterparts[0]);
    });

    test("decisions: confirm, reject and edit a relation, each recorded with time and author", async () => {
      const [hamas] = await store.findActors("Hamas");
      const [opposition] = await store.findActors("Syrian opposition");
      const rel = (await store.relationsBetween(opposition?.id ?? "", hamas?.id ?? "")).relations.find(
        (r) => r.type === "condemn",
      );
      assert.ok(rel);
      assert.equal((await store.confirmRelation(rel.id, "Dana")).status, "confirmed");
      const edited = await store.editRelation(rel.id, { type: "criticize" }, "Dana");
      assert.deepEqual([edited.type, edited.polarity, edited.status], ["criticize", -1, "edited"]);
      await assert.rejects(store.confirmRelation(999_999, "Dana"), /relation 999999 is not in the store/);
      await assert.rejects(store.confirmRelation(rel.id, "  "), /--as NAME/);
      const log = await store.decisions();
      assert.deepEqual(
        log.slice(0, 2).map((d) => [d.action, d.author, d.subject]),
        [
          ["relation.edit", "Dana", String(rel.id)],
          ["relation.confirm", "Dana", String(rel.id)],
        ],
      );
      assert.ok(!Number.isNaN(Date.parse(log[0]?.at ?? "")));
      assert.deepEqual(log[0]?.detail.before, { type: "condemn", polarity: -1, status: "confirmed" });
    });

    test("reextract keeps every decision: a rejected relation stays out, an edited one stays as edited", async () => {
      const doc = contractDocument(CONTRACT_TEXTS.haniya);
      const id = (await store.addDocument(doc)).id;
      const [iran] = await store.findActors("Iran");
      const thanks = (await store.relationsBetween("ismail-haniya", iran?.id ?? "")).relations.find(
        (r) => r.type === "thank",
      );
      assert.ok(thanks);
      await store.rejectRelation(thanks.id, "Omar");
      assert.equal(
        (await store.relationsBetween("ismail-haniya", "iran")).relations.some((r) => r.id === thanks.id),
        false,
      );
      const before = await store.stats();
      const outcome = await store.replaceExtraction(id, doc);
      assert.equal(outcome.kept, 2, "the rejected and the edited relation");
      const after = await store.stats();
      assert.equal(after.statements, before.statements);
      assert.equal(after.relations, before.relations, "no relation added back, none lost");
      assert.equal((await store.getRelation(thanks.id))?.status, "rejected");
      const { relations: rels } = await store.relationsBetween("ismail-haniya", "iran");
      assert.equal(
        rels.filter((r) => r.type === "thank").length,
        0,
        "the engine's reading of a rejected relation is not added again",
      );
      const edited = (await store.relationsBetween("syrian-opposition", "hamas")).relations.filter(
        (r) => r.status === "edited",
      );
      assert.equal(edited.length, 1);
      assert.equal(edited[0]?.type, "criticize");
      assert.ok(edited[0]?.statement === null || typeof edited[0]?.statement === "number");
    });

    test("a name spelled otherwise than any stored one finds its actor by the engine's folding ('Hanieh', a curly apostrophe)", async () => {
      const [haniya] = await store.findActors("Isma'il Haniya");
      assert.ok(haniya);
      for (const spelling of ["Hanieh", "Isma’il Haniya", "ISMAIL HANIYEH"])
        assert.deepEqual(
          (await store.findActors(spelling)).map((a) => a.id),
          [haniya.id],
          spelling,
        );
      // Hassan is not Hussein: the first vowel stays in the key.
      assert.deepEqual(await store.findActors("Hussein Haniya"), []);
    });

    test("an analyst's alias can be removed; removing one it does not have says so", async () => {
      const [hamas] = await store.findActors("Hamas");
      assert.ok(hamas);
      await store.addAlias(hamas.id, "the Gaza movement", "Dana");
      assert.deepEqual(
        (await store.findActors("the Gaza movement")).map((a) => a.id),
        [hamas.id],
      );
      await store.removeAlias(hamas.id, "THE GAZA MOVEMENT", "Dana");
      assert.deepEqual(await store.findActors("the Gaza movement"), []);
      assert.ok(!(await store.analystAliases()).some((a) => a.alias === "the Gaza movement"));
      await assert.rejects(
        store.removeAlias(hamas.id, "the Gaza movement", "Dana"),
        (e: Error & { code?: string }) => e.code === "SG_BAD_OPTION",
      );
      assert.equal((await store.decisions({ limit: 1 }))[0]?.action, "actor.unalias");
    });

    test("merge, alias and split: questions follow the merge, which survives and can be undone", async () => {
      const [hizbullah] = await store.findActors("Hizbullah");
      const [qassim] = await store.findActors("Na'im Qassim");
      assert.ok(hizbullah && qassim);
      await store.addAlias(hizbullah.id, "the Party of God", "Dana");
      await store.addAlias(hizbullah.id, "Ḥizb Allāh", "Dana");
      assert.deepEqual(
        (await store.actors({ match: "ḤIZB ALLĀH" })).map((a) => a.id),
        [hizbullah.id],
        "any case, beyond ASCII",
      );
      assert.deepEqual(await store.actors({ match: "   " }), [], "blank words find nothing");
      assert.deepEqual(
        (await store.findActors("THE PARTY OF GOD")).map((a) => a.id),
        [hizbullah.id],
      );
      // An alias that happens to spell another actor's id: the id still names that actor alone.
      await store.addAlias(hizbullah.id, qassim.id, "Dana");
      assert.deepEqual(
        (await store.findActors(` ${qassim.id} `)).map((a) => a.id),
        [qassim.id],
      );
      assert.ok(
        (await store.analystAliases()).some(
          (a) => a.actor === hizbullah.id && a.alias === "the Party of God",
        ),
      );
      const statementsBefore = (await store.actorProfile(hizbullah.id))?.statementsBy.length ?? 0;
      await store.mergeActors(hizbullah.id, qassim.id, "Dana");
      assert.deepEqual(
        (await store.findActors("Na'im Qassim")).map((a) => a.id),
        [hizbullah.id],
      );
      assert.deepEqual(
        (await store.findActors(qassim.id)).map((a) => a.id),
        [hizbullah.id],
        "a merged actor's id names the actor it is now part of",
      );
      const merged = await store.actorProfile(hizbullah.id);
      assert.ok(merged?.merged.includes(qassim.id));
      assert.equal(
        merged?.statementsBy.length,
        statementsBefore + 1,
        "Qassim's statement counts for the merged actor",
      );
      assert.equal(
        (await store.actors()).some((a) => a.id === qassim.id),
        false,
      );
      // The name search counts a merged actor as the ranking does: documents once, whoever was named.
      const ranked = (await store.actors()).find((a) => a.id === hizbullah.id);
      const [matched] = await store.actors({ match: "qassim" });
      assert.deepEqual(matched, ranked, "Qassim's name finds Hizbullah, with the same counts");
      await assert.rejects(store.mergeActors(hizbullah.id, qassim.id, "Dana"), /already one actor/);
      await store.splitActor(qassim.id, "Dana");
      assert.deepEqual(
        (await store.findActors("Na'im Qassim")).map((a) => a.id),
        [qassim.id],
      );
      await assert.rejects(store.splitActor(qassim.id, "Dana"), /not merged/);
      const actions = (await store.decisions({ limit: 3 })).map((d) => d.action);
      assert.deepEqual(actions, ["actor.split", "actor.merge", "actor.alias"]);
    });

    test("a document that is stored but not extracted keeps its text and says why", async () => {
      const text = "Hamas a remercié l'Iran pour son «aide financière et militaire».";
      const added = await store.addDocument({
        ...contractDocument(text),
        language: "fra",
        status: "language",
        statusDetail: "not English (fra)",
        extraction: null,
      });
      const back = await store.getDocument(added.id);
      assert.equal(back?.status, "language");
      assert.equal(back?.language, "fra");
      const s = await store.stats();
      assert.equal(s.byStatus.language, 1);
      assert.equal(s.byStatus.extracted, 2);
      const [hit] = await store.search("remercié", { in: "documents" });
      assert.ok(hit, "still searchable");
      // regression (search markers): the text's own « » stay, the matched words are given apart.
      assert.equal(hit.snippet, text);
      assert.deepEqual(
        hit.highlights.map(([a, b]) => hit.snippet.slice(a, b)),
        ["remercié"],
      );
    });
  });
}
