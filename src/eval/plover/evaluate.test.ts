// The PLOVER evaluation's parts on records written here: placing actor texts, the triples a record asks
// for (joint acts both ways), scoring one record, and a whole file.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { evaluatePlover, placeActor, ploverRecord } from "./evaluate.js";

describe("PLOVER evaluation", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-plover-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("actor texts are placed exactly, then ignoring case, then by the part before an ellipsis", () => {
    const text = "U.S. and Russian negotiators met in Geneva.";
    assert.deepEqual(placeActor(text, "Russian negotiators"), [9, 28]);
    assert.deepEqual(placeActor(text, "russian NEGOTIATORS"), [9, 28]);
    assert.deepEqual(placeActor(text, "U.S. ... negotiators"), [0, 4]);
    assert.equal(placeActor(text, "Moscow"), null);
  });

  test("a record's triples: sources × targets; two sources and no target act jointly, both ways", () => {
    const one = ploverRecord({
      id: "a",
      event: "DEMAND",
      text: "The PRC demanded that the US cancel the sale.",
      source: [{ actorText: "PRC" }],
      target: [{ actorText: "US" }],
    });
    assert.equal(one?.triples.length, 1);
    assert.equal(one?.triples[0]?.polarity, -1);
    const joint = ploverRecord({
      id: "b",
      event: "AGREE",
      text: "The United States and Jordan have agreed upon a pact.",
      source: [{ actorText: "United States" }, { actorText: "Jordan" }],
      target: "",
    });
    assert.equal(joint?.triples.length, 2);
    assert.equal(joint?.triples[0]?.polarity, 1);
    assert.equal(ploverRecord({ id: "c", event: "DOCUMENT", text: "x" }), null);
  });

  test("a whole file: recall over triples and the share of predicted relations that match", async () => {
    const file = join(dir, "gold.json");
    writeFileSync(
      file,
      JSON.stringify([
        { id: "d", event: "DOCUMENT" },
        {
          id: "1",
          event: "DISAPPROVE",
          text: "Turkey condemned Israel on Monday.",
          source: [{ actorText: "Turkey" }],
          target: [{ actorText: "Israel" }],
        },
        {
          id: "2",
          event: "AGREE",
          text: "Finland offered help.",
          source: [{ actorText: "Finland" }],
          target: "",
        },
      ]),
    );
    const r = await evaluatePlover({ file });
    assert.equal(r.records, 2);
    assert.equal(r.untargeted, 1);
    assert.equal(r.triples, 1);
    assert.equal(r.found, 1);
    assert.equal(r.recall, 100);
    assert.equal(r.precision, 100);
  });

  test("a file that is not JSON is a typed error", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, "{nope");
    await assert.rejects(
      () => evaluatePlover({ file }),
      (e: Error & { code?: string }) => e.code === "SG_EVAL_DATA_MISSING" && /not valid JSON/.test(e.message),
    );
  });
});
