// Quotation spans on the marks reports use: straight and curly double quotes, single quotes used as
// quotation marks, « », „ “, '' (two apostrophes as a double quote), nesting, apostrophes in names
// (Na'im, Hamas', 'Atwan) that are not quotes, the news convention of a quotation running over several
// paragraphs, unclosed quotes that end at their paragraph, and thousands of stray marks.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Span } from "../contract/extraction.js";
import { segmentParagraphs } from "../document/paragraphs.js";
import { prng } from "../testing/prng.js";
import { findQuotes, type Quote, type QuoteMarks } from "./quotes.js";

interface Expected {
  /** The interior of each span, marks excluded. */
  spans: string[];
  nested?: boolean;
  closed?: boolean;
  marks?: QuoteMarks;
}

function quotesOf(text: string): Quote[] {
  return findQuotes(text, segmentParagraphs(text));
}

function describeQuote(text: string, q: Quote): Expected {
  return {
    spans: q.spans.map(([a, b]) => text.slice(a, b)),
    nested: q.nested,
    closed: q.closed,
    marks: q.marks,
  };
}

/** Compares only the fields the expectation states. */
function pickStated(actual: Expected, expected: Expected): Expected {
  const out: Expected = { spans: actual.spans };
  if (expected.nested !== undefined) out.nested = actual.nested;
  if (expected.closed !== undefined) out.closed = actual.closed;
  if (expected.marks !== undefined) out.marks = actual.marks;
  return out;
}

/**
 * Every quote is sane: its spans lie in the text, in order, inside paragraphs, after its opening mark and
 * before its end; top-level quotes do not overlap; a nested quote lies inside a top-level one.
 */
function assertSane(text: string, quotes: readonly Quote[]): void {
  const paragraphs = segmentParagraphs(text);
  // Binary search: the last paragraph starting at or before a.
  const inParagraph = ([a, b]: Span) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((paragraphs[mid] as Span)[0] <= a) lo = mid;
      else hi = mid - 1;
    }
    const p = paragraphs[lo];
    return p !== undefined && p[0] <= a && b <= p[1];
  };
  let lastTopEnd = -1;
  let lastOpen = -1;
  const tops: Quote[] = [];
  for (const q of quotes) {
    assert.ok(q.open >= lastOpen, "quotes are sorted by their opening mark");
    lastOpen = q.open;
    assert.ok(q.open >= 0 && q.end <= text.length && q.end > q.open, `quote [${q.open}, ${q.end}) in range`);
    assert.ok(q.spans.length >= 1, "a quote has at least one span");
    let prev = q.open;
    for (const [a, b] of q.spans) {
      // A quotation whose opening mark was lost opens at its paragraph's start, with no mark to skip.
      assert.ok(a > q.open || (a === q.open && text[a] !== "“"), "a span starts after the opening mark");
      assert.ok(a >= prev && b >= a && b <= q.end, `span [${a}, ${b}) ordered and inside the quote`);
      assert.ok(inParagraph([a, b]) || a === b, `span [${a}, ${b}) inside one paragraph`);
      prev = b;
    }
    if (!q.nested) {
      assert.ok(q.open >= lastTopEnd, "top-level quotes do not overlap");
      lastTopEnd = q.end;
      tops.push(q);
    }
  }
  for (const q of quotes) {
    if (!q.nested) continue;
    assert.ok(
      tops.some((t) => t.open < q.open && q.end <= t.end),
      "a nested quote lies inside a top-level quote",
    );
  }
}

type Case = [name: string, input: string, expected: Expected[], todo?: string];

function runCases(cases: readonly Case[]): void {
  for (const [name, input, expected, todo] of cases) {
    test(name, todo ? { todo } : {}, () => {
      const quotes = quotesOf(input);
      assert.deepEqual(
        quotes.map((q, i) => pickStated(describeQuote(input, q), expected[i] ?? { spans: [] })),
        expected,
      );
      assertSane(input, quotes);
    });
  }
}

