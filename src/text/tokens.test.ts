// The tokenizer on the names and marks of analysis reports: transliterated Arabic names keep their
// apostrophes and hyphens, organisation names keep their en dash, dotted abbreviations and domain names
// stay whole, and every token is an exact slice of the original text.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  isCapitalized,
  isSpaceCode,
  isWord,
  isWordCode,
  tokenize,
  withoutFinalDot,
  wordEnd,
} from "./tokens.js";

function surfaces(text: string): string[] {
  return tokenize(text).surface;
}

/** Every token re-slices, tokens are ordered and disjoint, and no token holds white space. */
function assertSane(text: string, start = 0, end = text.length): void {
  const tk = tokenize(text, start, end);
  assert.equal(tk.length, tk.starts.length);
  assert.equal(tk.length, tk.ends.length);
  assert.equal(tk.length, tk.surface.length);
  assert.equal(tk.length, tk.lower.length);
  let covered = start;
  for (let i = 0; i < tk.length; i++) {
    const s = tk.starts[i] as number;
    const e = tk.ends[i] as number;
    assert.ok(s >= covered && e > s && e <= end, `token ${i} [${s}, ${e}) out of order or out of range`);
    assert.equal(tk.surface[i], text.slice(s, e));
    assert.equal(tk.lower[i], text.slice(s, e).toLowerCase());
    assert.doesNotMatch(tk.surface[i] as string, /[\s\u00a0\u200b\ufeff]/u, "no token holds white space");
    // Only white space and footnote markers lie between tokens.
    assert.match(text.slice(covered, s), /^(?:[\s\u00a0\u200b\ufeff]|\[\d{1,3}\])*$/u);
    covered = e;
  }
  assert.match(text.slice(covered, end), /^(?:[\s\u00a0\u200b\ufeff]|\[\d{1,3}\])*$/u);
}

describe("tokenize: words as analysts read them", () => {
  const cases: [name: string, input: string, expected: string[]][] = [
    ["an apostrophe inside a transliterated name stays in the word", "Na'im Qassim", ["Na'im", "Qassim"]],
    [
      "regression: thousands separators stay inside the number ('killed 3,000 people by attacking …')",
      "killed 3,000 people, 1,250,000 in all; in 2011, 500",
      ["killed", "3,000", "people", ",", "1,250,000", "in", "all", ";", "in", "2011", ",", "500"],
    ],
    [
      "a comma before four digits or two is the sentence's",
      "3,0001 3,00",
      ["3", ",", "0001", "3", ",", "00"],
    ],
    [
      "a curly apostrophe inside a name stays in the word",
      "Isma’il Haniya’s aides",
      ["Isma’il", "Haniya’s", "aides"],
    ],
    [
      "a possessive apostrophe after a final s is a mark of its own",
      "Hamas' leaders",
      ["Hamas", "'", "leaders"],
    ],
    [
      "a hyphenated al- prefix stays in the surname",
      "Abu Barzan Al-Sultani",
      ["Abu", "Barzan", "Al-Sultani"],
    ],
    [
      "an en dash inside an organisation's acronym stays whole",
      "the PFLP–GC said",
      ["the", "PFLP–GC", "said"],
    ],
    ["a hyphenated role stays whole", "deputy secretary-general", ["deputy", "secretary-general"]],
    [
      "dotted country abbreviations stay whole",
      "the U.S. and the U.N. envoys",
      ["the", "U.S.", "and", "the", "U.N.", "envoys"],
    ],
    ["a domain name stays whole", "Almarkazia.com reports", ["Almarkazia.com", "reports"]],
    ["a hyphenated domain name stays whole", "Orient-news.net reported", ["Orient-news.net", "reported"]],
    ["a period between words that is not a domain splits", "the end.Next", ["the", "end", ".", "Next"]],
    ["curly quotes and commas are marks of their own", "“Division 20,”", ["“", "Division", "20", ",", "”"]],
    ["a non-breaking space separates like a space", "said:\u00a0“We", ["said", ":", "“", "We"]],
    ["a free-standing em dash is a mark", "the war — and", ["the", "war", "—", "and"]],
    // The notes layer keeps footnote markers; the clause they interrupt reads on: "Naim Qassem[4] said".
    [
      "a footnote marker is no token",
      "Qassem[4] said, No. 7 [14].",
      ["Qassem", "said", ",", "No", ".", "7", "."],
    ],
    [
      "a bracketed year or a longer number is",
      "in [2011] and [1234]",
      ["in", "[", "2011", "]", "and", "[", "1234", "]"],
    ],
    ["an editorial insertion is bracketed words", "we [even] thank", ["we", "[", "even", "]", "thank"]],
    ["an ellipsis character is a mark", "fight… Victory", ["fight", "…", "Victory"]],
    [
      "a thin and an ideographic space separate words",
      "Gaza\u2009City\u3000Rafah",
      ["Gaza", "City", "Rafah"],
    ],
    ["a zero-width space separates words", "Hamas\u200bleaders", ["Hamas", "leaders"]],
    ["Arabic script is made of words", "قال نعيم قاسم", ["قال", "نعيم", "قاسم"]],
    ["an emoji outside the BMP is one token, not two halves", "Gaza 👍 wins", ["Gaza", "👍", "wins"]],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      assert.deepEqual(surfaces(input), expected);
      assertSane(input);
    });
  }
});

