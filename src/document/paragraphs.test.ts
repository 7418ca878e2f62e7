// Paragraph segmentation on the layouts reports arrive in: blank-line blocks (with stray spaces,
// non-breaking spaces and CRLF on the "blank" line), lines hard-wrapped inside a sentence, and exports
// that write one paragraph per line (a line break after a sentence, a heading). Paragraphs are trimmed
// spans into the untouched text.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Span } from "../contract/extraction.js";
import { endsParagraph, segmentParagraphs, trimmedLength } from "./paragraphs.js";

function paragraphTexts(text: string): string[] {
  return segmentParagraphs(text).map(([a, b]) => text.slice(a, b));
}

/** Spans are in range, ordered, disjoint, trimmed, and cover every non-space character of the text. */
function assertSane(text: string, spans: readonly Span[]): void {
  let covered = 0;
  for (const [a, b] of spans) {
    assert.ok(a >= covered && b > a && b <= text.length, `span [${a}, ${b}) out of order or range`);
    assert.match(text.slice(covered, a), /^\s*$/u, "only white space between paragraphs");
    assert.doesNotMatch(text[a] ?? "", /\s/u, "a paragraph starts on a non-space");
    assert.doesNotMatch(text[b - 1] ?? "", /\s/u, "a paragraph ends on a non-space");
    covered = b;
  }
  assert.match(text.slice(covered), /^\s*$/u);
}

