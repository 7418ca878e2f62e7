// The human-readable report: statements as "speaker (speakerText) — cue — “content” [kind, date, notes]",
// actors by mention count, relations with their evidence, and no colour unless asked for.

import assert from "node:assert/strict";
import { test } from "node:test";
import { type ExtractionResult, SCHEMA, type Span } from "../contract/extraction.js";
import { formatPretty } from "./pretty.js";

const text = "Na'im Qassim said on May 28 that “the resistance\nwill continue.”7 Hizbullah praised Iran.";
const span = (s: string, from = 0): Span => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, s);
  return [start, start + s.length];
};

const result: ExtractionResult = {
  schema: SCHEMA,
  document: { id: "doc-1", source: "news/a.txt", title: "Qassim speaks", date: "2024-06-01", text },
  actors: [
    {
      id: "qassim",
      name: "Na'im Qassim",
      type: "person",
      aliases: ["Na'im Qassim", "Qassim"],
      known: true,
      affiliations: [{ actor: "hizbullah", role: "deputy secretary-general" }],
      mentions: [span("Na'im Qassim")],
    },
    {
      id: "hizbullah",
      name: "Hizbullah",
      type: "organization",
      aliases: [],
      known: true,
      affiliations: [],
      mentions: [span("Hizbullah"), [0, 0], [0, 0]],
    },
    {
      id: "iran",
      name: "Iran",
      type: "state",
      aliases: [],
      known: true,
      affiliations: [],
      mentions: [span("Iran")],
    },
  ],
  statements: [
    {
      id: "s1",
      speaker: "qassim",
      speakerText: "Na'im Qassim",
      speakerSpan: span("Na'im Qassim"),
      cue: "said",
      cueSpan: span("said"),
      content: "the resistance\nwill continue.",
      contentSpans: [span("the resistance\nwill continue.")],
      kind: "direct",
      date: "--05-28",
      notes: ["7"],
      confidence: 0.9,
    },
    {
      id: "s2",
      speaker: null,
      speakerText: null,
      speakerSpan: null,
      cue: null,
      cueSpan: null,
      content: "something",
      contentSpans: [],
      kind: "indirect",
      date: null,
      notes: [],
      confidence: 0.2,
    },
  ],
  relations: [
    {
      id: "r1",
      source: "hizbullah",
      target: "iran",
      type: "praise",
      polarity: 1,
      date: null,
      statement: null,
      evidence: span("Hizbullah praised Iran"),
      confidence: 0.8,
    },
  ],
};

const table: [name: string, fragment: string | RegExp][] = [
  ["the title heads the report", /^Qassim speaks\n/],
  ["id, date and source are listed", "id doc-1 · date 2024-06-01 · source news/a.txt"],
  [
    "a statement reads speaker — cue — “content” [kind, date, notes]",
    "  1. Na'im Qassim — said — “the resistance will continue.” [direct, --05-28, notes 7]",
  ],
  ["a statement without speaker or cue says so", "  2. (unknown speaker) — something [indirect]"],
  [
    "actors are sorted by mention count",
    /Hizbullah \(organization, known\) — 3 mentions\n {2}Iran[^\n]*\n {2}Na'im Qassim/,
  ],
  [
    "an actor shows affiliations, and only the aliases this text uses (Qassim is not in it)",
    "Na'im Qassim (person, known) — 1 mention; deputy secretary-general of Hizbullah",
  ],
  [
    "a relation shows names, type, polarity and evidence",
    "  Hizbullah → Iran: praise [+1] — “Hizbullah praised Iran”",
  ],
  ["section headings give counts", "Statements (2)"],
];

for (const [name, fragment] of table) {
  test(name, () => {
    const out = formatPretty(result);
    if (typeof fragment === "string") assert.ok(out.includes(fragment), `${fragment}\nin\n${out}`);
    else assert.match(out, fragment);
  });
}

test("speakerText is shown in parentheses when it differs from the actor's name", () => {
  const first = result.statements[0];
  assert.ok(first);
  const out = formatPretty({ ...result, statements: [{ ...first, speakerText: "He" }] });
  assert.ok(out.includes("Na'im Qassim (He) — said"), out);
});

test("an alias the text uses is shown", () => {
  const [qassim, ...rest] = result.actors;
  assert.ok(qassim);
  const out = formatPretty({
    ...result,
    actors: [
      { ...qassim, mentions: [...qassim.mentions, [text.indexOf("Qassim"), text.indexOf("Qassim") + 6]] },
      ...rest,
    ],
  });
  assert.ok(out.includes("— 2 mentions; also Qassim;"), out);
});

test("an empty result says none found, without colour codes", () => {
  const out = formatPretty({ ...result, actors: [], statements: [], relations: [] });
  assert.equal(out.match(/none found/g)?.length, 3);
  assert.ok(!out.includes("\x1b"));
  assert.ok(out.endsWith("\n"));
});

test("colour is used only when asked for", () => {
  assert.ok(formatPretty(result, { color: true }).includes("\x1b[1mQassim speaks"));
});
