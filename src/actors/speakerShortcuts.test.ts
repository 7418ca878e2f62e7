// The shortcuts of the speaker stage give what the straightforward code gave: phraseWords splits like the
// regex it replaced, and slug's plain-ASCII path agrees with its general one, on messy text (curly
// quotes, non-breaking spaces, em dashes, letters outside the BMP).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { foldName } from "./dictionary/fold.js";
import { phraseWords, slug } from "./speakerActors.js";

const MESSY = [
  "",
  " ",
  ",",
  "Syrian journalist Mahmoud Rahil",
  "  Mrs.\u00a0Clinton’s spokeswoman — Jennifer Palmieri, ",
  "Hizbullah deputy secretary-general Na'im Qassim",
  "“the Lebanese daily Al-Joumhouria,” its editor",
  "Иван Петров, a spokesman",
  "𝐁𝐨𝐥𝐝 name\u2009with thin spaces\u202fand 𝟙𝟚 digits",
  "'Abd al-Bari 'Atwan – editor-in-chief",
  "Rep. Earl Blumenauer (D-Ore.)",
  "\ud800 a lone surrogate, and ‘single quotes’",
  "U.S. Secretary of State John Kerry",
  "al-Sudani\u00a0\u00a0bin Salman ibn Abu Umm",
];

/** The straightforward slug: the regexes slug ran before its shortcut. */
function plainSlug(name: string): string {
  const s = foldName(name)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
  return s || "actor";
}

describe("speaker stage shortcuts", () => {
  test("phraseWords splits like /[^\\p{L}'’-]+/u", () => {
    for (const s of MESSY) {
      for (const t of [s, s.toLowerCase(), `${s}.`, `-${s}`])
        assert.deepEqual(phraseWords(t), t.split(/[^\p{L}'’-]+/u), JSON.stringify(t));
    }
  });

  test("slug agrees with its general path on every kind of name", () => {
    for (const s of MESSY)
      for (const t of [s, s.toUpperCase(), `${s} 2`]) assert.equal(slug(t), plainSlug(t), t);
  });
});
