// The shared document tokens: every range gives exactly what tokenizing the range alone gives, whether it
// is cut from the document's tokens or (a range that ends or starts inside a word) tokenized on its own.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DocumentTokens } from "./documentTokens.js";
import { tokenize } from "./tokens.js";

const TEXTS = [
  "Hizbullah deputy secretary-general Na'im Qassim said: “The resistance will not be dragged.”[7]",
  "The Lebanese website Almarkazia.com reports. Almarkazia.comx is not a domain; U.S.A.B x; U.S.Army.",
  "Al-'Askari and al-’Q met the PFLP–GC in the U.S.\nThen e.g.x and 𝒜b 𝒜 — “Quote,”said Haniya.",
  "a.b.c.d.e.f x.com.y",
  "",
];

describe("DocumentTokens", () => {
  test("every range, at every pair of offsets, is tokenize(text, start, end)", () => {
    for (const text of TEXTS) {
      const doc = new DocumentTokens(text);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const want = tokenize(text, start, end);
          assert.deepEqual(doc.range(start, end), want, `${JSON.stringify(text)} [${start}, ${end})`);
        }
      }
    }
  });

  test("ranges cut from the document's tokens get arrays of their own", () => {
    const text = "Trump criticized Mexico. Then he left.";
    const doc = new DocumentTokens(text);
    const a = doc.range(0, 24);
    const b = doc.range(0, 24);
    assert.deepEqual(a.surface, ["Trump", "criticized", "Mexico", "."]);
    assert.deepEqual(doc.range(25, 38).lower, ["then", "he", "left", "."]);
    assert.notEqual(a.surface, b.surface, "a caller may not see another's array");
  });
});
