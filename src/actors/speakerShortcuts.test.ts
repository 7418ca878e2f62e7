// The shortcuts of the speaker stage give what the straightforward code gave: phraseWords splits like the
// regex it replaced, slug's plain-ASCII path agrees with its general one, and the index that finds the
// further occurrences of many actors' names finds what a plain search for each name finds, on messy text
// (curly quotes, non-breaking spaces, em dashes, letters outside the BMP).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Actor } from "../contract/extraction.js";
import { buildStages, type Layers } from "../pipeline/extract.js";
import { NO_ACTORS } from "../testing/actorsFixture.js";
import { isCapitalized } from "../text/tokens.js";
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

/** Every whole-word occurrence of the name, by a plain search: what the index must find too. */
function plainOccurrences(text: string, name: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? " "))
      continue;
    out.push(`${at},${at + name.length}`);
  }
  return out;
}

describe("further occurrences of many actors' names", () => {
  test("the index finds every occurrence a plain search finds", () => {
    // More speakers than the few-actor path takes, with namesakes and messy punctuation. (Not possessives:
    // the index keys "Na’im Qassim’s" by its whole second word and passes it over, where a plain search of
    // a document with few actors finds it; the output keeps that difference.)
    const names = Array.from(
      { length: 40 },
      (_, i) => `Ahmad Q${String.fromCharCode(97 + (i % 26))}ssim${i}`,
    );
    names.push("Na’im Qassim", "Hillary Clinton", "Clinton", "Ĳssel Ünal", "𝐁old Name");
    const said = names.map((n) => `“We stay,” ${n} said.`).join(" ");
    const again = names
      .map((n, i) => (i % 3 === 0 ? `An aide met\u00a0${n} — and ${n}, again (${n}).` : `${n}s ${n}x ${n}`))
      .join("\n\n");
    const text = `${said}\n\n${again}\n\n${said}`;
    const layers: Partial<Layers> & { text: string; date: null } = { text, date: null };
    for (const stage of buildStages(NO_ACTORS)) {
      Object.assign(layers, stage.run(layers as Layers));
      if (stage.name === "statements") break;
    }
    const actors = layers.speakerActors as Actor[];
    assert.ok(actors.length > 24);
    for (const a of actors) {
      if (a.name.length < 3 || !isCapitalized(a.name)) continue;
      const mentions = new Set(a.mentions.map(([x, y]) => `${x},${y}`));
      for (const m of plainOccurrences(text, a.name)) assert.ok(mentions.has(m), `${a.name} at ${m}`);
    }
  });
});
