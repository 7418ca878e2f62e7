// Sentence segmentation on analysis-report prose: abbreviations (Mr., Dr., Lt. Gen., U.S., U.N., Jan. 5,
// No. 7, "George W. Bush"), ellipses, dashes, quotations holding several sentences, footnote markers that
// stay with the sentence they follow, and bracketed editorial insertions that never break a sentence.
// Ends with a property test: random reports assembled from known sentences segment back into them.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Span } from "../contract/extraction.js";
import { prng } from "../testing/prng.js";
import { segmentParagraphs } from "./paragraphs.js";
import { isWordPartCode, segmentSentences } from "./sentences.js";

function sentenceSpans(text: string): Span[] {
  return segmentSentences(text, segmentParagraphs(text));
}

function sentenceTexts(text: string): string[] {
  return sentenceSpans(text).map(([a, b]) => text.slice(a, b));
}

/** Sentences lie inside paragraphs, in order, disjoint, trimmed, and cover every non-space character. */
function assertSane(text: string): void {
  const paragraphs = segmentParagraphs(text);
  const spans = segmentSentences(text, paragraphs);
  let covered = 0;
  for (const [a, b] of spans) {
    assert.ok(a >= covered && b > a && b <= text.length, `sentence [${a}, ${b}) out of order or range`);
    assert.ok(
      paragraphs.some(([pa, pb]) => pa <= a && b <= pb),
      `sentence ${JSON.stringify(text.slice(a, b))} crosses a paragraph boundary`,
    );
    assert.match(text.slice(covered, a), /^[\s\u00a0]*$/u, "only white space between sentences");
    assert.doesNotMatch(text[a] ?? "", /[\s\u00a0]/u);
    assert.doesNotMatch(text[b - 1] ?? "", /[\s\u00a0]/u);
    covered = b;
  }
  assert.match(text.slice(covered), /^[\s\u00a0]*$/u);
}

type Case = [name: string, input: string, expected: string[], todo?: string];

function runCases(cases: readonly Case[]): void {
  for (const [name, input, expected, todo] of cases) {
    test(name, todo ? { todo } : {}, () => {
      assert.deepEqual(sentenceTexts(input), expected);
      assertSane(input);
    });
  }
}

describe("sentences survive abbreviations", () => {
  runCases([
    [
      "Mr. before a name does not end a sentence",
      "Mr. Haniya arrived in Doha on Tuesday. He met Qatari officials the next day.",
      ["Mr. Haniya arrived in Doha on Tuesday.", "He met Qatari officials the next day."],
    ],
    [
      "Dr. and Lt. Gen. before a name do not end a sentence",
      "Dr. Ramadan Shalah spoke first. Then Lt. Gen. Qassem Soleimani replied at length.",
      ["Dr. Ramadan Shalah spoke first.", "Then Lt. Gen. Qassem Soleimani replied at length."],
    ],
    [
      "U.S. and U.N. inside a sentence do not end it",
      "The U.S. embassy issued a warning. The U.N. envoy did not.",
      ["The U.S. embassy issued a warning.", "The U.N. envoy did not."],
    ],
    [
      "U.S. at the end of a sentence ends it when a new sentence follows",
      "The envoy flew back to the U.S. The talks resumed a week later.",
      ["The envoy flew back to the U.S.", "The talks resumed a week later."],
    ],
    [
      "Jan. before a day number does not end a sentence",
      "The ceasefire began on Jan. 5 in Gaza. Few expected it to hold.",
      ["The ceasefire began on Jan. 5 in Gaza.", "Few expected it to hold."],
    ],
    [
      "Jan. at the end of a sentence ends it",
      "They met in Jan. The talks failed in March.",
      ["They met in Jan.", "The talks failed in March."],
    ],
    [
      "No. before a number does not end a sentence",
      "Resolution No. 7 was adopted unanimously. It changed nothing on the ground.",
      ["Resolution No. 7 was adopted unanimously.", "It changed nothing on the ground."],
    ],
    [
      "a middle initial does not end a sentence",
      "George W. Bush visited the region in 2008. Crowds protested in Ramallah.",
      ["George W. Bush visited the region in 2008.", "Crowds protested in Ramallah."],
    ],
    [
      "an initial opening a sentence does not end it",
      "E. Khoury wrote the piece. It was widely read.",
      ["E. Khoury wrote the piece.", "It was widely read."],
    ],
    [
      "titles, Sept. and a sentence-final day number",
      "Sheikh Na'im Qassim met Maj. Gen. Yahya Rahim Safavi on Sept. 3. They discussed Syria.",
      ["Sheikh Na'im Qassim met Maj. Gen. Yahya Rahim Safavi on Sept. 3.", "They discussed Syria."],
    ],
    [
      "a.m. followed by a lower-case word does not end a sentence",
      "Abu Barzan Al-Sultani spoke at 10 a.m. on Friday. He left at noon.",
      ["Abu Barzan Al-Sultani spoke at 10 a.m. on Friday.", "He left at noon."],
    ],
    [
      "an abbreviation inside parentheses does not end a sentence",
      "Isma'il Haniya (b. 1962) leads the movement. He lives in Doha.",
      ["Isma'il Haniya (b. 1962) leads the movement.", "He lives in Doha."],
    ],
    [
      "a decimal number does not end a sentence",
      "Qatar pledged $2.5 million. Then the donors withdrew.",
      ["Qatar pledged $2.5 million.", "Then the donors withdrew."],
    ],
    [
      "etc. ends a sentence before a new one",
      "The delegation included Hamas, the PIJ, the PFLP, etc. The meeting lasted hours.",
      ["The delegation included Hamas, the PIJ, the PFLP, etc.", "The meeting lasted hours."],
    ],
    [
      "a non-breaking space after Mr. and between sentences behaves like a space",
      "Mr.\u00a0Haniya said so.\u00a0The others agreed.",
      ["Mr.\u00a0Haniya said so.", "The others agreed."],
    ],
    [
      '"no." as a word ends a sentence before a name',
      "Abbas said no. Hamas walked out of the talks.",
      ["Abbas said no.", "Hamas walked out of the talks."],
    ],
    [
      "Jr. at the end of a sentence ends it",
      "The square is named after Martin Luther King Jr. The council voted on it.",
      ["The square is named after Martin Luther King Jr.", "The council voted on it."],
    ],
  ]);
});

