// The pipeline runner and the engine built on it: a stage that requires a layer nobody produces fails
// when the pipeline is built (SG_PIPELINE_INVALID, naming the stage); stages run in order without
// touching their input; and the engine's output is lossless: document.text is the input, and every span
// of every layer re-slices it, checked over generated messy reports and thousands of stray marks.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { loadActorDictionary } from "../actors/dictionary/loadDictionary.js";
import type { ExtractionResult, Span } from "../contract/extraction.js";
import { segmentParagraphs } from "../document/paragraphs.js";
import { segmentSentences } from "../document/sentences.js";
import { StancegraphError } from "../errors.js";
import { findQuotes } from "../quotes/quotes.js";
import { prng } from "../testing/prng.js";
import { buildStages, createExtractor, type Layers } from "./extract.js";
import { buildPipeline, type Stage } from "./pipeline.js";

interface Toy {
  text: string;
  words: string[];
  count: number;
  upper: string;
}

const words: Stage<Toy> = {
  name: "words",
  version: 1,
  requires: ["text"],
  produces: ["words"],
  run: (l) => ({ words: (l.text ?? "").split(/\s+/).filter(Boolean) }),
};
const count: Stage<Toy> = {
  name: "count",
  version: 1,
  requires: ["words"],
  produces: ["count"],
  run: (l) => ({ count: (l.words ?? []).length }),
};
const upper: Stage<Toy> = {
  name: "shout",
  version: 2,
  requires: ["text", "count"],
  produces: ["upper"],
  run: (l) => ({ upper: `${(l.text ?? "").toUpperCase()} (${l.count})` }),
};

function assertPipelineError(build: () => unknown, stageName: string, layer: string): void {
  assert.throws(build, (e: unknown) => {
    assert.ok(e instanceof StancegraphError, `a StancegraphError, got ${String(e)}`);
    assert.equal(e.code, "SG_PIPELINE_INVALID");
    assert.ok(e.message.includes(stageName), `the message names the stage "${stageName}": ${e.message}`);
    assert.ok(e.message.includes(layer), `the message names the layer "${layer}": ${e.message}`);
    return true;
  });
}

describe("buildPipeline", () => {
  const invalid: [
    name: string,
    initial: (keyof Toy)[],
    stages: Stage<Toy>[],
    stage: string,
    layer: string,
  ][] = [
    ["a stage requiring a layer nobody produces", ["text"], [words, upper], "shout", "count"],
    ["a stage requiring a layer only a later stage produces", ["text"], [count, words], "count", "words"],
    ["a first stage requiring a layer missing from the input", [], [words], "words", "text"],
  ];
  for (const [name, initial, stages, stage, layer] of invalid) {
    test(`${name} fails at build with SG_PIPELINE_INVALID naming the stage`, () => {
      assertPipelineError(() => buildPipeline<Toy>(initial, stages), stage, layer);
    });
  }

  test("a stage's run is never called when the pipeline is invalid", () => {
    let ran = false;
    const spy: Stage<Toy> = {
      ...words,
      run: (l) => {
        ran = true;
        return words.run(l);
      },
    };
    assert.throws(() => buildPipeline<Toy>(["text"], [spy, upper]));
    assert.equal(ran, false);
  });

  test("stages run in order, each sees the layers before it, and the input is not mutated", () => {
    const p = buildPipeline<Toy>(["text"], [words, count, upper]);
    const input: Partial<Toy> = Object.freeze({ text: "Na'im Qassim said so" });
    const out = p.run(input);
    assert.deepEqual(out, {
      text: "Na'im Qassim said so",
      words: ["Na'im", "Qassim", "said", "so"],
      count: 4,
      upper: "NA'IM QASSIM SAID SO (4)",
    });
    assert.deepEqual(input, { text: "Na'im Qassim said so" });
  });

  test("the engine's own stages build and each declares a contract", () => {
    const stages = buildStages(loadActorDictionary());
    assert.doesNotThrow(() => buildPipeline<Layers>(["text", "date"], stages));
    for (const s of stages) {
      assert.ok(s.name.length > 0 && Number.isInteger(s.version) && s.version >= 1, `contract of ${s.name}`);
      assert.ok(s.produces.length > 0, `${s.name} produces something`);
    }
    const producers = stages.flatMap((s) => s.produces);
    assert.equal(new Set(producers).size, producers.length, "no two stages produce the same layer");
  });

  test("the engine without its sentence stage fails at build, naming the first stage that needs sentences", () => {
    const stages = buildStages(loadActorDictionary());
    const needing = stages.find((s) => s.requires.includes("sentences"));
    assert.ok(needing, "some stage requires sentences");
    assertPipelineError(
      () =>
        buildPipeline<Layers>(
          ["text", "date"],
          stages.filter((s) => s.name !== "sentences"),
        ),
      needing.name,
      "sentences",
    );
  });
});