describe("quotation marks", () => {
  runCases([
    [
      "straight double quotes",
      'Qassim said "we will win" and left.',
      [{ spans: ["we will win"], marks: "double", closed: true }],
    ],
    [
      "curly double quotes",
      "Qassim said “we will win” and left.",
      [{ spans: ["we will win"], marks: "double", closed: true }],
    ],
    [
      "straight single quotes used as quotation marks",
      "He called the truce 'a temporary pause' in the war.",
      [{ spans: ["a temporary pause"], marks: "single" }],
    ],
    [
      "curly single quotes used as quotation marks",
      "He called the truce ‘a temporary pause’ in the war.",
      [{ spans: ["a temporary pause"], marks: "single" }],
    ],
    [
      "guillemets",
      "Qassim said: «The resistance is ready.» Then he left.",
      [{ spans: ["The resistance is ready."], marks: "guillemet" }],
    ],
    [
      "guillemets padded with (non-breaking) spaces, French style: the padding is not part of the quote",
      "Le chef a dit «\u00a0nous vaincrons\u00a0» hier.",
      [{ spans: ["nous vaincrons"], marks: "guillemet" }],
    ],
    [
      "German-style „ “ quotes",
      "Er sagte „wir werden siegen“ gestern.",
      [{ spans: ["wir werden siegen"], marks: "double" }],
    ],
    [
      "two apostrophes as a double quotation mark",
      "Isma'il Haniya said: ''We will never recognize Israel.'' Then he left.",
      [{ spans: ["We will never recognize Israel."], marks: "double" }],
    ],
    [
      "backticks and two apostrophes as a double quotation mark",
      "He said ``we will win'' and left.",
      [{ spans: ["we will win"], marks: "double" }],
    ],
    [
      "two quotations in one sentence",
      "“It's over,” he said, “and we're done.”",
      [{ spans: ["It's over,"] }, { spans: ["and we're done."] }],
    ],
  ]);
});

describe("nesting", () => {
  runCases([
    [
      "single quotes inside curly double quotes are nested",
      "He said: “They call it ‘Eaten Straw,’ but it is a war.” Then he left.",
      [
        { spans: ["They call it ‘Eaten Straw,’ but it is a war."], nested: false },
        { spans: ["Eaten Straw,"], nested: true },
      ],
    ],
    [
      "straight single quotes inside straight double quotes are nested",
      "He said \"The so-called 'peace process' is dead\" yesterday.",
      [
        { spans: ["The so-called 'peace process' is dead"], nested: false },
        { spans: ["peace process"], nested: true },
      ],
    ],
    [
      "three levels of nesting",
      "“Outer ‘inner “deep” inner’ outer”",
      [
        { spans: ["Outer ‘inner “deep” inner’ outer"], nested: false },
        { spans: ["inner “deep” inner"], nested: true },
        { spans: ["deep"], nested: true },
      ],
    ],
    [
      "guillemets inside double quotes are nested",
      "“Nested «guillemets» inside” the text.",
      [
        { spans: ["Nested «guillemets» inside"], nested: false },
        { spans: ["guillemets"], nested: true },
      ],
    ],
    [
      "an apostrophe inside a nested quote does not close it",
      "Qassim said: “The enemy’s ‘iron dome’ failed.”",
      [
        { spans: ["The enemy’s ‘iron dome’ failed."], nested: false },
        { spans: ["iron dome"], nested: true },
      ],
    ],
  ]);
});

