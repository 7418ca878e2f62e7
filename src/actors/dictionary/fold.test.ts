// Folding keys: the transliteration variants the issue names fold alike, and names that only look alike
// (Hassan/Hussein, Oman/Amman, Khamenei/Khomeini, Mahmoud Talha/Mahmoud Rahil) stay apart.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { foldToken, foldWords, translitKey } from "./fold.js";

function key(name: string): string {
  return foldWords(name.split(/\s+/))
    .map((w) => w.key)
    .join(" ");
}

describe("transliteration keys", () => {
  const same: [string, string][] = [
    ["Hizbullah", "Hezbollah"],
    ["Hizbullah", "Hizballah"],
    ["Qassim", "Qassem"],
    ["Qassim", "Kassem"],
    ["Haniya", "Haniyeh"],
    ["Haniya", "Hanieh"],
    ["Isma'il", "Ismail"],
    ["Isma'il", "Esmail"],
    ["Al-Assad", "al-Asad"],
    ["Qaani", "Ghaani"],
    ["Soleimani", "Suleimani"],
    ["Mohammed", "Muhammad"],
    ["Na’im Qassim", "Naim Qassem"],
    ["Hussein", "Hossein"],
    ["PFLP–GC", "PFLP-GC"],
  ];
  for (const [a, b] of same) test(`${a} ~ ${b}`, () => assert.equal(key(a), key(b)));

  const apart: [string, string][] = [
    ["Hassan", "Hussein"],
    ["Oman", "Amman"],
    ["Khamenei", "Khomeini"],
    ["Mahmoud Talha", "Mahmoud Rahil"],
    ["Abu Ahmad Fuad", "Abu Barzan Al-Sultani"],
    ["Iran", "Iraq"],
    ["Hamas", "Hama"],
  ];
  for (const [a, b] of apart) test(`${a} ≁ ${b}`, () => assert.notEqual(key(a), key(b)));

  test("words that are not plain Latin letters are their own key", () => {
    assert.equal(translitKey("حزب"), "حزب");
    assert.equal(translitKey("20"), "20");
  });
});

describe("foldToken", () => {
  test("the article prefix stays in the span but not in the key", () => {
    const t = foldToken("Al-Assad");
    assert.deepEqual(
      t.words.map((w) => [w.exact, w.start, w.end]),
      [["assad", 0, 8]],
    );
  });
  test("a possessive ending is cut off and flagged", () => {
    for (const s of ["Hamas’s", "Hamas's", "Houthis’"]) {
      const t = foldToken(s);
      assert.equal(t.possessive, true, s);
      assert.equal(t.words.at(-1)?.end, s.replace(/['’]s?$/, "").length, s);
    }
  });
  test("a hyphenated compound splits into words with their offsets", () => {
    assert.deepEqual(
      foldToken("Iranian-backed").words.map((w) => [w.exact, w.start, w.end]),
      [
        ["iranian", 0, 7],
        ["backed", 8, 14],
      ],
    );
  });
  test("dots of abbreviations go: U.S. folds like US", () => {
    assert.equal(foldToken("U.S.").words[0]?.exact, "us");
  });
});
