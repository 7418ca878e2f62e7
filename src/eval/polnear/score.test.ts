// Tests for the PolNeAR scoring rules (score.ts) on tiny hand-made documents: trimming, exact and partial
// span matching, one-to-one matching, attribution matching with and without a source, and the figures.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Span } from "../../contract/extraction.js";
import {
  type AttributionSpans,
  figures,
  greedyMatch,
  jaccard,
  scoreAttributions,
  scoreDocument,
  scoreExact,
  scorePartial,
  statementSpans,
  tokenize,
  tokenSet,
  trimSpan,
} from "./score.js";

/** The span of the first occurrence of `part` in `text` (after `from`), so cases read as text, not numbers. */
function at(text: string, part: string, from = 0): Span {
  const i = text.indexOf(part, from);
  assert.ok(i >= 0, `"${part}" not in test text`);
  return [i, i + part.length];
}

const attr = (a: Partial<AttributionSpans>): AttributionSpans => ({ source: [], cue: [], content: [], ...a });

describe("trimSpan", () => {
  const cases: Array<[string, string, string | null]> = [
    ["plain", "said hello", "said hello"],
    ["white space both ends", "  hello world \n", "hello world"],
    ["straight and curly quotes", "“hello,” ", "hello"],
    ["single quotes and apostrophes", "‘it’s’", "it’s"],
    ["repeated until stable", ' ."“: hello ;”. ', "hello"],
    ["punctuation inside stays", "“yes, no.”", "yes, no"],
    ["other punctuation stays", "(hello)!", "(hello)!"],
    ["only punctuation is dropped", " “.,” ", null],
    ["empty is dropped", "", null],
    ["astral characters are not trimmed", "😀 hi 😀", "😀 hi 😀"],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      const text = `xx${input}yy`;
      const span = trimSpan(text, [2, 2 + input.length]);
      assert.equal(span === null ? null : text.slice(span[0], span[1]), expected);
    });
  }
  test("clamps spans that run past the text", () => {
    assert.deepEqual(trimSpan("abc", [1, 10]), [1, 3]);
  });
});

describe("tokenSet and jaccard", () => {
  const text = "It's not only about him, he said.";
  const index = tokenize(text);
  test("tokens are white-space separated, by position", () => {
    assert.deepEqual([...tokenSet(index, [at(text, "not only")])], [1, 2]);
  });
  test("a span that cuts into a word covers that word", () => {
    assert.deepEqual([...tokenSet(index, [at(text, "t's not")])], [0, 1]);
  });
  test("several fragments give one set", () => {
    assert.deepEqual([...tokenSet(index, [at(text, "It's"), at(text, "said")])], [0, 6]);
  });
  test("a span between tokens covers none", () => {
    assert.equal(tokenSet(index, [[4, 5]]).size, 0);
  });
  const jaccardCases: Array<[string, number[], number[], number]> = [
    ["identical", [1, 2], [1, 2], 1],
    ["half", [1, 2], [2], 0.5],
    ["a third", [1, 2], [2, 3], 1 / 3],
    ["disjoint", [1], [2], 0],
    ["both empty is no match", [], [], 0],
  ];
  for (const [name, a, b, expected] of jaccardCases) {
    test(`jaccard: ${name}`, () => assert.equal(jaccard(new Set(a), new Set(b)), expected));
  }
});

describe("greedyMatch", () => {
  test("takes the best pairs first and keeps matching one-to-one", () => {
    const scores = [
      [0.9, 0.8],
      [0.7, null],
    ];
    // gold 0 takes pred 0 (0.9); gold 1 could only have pred 0, which is taken.
    assert.deepEqual(
      greedyMatch(2, 2, (g, p) => scores[g]?.[p] ?? null),
      [[0, 0]],
    );
  });
});