describe("sentences survive ellipses, dashes and other punctuation", () => {
  runCases([
    [
      "a spaced ellipsis character followed by lower case does not end a sentence",
      "He paused … and then continued. Nobody in the hall spoke.",
      ["He paused … and then continued.", "Nobody in the hall spoke."],
    ],
    [
      "three dots followed by lower case do not end a sentence",
      "He hesitated... then left the podium. We waited for an hour.",
      ["He hesitated... then left the podium.", "We waited for an hour."],
    ],
    [
      "an ellipsis followed by a capitalised sentence ends the sentence",
      "The talks stalled… The Egyptian mediator flew home.",
      ["The talks stalled…", "The Egyptian mediator flew home."],
    ],
    [
      "em dashes inside a sentence do not end it",
      "The deal — signed in Cairo — collapsed within days. Fighting resumed.",
      ["The deal — signed in Cairo — collapsed within days.", "Fighting resumed."],
    ],
    [
      "an en dash inside an acronym and as a dash do not end a sentence",
      "The PFLP–GC denied it – again. Officials in Damascus shrugged.",
      ["The PFLP–GC denied it – again.", "Officials in Damascus shrugged."],
    ],
    [
      "question and exclamation marks end sentences",
      "Why now? Because the U.N. said so! The rest is history.",
      ["Why now?", "Because the U.N. said so!", "The rest is history."],
    ],
    [
      "a parenthesised sentence is a sentence of its own",
      "He said so. (The claim was later denied.) Others disagreed.",
      ["He said so.", "(The claim was later denied.)", "Others disagreed."],
    ],
    [
      "two spaces between sentences",
      "The ceasefire held.  Then fighting resumed.",
      ["The ceasefire held.", "Then fighting resumed."],
    ],
  ]);
});

describe("sentences and quotations", () => {
  runCases([
    [
      "a quotation of several sentences splits at its sentences, and the closing mark stays with the last",
      "Qassim said: “We will not retreat. The resistance is ready. Let them try.” The crowd cheered.",
      [
        "Qassim said: “We will not retreat.",
        "The resistance is ready.",
        "Let them try.”",
        "The crowd cheered.",
      ],
    ],
    [
      "a quotation of several sentences before its attribution",
      "“We will not retreat. Let them try,” Qassim said. The crowd cheered.",
      ["“We will not retreat.", "Let them try,” Qassim said.", "The crowd cheered."],
    ],
    [
      "a question mark inside a quotation followed by a lower-case cue does not end the sentence",
      "“Who will pay?” asked the envoy. Nobody answered.",
      ["“Who will pay?” asked the envoy.", "Nobody answered."],
    ],
    [
      "an exclamation inside a quotation followed by a pronoun and cue does not end the sentence",
      "“Enough!” he shouted. The hall fell silent.",
      ["“Enough!” he shouted.", "The hall fell silent."],
    ],
    [
      "a straight-quoted question ends its sentence at the closing mark",
      'The envoy asked: "Who will pay?" Nobody answered.',
      ['The envoy asked: "Who will pay?"', "Nobody answered."],
    ],
    [
      "two apostrophes as a closing quotation mark stay with their sentence",
      "He said: ''This is the end.'' Then he left.",
      ["He said: ''This is the end.''", "Then he left."],
    ],
    [
      "bracketed editorial insertions inside a quotation never break a sentence",
      "He said: “We [Hamas] will not [even] consider it. The battle [of Eaten Straw] continues.” Then he left.",
      [
        "He said: “We [Hamas] will not [even] consider it.",
        "The battle [of Eaten Straw] continues.”",
        "Then he left.",
      ],
    ],
    [
      "an editorial insertion after a period inside a quotation stays in the sentence",
      "Haniya said: “We thank the [Islamic] Republic. [We thank] Qatar too.” Then he left.",
      ["Haniya said: “We thank the [Islamic] Republic.", "[We thank] Qatar too.”", "Then he left."],
    ],
  ]);
});