const PIECES = [
  "Hizbullah deputy secretary-general Na'im Qassim said:\u00a0“The resistance will not be dragged into a war.”[7]",
  "“We will not allow the enemy to impose new equations on Lebanon,” Qassim said.",
  "Talal Naji, an aide to the secretary general of the PFLP–GC, said that the organization would stay neutral.",
  "The Lebanese website Almarkazia.com reports that Hizbullah has moved long-range missiles to the south.[14]",
  "According to Orient-news.net, the regime shelled the camp on Sunday.",
  "He tweeted: “Our people in Gaza stand firm despite the siege.”",
  "He wrote:\n\n“The first battle is over.\n\n“The second will be harder.”",
  "Haniya said: “The ‘Eaten Straw’ battle [Hamas' name for the recent Israel-Gaza conflict] was a victory for [Islamic] resistance.”",
  'Talal Naji said that the organization would consult the factions in order to "take the pulse of the street," and assessed that most would agree.',
  "A member of the Hamas leadership said that the movement had received the money.",
  "Palestinian elements who met with Hizbullah officials in Beirut said that the organization was ready.",
  "The so-called “Division 20,” an opposition militia, withdrew.",
  "Isma'il Haniya, in a speech, thanked Iran for its support.",
  "Mr. Haniya met the U.N. envoy on Jan. 5 … and Lt. Gen. Safavi – briefly – on No. 7 Street.",
  "She said: “This never closes.",
  "'Abd al-Bari 'Atwan wrote that Hamas' leaders had erred.",
  "''We will never recognize Israel,'' said Isma'il Haniya.",
  "Qassim said: «The resistance is ready.»",
];
const SEPARATORS = [" ", " ", "\u00a0", "  ", "\n\n", "\r\n\r\n", "\n"];

function generated(seed: number): string {
  const rand = prng(seed);
  let text = "";
  for (let i = 0; i < 16; i++) {
    if (i > 0) text += SEPARATORS[Math.floor(rand() * SEPARATORS.length)];
    text += PIECES[Math.floor(rand() * PIECES.length)];
  }
  return text;
}

const extractor = createExtractor();

function inText(text: string, [a, b]: Span): boolean {
  return Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= text.length;
}

