// Regressions found by review of the actor stage: the contract's promise about affiliations, false
// dictionary matches, wrong antecedents, and inputs that once made the stage quadratic.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ExtractionResult } from "../contract/extraction.js";
import { createExtractor } from "../pipeline/extract.js";

const extractor = createExtractor({ date: "2023-05-01" });

function affiliationsHold(r: ExtractionResult): void {
  const ids = new Set(r.actors.map((a) => a.id));
  assert.equal(ids.size, r.actors.length, "ids are unique");
  for (const a of r.actors)
    for (const f of a.affiliations) {
      assert.ok(ids.has(f.actor), `${a.id} → ${f.actor} is in actors[]`);
      assert.notEqual(f.actor, a.id, `${a.id} is not affiliated with itself`);
    }
}

function speakers(text: string): (string | null)[] {
  const r = extractor.extract({ text });
  affiliationsHold(r);
  return r.statements.map((s) => s.speaker);
}

describe("regression: affiliations point at actors of the result", () => {
  const texts = [
    "Only 83% of young Republicans endorse checks. A 69% majority of Republicans support deploying ground forces.",
    "A majority of Republicans said that they liked him.",
    "Islamic Jihad fired rockets. The group said that it would go on. The group's spokesman Abu Hamza said that it would not stop.",
  ];
  for (const text of texts) test(text.slice(0, 60), () => affiliationsHold(extractor.extract({ text })));
});

describe("regression: false dictionary matches", () => {
  const none: [string, string, string][] = [
    ["a weekday is not the Isle of Man", "The talks resume on Monday in Doha.", "Monday"],
    ["Solomon is not Soleimani", "The reporter Jay Solomon wrote about it.", "Solomon"],
    ["the cue after a first name is no surname", "Hassan said that the deal was dead.", "Hassan said"],
    [
      "regression (analyst round): a one-name ruler before a surname is someone's first name ('Albert Rivera' is not Monaco's Albert)",
      "Ciudadanos leader, Albert Rivera, has accused Rajoy of being too soft.",
      "Albert",
    ],
    [
      "regression (third review of the analyst round): a ruler's name before a place's noun is no one's first name ('King Hussein Bridge' is no person 'Hussein Bridge')",
      "King Hussein Bridge was closed on Friday.",
      "Hussein Bridge",
    ],
  ];
  for (const [name, text, surface] of none)
    test(name, () => {
      const r = extractor.extract({ text });
      for (const a of r.actors)
        if (a.known)
          for (const [s, e] of a.mentions)
            assert.notEqual(text.slice(s, e), surface, `${a.id} at ${surface}`);
    });
});

describe("regression: the right actor", () => {
  test("a surname after a sentence that ends with a name is still the surname", () => {
    assert.deepEqual(speakers("Na'im Qassim met Aoun. Qassem said that the war was over."), ["naim-qassim"]);
  });

  test("a name inside another person's full name does not decide the speaker", () => {
    const [s] = speakers("Mohammed bin Salman met Biden. King Salman said that the talks went well.");
    assert.notEqual(s, "mohammed-bin-salman");
  });

  test("each 'the group' stands for the group named before that mention", () => {
    const text =
      "Hamas fired rockets on Monday. The group said that it would go on. Later, Hezbollah fired rockets too. The group said that it was ready for war.";
    assert.deepEqual(speakers(text), ["hamas", "hizbullah"]);
  });

  test("a description in an appositive stands for the most recent fitting actor", () => {
    const text =
      "Hamas fired rockets. Hezbollah watched. Then Hamas fired again. Mahmoud Rahil, the leader of the group, met reporters.";
    const r = extractor.extract({ text });
    const rahil = r.actors.find((a) => a.name === "Mahmoud Rahil");
    assert.ok(
      rahil?.affiliations.some((f) => f.actor === "hamas" && f.role === "leader"),
      JSON.stringify(rahil),
    );
  });
});

describe("regression: 'she said' after an organisation spoke", () => {
  test("'he' or 'she' never stands for a speaker the dictionary knows as an organisation", () => {
    const text =
      "Hamas said in a statement: “We will not attend the talks.”\n\nThe mediators had lost patience, she said.";
    assert.deepEqual(speakers(text), ["hamas", null]);
  });

  test("a person named before the organisation is still found", () => {
    const text =
      "Samira Haddad met the mediators. Hamas said in a statement: “We will not attend.”\n\nThe talks were over, she said.";
    const r = extractor.extract({ text });
    const she = r.statements.find((s) => s.speakerText === "she");
    assert.equal(r.actors.find((a) => a.id === she?.speaker)?.name, "Samira Haddad");
  });
});