describe("tokenize: offsets and lower-case forms", () => {
  test("tokens of a range carry offsets into the whole text", () => {
    const text = "Intro. Na'im Qassim said: “We are ready.” End.";
    const from = text.indexOf("Na'im");
    const to = text.indexOf(" End");
    const tk = tokenize(text, from, to);
    assert.equal(tk.surface[0], "Na'im");
    assert.equal(tk.starts[0], from);
    assert.equal(tk.surface[tk.length - 1], "”");
    assert.equal(tk.ends[tk.length - 1], to);
    assertSane(text, from, to);
  });

  test("lower-case forms stay right after a letter whose lower case is longer (İ)", () => {
    const text = "İstanbul talks: Ömer SAID";
    const tk = tokenize(text);
    assert.deepEqual(tk.lower, ["İstanbul".toLowerCase(), "talks", ":", "ömer", "said"]);
    assertSane(text);
  });

  test("an upper-case name lower-cases with its apostrophe", () => {
    assert.deepEqual(tokenize("ISMA'IL HANIYA").lower, ["isma'il", "haniya"]);
  });

  test("regression: a name spelt in mojibake stays one word ('FranÃÂ§ois', decomposed or not)", () => {
    for (const name of ["FranÃÂ§ois", "FranA\u0303\u0083A\u0302\u00a7ois", "RaÃÂºl"]) {
      const tk = tokenize(`President ${name} Hollande said`);
      assert.deepEqual(tk.surface, ["President", name, "Hollande", "said"]);
    }
    // A guillemet or a no-break space after "Ã" still ends the word.
    assert.equal(tokenize("Ã« x").length, 3);
  });
  test("an empty text and a text of white space give no tokens", () => {
    assert.equal(tokenize("").length, 0);
    assert.equal(tokenize(" \u00a0\n\t\u2009").length, 0);
  });

  const messy = [
    "Hizbullah deputy secretary-general Na'im Qassim said:\u00a0“The ‘Eaten Straw’ battle [Hamas' name for the recent Israel-Gaza conflict] was a victory.”[14]",
    "Talal Naji, an aide to the secretary general of the PFLP–GC, said that … the U.S. — and the U.N. — ‘failed’.[7]",
    "''Nous [le Hamas] vaincrons,'' a dit «\u00a0Abu Barzan Al-Sultani\u00a0» — sur Orient-news.net, le 28 mai.\r\n\r\n",
    "A pair 😀 and a combining e\u0301 and 1982–2000 and a flag 🇵🇸.",
  ];
  for (const [i, text] of messy.entries()) {
    test(`every token of messy text ${i + 1} re-slices the text`, () => assertSane(text));
  }
});

