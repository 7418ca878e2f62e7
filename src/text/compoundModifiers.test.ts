import assert from "node:assert/strict";
import { test } from "node:test";
import { compoundModifier } from "./compoundModifiers.js";

test("hyphenated modifiers made from a name, by what they say of the head", () => {
  for (const [word, kind] of [
    ["Iran-backed", "backing"],
    ["Turkish-backed", "backing"],
    ["US-funded", "backing"],
    ["Iran-aligned", "aligned"],
    ["Saudi-led", "other"],
    ["rebel-held", "other"],
    ["Hamas-Fatah", null],
    ["secretary-general", null],
    ["PFLP–GC", null],
    ["Hizbullah", null],
  ] as const)
    assert.equal(compoundModifier(word), kind, word);
});