describe("regression: linear time in the actor stage", () => {
  // The timeout is the guard (no timing assertion): each of these took from 6 s to a minute at 1 MB.
  const cases: [string, () => string][] = [
    [
      "thousands of role hints after thousands of matches",
      () =>
        `${"Hamas ".repeat(20_000)}${"Syrian journalist Mahmoud Rahil said that the war would end. ".repeat(5_000)}`,
    ],
    [
      "one name spelled ten thousand ways",
      () =>
        Array.from(
          { length: 10_000 },
          (_, k) => `Hizb${"a".repeat(1 + (k % 50))}${"l".repeat(1 + (k % 7))}ah said so.`,
        ).join(" "),
    ],
    [
      "20,000 names that share their first two words",
      () =>
        Array.from({ length: 20_000 }, (_, k) => `The Popular Front Number${k} said that it would.`).join(
          " ",
        ),
    ],
  ];
  for (const [name, make] of cases)
    test(name, { timeout: 60_000 }, () => {
      const text = make();
      affiliationsHold(extractor.extract({ text }));
    });
});

describe("regression (object-prototype nouns): a description noun named like Object.prototype's members", () => {
  // "the constructor said" looked "constructor" up in a plain object and found a function: the engine threw.
  for (const noun of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])
    test(`“the ${noun} said” is read, not thrown on`, () => {
      const text = `Hamas said on Monday that the ${noun} of the deal had failed. The ${noun} said: "We will not go back."`;
      assert.doesNotThrow(() => speakers(text));
    });
});

describe("regression (appositive stance nouns): an ally, a critic or a friend is no member of the one named", () => {
  const cases: [string, string, string][] = [
    ["Talal Naji, an ally of Assad, told reporters that the talks failed.", "talal-naji", "bashar-al-assad"],
    [
      "Itamar Ben-Gvir, Netanyahu’s closest ally, said the deal was dead.",
      "itamar-ben-gvir",
      "benjamin-netanyahu",
    ],
    ["Jane Doe, a longtime critic of Hamas, said the truce would not hold.", "jane-doe", "hamas"],
  ];
  for (const [text, person, other] of cases)
    test(text.slice(0, 50), () => {
      const r = extractor.extract({ text });
      affiliationsHold(r);
      const a = r.actors.find((x) => x.id === person);
      assert.ok(a, `${person} among ${r.actors.map((x) => x.id).join(", ")}`);
      assert.ok(!a.affiliations.some((f) => f.actor === other), JSON.stringify(a.affiliations));
    });
  test("a role at an organisation stays one ('a partner at Goldman Sachs')", () => {
    const r = extractor.extract({ text: "John Smith, a partner at Goldman Sachs, said rates would rise." });
    const a = r.actors.find((x) => x.id === "john-smith");
    assert.ok(
      a?.affiliations.some((f) => f.role === "partner"),
      JSON.stringify(a?.affiliations),
    );
  });
});

test("regression (new-user test): a relative clause between dashes is no role, and its date is not the statement's", () => {
  const r = createExtractor({ date: "2023-09-20" }).extract({
    text: "Iranian Foreign Minister Hossein Amir-Abdollahian — who arrived in Baghdad on September 12 — told reporters that Iran backed the talks. Qassim, speaking on Thursday, said the talks failed.",
  });
  affiliationsHold(r);
  const minister = r.actors.find((a) => a.name === "Hossein Amir-Abdollahian");
  assert.ok(minister);
  assert.ok(
    !minister.affiliations.some((f) => /who arrived/.test(f.role ?? "")),
    JSON.stringify(minister.affiliations),
  );
  assert.deepEqual(
    r.statements.map((s) => [s.cue, s.date]),
    [
      ["told", null],
      ["said", "2023-09-14"],
    ],
  );
});

test("regression (new-user test): a name hard-wrapped over a line break is one name, in the dictionary's match and in its display", () => {
  const line =
    "The delegation of the Syrian National Coalition met the envoy in Doha on Monday and said that";
  const text = `${line}\nthe talks with the Islamic\nRepublic of Iran had failed, and the Syrian\nNational Coalition said it would not meet again.\n\nHamas\nIran\n`;
  const r = extractor.extract({ text });
  affiliationsHold(r);
  const iran = r.actors.find((a) => a.id === "iran");
  assert.ok(
    iran?.mentions.some(([s, e]) => text.slice(s, e) === "Islamic\nRepublic of Iran"),
    JSON.stringify(iran?.mentions),
  );
  for (const a of r.actors) assert.ok(!/\s{2}|\n/.test(a.name), JSON.stringify(a.name));
  // Names one per line do not run together.
  assert.ok(!r.actors.some((a) => /Hamas Iran/.test(a.name)));
});
