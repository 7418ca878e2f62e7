// Tests for reading brat standoff (brat.ts): text-bound and event lines, discontinuous spans, text that runs
// over several lines, malformed lines, and code point offsets turned into UTF-16 ones.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { codePointOffsets, goldAttributions, parseBrat } from "./brat.js";

describe("parseBrat", () => {
  test("reads text-bound annotations and events", () => {
    const ann = parseBrat(
      [
        "T1\tSource 0 3\tHer",
        "T2\tCue 4 8\tsaid",
        "T3\tContent 9 14\thello",
        "T4\tAttribution 4 8\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "",
      ].join("\n"),
    );
    assert.deepEqual(ann.textBounds.get("T1"), {
      id: "T1",
      type: "Source",
      fragments: [[0, 3]],
      text: "Her",
      line: 1,
    });
    assert.deepEqual(ann.events, [
      {
        id: "E1",
        line: 5,
        args: [
          { role: "Attribution", ref: "T4" },
          { role: "Content", ref: "T3" },
          { role: "Cue", ref: "T2" },
          { role: "Source", ref: "T1" },
        ],
      },
    ]);
    assert.deepEqual(ann.malformed, []);
  });

  test("a discontinuous span keeps its fragments in brat's order", () => {
    const ann = parseBrat("T7\tContent 209 236;91 186\tin favor of ... abandoned");
    assert.deepEqual(ann.textBounds.get("T7")?.fragments, [
      [209, 236],
      [91, 186],
    ]);
  });

  test("repeated roles lose their number suffix; roles with hyphens are kept whole", () => {
    const ann = parseBrat("E5\tAttribution-no-source:T21 Content:T18 Content2:T22 ");
    assert.deepEqual(
      ann.events[0]?.args.map((a) => a.role),
      ["Attribution-no-source", "Content", "Content"],
    );
  });

  test("text that runs over several lines belongs to the T before it", () => {
    const ann = parseBrat("T41\tContent 0 20\tfirst line\n\nsecond line\nT42\tSource 21 23\the\n");
    assert.equal(ann.textBounds.get("T41")?.text, "first line\n\nsecond line");
    assert.equal(ann.textBounds.get("T42")?.text, "he");
    assert.deepEqual(ann.malformed, []);
  });

  const malformed: Array<[string, string]> = [
    ["no offsets", "T1\tSource"],
    ["one offset", "T1\tSource 5\tx"],
    ["end before start", "T1\tSource 9 5\tx"],
    ["a broken fragment list", "T1\tSource 1 5;7\tx"],
    ["non-numeric offsets", "T1\tSource a b\tx"],
    ["an event without arguments", "E1\t"],
    ["an event with unreadable arguments", "E1\tAttribution T4"],
    ["stray text before any T", "hello"],
  ];
  for (const [name, line] of malformed) {
    test(`skips a malformed line: ${name}`, () => {
      const ann = parseBrat(`${line}\nT2\tCue 4 8\tsaid\n`);
      assert.deepEqual(ann.malformed, [1]);
      assert.equal(ann.textBounds.get("T2")?.type, "Cue", "the lines after it are still read");
    });
  }

  test("notes and CRLF line ends are fine", () => {
    const ann = parseBrat("#1\tAnnotatorNotes T1\tShould this be here?\r\nT1\tCue 0 4\tsaid\r\n");
    assert.deepEqual(ann.malformed, []);
    assert.equal(ann.textBounds.get("T1")?.text, "said");
  });
});

describe("code points to UTF-16", () => {
  test("an astral character before a span moves it by one unit", () => {
    const text = "Fans 😀 cheered: “we won”";
    const table = codePointOffsets(text);
    assert.equal(table.length, [...text].length + 1);
    // In code points (as PolNeAR counts), "cheered" starts at 7; in UTF-16 at 8.
    assert.equal([...text].indexOf("c"), 7);
    assert.equal(table[7], 8);
    assert.equal(text.slice(table[7], table[14]), "cheered");
    assert.equal(table[[...text].length], text.length);
  });

  test("gold spans from code point offsets re-slice to the brat text", () => {
    const text = "🇺🇸 Trump said: “we 𝒘𝒊𝒏 big”";
    // Where PolNeAR would put `part`: code points before it, and its length in code points.
    const cp = (part: string) => {
      const s = [...text.slice(0, text.indexOf(part))].length;
      return [s, s + [...part].length];
    };
    const [ss, se] = cp("Trump");
    const [cs, ce] = cp("said");
    const [ks, ke] = cp("we 𝒘𝒊𝒏");
    const [bs, be] = cp("big");
    const ann = parseBrat(
      [
        `T1\tSource ${ss} ${se}\tTrump`,
        `T2\tCue ${cs} ${ce}\tsaid`,
        `T3\tContent ${ks} ${ke};${bs} ${be}\twe 𝒘𝒊𝒏 big`,
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
      ].join("\n"),
    );
    const { attributions, problems } = goldAttributions(ann, text);
    assert.deepEqual(problems, []);
    const [gold] = attributions;
    assert.ok(gold);
    const slice = ([s, e]: [number, number]) => text.slice(s, e);
    assert.deepEqual(gold.source.map(slice), ["Trump"]);
    assert.deepEqual(gold.cue.map(slice), ["said"]);
    assert.deepEqual(gold.content.map(slice), ["we 𝒘𝒊𝒏", "big"], "each fragment is its own span");
  });
});

describe("goldAttributions", () => {
  const text = "She said yes.";
  test("drops events without source, cue or content, and reports dangling references and bad offsets", () => {
    const ann = parseBrat(
      [
        "T1\tCue 4 8\tsaid",
        "T2\tContent 9 12\tyes",
        "T3\tSource 0 99\tShe",
        "E1\tAttribution-no-source:T9",
        "E2\tAttribution:T1 Cue:T1 Content:T2 Source:T3",
        "E3\tContent:T8",
      ].join("\n"),
    );
    const { attributions, problems } = goldAttributions(ann, text);
    assert.deepEqual(attributions, [{ id: "E2", source: [], cue: [[4, 8]], content: [[9, 12]] }]);
    assert.equal(problems.length, 2);
    assert.match(problems[0] ?? "", /T3.*past the end/);
    assert.match(problems[1] ?? "", /E3.*missing T8/);
  });
});