describe("segmentParagraphs", () => {
  const cases: [name: string, input: string, expected: string[], todo?: string][] = [
    [
      "blank lines separate paragraphs",
      "Qassim spoke first.\n\nHaniya replied the next day.",
      ["Qassim spoke first.", "Haniya replied the next day."],
    ],
    [
      "a line break inside a sentence hard-wrapped at 72 columns is not a paragraph break",
      "Talal Naji, an aide to the secretary general of the PFLP–GC, said that\nthe organization would not take part in the fighting.\n\nNobody answered.",
      [
        "Talal Naji, an aide to the secretary general of the PFLP–GC, said that\nthe organization would not take part in the fighting.",
        "Nobody answered.",
      ],
    ],
    [
      "a text with no blank line at all has one paragraph per line",
      "Qassim spoke first.\nHaniya replied.\nThe PFLP–GC kept silent.",
      ["Qassim spoke first.", "Haniya replied.", "The PFLP–GC kept silent."],
    ],
    [
      "CRLF blank lines separate paragraphs",
      "First report.\r\n\r\nSecond report.\r\n",
      ["First report.", "Second report."],
    ],
    [
      "a hard wrap with CRLF inside a sentence stays inside its paragraph",
      "Hizbullah deputy secretary-general Na'im Qassim said on Tuesday that the\r\nparty would respond to any attack.\r\n\r\nNext.",
      [
        "Hizbullah deputy secretary-general Na'im Qassim said on Tuesday that the\r\nparty would respond to any attack.",
        "Next.",
      ],
    ],
    [
      "a long line hard-wrapped inside a sentence is not a paragraph break",
      "The Lebanese website Almarkazia.com reported on Sunday that Hizbullah had quietly moved long-range missiles\nfrom the Beqaa to positions south of the Litani river.",
      [
        "The Lebanese website Almarkazia.com reported on Sunday that Hizbullah had quietly moved long-range missiles\nfrom the Beqaa to positions south of the Litani river.",
      ],
    ],
    [
      "a line break after a sentence-final period in a one-line-per-paragraph export is a paragraph break",
      "Qassim spoke first, at length, about the war in Syria and the role of the resistance in it.\nHaniya replied.",
      [
        "Qassim spoke first, at length, about the war in Syria and the role of the resistance in it.",
        "Haniya replied.",
      ],
    ],
    [
      "a short heading line is a paragraph of its own",
      "HIZBULLAH ON THE SYRIAN WAR\nNa'im Qassim said that the party would stay.",
      ["HIZBULLAH ON THE SYRIAN WAR", "Na'im Qassim said that the party would stay."],
    ],
    [
      "a 'blank' line holding spaces, tabs and non-breaking spaces still separates",
      "First.\n \u00a0\t\nSecond.",
      ["First.", "Second."],
    ],
    ["several blank lines count as one separator", "First.\n\n\n\n\nSecond.", ["First.", "Second."]],
    [
      "leading and trailing white space is not part of any paragraph",
      "\n\n  \u00a0Lead paragraph.  \n\n\n\nTail paragraph.\n",
      ["Lead paragraph.", "Tail paragraph."],
    ],
    [
      "each paragraph of a continued quotation is its own paragraph",
      "He wrote:\n\n“The first battle is over.\n\n“The second will be harder.”",
      ["He wrote:", "“The first battle is over.", "“The second will be harder.”"],
    ],
    [
      "a line that opens a quotation opens a paragraph, though the line before ends in a name",
      "“The war has taken everything from us, and nobody in Beirut is listening to us.” ― Rania Haddad\n“Hizbullah protected the south when the state could not.” ― Khalil Mroueh",
      [
        "“The war has taken everything from us, and nobody in Beirut is listening to us.” ― Rania Haddad",
        "“Hizbullah protected the south when the state could not.” ― Khalil Mroueh",
      ],
    ],
    [
      "regression (review 5): a list of four signed quotations, one per line, is no hard-wrapped text",
      "“The war has taken everything from us, all of it.” ― Rania Haddad\n“Hizbullah protected the south when nobody did.” ― Khalil Mroueh\n“The state has abandoned the south for decades now.” ― Samir Khoury\n“We only want the bombing to stop, nothing more.” ― Layla Hamdan",
      [
        "“The war has taken everything from us, all of it.” ― Rania Haddad",
        "“Hizbullah protected the south when nobody did.” ― Khalil Mroueh",
        "“The state has abandoned the south for decades now.” ― Samir Khoury",
        "“We only want the bombing to stop, nothing more.” ― Layla Hamdan",
      ],
    ],
    [
      "regression (review 4): a quotation on the next line of an unfinished sentence goes on with it",
      "In a televised speech on Tuesday evening, Hizbullah leader Hassan Nasrallah told supporters that\n“the response will come,” adding that the party was ready.",
      [
        "In a televised speech on Tuesday evening, Hizbullah leader Hassan Nasrallah told supporters that\n“the response will come,” adding that the party was ready.",
      ],
    ],
    ["one line is one paragraph", "Isma'il Haniya arrived in Doha.", ["Isma'il Haniya arrived in Doha."]],
    ["an empty text has no paragraph", "", []],
    ["a text of white space has no paragraph", " \n\u00a0\n \r\n\t", []],
  ];
  for (const [name, input, expected, todo] of cases) {
    test(name, todo ? { todo } : {}, () => {
      const spans = segmentParagraphs(input);
      assert.deepEqual(paragraphTexts(input), expected);
      assertSane(input, spans);
    });
  }

  test("paragraph spans are offsets into the untouched text", () => {
    const text = "\u00a0Na'im Qassim said: “We are ready.”[7]\r\n\r\nIsma'il Haniya agreed.";
    const spans = segmentParagraphs(text);
    assert.deepEqual(spans, [
      [1, text.indexOf("\r")],
      [text.indexOf("Isma'il"), text.length],
    ]);
  });
});

describe("line-end checks without slices", () => {
  const lines = [
    "He said so.",
    "He said so. \u00a0\t",
    "The end [12]",
    "The end [12] ",
    "“Quoted,”",
    "Not closed",
    "Not closed\u2003",
    "(a note)",
    "  ",
    "",
    "\ufeff\u3000 heading \u2028\u00a0",
    "What?\u202f",
    "it’",
    "x\ud83d",
  ];
  test("endsParagraph agrees with the regex on every range of messy lines", () => {
    const ENDS = /(?:[.!?…:;"”’'»)\]]|\[\d{1,3}\])[ \t\u00a0]*$/;
    for (const line of lines) {
      for (let a = 0; a <= line.length; a++) {
        for (let b = a; b <= line.length; b++) {
          assert.equal(
            endsParagraph(line, a, b),
            ENDS.test(line.slice(a, b)),
            JSON.stringify(line.slice(a, b)),
          );
        }
      }
    }
  });
  test("trimmedLength agrees with slice().trim().length", () => {
    for (const line of lines) {
      for (let a = 0; a <= line.length; a++) {
        for (let b = a; b <= line.length; b++) {
          assert.equal(
            trimmedLength(line, a, b),
            line.slice(a, b).trim().length,
            JSON.stringify(line.slice(a, b)),
          );
        }
      }
    }
  });
});
