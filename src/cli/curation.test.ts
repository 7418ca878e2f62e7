// Analysts' decisions through the command line, on a real store: reject, edit and confirm relations,
// add an alias, merge and split actors, then `reextract`, and every decision is still as it was left.

import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import type {
  ActorProfile,
  ActorSummary,
  Decision,
  RelationsBetween,
  StoredRelation,
} from "../store/store.js";
import { CONTRACT_TEXTS } from "../store/storeContract.js";
import { run } from "../testing/runCli.js";

describe("decisions survive reextract (CLI)", () => {
  let dir: string;
  let db: string;
  const sg = async (...args: string[]) => run([...args, "--db", db], { cwd: dir, env: { USER: "tester" } });
  const json = async <T>(...args: string[]): Promise<T> => {
    const r = await sg(...args, "--json");
    assert.equal(r.code, 0, `${args.join(" ")}: ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  };
  const between = async (a: string, b: string): Promise<StoredRelation[]> =>
    (await json<RelationsBetween>("relations", a, b)).relations;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "sg-curation-"));
    db = join(dir, "store.db");
    await writeFile(join(dir, "haniya.txt"), `Date: 2021-06-04\n\n${CONTRACT_TEXTS.haniya}\n`);
    await writeFile(join(dir, "qassim.txt"), `Date: 2021-06-10\n\n${CONTRACT_TEXTS.qassim}\n`);
    await writeFile(
      join(dir, "party.txt"),
      "Date: 2021-07-01\n\nThe Muqawama Party praised Iran for its support of the resistance.\n",
    );
    const r = await run(["ingest", join(dir, "haniya.txt"), join(dir, "qassim.txt"), "--db", db], {
      cwd: dir,
    });
    assert.equal(r.code, 0, r.stderr);
  });

  test("reject, edit, alias, merge; then reextract keeps them all", async () => {
    const condemn = (await between("Syrian opposition", "Hamas")).find((r) => r.type === "condemn");
    assert.ok(condemn, "the engine found the condemnation");
    const rejected = await json<StoredRelation>("relations", "reject", `#${condemn.id}`, "--as", "Dana");
    assert.equal(rejected.status, "rejected");
    assert.deepEqual(await between("Syrian opposition", "Hamas"), [], "a rejected relation is left out");

    const thank = (await between("Haniya", "Iran")).find((r) => r.type === "thank");
    assert.ok(thank);
    assert.match(thank.sentenceText, /^Hamas political bureau head Isma.il Haniya said on May 28/);
    const edited = await json<StoredRelation>(
      "relations",
      "edit",
      String(thank.id),
      "--type",
      "praise",
      "--as",
      "Dana",
    );
    assert.deepEqual([edited.type, edited.polarity, edited.status], ["praise", 1, "edited"]);

    const alias = await sg("actors", "alias", "add", "Hizbullah", "Muqawama Party", "--as", "Omar");
    assert.equal(alias.code, 0, alias.stderr);
    // A new document uses the new name: ingest finds Hizbullah under it.
    const ingested = await run(["ingest", join(dir, "party.txt"), "--db", db], { cwd: dir });
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.ok(
      (await between("Hizbullah", "Iran")).some(
        (r) => r.type === "praise" && r.documentSource.endsWith("party.txt"),
      ),
    );

    const merged = await sg("actors", "merge", "Hizbullah", "Na'im Qassim");
    assert.equal(merged.code, 0, merged.stderr);

    const again = await json<{ documents: number; kept: number; errors: unknown[] }>(
      "reextract",
      "--jobs",
      "1",
    );
    assert.equal(again.documents, 3);
    assert.equal(again.kept, 2);
    assert.deepEqual(again.errors, []);

    assert.deepEqual(await between("Syrian opposition", "Hamas"), [], "still rejected");
    const after = await between("Haniya", "Iran");
    assert.deepEqual(
      after.map((r) => [r.id, r.type, r.status]),
      [[thank.id, "praise", "edited"]],
      "the edit stands and the engine's thank is not added back",
    );
    const profile = await json<ActorProfile>("actor", "Hizbullah");
    assert.ok(profile.merged.includes("naim-qassim"), "the merge stands");
    assert.ok(profile.aliases.includes("Muqawama Party"));
    assert.ok(!(await json<ActorSummary[]>("actors", "--limit", "500")).some((a) => a.id === "naim-qassim"));

    const log = await json<Decision[]>("decisions");
    assert.deepEqual(
      log.map((d) => [d.action, d.author]),
      [
        ["actor.merge", "tester"],
        ["actor.alias", "Omar"],
        ["relation.edit", "Dana"],
        ["relation.reject", "Dana"],
      ],
    );

    const split = await sg("actors", "split", "naim-qassim", "--as", "Dana");
    assert.equal(split.code, 0, split.stderr);
    assert.ok((await json<ActorSummary[]>("actors", "--limit", "500")).some((a) => a.id === "naim-qassim"));
  });

  test("regression (new-user test): an alias that names another actor is refused unless forced, and an alias can be removed", async () => {
    const refused = await sg("actors", "alias", "add", "Hamas", "Iran", "--as", "Dana");
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(
      refused.stderr,
      /"Iran" already names Iran \(id iran\).*stancegraph actors merge hamas iran.*--force/,
    );
    const hamas = await json<ActorProfile>("actor", "Hamas");
    assert.ok(!hamas.aliases.includes("Iran"), "nothing was added");

    const added = await sg("actors", "alias", "add", "Hamas", "the Gaza movement", "--as", "Dana");
    assert.equal(added.code, 0, added.stderr);
    const removed = await sg("actors", "alias", "remove", "Hamas", "the gaza movement", "--as", "Dana");
    assert.equal(removed.code, 0, removed.stderr);
    assert.ok(!(await json<ActorProfile>("actor", "Hamas")).aliases.includes("the Gaza movement"));
    const again = await sg("actors", "alias", "remove", "Hamas", "the Gaza movement");
    assert.equal(again.code, 2, again.stderr);
    assert.match(again.stderr, /has no alias "the Gaza movement" that an analyst added/);
    assert.equal((await json<Decision[]>("decisions"))[0]?.action, "actor.unalias");
  });

  test("regression (new-user test): a merged actor splits off by its name too, and an actor merged into none says so", async () => {
    const merge = await sg("actors", "merge", "Hizbullah", "Na'im Qassim", "--as", "Dana");
    assert.equal(merge.code, 0, merge.stderr);
    const split = await sg("actors", "split", "Na’im Qassim", "--as", "Dana");
    assert.equal(split.code, 0, split.stderr);
    assert.match(split.stdout, /^naim-qassim stands on its own again/);
    const none = await sg("actors", "split", "Hamas");
    assert.equal(none.code, 2, none.stderr);
    assert.match(none.stderr, /hamas is not merged into another actor; nothing to split/);
  });

  test("actors --match finds an actor by part of its name, any case", async () => {
    const found = await json<ActorSummary[]>("actors", "--match", "HANIY");
    assert.deepEqual(
      found.map((a) => a.id),
      ["ismail-haniya"],
    );
  });

  test("relations A B lists a page and says where the next one starts", async () => {
    const all = await json<RelationsBetween>("relations", "Hamas", "Syria");
    assert.ok(all.total >= 2, JSON.stringify(all.days));
    const first = await sg("relations", "Hamas", "Syria", "--limit", "1");
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`^Hamas and Syria: ${all.total} relations \\(`));
    assert.match(
      first.stdout,
      new RegExp(`Relations 1–1 of ${all.total}, oldest first; next: --offset 1\\.`),
    );
    const last = await json<RelationsBetween>(
      "relations",
      "Hamas",
      "Syria",
      "--offset",
      String(all.total - 1),
    );
    assert.deepEqual(
      last.relations.map((r) => r.id),
      all.relations.slice(-1).map((r) => r.id),
    );
  });

  const mistakes: [string[], number, RegExp][] = [
    [["relations", "Hamas", "Syria", "--offset", "-1"], 2, /--offset "-1" is not a count/],
    [["relations", "confirm", "99999"], 1, /relation 99999 is not in the store/],
    [["relations", "confirm", "twelve"], 2, /not a relation id/],
    [["relations", "edit", "1", "--type", "hug"], 2, /not a relation type; use one of praise/],
    [["relations", "edit", "1"], 2, /say what to change/],
    [["relations", "Hamas"], 2, /name two actors/],
    [["actor", "Nobody At All"], 1, /no actor is named "Nobody At All"/],
    [["actors", "split", "hamas"], 2, /not merged/],
    [["actor", "Hamas", "--from", "last year"], 2, /not a date/],
    [["actor", "Hamas", "--to", "2021-02-30"], 2, /"2021-02-30" is not a date; write a real YYYY/],
  ];
  for (const [args, code, message] of mistakes) {
    test(`${args.join(" ")}: exit ${code}, a message that says what to do`, async () => {
      const r = await sg(...args);
      assert.equal(r.code, code, r.stderr);
      assert.match(r.stderr, message);
    });
  }
});