describe("footnote markers stay with the sentence they follow", () => {
  runCases([
    [
      "a marker right after the period stays with its sentence",
      "The movement denied the report.[14] Its leaders later confirmed it.",
      ["The movement denied the report.[14]", "Its leaders later confirmed it."],
    ],
    [
      "a marker inside a sentence does not break it",
      "Haniya met Qassim in Beirut[7] and the two agreed on a plan. They parted on good terms.",
      ["Haniya met Qassim in Beirut[7] and the two agreed on a plan.", "They parted on good terms."],
    ],
    [
      "two markers in a row stay with their sentence",
      "The statement was issued twice.[7][8] Nobody retracted it.",
      ["The statement was issued twice.[7][8]", "Nobody retracted it."],
    ],
    [
      "a marker after a closing quotation mark stays with its sentence",
      "He said: “This is the victory of the resistance.”[9] Supporters celebrated.",
      ["He said: “This is the victory of the resistance.”[9]", "Supporters celebrated."],
    ],
    [
      "a marker after a scare-quoted word stays with its sentence",
      "He called it a “betrayal.”[5] The PA disagreed.",
      ["He called it a “betrayal.”[5]", "The PA disagreed."],
    ],
    [
      "a marker before the period stays inside the sentence",
      "The movement denied the report[3]. Its leaders later confirmed it.",
      ["The movement denied the report[3].", "Its leaders later confirmed it."],
    ],
    [
      "a marker separated from its period by a space stays with the sentence before",
      "The movement denied the report. [3] Its leaders later confirmed it.",
      ["The movement denied the report. [3]", "Its leaders later confirmed it."],
    ],
  ]);
});

describe("sentences never cross paragraphs", () => {
  runCases([
    [
      "a paragraph ending without a period still ends its sentence",
      "Hizbullah deputy secretary-general Na'im Qassim\n\nThe speech lasted an hour.",
      ["Hizbullah deputy secretary-general Na'im Qassim", "The speech lasted an hour."],
    ],
    [
      "an unclosed quotation does not carry a sentence into the next paragraph",
      "He said: “This never closes.\n\nThe next paragraph is narrative.",
      ["He said: “This never closes.", "The next paragraph is narrative."],
    ],
    ["an empty text has no sentence", "", []],
  ]);
});

/** Each of these is exactly one sentence, wherever it stands. */
const POOL = [
  "Mr. Haniya arrived in Doha on Tuesday.",
  "Then Lt. Gen. Qassem Soleimani replied at length.",
  "The U.S. embassy issued a warning.",
  "The ceasefire began on Jan. 5 in Gaza.",
  "Resolution No. 7 was adopted unanimously.",
  "George W. Bush visited the region in 2008.",
  "He paused … and then continued.",
  "He hesitated... then left the podium.",
  "The deal — signed in Cairo — collapsed within days.",
  "The PFLP–GC denied it – again.",
  "The movement denied the report.[14]",
  "Haniya met Qassim in Beirut[7] and the two agreed.",
  "He said: “We [Hamas] will not [even] consider it.”",
  "“Who will pay?” asked the envoy.",
  "Why now?",
  "Because the U.N. said so!",
  "Dr. Ramadan Shalah spoke first.",
  "Sheikh Na'im Qassim met Maj. Gen. Yahya Rahim Safavi on Sept. 3.",
  "Abu Barzan Al-Sultani spoke at 10 a.m. on Friday.",
  "He called it a “betrayal.”[5]",
  "The statement was issued twice.[7][8]",
  "Isma'il Haniya (b. 1962) leads the movement.",
  'The envoy asked: "Who will pay?"',
  "The Lebanese website Almarkazia.com reports so.",
  "Talal Naji, an aide to the secretary general of the PFLP–GC, disagreed.",
];
const SEPARATORS = [" ", " ", " ", "\u00a0", "  ", " \u00a0", "\n\n", "\r\n\r\n"];

describe("property: generated reports segment back into the sentences they were built from", () => {
  for (let seed = 1; seed <= 12; seed++) {
    test(`seed ${seed}`, () => {
      const rand = prng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
      const parts: string[] = [];
      let text = "";
      for (let i = 0; i < 14; i++) {
        const s = pick(POOL);
        if (i > 0) text += pick(SEPARATORS);
        text += s;
        parts.push(s);
      }
      assert.deepEqual(sentenceTexts(text), parts);
      assertSane(text);
    });
  }
});

describe("isWordPartCode", () => {
  test("agrees with /[\\p{L}.'’]/u on every BMP code unit taken alone (lone surrogates included)", () => {
    for (let c = 0; c < 65536; c++) {
      assert.equal(isWordPartCode(c), /[\p{L}.'’]/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    }
  });
});
