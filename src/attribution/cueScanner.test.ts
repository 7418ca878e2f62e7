// The word-set automaton behind the pre-filters: whole words only, any case, inside the range given;
// several sets in one pass report which of them occur, and stop at the first word of a wanted class.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compileCueScanner, compileWordClasses } from "./cueScanner.js";

describe("word-set scanners", () => {
  const scanner = compileCueScanner(["said", "told", "well-known", "o'brien"]);

  test("whole words in any case, hyphens and apostrophes inside", () => {
    const has = (text: string) => scanner.containsAny(text, 0, text.length);
    assert.equal(has("Qassim SAID so."), true);
    assert.equal(has("the unsaid sayings, retold"), false);
    assert.equal(has("a well-known line"), true);
    assert.equal(has("O'Brien left"), true);
    assert.equal(has(""), false);
  });

  test("several sets: the classes found, or-ed, and an early stop at a wanted one", () => {
    const classes = compileWordClasses([
      ["condemned", "must"],
      ["called", "must"],
    ]);
    const text = "He called for calm and condemned the attack.";
    assert.equal(classes.classesIn(text, 0, text.length, 0), 3);
    assert.equal(classes.classesIn(text, 0, text.indexOf(" and"), 0), 2);
    // Asked to stop at class 2: "called" comes first, "condemned" is never reached.
    assert.equal(classes.classesIn(text, 0, text.length, 2), 2);
    // A word of both sets has both classes.
    assert.equal(classes.classesIn("They must.", 0, 10, 1), 3);
    assert.equal(classes.classesIn("Nothing here.", 0, 13, 1), 0);
  });
});
