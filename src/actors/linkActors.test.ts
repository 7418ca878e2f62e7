// Speakers joined with the bundled actor dictionary, on the shapes analysts' reports use: role-prefixed,
// appositive, possessive and collective speakers, titles, transliterated names, capitals for governments,
// and roles that change with the document's date.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ExtractionResult } from "../contract/extraction.js";
import { createExtractor } from "../pipeline/extract.js";

const on2022 = createExtractor({ date: "2022-06-10" });

function speakerOf(r: ExtractionResult, k = 0): string | null {
  return r.statements[k]?.speaker ?? null;
}

function actor(r: ExtractionResult, id: string) {
  const a = r.actors.find((x) => x.id === id);
  assert.ok(a, `actor ${id} among ${r.actors.map((x) => x.id).join(", ")}`);
  return a;
}

describe("speakers resolved to dictionary actors", () => {
  const table: [string, string, string, { actor: string; role: string }[]][] = [
    [
      "role-prefixed, with the role on the document's date",
      "Hizbullah deputy secretary-general Naim Qassem said on May 28: “There has been progress.”",
      "naim-qassim",
      [{ actor: "hizbullah", role: "deputy secretary-general" }],
    ],
    [
      "appositive with a possessive organisation",
      "Esmail Qaani, commander of the Qods Force in Iran’s IRGC, said that the resistance was united.",
      "esmail-qaani",
      [{ actor: "qods-force", role: "commander" }],
    ],
    [
      "organisation and role before the name",
      "Hamas political bureau head Isma'il Haniya thanked Iran for the financial and military aid.",
      "ismail-haniya",
      [{ actor: "hamas", role: "political bureau head" }],
    ],
    [
      "role with a place before the name",
      "Hamas leader in Gaza Yahya Sinwar said: “We thank Iran.”",
      "yahya-sinwar",
      [{ actor: "hamas", role: "leader in Gaza" }],
    ],
    [
      "a title before the name",
      "President Bashar Al-Assad said that Syria would not forget.",
      "bashar-al-assad",
      [{ actor: "syria", role: "president" }],
    ],
    ["a demonym and a collective noun", "Iranian officials said that the talks would go on.", "iran", []],
    ["a capital for its government", "Damascus said that the visit was welcome.", "syria", []],
    [
      "an organisation's statement is the organisation",
      "A Hamas statement said that the visit was a success.",
      "hamas",
      [],
    ],
  ];
  for (const [name, text, id, affiliations] of table) {
    test(name, () => {
      const r = on2022.extract({ text });
      assert.equal(speakerOf(r), id);
      const a = actor(r, id);
      assert.equal(a.known, true);
      for (const f of affiliations)
        assert.ok(
          a.affiliations.some((g) => g.actor === f.actor && g.role === f.role),
          JSON.stringify(a.affiliations),
        );
      // Every affiliation points at an actor of the result.
      for (const f of a.affiliations) actor(r, f.actor);
    });
  }

  test("roles follow the document's date: Qassim is deputy in 2022, secretary-general in 2025", () => {
    const text = "Naim Qassem said that the resistance would not be dragged into war.";
    const roles = (date: string) =>
      actor(createExtractor({ date }).extract({ text }), "naim-qassim").affiliations.map((f) => f.role);
    assert.ok(roles("2022-06-10").includes("deputy secretary-general"));
    assert.ok(!roles("2022-06-10").includes("secretary-general"));
    assert.ok(roles("2025-03-01").includes("secretary-general"));
  });

  test("a surname-only speaker after the full name is the same known actor", () => {
    const text = "Isma'il Haniya arrived in Tehran on Sunday. “We are grateful,” Haniyeh said.";
    const r = on2022.extract({ text });
    assert.equal(speakerOf(r), "ismail-haniya");
    assert.deepEqual(
      actor(r, "ismail-haniya").mentions.map(([s, e]) => text.slice(s, e)),
      ["Isma'il Haniya", "Haniyeh"],
    );
  });

  test("ids stay unique when a text-only actor's id is also a dictionary id", () => {
    const text = "Hamas political bureau head Isma'il Haniya said that Hamas would not bow.";
    const r = on2022.extract({ text });
    const ids = r.actors.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, ids.join(", "));
  });

  test("every mention re-slices the text to a form the actor goes by", () => {
    const text =
      "Hezbollah and Hizballah are one party; the Syrian regime and Damascus one government. Iran’s IRGC answered.";
    const r = on2022.extract({ text });
    for (const a of r.actors)
      for (const [s, e] of a.mentions)
        assert.ok(a.aliases.includes(text.slice(s, e)), `${a.id}: ${text.slice(s, e)}`);
    assert.equal(actor(r, "hizbullah").mentions.length, 2);
    assert.equal(actor(r, "syria").mentions.length, 2);
  });

  test("a role with a demonym before the name belongs to that state (Syrian journalist Mahmoud Rahil)", () => {
    const r = on2022.extract({ text: "Syrian journalist Mahmoud Rahil wrote that the visit was a mistake." });
    const rahil = r.actors.find((a) => a.name === "Mahmoud Rahil");
    assert.deepEqual(rahil?.affiliations, [{ actor: "syria", role: "journalist" }]);
  });
});