describe("apostrophes are not quotation marks", () => {
  runCases([
    ["apostrophes inside names", "Na'im Qassim met Isma'il Haniya's aides.", []],
    ["a possessive apostrophe after Hamas", "Hamas' delegation met Na’im Qassim’s aides in the ’90s.", []],
    [
      "a possessive apostrophe does not close a real single-quoted quotation early",
      "Hamas' spokesman called it 'a betrayal' today.",
      [{ spans: ["a betrayal"], marks: "single" }],
    ],
    [
      "a word-initial ayn apostrophe in a transliterated name is no quotation mark",
      "'Abd al-Bari 'Atwan wrote that Hamas' leaders had erred.",
      [],
    ],
    [
      "a quotation after word-initial ayn apostrophes is a top-level quotation, not a nested one",
      "'Abd al-Bari 'Atwan said: “The resistance has won this round.”",
      [{ spans: ["The resistance has won this round."], nested: false }],
    ],
    ["an elided year is no quotation mark", "The ’48 war and the Palestinians’ rights were discussed.", []],
  ]);
});

describe("editorial insertions and scare quotes", () => {
  runCases([
    [
      "bracketed insertions stay inside the quotation",
      "“We [Hamas] will not [even] consider it,” he said.",
      [{ spans: ["We [Hamas] will not [even] consider it,"] }],
    ],
    [
      "a bracketed explanation with an apostrophe stays inside the quotation",
      "Haniya said: “The ‘Eaten Straw’ battle [Hamas' name for the recent Israel-Gaza conflict] was a victory for [Islamic] resistance.”",
      [
        {
          spans: [
            "The ‘Eaten Straw’ battle [Hamas' name for the recent Israel-Gaza conflict] was a victory for [Islamic] resistance.",
          ],
          nested: false,
        },
        { spans: ["Eaten Straw"], nested: true },
      ],
    ],
    [
      "scare quotes and names in quotes are quotations (whether they are speech is attribution's call)",
      "The so-called “Division 20,” a militia, withdrew. The “absolutely right” decision was praised.",
      [{ spans: ["Division 20,"] }, { spans: ["absolutely right"] }],
    ],
  ]);
});

describe("quotations over several paragraphs", () => {
  runCases([
    [
      "an opening mark on each paragraph and one closing mark at the end make one quote with a span per paragraph",
      "He wrote:\n\n“The first battle is over.\n\n“The second will be harder.\n\n“The third will decide everything.” Then nothing.",
      [
        {
          spans: [
            "The first battle is over.",
            "The second will be harder.",
            "The third will decide everything.",
          ],
          closed: true,
        },
      ],
    ],
    [
      "the same with straight double quotes",
      'He wrote:\n\n"The first battle is over.\n\n"The second will be harder." Then nothing.',
      [{ spans: ["The first battle is over.", "The second will be harder."], closed: true }],
    ],
    [
      "the same with two apostrophes as the mark",
      "He wrote:\n\n''The first battle is over.\n\n''The second will be harder.'' Then nothing.",
      [{ spans: ["The first battle is over.", "The second will be harder."], closed: true }],
    ],
    [
      "an unclosed quote ends at its paragraph and never swallows the next paragraphs",
      "He said: “This never closes.\n\nThe next paragraph is narrative.\n\nSo is this one.",
      [{ spans: ["This never closes."], closed: false }],
    ],
    [
      "an unclosed straight quote ends at its paragraph",
      'He said: "This never closes.\n\nThe next paragraph is narrative, and "this" is a scare quote.',
      [
        { spans: ["This never closes."], closed: false },
        { spans: ["this"], closed: true },
      ],
    ],
    [
      "an unclosed quote in a one-line-per-paragraph text ends at its line",
      "He said: “This never closes.\nThe next line is narrative.\nSo is this one.",
      [{ spans: ["This never closes."], closed: false }],
    ],
  ]);
});

const MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "''", "``", "‹", "›"];
const FILL = [" ", "a", " said ", "Na'im", "\n\n", ".", ",", "\u00a0", "He said: ", "\n", "[7]", " — "];

