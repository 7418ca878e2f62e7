// The relation lexicon: the bundled file loads and maps every form to its type; malformed files fail at
// load with the file, the entry and what to fix.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadRelationLexicon, type TriggerSense } from "./relationLexicon.js";

describe("relation lexicon", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-relations-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("the bundled lexicon has every type the relations issue names, with PLOVER and CAMEO codes", () => {
    const lex = loadRelationLexicon();
    for (const t of [
      "praise",
      "thank",
      "bless",
      "support",
      "aid",
      "cooperate",
      "consult",
      "meet",
      "visit",
      "mediate",
      "restore_relations",
      "coordinate",
      "criticize",
      "condemn",
      "accuse",
      "threaten",
      "demand",
      "reject",
      "sever_relations",
      "attack",
      "sanction",
    ]) {
      const type = lex.types.get(t);
      assert.ok(type, `type ${t}`);
      assert.match(type?.plover ?? "", /^[A-Z]+$/);
      assert.match(type?.cameo ?? "", /^\d{3}$/);
    }
  });

  for (const [form, type, pos] of [
    ["thanked", "thank", "verb"],
    ["slammed", "criticize", "verb"],
    ["expelled", "sever_relations", "verb"],
    ["rapprochement", "restore_relations", "noun"],
    ["criticism", "criticize", "noun"],
    ["met", "meet", "verb"],
    ["fought", "attack", "verb"],
    ["angered", "criticize", "verb"],
    ["impressed", "praise", "verb"],
  ] as const) {
    test(`"${form}" is a ${pos} of ${type}`, () => {
      const senses = loadRelationLexicon().triggers.get(form) ?? [];
      assert.ok(
        senses.some((s) => s.type.type === type && s.pos === pos),
        JSON.stringify(senses.map((s) => s.type.type)),
      );
    });
  }

  test("irregular and doubled forms of relationship verbs are known", () => {
    const lex = loadRelationLexicon();
    for (const w of ["broken", "cut", "frozen", "disrupted", "restored", "revived"])
      assert.ok(lex.restoreForms.has(w) || lex.severForms.has(w), w);
  });

  const base = {
    types: [{ type: "praise", polarity: 1, plover: "SUPPORT", cameo: "051", verbs: ["praise"], nouns: [] }],
    relationNouns: [],
    restoreVerbs: [],
    severVerbs: [],
    evaluative: { negative: [], positive: [] },
    tone: { negative: [], positive: [] },
    adjacentOnly: [],
    negators: [],
    negatedTone: [],
    negativeCues: [],
    refusals: [],
    hypotheticals: [],
    modals: [],
  };
  const bad: [string, unknown, RegExp][] = [
    [
      "a polarity of 2",
      { ...base, types: [{ ...base.types[0], polarity: 2 }] },
      /polarity must be 1, 0 or -1/,
    ],
    [
      "no PLOVER code",
      { ...base, types: [{ ...base.types[0], plover: undefined }] },
      /needs "plover" and "cameo"/,
    ],
    [
      "a verb in upper case",
      { ...base, types: [{ ...base.types[0], verbs: ["Praise"] }] },
      /verb "Praise" must be/,
    ],
    [
      "one word under two types",
      { ...base, types: [base.types[0], { ...base.types[0], type: "support" }] },
      /"praise" is listed under both "praise" and "support"/,
    ],
    [
      "a type twice",
      { ...base, types: [base.types[0], { ...base.types[0], verbs: ["laud"] }] },
      /defined twice/,
    ],
    ["no evaluative lists", { ...base, evaluative: undefined }, /"evaluative" must have/],
    [
      "an experiencer verb with a particle",
      { ...base, types: [{ ...base.types[0], experiencerVerbs: ["win over"] }] },
      /experiencer verb "win over" must be/,
    ],
  ];
  for (const [name, json, message] of bad) {
    test(`a lexicon with ${name} fails at load, naming the file`, () => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}.json`);
      writeFileSync(file, JSON.stringify(json));
      assert.throws(
        () => loadRelationLexicon(file),
        (e: Error & { code?: string }) =>
          e.code === "SG_DATA_INVALID" && message.test(e.message) && e.message.includes(file),
      );
    });
  }
});

describe("docs/relations.md", () => {
  test("lists every relation type with its polarity, PLOVER class and CAMEO code", () => {
    const doc = readFileSync(fileURLToPath(new URL("../../../docs/relations.md", import.meta.url)), "utf8");
    // Table rows as trimmed cells (the formatter pads them).
    const rows = doc
      .split("\n")
      .filter((l) => l.startsWith("|"))
      .map((l) =>
        l
          .split("|")
          .map((c) => c.trim())
          .slice(1, 5)
          .join(" | "),
      );
    for (const t of loadRelationLexicon().types.values()) {
      const polarity = t.polarity === 0 ? "0" : t.polarity > 0 ? "+1" : "-1";
      assert.ok(
        rows.includes(`\`${t.type}\` | ${polarity} | ${t.plover} | ${t.cameo}`),
        `docs/relations.md has no row for ${t.type} (${polarity}, ${t.plover}, ${t.cameo}); regenerate the table`,
      );
    }
  });

  test("the phrase scanner's trie gives what splitting the lower-cased text gives, on messy text", () => {
    const lex = loadRelationLexicon();
    // The straightforward reading: split the lower-cased text into words, look each head up.
    const straightforward = (text: string): boolean => {
      const words = text.toLowerCase().split(/[^a-z'’-]+/);
      for (let i = 0; i < words.length; i++) {
        const senses: TriggerSense[] = lex.triggers.get(words[i] as string) ?? [];
        const want = new Set(senses.filter((s) => s.particle.length > 0).map((s) => s.particle[0]));
        if (want.size === 0) continue;
        for (let j = i + 1; j < words.length && j <= i + 4; j++)
          if (want.has(words[j] as string)) return true;
      }
      return false;
    };
    const pieces = [
      "made",
      "peace",
      "with",
      "Made",
      "PEACE",
      "WITH",
      "campaigned",
      "hard",
      "for",
      "sided",
      "lashed",
      "out",
      "at",
      "\u201cwith\u201d",
      "with\u2019",
      "\u00a0",
      "\u2014",
      "\u2013",
      "-",
      "'",
      "\u2019",
      "İran",
      "\u212aurds",
      "2024",
      ",",
      ".",
      "U.S.",
      "al-Assad",
      "Na\u2019im",
      "  ",
      "\n",
      "é",
      "called",
      "on",
      "talks",
      "Hamas",
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let positives = 0;
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      const count = 1 + random(12);
      for (let p = 0; p < count; p++) parts.push(pieces[random(pieces.length)] as string);
      const text = parts.join(random(3) === 0 ? "" : " ");
      const want = straightforward(text);
      if (want) positives++;
      assert.equal(lex.phraseScanner.test(text), want, text);
      const pad = `Xx ${text} yy`;
      assert.equal(lex.phraseScanner.testRange(pad, 3, 3 + text.length), want, text);
    }
    assert.ok(positives > 100);
  });
});