describe("definite descriptions as speakers", () => {
  const table: [string, string, string][] = [
    [
      "the group → the organisation named before",
      "Palestinian Islamic Jihad condemned the raid. The group said that it would respond.",
      "pij",
    ],
    [
      "the organization",
      "Hizbullah held a rally on Friday. The organization stated that it stood with Gaza.",
      "hizbullah",
    ],
    [
      "the regime → the state",
      "The Syrian regime did not answer. Later the regime said that the visit was welcome.",
      "syria",
    ],
  ];
  for (const [name, text, id] of table)
    test(name, () => {
      const r = on2022.extract({ text });
      assert.equal(r.statements.at(-1)?.speaker, id);
      assert.ok(
        !r.actors.some((a) => ["group", "organization", "regime"].includes(a.id)),
        r.actors.map((a) => a.id).join(),
      );
    });

  test("the official → the anonymous official introduced before", () => {
    const text =
      "A Hamas official in Beirut said the talks were serious. The official added that Egypt was mediating.";
    const r = on2022.extract({ text });
    assert.equal(r.statements.length, 2);
    assert.equal(r.statements[1]?.speaker, r.statements[0]?.speaker);
  });

  test("with nothing fitting before it, a description stays as it is", () => {
    const r = on2022.extract({ text: "Iran answered at once. The group said that it would respond." });
    assert.equal(r.statements.at(-1)?.speaker, "group");
  });
});

