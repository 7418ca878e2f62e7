// An analyst's edit from what they typed: types of the lexicon with their polarity, polarities written
// every way, and words that are neither (Object.prototype's names among them) refused.

import assert from "node:assert/strict";
import { test } from "node:test";
import { isStancegraphError } from "../errors.js";
import { parseRelationEdit } from "./relationEdit.js";

test("a type brings its polarity; a polarity given with it wins", () => {
  assert.deepEqual(parseRelationEdit("Criticize", undefined), { type: "criticize", polarity: -1 });
  assert.deepEqual(parseRelationEdit("meet", "+1"), { type: "meet", polarity: 1 });
  for (const [written, p] of [
    ["+1", 1],
    ["1", 1],
    ["0", 0],
    ["-1", -1],
    ["−1", -1],
    [-1, -1],
  ] as const)
    assert.deepEqual(parseRelationEdit(undefined, written), { polarity: p });
});

test("regression (object-prototype words): neither type nor polarity may be a word the lexicon lacks", () => {
  for (const [type, polarity] of [
    ["hug", undefined],
    [undefined, "constructor"],
    [undefined, "toString"],
    ["constructor", undefined],
    [undefined, "2"],
    [undefined, undefined],
  ] as const)
    assert.throws(
      () => parseRelationEdit(type, polarity),
      (e) => isStancegraphError(e) && e.code === "SG_BAD_OPTION",
      `${type} ${polarity}`,
    );
});