describe("a quotation whose opening mark was lost", () => {
  test("“…,” said X at a paragraph's start opens at the paragraph", () => {
    const text = "Donald Trump has given a platform to racism,” says Adrian Reyna.\n\nHe left.";
    const q = quotesOf(text);
    assert.equal(q.length, 1);
    assert.deepEqual(describeQuote(text, q[0] as Quote).spans, [
      "Donald Trump has given a platform to racism,",
    ]);
  });

  test("a closing mark typed for the opening one at a line's start opens a quotation (”The war …” ― Name)", () => {
    const text = "Reactions:\n”The war has taken everything from us.” ― Rania Haddad";
    assert.deepEqual(
      quotesOf(text).map((q) => describeQuote(text, q).spans),
      [["The war has taken everything from us."]],
    );
    // Elsewhere it stays a stray: "the word ”resistance” …" opens nothing; nor does a wrapped closing
    // mark at a line's start ("…\n”and then he left").
    assert.deepEqual(quotesOf("They said it ”loudly” and left."), []);
    assert.deepEqual(quotesOf("a betrayal of the people\n”and then he left the room."), []);
  });

  test("a closing mark after an earlier quotation in the paragraph stays a stray", () => {
    const text = "He said “yes” and then,” nothing more.";
    assert.deepEqual(
      quotesOf(text).map((q) => describeQuote(text, q).spans),
      [["yes"]],
    );
  });

  test("a closing mark not after punctuation stays a stray", () => {
    assert.equal(quotesOf("The word” is odd here.").length, 0);
  });
});

describe("stray marks", () => {
  const texts: [name: string, text: string, todo?: string][] = [
    [
      "10,000 random marks among words and paragraph breaks",
      (() => {
        const rand = prng(42);
        let t = "";
        for (let i = 0; i < 10_000; i++) {
          t += MARKS[Math.floor(rand() * MARKS.length)];
          if (rand() < 0.5) t += FILL[Math.floor(rand() * FILL.length)];
        }
        return t;
      })(),
    ],
    ["10,000 opening curly quotes", "“".repeat(10_000)],
    ["10,000 straight double quotes", '"'.repeat(10_000)],
    ["10,000 apostrophes inside words", "a'".repeat(10_000)],
    ["10,001 apostrophes in a row (doubled and tripled marks)", "'".repeat(10_001)],
    ["5,000 ''word,''' closings", "''word,''' ".repeat(5_000)],
    ["10,000 guillemets, nested 5,000 deep", `${"«".repeat(5_000)}${"»".repeat(5_000)}`],
    ["10,000 one-mark paragraphs", "“word\n\n".repeat(10_000)],
  ];
  for (const [name, text, todo] of texts) {
    test(`${name}: finishes with sane spans`, todo ? { todo } : {}, () => {
      assertSane(text, quotesOf(text));
    });
  }
});

describe("property: random messy reports give sane quotes", () => {
  const pieces = [
    "Na'im Qassim said: “The resistance is ready.” ",
    "“We [Hamas] will not [even] consider it,” said Isma'il Haniya. ",
    "Hamas' spokesman called it 'a betrayal.' ",
    "The so-called “Division 20,” withdrew. ",
    "He wrote:\n\n“The first battle is over.\n\n“The second will be harder.” ",
    "He said: “This never closes.\n\n",
    "Le chef a dit « nous vaincrons ». ",
    "Er sagte „wir werden siegen“. ",
    "''Two apostrophes,'' he said. ",
    "''On 'Fox,''' said Smith. ",
    "'Abd al-Bari 'Atwan wrote so.[7] ",
    "“Outer ‘inner’ outer” ",
    "\u00a0— ",
    "\n\n",
    "” stray closer ",
    "« stray opener ",
  ];
  for (let seed = 1; seed <= 10; seed++) {
    test(`seed ${seed}`, () => {
      const rand = prng(seed);
      let text = "";
      for (let i = 0; i < 40; i++) text += pieces[Math.floor(rand() * pieces.length)];
      assertSane(text, quotesOf(text));
    });
  }
});
