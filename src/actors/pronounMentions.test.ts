// Pronouns that are not speakers become mentions of the actor they stand for: the most recent fitting
// one in the same paragraph, close by; none when nothing fits.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createExtractor } from "../pipeline/extract.js";

const extractor = createExtractor({ date: "2023-05-01" });

function mentionsOf(text: string, id: string): string[] {
  const a = extractor.extract({ text }).actors.find((x) => x.id === id);
  return (a?.mentions ?? []).map(([s, e]) => text.slice(s, e));
}

describe("pronoun mentions", () => {
  const table: [string, string, string, string[]][] = [
    [
      "his → the person before",
      "Isma'il Haniya thanked Iran. His visit to Tehran was short.",
      "ismail-haniya",
      ["Isma'il Haniya", "His"],
    ],
    ["its → the state before", "Haniya thanked Iran for its support.", "iran", ["Iran", "its"]],
    [
      "regression: an object pronoun is not its own clause's subject (Khamenei praised him)",
      "Haniya arrived in Tehran on Monday. Khamenei praised him for his steadfastness.",
      "ismail-haniya",
      ["Haniya", "him"],
    ],
    [
      "an object pronoun passes over its own clause's subject to the one before (and Nasrallah praised him)",
      "Bassil met the envoy, and Nasrallah later praised him.",
      "gebran-bassil",
      ["Bassil", "him"],
    ],
    [
      "their → the organisation before",
      "Hamas said their ties with Tehran were strong.",
      "hamas",
      ["Hamas", "their"],
    ],
    [
      "not across a paragraph",
      "Isma'il Haniya thanked Iran.\n\nHis visit was short.",
      "ismail-haniya",
      ["Isma'il Haniya"],
    ],
    ["'she' skips a man", "Na'im Qassim met the envoy. She said nothing.", "naim-qassim", ["Na'im Qassim"]],
    [
      "'it' is left alone: mostly it stands for no one",
      "Hamas fired rockets. It is unclear why.",
      "hamas",
      ["Hamas"],
    ],
  ];
  for (const [name, text, id, expected] of table)
    test(name, () => assert.deepEqual(mentionsOf(text, id), expected));

  test("linear time: 100,000 pronouns", { timeout: 60_000 }, () => {
    const text = `Hamas said so. ${"Their words and his and hers and its. ".repeat(25_000)}`;
    assert.ok(mentionsOf(text, "hamas").length > 1);
  });
});
