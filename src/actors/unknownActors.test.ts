// Names no dictionary knows, typed by their shape or context; capitalised phrases with no such sign are
// left alone, and a mention already covered by another actor is not found twice.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadSpeakerWords } from "../attribution/speakerWords.js";
import type { Span } from "../contract/extraction.js";
import { findUnknownActors } from "./unknownActors.js";

const words = loadSpeakerWords();

function found(text: string, covered: Span[] = []): [string, string][] {
  return findUnknownActors(text, covered, words).map((u) => [text.slice(u.span[0], u.span[1]), u.type]);
}

describe("findUnknownActors", () => {
  const table: [string, string, [string, string][]][] = [
    ["a person by a name particle", "Abu Barzan al-Sultani tweeted.", [["Abu Barzan al-Sultani", "person"]]],
    [
      "an organisation head and a number",
      "the commander of Division 20, a militia",
      [["Division 20", "organization"]],
    ],
    [
      "a plural organisation head",
      "The Popular Resistance Committees said",
      [["Popular Resistance Committees", "organization"]],
    ],
    ["a title before the name", "Sheikh Jaber al-Mubarak met them.", [["Jaber al-Mubarak", "person"]]],
    [
      "regression (stance round): an ampersand inside a name",
      "He met the A&B Movement.",
      [["A&B Movement", "organization"]],
    ],
    ["a known first name", "It was Mahmoud Rahil who wrote it.", [["Mahmoud Rahil", "person"]]],
    ["a media domain", "The website Lebanon24.com reported", [["Lebanon24.com", "media"]]],
    ["a media noun before the name", "the daily Al-Akhbar wrote", [["Al-Akhbar", "media"]]],
    [
      "an organisation name that starts with a title word",
      "the General Command said",
      [["General Command", "organization"]],
    ],
    [
      "runs joined by 'and' stay apart",
      "The Popular Resistance Committees and Sheikh Jaber al-Mubarak",
      [
        ["Popular Resistance Committees", "organization"],
        ["Jaber al-Mubarak", "person"],
      ],
    ],
    [
      "a sentence opening and a possessive are not part of the name",
      "But Abu Ahmad Fuad’s men left.",
      [["Abu Ahmad Fuad", "person"]],
    ],
    [
      "regression: a possessive inside a run ends the name (Mahmoud Rahil’s Christian faith)",
      "They praised Mahmoud Rahil’s Christian faith and the General Women’s Union.",
      [
        ["Mahmoud Rahil", "person"],
        ["General Women’s Union", "organization"],
      ],
    ],
    [
      "regression: an adjective title does not make a person (the Presidential Vacuum)",
      "Hizbullah and the Presidential Vacuum",
      [],
    ],
    [
      "regression: a place with a name particle is not a person",
      "ships in the Bab al-Mandab strait and through Ras al-Ain",
      [],
    ],
    [
      "regression: a title line above is no context",
      "Talks through a quiet channel\nNote: invented text.",
      [],
    ],
    [
      "capitalised phrases with no sign are left alone",
      "On Tuesday the Gaza Strip and Red Sea Crisis Talks resumed.",
      [],
    ],
  ];
  for (const [name, text, expected] of table) test(name, () => assert.deepEqual(found(text), expected));

  test("a run that overlaps a covered mention is skipped", () => {
    const text = "Abu Barzan al-Sultani and Abu Ahmad Fuad";
    assert.deepEqual(found(text, [[0, 21]]), [["Abu Ahmad Fuad", "person"]]);
  });
});
