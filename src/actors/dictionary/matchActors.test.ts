// Dictionary matching on messy text: spelling variants, possessives, curly apostrophes, non-breaking
// spaces, acronyms, capitals used for governments and for cities, and names that must not merge.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fixtureDictionary } from "../../testing/actorsFixture.js";
import { matchActors } from "./matchActors.js";

function found(text: string): [string, string][] {
  return matchActors(text, fixtureDictionary()).map((m) => [text.slice(m.start, m.end), m.actor.id]);
}

describe("matchActors", () => {
  const table: [string, string, [string, string][]][] = [
    [
      "spelling variants",
      "Hezbollah and Hizballah both answered to Hizbullah.",
      [
        ["Hezbollah", "hizbullah"],
        ["Hizballah", "hizbullah"],
        ["Hizbullah", "hizbullah"],
      ],
    ],
    [
      "transliterated people",
      "Ismail Haniyeh met Esmail Ghaani and Sheikh Naim Kassem.",
      [
        ["Ismail Haniyeh", "ismail-haniya"],
        ["Esmail Ghaani", "esmail-qaani"],
        ["Naim Kassem", "naim-qassim"],
      ],
    ],
    [
      "article prefixes and a non-breaking space",
      "President Bashar\u00a0Al-Asad spoke.",
      [["Bashar\u00a0Al-Asad", "bashar-al-assad"]],
    ],
    [
      "possessive with a curly apostrophe",
      "Hamas’s leaders and the IRGC’s Qods Force",
      [
        ["Hamas", "hamas"],
        ["IRGC", "irgc"],
        ["Qods Force", "qods-force"],
      ],
    ],
    ["longest alias wins", "the Islamic Republic of Iran", [["Islamic Republic of Iran", "iran"]]],
    [
      "demonym for its state",
      "Iranian officials and Lebanese sources",
      [
        ["Iranian", "iran"],
        ["Lebanese", "lebanon"],
      ],
    ],
    [
      "two actors joined by a dash in one word (Iranian–Lebanese, Hamas-Hizbullah)",
      "Iranian–Lebanese talks and the Hamas-Hizbullah rift",
      [
        ["Iranian", "iran"],
        ["Lebanese", "lebanon"],
        ["Hamas", "hamas"],
        ["Hizbullah", "hizbullah"],
      ],
    ],
    [
      "regression: a dash inside a person's name or a hyphenated American is one name",
      "Abu Barzan Al-Sultani met Lebanese-American and Iranian-Americans donors.",
      [
        ["Abu Barzan Al-Sultani", "abu-barzan-al-sultani"],
        ["Lebanese", "lebanon"],
        ["Iranian", "iran"],
      ],
    ],
    [
      "capital as government",
      "Damascus welcomed the step; Tehran did not.",
      [
        ["Damascus", "syria"],
        ["Tehran", "iran"],
      ],
    ],
    ["capital as a city", "He flew to Damascus and stayed in Tehran.", []],
    [
      "state aliases are strict: Amman is not Oman",
      "Amman and Oman",
      [
        ["Amman", "jordan"],
        ["Oman", "oman"],
      ],
    ],
    [
      "acronyms need capitals",
      "Us and them; the US and the U.S. agreed.",
      [
        ["US", "united-states"],
        ["U.S.", "united-states"],
      ],
    ],
    [
      "lower-case article start",
      "a statement by al-Qaeda and al-Qaida",
      [
        ["al-Qaeda", "al-qaeda"],
        ["al-Qaida", "al-qaeda"],
      ],
    ],
    [
      "alias with a leading 'the' matched without it",
      "The Assad regime answered",
      [["Assad regime", "syria"]],
    ],
    [
      "en dash inside an acronym",
      "the PFLP-GC and the PFLP–GC",
      [
        ["PFLP-GC", "pflp-gc"],
        ["PFLP–GC", "pflp-gc"],
      ],
    ],
    [
      "media domain",
      "The Lebanese website Almarkazia.com reports",
      [
        ["Lebanese", "lebanon"],
        ["Almarkazia.com", "almarkazia"],
      ],
    ],
    [
      "no over-merging of look-alike names",
      "Mahmoud Rahil and Abu Ahmad Fuad; Khomeini is not Khamenei.",
      [
        ["Mahmoud Rahil", "mahmoud-rahil"],
        ["Abu Ahmad Fuad", "abu-ahmad-fuad"],
      ],
    ],
    [
      "Hassan is not Hussein",
      "We never met Hussein Nasrallah; Hassan Nasrallah we know.",
      [["Hassan Nasrallah", "hassan-nasrallah"]],
    ],
    [
      "surname after the full name, in another spelling",
      "Na'im Qassim spoke first. Later Qassem added more.",
      [
        ["Na'im Qassim", "naim-qassim"],
        ["Qassem", "naim-qassim"],
      ],
    ],
    [
      "surname before the full name",
      "“We are ready,” Haniyeh said. Isma'il Haniya spoke in Doha.",
      [
        ["Haniyeh", "ismail-haniya"],
        ["Isma'il Haniya", "ismail-haniya"],
      ],
    ],
    ["a word that is only capitalised at a sentence start", "Party politics aside, nobody came.", []],
  ];
  for (const [name, text, expected] of table) test(name, () => assert.deepEqual(found(text), expected));

  test("every span re-slices the text and matches do not overlap", () => {
    const text = "Hizbullah’s Na’im Qassim thanked the Islamic Republic of Iran, Hamas and the IRGC. ".repeat(
      50,
    );
    const ms = matchActors(text, fixtureDictionary());
    for (let k = 1; k < ms.length; k++) assert.ok((ms[k - 1]?.end ?? 0) <= (ms[k]?.start ?? 0));
    assert.equal(ms.length, 250);
  });

  // The timeout is the guard (no timing assertion): a walk that restarted at every word of a long run of
  // alias prefixes would be quadratic.
  test("regression: linear on a long run of alias prefixes and stray marks", { timeout: 60_000 }, () => {
    const text = `${"Islamic Republic Of Party Of ".repeat(100_000)}${"’".repeat(10_000)}`;
    assert.equal(matchActors(text, fixtureDictionary()).length, 0);
  });
});
