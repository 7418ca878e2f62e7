// Footnote and reference markers ("[7]", ".[14]", "[iv]") versus the bracketed editorial insertions that
// translated reports are full of ("[even]", "[Islamic]", "[Hamas' name for …]", "[civil]"): only the
// markers are notes, and notesWithin attaches to a statement the markers inside it or right after it.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findNoteMarkers, notesWithin } from "./notes.js";

type Case = [name: string, input: string, expected: string[], todo?: string];

describe("findNoteMarkers", () => {
  const cases: Case[] = [
    [
      "a marker right after a period",
      "The movement denied the report.[14] Its leaders confirmed it.",
      ["14"],
    ],
    ["a marker inside a sentence", "Haniya met Qassim in Beirut[7] and the two agreed.", ["7"]],
    ["two markers in a row", "The statement was issued twice.[7][8]", ["7", "8"]],
    ["a marker after a closing quotation mark", "He said: “This is a victory.”[9]", ["9"]],
    ["a lower-case roman numeral marker", "See the appendix.[iv]", ["iv"]],
    ["an editorial word insertion is no marker", "“We [even] thank those who opposed us.”", []],
    ["a capitalised editorial insertion is no marker", "“Victory for the [Islamic] resistance.”", []],
    [
      "an editorial explanation with an apostrophe is no marker",
      "“The ‘Eaten Straw’ battle [Hamas' name for the recent Israel-Gaza conflict] was won.”",
      [],
    ],
    ["a bracketed name is no marker", "“We [Hamas] will not consider it.”", []],
    ["[sic] is no marker", "“The Zionist entitiy [sic] will fall.”", []],
    ["a bracketed four-digit year is no marker", "“Since the Nakba [1948] we have waited.”", []],
    [
      "an editorial word made only of roman-numeral letters is no marker",
      "“The [civil] war has destroyed Syria.”",
      [],
    ],
    ["a number with a space inside brackets is no marker", "the list [ 7 ] was long", []],
  ];
  for (const [name, input, expected, todo] of cases) {
    test(name, todo ? { todo } : {}, () => {
      const markers = findNoteMarkers(input);
      assert.deepEqual(
        markers.map((m) => m.label),
        expected,
      );
      for (const m of markers) assert.equal(input.slice(m.span[0], m.span[1]), `[${m.label}]`);
    });
  }

  test("markers come in text order with exact spans", () => {
    const text = "Qassim said so.[7] Haniya agreed[8] and Naji did not.[12]";
    assert.deepEqual(
      findNoteMarkers(text).map((m) => m.span),
      [
        [15, 18],
        [32, 35],
        [53, 57],
      ],
    );
  });

  test("the function can be called again on another text (no state left from the last call)", () => {
    findNoteMarkers(`${"Long text with a marker far away.".padEnd(200, " ")}[99]`);
    assert.deepEqual(
      findNoteMarkers("Short.[1]").map((m) => m.label),
      ["1"],
    );
  });
});

describe("notesWithin", () => {
  const text =
    "Na'im Qassim said that the party was ready.[7] He added that it would not strike first.[8] Nobody asked him.[9]";
  const markers = findNoteMarkers(text);
  const first = text.indexOf(" He");
  const secondStart = text.indexOf("He added");
  const secondEnd = text.indexOf("first") + "first".length;
  const cases: [name: string, start: number, end: number, expected: string[]][] = [
    ["the marker right after a statement's last character belongs to it", 0, text.indexOf(".[7]"), ["7"]],
    ["a range ending after the marker includes it", 0, first, ["7"]],
    ["a marker before the range's start is not included", secondStart, secondEnd, ["8"]],
    ["a marker of a later sentence is not included", 0, text.indexOf("ready"), []],
    ["a range holding several markers includes all in order", 0, text.length, ["7", "8", "9"]],
  ];
  for (const [name, start, end, expected] of cases) {
    test(name, () => assert.deepEqual(notesWithin(markers, start, end), expected));
  }

  test("no markers, no notes", () => assert.deepEqual(notesWithin([], 0, 100), []));
});
