// A malformed dictionary fails at start-up with SG_ACTORS_INVALID, naming the file, the entry and the
// problem; a valid one merges in order, later files extending earlier entries.

import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DataError } from "../../errors.js";
import { parseActorFile, readActorFile } from "./actorFile.js";
import { buildDictionary, heldOn } from "./dictionary.js";

const FORMAT = "stancegraph.actors/1";

function rejects(json: unknown, ...expected: RegExp[]): void {
  assert.throws(
    () => buildDictionary([parseActorFile(json, "my-actors.json")]),
    (e: unknown) => {
      assert.ok(e instanceof DataError, String(e));
      assert.equal(e.code, "SG_ACTORS_INVALID");
      for (const r of expected) assert.match(e.message, r);
      return true;
    },
  );
}

describe("actor dictionary validation", () => {
  const cases: [string, unknown, RegExp[]][] = [
    ["not an object", [], [/my-actors\.json/, /top level/]],
    ["wrong format tag", { format: "actors/0", actors: [] }, [/"format" must be "stancegraph\.actors\/1"/]],
    ["actors missing", { format: FORMAT }, [/"actors" must be an array/]],
    [
      "bad id",
      { format: FORMAT, actors: [{ id: "Hamas", name: "Hamas", type: "organization" }] },
      [/entry 0 \("Hamas"\)/, /"id"/],
    ],
    [
      "unknown type",
      { format: FORMAT, actors: [{ id: "hamas", name: "Hamas", type: "militia" }] },
      [/entry 0 \("hamas"\)/, /"type" must be one of person, organization/],
    ],
    [
      "alias not a string",
      {
        format: FORMAT,
        actors: [
          { id: "a", name: "A", type: "person" },
          { id: "hamas", name: "Hamas", type: "organization", aliases: ["HAMAS", 7] },
        ],
      },
      [/entry 1 \("hamas"\)/, /"aliases"\[1\]/],
    ],
    [
      "duplicate id",
      {
        format: FORMAT,
        actors: [
          { id: "hamas", name: "Hamas", type: "organization" },
          { id: "hamas", name: "Hamas", type: "organization" },
        ],
      },
      [/entry 1 \("hamas"\)/, /already used/],
    ],
    [
      "bad date",
      {
        format: FORMAT,
        actors: [{ id: "x", name: "X", type: "person", affiliations: [{ actor: "x", from: "28 May 2022" }] }],
      },
      [/affiliation 0/, /"from" must be YYYY/],
    ],
    [
      "to before from",
      {
        format: FORMAT,
        actors: [
          { id: "x", name: "X", type: "person", affiliations: [{ actor: "x", from: "2020", to: "2019" }] },
        ],
      },
      [/"to" \(2019\) is before "from" \(2020\)/],
    ],
    [
      "unknown field",
      { format: FORMAT, actors: [{ id: "x", name: "X", type: "person", alias: ["Y"] }] },
      [/unknown field "alias"/],
    ],
    [
      "dangling affiliation",
      {
        format: FORMAT,
        actors: [{ id: "x", name: "X", type: "person", affiliations: [{ actor: "hamas" }] }],
      },
      [/"x" is affiliated with "hamas", which no loaded dictionary file defines/],
    ],
    [
      "no name anywhere",
      { format: FORMAT, actors: [{ id: "x", aliases: ["Y"] }] },
      [/entry "x" has no "name"/],
    ],
  ];
  for (const [name, json, expected] of cases) test(name, () => rejects(json, ...expected));

  test("a file that is not JSON names the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-actors-"));
    const path = join(dir, "broken.json");
    writeFileSync(path, '{"format": "stancegraph.actors/1", "actors": [');
    assert.throws(
      () => readActorFile(path),
      (e: unknown) => e instanceof DataError && e.code === "SG_ACTORS_INVALID" && e.message.includes(path),
    );
    assert.throws(
      () => readActorFile(join(dir, "missing.json")),
      (e: unknown) =>
        e instanceof DataError && /cannot read actor dictionary .*missing\.json/.test(e.message),
    );
  });
});

describe("merging files", () => {
  test("a later file's entry with the same id extends the earlier one", () => {
    const base = parseActorFile(
      { format: FORMAT, actors: [{ id: "hamas", name: "Hamas", type: "organization", aliases: ["HAMAS"] }] },
      "base",
    );
    const mine = parseActorFile(
      { format: FORMAT, actors: [{ id: "hamas", aliases: ["Harakat al-Muqawama al-Islamiya"] }] },
      "mine",
    );
    const d = buildDictionary([base, mine]);
    assert.deepEqual(d.actors.get("hamas")?.aliases, ["Hamas", "HAMAS", "Harakat al-Muqawama al-Islamiya"]);
    assert.equal(d.actors.get("hamas")?.type, "organization");
  });
});

describe("heldOn", () => {
  const f = { actor: "hizbullah", role: "deputy secretary-general", from: "1991", to: "2024-10-29" };
  const table: [string | null, boolean][] = [
    [null, true],
    ["1990-12-31", false],
    ["1991-01-01", true],
    ["2024-10-29", true],
    ["2024-10-30", false],
  ];
  for (const [date, held] of table) test(`on ${date}: ${held}`, () => assert.equal(heldOn(f, date), held));
});
