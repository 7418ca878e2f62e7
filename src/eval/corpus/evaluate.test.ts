// The bundled example corpus as a regression floor: the statements an analyst expects from our own
// analysis-style texts (examples/expected.json) are found, with their speakers and dates. The floors sit a
// little under today's figures (README, "Quality"), so a change that loses statements fails here.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { evaluateCorpus } from "./evaluate.js";

// This file runs as dist/src/eval/corpus/evaluate.test.js; the corpus is examples/ at the repository root.
const EXPECTED = fileURLToPath(new URL("../../../../examples/expected.json", import.meta.url));

describe("the example corpus", () => {
  const report = evaluateCorpus(EXPECTED);

  test("every file is read", () => {
    assert.equal(report.files, 7);
  });

  test("statement recall and precision stay above their floors", () => {
    assert.ok(report.statements.recall >= 90, `recall ${report.statements.recall}`);
    assert.ok(report.statements.precision >= 85, `precision ${report.statements.precision}`);
  });

  test("matched statements name the expected speaker", () => {
    assert.ok(report.statements.speakerRight / report.statements.matched >= 0.85);
  });

  test("every stated date of a found statement resolves", () => {
    assert.equal(report.dates.right, report.dates.expected);
  });

  test("no two different actors of the corpus come out as one", () => {
    assert.deepEqual(report.falseMerges, []);
  });

  test("actors with a stated role get it, with its organisation", () => {
    assert.ok(report.roles.right >= 43, report.roles.missed.join("\n"));
    assert.ok(report.roles.withOrganization >= 43, report.roles.missed.join("\n"));
  });

  test("signed edges: at least the ones found today, and no negated or hypothetical relation", () => {
    // A floor, not a target: raise it as the relations stage finds more (README "Quality").
    assert.ok(report.relations.found >= 23, report.relations.missed.join("\n"));
    assert.ok(report.relations.precision >= 72, report.relations.extra.join("\n"));
    assert.deepEqual(report.forbidden.violated, []);
  });

  test("a missing expectations file is a clear error", () => {
    assert.throws(() => evaluateCorpus("/nonexistent/expected.json"), { code: "SG_EVAL_DATA_MISSING" });
  });
});