describe("roles stated about people who are not speaking", () => {
  const table: [string, string, string, { actor: string; role: string }][] = [
    [
      "an appositive with 'of' and a known organisation",
      "The delegation met Nasser al-Hariri, the chair of the Syrian National Coalition, in Istanbul.",
      "Nasser al-Hariri",
      { actor: "syrian-national-coalition", role: "chair" },
    ],
    [
      "an organisation and role before the name",
      "Tehran hosted Hamas political bureau head Ismail Haniyeh on Monday.",
      "Isma'il Haniya",
      { actor: "hamas-political-bureau", role: "head" },
    ],
    [
      "a description with a possessive before the name (the movement's leader, X)",
      "Hizbullah wrote to the Free Patriotic Movement, proposing a meeting with the movement's leader, Gebran Bassil.",
      "Gebran Bassil",
      { actor: "free-patriotic-movement", role: "leader" },
    ],
    [
      "a lower-case description inside the role (former coalition president X)",
      "The Syrian National Coalition was divided. Former coalition president Khaled Khoja tweeted his anger.",
      "Khaled Khoja",
      { actor: "syrian-national-coalition", role: "former president" },
    ],
  ];
  for (const [name, text, person, affiliation] of table)
    test(name, () => {
      const r = on2022.extract({ text });
      const a = r.actors.find((x) => x.name === person);
      assert.ok(a, r.actors.map((x) => x.name).join(", "));
      assert.ok(
        a.affiliations.some((f) => f.actor === affiliation.actor && f.role === affiliation.role),
        JSON.stringify(a.affiliations),
      );
    });

  test("a possessive appositive with a description (X, the group's chief negotiator and spokesman,)", () => {
    const text =
      "The Houthis fired again. “The sea is not theirs,” said Mohammed Abdulsalam, the group's chief negotiator and spokesman, on Sunday.";
    const r = on2022.extract({ text });
    const a = r.actors.find((x) => x.id === "mohammed-abdulsalam");
    assert.ok(a, r.actors.map((x) => x.id).join(", "));
    assert.ok(
      a.affiliations.some((f) => f.actor === "houthis" && f.role === "chief negotiator and spokesman"),
      JSON.stringify(a.affiliations),
    );
  });

  test("an appositive with a demonym and a role (X, the Syrian journalist,)", () => {
    const r = on2022.extract({ text: "Mahmoud Rahil, the Syrian journalist, answered the next day." });
    const a = r.actors.find((x) => x.name === "Mahmoud Rahil");
    assert.deepEqual(a?.affiliations, [{ actor: "syria", role: "journalist" }]);
  });

  test("an appositive that is not a role gives nothing", () => {
    const r = on2022.extract({ text: "They met Gebran Bassil, a man of few words, in Beirut." });
    const a = r.actors.find((x) => x.name === "Gebran Bassil");
    assert.ok(a);
    assert.ok(!a.affiliations.some((f) => f.role?.includes("man")), JSON.stringify(a.affiliations));
  });
});

