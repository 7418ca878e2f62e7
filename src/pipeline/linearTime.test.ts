// Regression: hostile shapes of text that once made the engine quadratic. Each runs at a size where the
// quadratic version took minutes; the generous timeout is the guard (no timing assertion: CI machines vary).
// Found by review: paragraph searches that scanned ahead past their paragraph (headings, quotation marks),
// a unit cut that searched back to the document start, id suffixes tried one by one for namesakes, and a
// continued quotation spread into a push() call.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createExtractor } from "./extract.js";

const extractor = createExtractor();

const cases: [name: string, text: () => string][] = [
  ["regression: 2 MB of headings without a full stop", () => "Word\n\n".repeat(330_000)],
  ["regression: 2 MB of paragraphs without a quotation mark", () => "Word.\n\n".repeat(290_000)],
  ["regression: a 4 MB word without white space", () => `a ${"x".repeat(4_000_000)}`],
  [
    "regression: 20,000 speakers whose names have no Latin letters",
    () =>
      Array.from({ length: 20_000 }, (_, i) => `Иван Д${i.toString(36)} said the plan is good.`).join(" "),
  ],
  [
    "2 MB of the shapes the 2026-11 attribution rules read: polls, 'reportedly', dash asides, headline colons",
    () =>
      "Gaza: Hamas in the polls — reportedly — in a CNN poll, One in five say — he said — that reportedly, ".repeat(
        20_000,
      ),
  ],
  [
    "regression: 2 MB of sentences opened by 'He' with no comma (the appositive check searched back to the text's start)",
    () =>
      "Erdogan said that he was ready to meet Bashar al-Assad. He added that there was no reason to wait. ".repeat(
        20_000,
      ),
  ],
  [
    "2 MB of the shapes the 2026-11-27 rules read: role descriptions, footnotes, hyphenated backers, dash asides, claims",
    () =>
      "Erdogan spoke[4] in Ankara. The Turkish president said Iran-backed Hamas — backed by Iran — would not meet any country that normalized ties; Iran rejected US accusations that it armed the Houthis, Qatar, Turkey and Iran. ".repeat(
        9_000,
      ),
  ],
  [
    "regression (review 4): 20,000 dash-led lines after one quotation and a 1 MB gap (the signature check re-read the gap)",
    () => `“a”${" ".repeat(1_000_000)}x\n${"- A\n".repeat(20_000)}`,
  ],
  [
    "2 MB of the shapes the 2026-11-27 afternoon rules read: transcript turns, reaction lists, parentheticals, title-case headlines",
    () =>
      "QASSIM: No. We will never disarm. HOST: Why not?\n\nHOST: And Iran?\n\nRania Haddad ― “The war has taken everything from us.”\n“Nobody listens.” ― Khalil Mroueh, a shopkeeper\nThe party, he said, will not disarm. Hizbullah Says It Will Not Disarm\n\n".repeat(
        8_000,
      ),
  ],
  [
    "regression (review 5): transcript turns, then 30,000 paragraphs of near-labels (the next-turn search ran to the text's end)",
    () =>
      `WALLACE: Why now?\n\nRICE: Because.\n\nWALLACE: And then?\n\nRICE: We wait.\n\n${"WALLACE Smith: Why not then?\n\n".repeat(30_000)}`,
  ],
  [
    "regression: a quotation continued over 150,000 paragraphs",
    () => `"We will win," he said, "and we go on.${'\n\n"And on.'.repeat(150_000)}"`,
  ],
];

describe("linear time on hostile text", () => {
  for (const [name, make] of cases) {
    test(name, { timeout: 60_000 }, () => {
      const text = make();
      const result = extractor.extract({ text });
      assert.equal(result.document.text, text);
      for (const s of result.statements)
        for (const [a, b] of s.contentSpans) assert.ok(0 <= a && a <= b && b <= text.length);
    });
  }
});