test("regression: '' and `` are one quotation mark; three apostrophes close a single quote, then the double one", () => {
  assert.deepEqual(surfaces("became ''the mark,'' he said"), [
    "became",
    "''",
    "the",
    "mark",
    ",",
    "''",
    "he",
    "said",
  ]);
  assert.deepEqual(surfaces("``Yes,'' she said"), ["``", "Yes", ",", "''", "she", "said"]);
  assert.deepEqual(surfaces("on 'Fox,''' said Smith"), ["on", "'", "Fox", ",", "'", "''", "said", "Smith"]);
  assert.deepEqual(surfaces("'''Fox' is bad,''"), ["''", "'", "Fox", "'", "is", "bad", ",", "''"]);
  assert.deepEqual(surfaces("Hamas' leader"), ["Hamas", "'", "leader"]);
  // A long run of apostrophes stays an exact cover of the text.
  assertSane("'".repeat(10_001));
});

test("a lone high surrogate (a broken emoji) does not swallow the space after it", () => {
  const text = "broken \ud83d Hamas";
  assert.deepEqual(surfaces(text), ["broken", "\ud83d", "Hamas"]);
  assertSane(text);
});

describe("isCapitalized and isWord", () => {
  const capitalized: [string, boolean][] = [
    ["Na'im", true],
    ["Élysée", true],
    ["Öcalan", true],
    ["al-Sultani", false],
    ["1982", false],
    ["“We", false],
    ["", false],
    ["قاسم", false],
  ];
  for (const [word, expected] of capitalized) {
    test(`isCapitalized(${JSON.stringify(word)}) is ${expected}`, () =>
      assert.equal(isCapitalized(word), expected));
  }
  const words: [string, boolean][] = [
    ["Na'im", true],
    ["٣", true],
    ["قاسم", true],
    ["“", false],
    ["[", false],
    ["", false],
  ];
  for (const [word, expected] of words) {
    test(`isWord(${JSON.stringify(word)}) is ${expected}`, () => assert.equal(isWord(word), expected));
  }
  test('withoutFinalDot drops one final full stop, as replace(/\\.$/, "") does', () => {
    for (const w of ["mr.", "u.s.", "gen", "", ".", "..", "st.\n"])
      assert.equal(withoutFinalDot(w), w.replace(/\.$/, ""), JSON.stringify(w));
  });
});

/** The tokenizer without its fast path: every word through wordEnd, every token lower-cased. */
function plainTokens(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordCode(c)) j = wordEnd(text, i, end);
    else if (c >= 0xd800 && c <= 0xdbff && j < end && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
    const s = text.slice(i, j);
    out.push(`${i}:${j}:${s}:${s.toLowerCase()}`);
    i = j;
  }
  return out;
}

describe("the ASCII fast path of tokenize", () => {
  const messy = [
    "“We won’t back down,” said Na'im Qassim\u00a0— Hizbullah’s deputy — in Beirut.",
    "The U.S. and Almarkazia.com said: al-'Askari's PFLP–GC co-founder, 3rd-ranked, O'Neil's.",
    "WASHINGTON (AP) — Sen. Lindsey O. Graham (R-S.C.) said it's\u202fover… ‘Really’? 2016’s “best”.",
    "Élysée ÖCALAN said-- that x-y '- z' \u2010hyphen\u2013dash 𝐀bc KELVIN\u212A é-said 3said U.S.said",
    "ab'said ab'-said re-'said said' said- said. SAID: Said, sAid; a.b.c. x.com. y.co t.m",
    "‟Won’t‛ † • ‥ … ‐–— ΣΑΣ’ς İstanbul’s ǅ’s won’t “quote” x‒y",
  ];
  test("gives the same tokens as the plain loop over wordEnd, on whole texts and on cut ranges", () => {
    for (const text of messy) {
      for (let start = 0; start < text.length; start += 7) {
        for (const end of [text.length, start + 1, start + 5, start + 13, start + 40]) {
          if (end > text.length) continue;
          const tk = tokenize(text, start, end);
          const got = tk.starts.map((s, k) => `${s}:${tk.ends[k]}:${tk.surface[k]}:${tk.lower[k]}`);
          assert.deepEqual(got, plainTokens(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`);
        }
      }
    }
  });
});