describe("roles stated without an organisation (Actor.roles)", () => {
  const table: [string, string, string, string][] = [
    [
      "a role before a speaker's name",
      "In a column, columnist Fadi al-Hourani wrote: “Let’s imagine that Tehran stopped its support tomorrow.”",
      "Fadi al-Hourani",
      "columnist",
    ],
    [
      "a role before a name that is not speaking, after other words",
      "Commentators took it as a reference to former minister Jihad Azour, whose name was circulating.",
      "Jihad Azour",
      "former minister",
    ],
    [
      "an appositive whose 'in' names a place, not an owner",
      "“Nobody here believes this is the end,” said Umm Mohammed, a teacher in the Shujaiya neighbourhood.",
      "Umm Mohammed",
      "teacher",
    ],
    [
      "an appositive with an article and no owner",
      "The plan was drafted by Samir Haddad, a veteran columnist, over the summer.",
      "Samir Haddad",
      "veteran columnist",
    ],
  ];
  for (const [name, text, person, role] of table)
    test(name, () => {
      const r = on2022.extract({ text });
      const a = r.actors.find((x) => x.name === person);
      assert.ok(a, r.actors.map((x) => x.name).join(", "));
      assert.deepEqual(a.roles, [role], JSON.stringify(a));
    });

  test("a role stated with its organisation is an affiliation, not also a bare role", () => {
    const text =
      "Hizbullah deputy secretary-general Naim Qassem spoke first. Later, deputy secretary-general Naim Qassem added more.";
    const a = actor(on2022.extract({ text }), "naim-qassim");
    assert.ok(a.affiliations.some((f) => f.role === "deputy secretary-general"));
    assert.equal(a.roles, undefined);
  });

  test("no roles, no field: results without bare roles keep the schema 1 shape", () => {
    const r = on2022.extract({ text: "Gebran Bassil met Nabih Berri in Beirut on Monday." });
    for (const a of r.actors) assert.ok(!("roles" in a), JSON.stringify(a));
  });

  test("a role with a lower-case object of 'of' is the whole phrase (member of parliament)", () => {
    const r = on2022.extract({
      text: "Samir Haddad, a member of parliament, said the vote was delayed. Rami Khoury, the head of the investigation, declined to comment.",
    });
    assert.deepEqual(r.actors.find((x) => x.name === "Samir Haddad")?.roles, ["member of parliament"]);
    assert.deepEqual(r.actors.find((x) => x.name === "Rami Khoury")?.roles, ["head of the investigation"]);
  });

  test("one role however it is capitalised, and none beside the same role with its organisation", () => {
    const text =
      "Columnist Fadi al-Hourani wrote that Iran was right. Later, columnist Fadi al-Hourani added that Hamas was grateful. " +
      "The Syrian National Coalition was divided. Former coalition president Khaled Khoja tweeted his anger.";
    const r = on2022.extract({ text });
    assert.deepEqual(r.actors.find((x) => x.name === "Fadi al-Hourani")?.roles, ["columnist"]);
    assert.equal(r.actors.find((x) => x.name === "Khaled Khoja")?.roles, undefined);
  });

  // Review of the first version: ordinary words before a name, and clauses, were taken for roles.
  const NOT_ROLES: [string, string][] = [
    ["a verb and 'the' before an office", "Hamas condemned the US Secretary of State."],
    ["an adverb", "The talks stalled, and then Emmanuel Macron called Nabih Berri."],
    ["verbs", "Parliament elected Joseph Aoun on Thursday. The cabinet appointed Nawaf Salam."],
    ["a verb that is also a role word", "France is expected to host Emmanuel Macron."],
    ["a noun that is no role", "He told the press Nabih Berri would wait."],
    [
      "a modifier before a title",
      "He praised former President Michel Aoun and former US Secretary of State John Kerry.",
    ],
    ["a fronted clause", "In a letter to the prime minister, Joseph Aoun wrote that the army would deploy."],
    [
      "an 'of' with a name no stage knows",
      "Karim Saad, the head of the Lebanese Forces Media Office, spoke.",
    ],
  ];
  for (const [name, text] of NOT_ROLES)
    test(`regression: no role from ${name}`, () => {
      const r = on2022.extract({ text });
      for (const a of r.actors) {
        assert.equal(a.roles, undefined, `${a.name}: ${JSON.stringify(a.roles)}`);
        for (const f of a.affiliations)
          assert.ok(
            !/\b(?:the|is|condemned|elected|appointed|host|then|press)$/.test(f.role ?? ""),
            JSON.stringify(f),
          );
      }
    });

  test("words that are not roles give none (a reference to Jihad Azour)", () => {
    const r = on2022.extract({
      text: "Commentators took it as a reference to Jihad Azour, whose name was circulating.",
    });
    const a = r.actors.find((x) => x.name === "Jihad Azour");
    assert.equal(a?.roles, undefined, JSON.stringify(a));
  });
});

describe("anonymous speakers named by an owner and a role", () => {
  const table: [string, string, { actor: string; role: string }][] = [
    [
      "A Hamas spokesman said that the talks had failed.",
      "hamas-spokesman",
      { actor: "hamas", role: "spokesman" },
    ],
    [
      "A senior Hizbullah official told the daily Al-Akhbar that the party would wait.",
      "senior-hizbullah-official",
      { actor: "hizbullah", role: "senior official" },
    ],
  ];
  for (const [text, id, affiliation] of table)
    test(text, () => {
      const a = on2022.extract({ text }).actors.find((x) => x.id === id);
      assert.deepEqual(a?.affiliations, [affiliation]);
    });
});

test("an organisation named with a possessive owner is part of that owner (Egypt’s foreign ministry)", () => {
  const r = on2022.extract({
    text: "Egypt’s foreign ministry said in a statement that Cairo had held contacts with both sides.",
  });
  const speaker = r.actors.find((a) => a.id === r.statements[0]?.speaker);
  assert.deepEqual(speaker?.affiliations, [{ actor: "egypt", role: null }]);
});
