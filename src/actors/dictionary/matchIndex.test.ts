// The matcher's shortcuts against the straightforward way, on messy text (curly quotes, non-breaking
// spaces, em dashes, articles, accents): the starts found once per document against nextStart's scan,
// the first-letter filter (nextFirst, mayGoOn) against folding the word and looking it up, and the token
// table's remembered root child against childOf.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fixtureDictionary } from "../../testing/actorsFixture.js";
import { isWordCode, wordEnd } from "../../text/tokens.js";
import { childOf, firstLettersOfKey, type TrieNode } from "./dictionary.js";
import { foldToken } from "./fold.js";
import { rootChildOf, tokenEntry } from "./foldedTokens.js";
import { aliasStarts, mayGoOn, nextStart } from "./matchActors.js";

const MESSY = [
  "Na’im Qassim said on Monday\u00a0that Hizbullah — and al-Qaeda — would not “back down”.",
  "El-Sisi met\u00a0AL-ASSAD in Damascus; el‐Baradei and al-'Askari did not. Élysée officials, Ümit, Øre.",
  "The U.S. and the PFLP–GC: McCain’s aides; Iranians’ views; a’l-Qaeda, ul-Haq, al Assad, e-mail.",
  "  Hamas’s leaders\n\nIRGC’s Qods Force — Ayatollah Ali Khamenei’s office (Tehran), 2017’s 3rd Division.",
  "İstanbul, ſtate, ǅemal, Ǆ, ß, ΣΑΣ, Ωmega, 𝐀lpha, \ud835 lone, ‘quoted’ «Guillemets» Āl-Sabah.",
];

/** Every token the matcher may be given: words from wordEnd, single marks otherwise. */
function tokens(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 0xa0) {
      i++;
      continue;
    }
    const end = isWordCode(c) ? wordEnd(text, i) : i + 1;
    out.push([i, end]);
    i = end;
  }
  return out;
}

function allNodes(root: TrieNode): TrieNode[] {
  const out: TrieNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    out.push(node);
    if (node.child) stack.push(node.child);
    if (node.more) for (const child of node.more.values()) stack.push(child);
  }
  return out;
}

describe("matcher index", () => {
  test("aliasStarts lists exactly the places nextStart finds", () => {
    for (const text of [...MESSY, MESSY.join(" ").repeat(8)]) {
      const expected: number[] = [];
      for (let i = nextStart(text, 0); i !== -1; i = nextStart(text, i + 1)) expected.push(i);
      assert.deepEqual([...aliasStarts(text)], expected, text.slice(0, 40));
      // A remembered long text gives the same answer again.
      assert.deepEqual([...aliasStarts(text)], expected);
    }
  });

  test("mayGoOn never turns away a word that leads on to a child", () => {
    const nodes = allNodes(fixtureDictionary().root);
    for (const text of MESSY)
      for (const [s, e] of tokens(text)) {
        const first = foldToken(text.slice(s, e)).words[0];
        if (first === undefined) continue;
        // The first letters of the word's own key must pass the filter.
        assert.ok(mayGoOn(firstLettersOfKey(first.key), text, s, e), text.slice(s, e));
        for (const node of nodes)
          if (childOf(node, first.key) !== undefined) assert.ok(mayGoOn(node.nextFirst, text, s, e));
      }
  });

  test("a token's remembered child of the root is childOf's", () => {
    const root = fixtureDictionary().root;
    for (const text of MESSY)
      for (const [s, e] of tokens(text)) {
        const entry = tokenEntry(text, s, e);
        assert.deepEqual(entry.folded, foldToken(text.slice(s, e)));
        if (entry.wordCount !== 1) continue;
        const expected = childOf(root, entry.folded.words[0]?.key as string) ?? null;
        assert.equal(rootChildOf(entry, root, childOf), expected);
        // Asked again: the remembered answer.
        assert.equal(rootChildOf(tokenEntry(text, s, e), root, childOf), expected);
      }
  });
});