/** Every span of every layer re-slices the text; statements are ordered and share no content. */
function assertLossless(text: string, r: ExtractionResult): void {
  assert.equal(r.document.text, text, "document.text === input");
  const paragraphs = segmentParagraphs(text);
  const sentences = segmentSentences(text, paragraphs);
  for (const layer of [paragraphs, sentences]) {
    let prev = 0;
    for (const s of layer) {
      assert.ok(inText(text, s) && s[0] >= prev && s[1] > s[0], "layer spans ordered, disjoint, in range");
      prev = s[1];
    }
  }
  for (const q of findQuotes(text, paragraphs)) {
    assert.ok(q.open >= 0 && q.end <= text.length && q.end > q.open);
    for (const s of q.spans) assert.ok(inText(text, s) && s[0] > q.open && s[1] <= q.end);
  }
  const ids = new Set<string>();
  const claimed: Span[] = [];
  let lastStart = -1;
  for (const s of r.statements) {
    assert.ok(!ids.has(s.id), "statement ids are unique");
    ids.add(s.id);
    const starts = [s.speakerSpan?.[0], s.cueSpan?.[0], s.contentSpans[0]?.[0]].filter(
      (x): x is number => x !== undefined,
    );
    const at = Math.min(...starts);
    assert.ok(at >= lastStart, "statements come in text order");
    lastStart = at;
    if (s.speakerSpan) {
      assert.ok(inText(text, s.speakerSpan));
      assert.equal(s.speakerText, text.slice(...s.speakerSpan));
    }
    if (s.cueSpan) {
      assert.ok(inText(text, s.cueSpan));
      assert.equal(s.cue, text.slice(...s.cueSpan));
    }
    for (const c of s.contentSpans) {
      assert.ok(inText(text, c) && c[1] > c[0], "content span in range and non-empty");
      for (const other of claimed) {
        assert.ok(
          c[1] <= other[0] || other[1] <= c[0],
          `content [${c}] of ${s.id} overlaps another statement's`,
        );
      }
    }
    claimed.push(...s.contentSpans);
    assert.equal(s.content, s.contentSpans.map((c) => text.slice(...c)).join(" … "));
    assert.ok(s.confidence >= 0 && s.confidence <= 1, "confidence in [0, 1]");
    assert.ok(s.speaker === null || r.actors.some((a) => a.id === s.speaker), "speaker is a listed actor");
  }
  for (const a of r.actors) {
    for (const m of a.mentions) assert.ok(inText(text, m), `mention of ${a.name} in range`);
    for (const f of a.affiliations)
      assert.ok(
        r.actors.some((b) => b.id === f.actor),
        "affiliation target listed",
      );
  }
}

describe("property: the engine's output is lossless on generated messy reports", () => {
  for (let seed = 1; seed <= 12; seed++) {
    test(`seed ${seed}`, () => {
      const text = generated(seed);
      assertLossless(text, extractor.extract({ text }));
    });
  }
});

describe("the engine on awkward documents", () => {
  const docs: [name: string, text: string][] = [
    ["an empty document", ""],
    [
      "a BOM-less text with a leading non-breaking space and CRLF",
      "\u00a0Na'im Qassim said: “Ready.”\r\n\r\nHe left.\r\n",
    ],
    ["10,000 stray quotation marks", "“”‘’«»„''\"'".repeat(1_000)],
    ["10,000 opening marks after cues", "He said: “".repeat(2_500)],
    [
      "a 20,000-character paragraph without punctuation",
      "Qassim said that ".concat("the resistance ".repeat(1_300)),
    ],
    ["only footnote markers", "[1][2][3] [iv] [99]"],
  ];
  for (const [name, text] of docs) {
    test(`${name}: no throw, lossless output`, () => assertLossless(text, extractor.extract({ text })));
  }
});

describe("extract: document fields and purity", () => {
  test("a document with no id gets sha256 of its text", () => {
    const text = "Qassim said that the party was ready.";
    const r = extractor.extract({ text });
    assert.equal(r.document.id, `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`);
  });

  test("a given id, source and title are kept", () => {
    const r = extractor.extract({ id: "memri-7", text: "x", source: "a.txt", title: "T" });
    assert.deepEqual([r.document.id, r.document.source, r.document.title], ["memri-7", "a.txt", "T"]);
  });

  test("the document's date wins over the extractor's default date", () => {
    const withDefault = createExtractor({ date: "2020-01-01" });
    const text = "Qassim said on Wednesday that the party was ready.";
    assert.equal(withDefault.extract({ text }).document.date, "2020-01-01");
    const r = withDefault.extract({ text, date: "2021-06-04" });
    assert.equal(r.document.date, "2021-06-04");
    assert.equal(r.statements[0]?.date, "2021-06-02");
  });

  test("extracting is deterministic and leaves no state behind between documents", () => {
    const a = generated(101);
    const b = generated(202);
    const first = JSON.stringify(extractor.extract({ text: a }));
    extractor.extract({ text: b });
    assert.equal(JSON.stringify(extractor.extract({ text: a })), first);
    assert.equal(JSON.stringify(createExtractor().extract({ text: a })), first);
  });
});
