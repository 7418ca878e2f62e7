// The relations stage's shortcuts give what the straightforward ways give: on messy text (curly
// quotes, non-breaking spaces, em dashes, capitals): each token's lexicon role by its shape filter, and a
// name run's actor by the registry's memo; and mentions in order by a packed native sort.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Actor } from "../contract/extraction.js";
import { tokenize } from "../text/tokens.js";
import { type Mention, sortMentions } from "./frame.js";
import { NameRegistry } from "./names.js";
import { loadRelationLexicon } from "./relationLexicon.js";
import { rolesOf, tokenRoles } from "./triggers.js";

const MESSY = [
  "“Hamas must apologize,” he said\u00a0— and Iran’s Foreign Ministry condemned the attack on Monday.",
  "The U.S. criticised Qatar’s support for HAMAS; talks with al-Assad’s government were suspended…",
  "Praise—from Ankara—came late: ‘We thank Turkey’ said Erdoğan’s aide, after meeting in İstanbul.",
  "Critics called Netanyahu a “criminal”, threatening sanctions against Israel (and its allies).",
];

describe("relations lookups", () => {
  test("each token's role by the shape filter is the role map's entry for it", () => {
    const lex = loadRelationLexicon();
    const roles = tokenRoles(lex);
    let known = 0;
    for (const text of MESSY) {
      const tk = tokenize(text);
      const fast = rolesOf(tk, lex);
      for (let k = 0; k < tk.length; k++) {
        assert.equal(fast[k], roles.get(tk.lower[k] as string), tk.lower[k]);
        if (fast[k]) known++;
      }
    }
    // Every word the lexicon knows, alone and inside a sentence, is found.
    const words = tokenize([...roles.keys()].join(" "));
    const all = rolesOf(words, lex);
    for (let k = 0; k < words.length; k++) assert.equal(all[k], roles.get(words.lower[k] as string));
    assert.ok(all.filter((r) => r !== undefined).length > 1000);
    assert.ok(known >= 8);
  });

  test("a name run's actor is the same whether the registry remembers the run or looks it up again", () => {
    const actors: Actor[] = [
      {
        id: "p1",
        name: "John Smith",
        type: "person",
        aliases: [],
        known: false,
        affiliations: [],
        mentions: [[0, 10]],
      },
      {
        id: "o1",
        name: "Free Syrian Army",
        type: "organization",
        aliases: [],
        known: false,
        affiliations: [],
        mentions: [[20, 36]],
      },
    ];
    const dictionary = (name: string): Actor | null =>
      name === "Ankara"
        ? {
            id: "tur",
            name: "Turkey",
            type: "state",
            aliases: [],
            known: true,
            affiliations: [],
            mentions: [],
          }
        : null;
    const runs = [
      "Smith",
      "SMITH",
      "Free Syrian Army",
      "Ankara",
      "Al-Assad",
      "Al Assad",
      "al‑Assad",
      "Erdoğan’s Aide",
      "Erdoğan’s\u00a0Aide",
      "Ankara",
      "Smith",
      "Al-Assad",
      "Bunge",
      "BUNGE",
      "Bunge",
    ];
    const remembering = new NameRegistry(actors, dictionary);
    const forgetting = new NameRegistry(actors, dictionary);
    const lookUp = (forgetting as unknown as { lookUp(name: string): string }).lookUp.bind(forgetting);
    for (let round = 0; round < 2; round++)
      for (const run of runs) assert.equal(remembering.idFor(run), lookUp(run), run);
  });
});

describe("mention order", () => {
  test("packed sorting gives the comparator's stable order, ties and nested mentions included", () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const mentions: Mention[] = [];
      const count = random(60);
      for (let i = 0; i < count; i++) {
        const start = random(40);
        mentions.push({ start, end: start + 1 + random(6), actor: `a${i}` });
      }
      const straightforward = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
      assert.deepEqual(sortMentions([...mentions]), straightforward);
    }
    // Offsets too large to pack take the comparator, with the same answer.
    const far = [
      { start: 2 ** 21, end: 2 ** 21 + 3, actor: "x" },
      { start: 5, end: 9, actor: "y" },
      { start: 5, end: 12, actor: "z" },
    ];
    assert.deepEqual(
      sortMentions([...far]).map((m) => m.actor),
      ["z", "y", "x"],
    );
  });
});
