// Tests for the irregular verb forms: the bundled list and the checks on a user's edit of it.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  isIrregularParticiple,
  isIrregularPast,
  isNounLikeForm,
  parseIrregularVerbs,
} from "./irregularVerbs.js";

describe("irregular verbs", () => {
  test("pasts and participles not in -ed, each in its own set", () => {
    for (const w of ["drew", "fled", "said", "swore", "slew", "was", "were", "led"])
      assert.ok(isIrregularPast(w), w);
    for (const w of ["drawn", "written", "sworn", "been", "born", "gotten", "got"])
      assert.ok(isIrregularParticiple(w), w);
    // Participles only, nouns and regular forms are no pasts.
    for (const w of ["drawn", "written", "draw", "attack", "attacked", "Drew"])
      assert.ok(!isIrregularPast(w), w);
  });

  test("forms as often nouns ('the ground invasion', 'hit squads') are left to the reader of what follows", () => {
    for (const w of ["ground", "cost", "hit", "cut", "fed", "cast", "spread"]) {
      assert.ok(!isIrregularPast(w) && !isIrregularParticiple(w), w);
      assert.ok(isNounLikeForm(w), w);
    }
    assert.ok(!isNounLikeForm("drew"));
  });

  test("a malformed entry names the file, the entry and the expected shape", () => {
    assert.throws(
      () => parseIrregularVerbs(["draw/drew/drawn", "swear/swore"], "irregular-verbs.json"),
      (e: Error & { code?: string }) =>
        e.code === "SG_DATA_INVALID" &&
        /irregular-verbs\.json: "verbs"\[1\] is "swear\/swore"/.test(e.message) &&
        /lemma\/past\/participle/.test(e.message),
    );
    assert.throws(() => parseIrregularVerbs(["Draw/Drew/Drawn"], "f.json"), /"verbs"\[0\]/);
    // A noun-like form that no verb has is a typo.
    assert.throws(
      () => parseIrregularVerbs(["cut/cut/cut"], "f.json", ["cutt"]),
      /"nounLike"\[0\] is "cutt"/,
    );
  });

  test("two past forms: 'be/was,were/been'", () => {
    const v = parseIrregularVerbs(["be/was,were/been"], "f.json");
    assert.deepEqual([...v.pasts], ["was", "were"]);
    assert.deepEqual([...v.participles], ["been"]);
  });
});