describe("exact span sets", () => {
  const text = "The senator said on Monday that “taxes will rise.” Aides said nothing.";
  test("matches trimmed offsets, not strings", () => {
    const gold = [at(text, "taxes will rise"), at(text, "said"), at(text, "The senator")];
    // The quote with its marks and period trims to the gold span; the second "said" is elsewhere.
    const predicted = [at(text, "“taxes will rise.”"), at(text, "said", 40)];
    const r = scoreDocument(
      text,
      [attr({ content: [gold[0] as Span] }), attr({ cue: [gold[1] as Span] })],
      [attr({ content: [predicted[0] as Span] }), attr({ cue: [predicted[1] as Span] })],
    );
    assert.deepEqual(r.exact.content.counts, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(r.exact.cue.counts, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(r.partial.cue.counts, { tp: 0, fp: 1, fn: 1 }, "same word at another place is no match");
  });
  test("duplicate speaker spans count once", () => {
    const speaker = at(text, "The senator");
    const r = scoreDocument(
      text,
      [attr({ source: [speaker] })],
      [attr({ source: [speaker] }), attr({ source: [[speaker[0], speaker[1] + 1]] })],
    );
    assert.deepEqual(r.exact.source.counts, { tp: 1, fp: 0, fn: 0 });
  });
  test("a span that trims to nothing is dropped on both sides", () => {
    const r = scoreExact([], []);
    assert.deepEqual(r.counts, { tp: 0, fp: 0, fn: 0 });
    const d = scoreDocument(text, [attr({ cue: [at(text, "“")] })], [attr({ cue: [at(text, ".”")] })]);
    assert.deepEqual(d.exact.cue.counts, { tp: 0, fp: 0, fn: 0 });
  });
});

describe("partial span matching", () => {
  const text = "Officials said the plan would cost four billion dollars over ten years.";
  const index = tokenize(text);
  const cases: Array<[string, string[], string[], { tp: number; fp: number; fn: number }]> = [
    ["same words", ["the plan would cost"], ["the plan would cost"], { tp: 1, fp: 0, fn: 0 }],
    ["Jaccard exactly 0.5 matches", ["the plan would cost"], ["the plan"], { tp: 1, fp: 0, fn: 0 }],
    ["Jaccard below 0.5 does not", ["the plan would cost"], ["plan"], { tp: 0, fp: 1, fn: 1 }],
    [
      "one gold takes one prediction only",
      ["the plan would cost four billion dollars"],
      ["the plan would cost four", "would cost four billion dollars"],
      { tp: 1, fp: 1, fn: 0 },
    ],
    [
      "best pairs first",
      ["the plan would cost", "four billion dollars over ten years"],
      ["plan would cost four billion", "four billion dollars over ten"],
      { tp: 2, fp: 0, fn: 0 },
    ],
  ];
  for (const [name, gold, predicted, expected] of cases) {
    test(name, () => {
      const r = scorePartial(
        index,
        gold.map((g) => at(text, g)),
        predicted.map((p) => at(text, p)),
      );
      assert.deepEqual(r.counts, expected);
    });
  }
});

describe("attribution matching", () => {
  const text = "Clinton said the economy is strong. “We will win,” Trump told reporters. Polls show a tie.";
  const index = tokenize(text);
  const clinton = attr({
    source: [at(text, "Clinton")],
    cue: [at(text, "said")],
    content: [at(text, "the economy is strong")],
  });
  const trump = attr({
    source: [at(text, "Trump")],
    cue: [at(text, "told")],
    content: [at(text, "We will win")],
  });
  const polls = attr({ source: [], cue: [at(text, "show")], content: [at(text, "a tie")] });
  const cases: Array<
    [string, AttributionSpans[], AttributionSpans[], { tp: number; fp: number; fn: number }]
  > = [
    ["identical attributions match", [clinton, trump], [trump, clinton], { tp: 2, fp: 0, fn: 0 }],
    [
      "content overlap and source overlap are enough",
      [clinton],
      [attr({ source: [at(text, "Clinton said")], content: [at(text, "economy is strong.")] })],
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      "the right content with the wrong source does not match",
      [clinton],
      [attr({ source: [at(text, "Trump")], content: clinton.content })],
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      "a missing source does not match a gold source",
      [clinton],
      [attr({ content: clinton.content })],
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      "both without a source match",
      [polls],
      [attr({ content: [at(text, "a tie.")] })],
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      "a predicted source where gold has none does not match",
      [polls],
      [attr({ source: [at(text, "Polls")], content: polls.content })],
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      "content fragments are joined before comparing",
      [attr({ source: trump.source, content: [at(text, "We will"), at(text, "win")] })],
      [trump],
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      "one-to-one: a duplicate prediction is a false positive",
      [trump],
      [trump, trump],
      { tp: 1, fp: 1, fn: 0 },
    ],
    ["gold without content is left out", [attr({ cue: [at(text, "said")] })], [], { tp: 0, fp: 0, fn: 0 }],
    [
      "a prediction without content is a false positive",
      [],
      [attr({ cue: [at(text, "said")] })],
      { tp: 0, fp: 1, fn: 0 },
    ],
  ];
  for (const [name, gold, predicted, expected] of cases) {
    test(name, () => assert.deepEqual(scoreAttributions(text, index, gold, predicted).counts, expected));
  }
  test("unmatched indices point into the original lists", () => {
    const r = scoreAttributions(
      text,
      index,
      [attr({ cue: [at(text, "said")] }), clinton, trump],
      [trump, polls],
    );
    assert.deepEqual(r.unmatchedGold, [1]);
    assert.deepEqual(r.unmatchedPredicted, [1]);
  });
});

describe("figures", () => {
  const cases: Array<[string, { tp: number; fp: number; fn: number }, [number, number, number]]> = [
    ["perfect", { tp: 3, fp: 0, fn: 0 }, [100, 100, 100]],
    ["nothing predicted, nothing found", { tp: 0, fp: 0, fn: 5 }, [0, 0, 0]],
    ["no gold, no predictions", { tp: 0, fp: 0, fn: 0 }, [0, 0, 0]],
    ["rounded to one decimal", { tp: 1, fp: 2, fn: 0 }, [33.3, 100, 50]],
    ["F1 from unrounded P and R", { tp: 2, fp: 1, fn: 2 }, [66.7, 50, 57.1]],
  ];
  for (const [name, counts, [p, r, f]] of cases) {
    test(name, () => assert.deepEqual(figures(counts), { ...counts, precision: p, recall: r, f1: f }));
  }
});

test("statementSpans takes speaker, cue and every content piece", () => {
  assert.deepEqual(
    statementSpans({
      speakerSpan: [0, 3],
      cueSpan: null,
      contentSpans: [
        [5, 9],
        [12, 20],
      ],
    }),
    {
      source: [[0, 3]],
      cue: [],
      content: [
        [5, 9],
        [12, 20],
      ],
    },
  );
});
