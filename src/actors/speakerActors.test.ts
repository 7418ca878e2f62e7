// Actors from speaker phrases, through the public engine: name, type, role and organisation as the phrase
// states them ("Hizbullah deputy secretary-general Na'im Qassim", "Talal Naji, an aide to the secretary
// general of the PFLP–GC"), later surname-only mentions and spelling variants linked to the full name,
// pronoun mentions added to the actor they stand for, and name folding for transliterated names.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Actor, ActorType, ExtractionResult } from "../contract/extraction.js";
import { createExtractor } from "../pipeline/extract.js";
import { NO_ACTORS } from "../testing/actorsFixture.js";
import { foldName } from "./speakerActors.js";

// The speaker stage on its own: names as the text writes them, no dictionary.
const extractor = createExtractor({ dictionary: NO_ACTORS });

interface ExpectedActor {
  name: string;
  type?: ActorType | ActorType[];
  /** Affiliations as [organisation name, role]; compared as a set. */
  affiliations?: [string, string | null][];
  /** Organisations the actor must be affiliated with, whatever the role. */
  affiliatedWith?: string[];
  aliasesInclude?: string[];
  /** Surface texts that must be among the actor's mentions. */
  mentionTexts?: string[];
}

interface Case {
  name: string;
  text: string;
  actors: ExpectedActor[];
  /** Names that must not become actors. */
  notActors?: string[];
  /** For each statement in order, the name of its speaker's actor. */
  speakers?: (string | null)[];
  todo?: string;
}

function byName(r: ExtractionResult, name: string): Actor | undefined {
  return r.actors.find((a) => a.name === name);
}

function nameOf(r: ExtractionResult, id: string | null): string | null {
  return id === null ? null : (r.actors.find((a) => a.id === id)?.name ?? `<missing ${id}>`);
}

function assertActor(r: ExtractionResult, text: string, e: ExpectedActor): void {
  const a = byName(r, e.name);
  assert.ok(
    a,
    `an actor named ${JSON.stringify(e.name)} among ${JSON.stringify(r.actors.map((x) => x.name))}`,
  );
  if (e.type !== undefined) {
    const types = Array.isArray(e.type) ? e.type : [e.type];
    assert.ok(types.includes(a.type), `${e.name} has type ${a.type}, expected ${types.join(" or ")}`);
  }
  const affs = a.affiliations.map((f) => [nameOf(r, f.actor), f.role] as [string | null, string | null]);
  if (e.affiliations !== undefined) {
    const sort = (xs: [string | null, string | null][]) =>
      [...xs].sort((x, y) => String(x).localeCompare(String(y)));
    assert.deepEqual(sort(affs), sort(e.affiliations), `affiliations of ${e.name}`);
  }
  for (const org of e.affiliatedWith ?? []) {
    assert.ok(
      affs.some(([n]) => n === org),
      `${e.name} affiliated with ${org}; has ${JSON.stringify(affs)}`,
    );
  }
  for (const alias of e.aliasesInclude ?? [])
    assert.ok(a.aliases.includes(alias), `alias ${alias} of ${e.name}`);
  const mentions = a.mentions.map(([s, t]) => text.slice(s, t));
  for (const m of e.mentionTexts ?? []) {
    assert.ok(
      mentions.includes(m),
      `mention ${JSON.stringify(m)} of ${e.name}; has ${JSON.stringify(mentions)}`,
    );
  }
}

/** Ids are unique, affiliations point at listed actors, mentions re-slice the text and are sorted. */
function assertWellFormed(r: ExtractionResult, text: string): void {
  const ids = new Set(r.actors.map((a) => a.id));
  assert.equal(ids.size, r.actors.length, "actor ids are unique");
  for (const a of r.actors) {
    for (const f of a.affiliations) {
      assert.ok(ids.has(f.actor), `affiliation of ${a.name} points at a listed actor`);
      assert.notEqual(f.actor, a.id, `${a.name} is not affiliated with itself`);
    }
    let prev = -1;
    for (const [s, t] of a.mentions) {
      assert.ok(
        s >= prev && 0 <= s && s < t && t <= text.length,
        `mention [${s}, ${t}) of ${a.name} sorted and in range`,
      );
      prev = s;
    }
  }
}

const cases: Case[] = [
  {
    name: "a description, then 'NAME of ORG' ('A senior official, Ali Baraka of Hamas, said'): the name, its role and organisation; an initial stays in the name",
    text: "A senior official, Ali Baraka of Hamas, said the talks would resume. Jill A. Martin said that the talks had failed.",
    actors: [
      { name: "Ali Baraka", type: "person", affiliations: [["Hamas", "senior official"]] },
      { name: "Jill A. Martin", type: "person" },
    ],
    speakers: ["Ali Baraka", "Jill A. Martin"],
  },
  {
    name: "role and organisation from a role-prefixed speaker phrase",
    text: "Hizbullah deputy secretary-general Na'im Qassim said that the party would not be drawn into the Syrian war.",
    actors: [
      { name: "Na'im Qassim", type: "person", affiliations: [["Hizbullah", "deputy secretary-general"]] },
      { name: "Hizbullah", type: "organization" },
    ],
    speakers: ["Na'im Qassim"],
  },
  {
    name: "regression (stance round): a part of a group named in the appositive speaks ('two of Trump’s policy advisers, Alexander Gray and Peter Navarro,')",
    text: "Two of Trump’s policy advisers, Alexander Gray and Peter Navarro, said the deal was bad.",
    actors: [{ name: "Peter Navarro", type: "person" }],
    speakers: ["Peter Navarro"],
  },
  {
    name: "regression (stance round): a quantifier is no speaker's name ('Both leading Democratic presidential candidates', 'Another, a longtime Democrat,')",
    text: "Both leading Democratic presidential candidates praise Obama’s radical understanding of the Constitution. Another, a longtime Democrat, said that she had previously supported Trump.",
    actors: [],
    speakers: ["leading Democratic presidential candidates", "Democrat"],
  },
  {
    name: "regression (review of the stance round): the named member of 'One of Hamas's founders, …' or ', including …' speaks; an ampersand holds a name",
    text: "One of Hamas's founders, Mahmoud al-Zahar, said the deal was dead. Several of Sadr's aides, including Saleh al-Iraqi, said the deal was dead. AT&T said sales fell. The Peace & Justice Party accused Erdogan of fraud.",
    actors: [],
    speakers: ["Mahmoud al-Zahar", "Saleh al-Iraqi", "AT&T", "Peace & Justice Party"],
  },
  {
    name: "regression (second review of the stance round): a part of a group is the group's; 'Several of them' and 'Hundreds of Imran Khan supporters' are groups named as written",
    text: "Several of Sadr's aides said Maliki was a traitor. Several of them said the deal was dead. Hundreds of Imran Khan supporters said the vote was rigged.",
    actors: [],
    speakers: ["Sadr's aides", "Several of them", "Hundreds of Imran Khan supporters"],
  },
  {
    name: "regression: the one named before 'and other speakers' speaks ('musician Alicia Keys and other speakers')",
    text: "On the mall, musician Alicia Keys and other speakers emotionally attacked Trump for his views. Hamas and other factions said the truce was over.",
    actors: [{ name: "Alicia Keys", type: "person" }],
    speakers: ["Alicia Keys", "Hamas"],
  },
  {
    name: "regression (third review of the stance round): where a titled speaker is from is no part of the name ('Sen. Lindsey Graham from South Carolina')",
    text: "Sen. Lindsey Graham from South Carolina said Iran must pay. Ambassador Gilad Erdan from Israel condemned the UN.",
    actors: [{ name: "Lindsey Graham", type: "person" }],
    speakers: ["Lindsey Graham", "Gilad Erdan"],
  },
  {
    name: "regression (analyst round): an anonymous spokesman speaks for the body named ('A spokesman for the Ministry of Defense', 'the Interior Ministry'); a portfolio after 'and' is the name's ('the Ministry of Foreign Affairs and Trade'), a name is not ('the Bank of England and Barclays')",
    text: "A spokesman for the Ministry of Defense said the strikes would go on. A spokeswoman for the Interior Ministry said the border was closed. The Ministry of Foreign Affairs and Trade said it was watching. The Department of Health and Human Services said the rule stood. The Bank of England and Barclays said rates would rise.",
    actors: [
      { name: "Ministry of Defense", type: "organization", affiliations: [] },
      { name: "Interior Ministry", type: "organization", affiliations: [] },
      { name: "Ministry of Foreign Affairs and Trade", type: "organization" },
      { name: "Department of Health and Human Services", type: "organization" },
      { name: "Bank of England", type: "organization" },
    ],
    notActors: ["spokesman for the Ministry of Defense", "Defense", "Ministry", "Trade", "Human Services"],
    speakers: [
      "Ministry of Defense",
      "Interior Ministry",
      "Ministry of Foreign Affairs and Trade",
      "Department of Health and Human Services",
      "Barclays",
    ],
  },
  {
    name: "regression (review of the analyst round): a spokesman named in an appositive speaks with his role ('A spokesman for the Foreign Ministry, Emmanuel Nahshon,'); a body's place stays out ('the Israeli Embassy in Washington'); a portfolio joins a name only at its end ('the Department of Labor and Education Secretary John King', 'the Bank of Japan and Finance Ministry'), or as two words before a title ('the Department of Housing and Urban Development Secretary Ben Carson'); 'the secretary of state' is a person",
    text: "A spokesman for the Foreign Ministry, Emmanuel Nahshon, said the talks were over. A spokesman for the Israeli Embassy in Washington said the border was closed. The Department of Labor and Education Secretary John King said the rule stood. The Bank of Japan and Finance Ministry said rates would stay low. The Department of Housing and Urban Development Secretary Ben Carson said the rule stood. The secretary of state said the talks were over.",
    actors: [
      { name: "Emmanuel Nahshon", type: "person", affiliations: [["Foreign Ministry", "spokesman"]] },
      { name: "Israeli Embassy", type: "organization" },
      { name: "John King", type: "person", affiliations: [["Education", "Secretary"]] },
      { name: "Bank of Japan", type: "organization" },
      { name: "Finance Ministry", type: "organization" },
      { name: "secretary of state", type: "person" },
      {
        name: "Ben Carson",
        type: "person",
        affiliations: [["Department of Housing and Urban Development", "Secretary"]],
      },
    ],
    notActors: [
      "Department of Labor and Education",
      "Bank of Japan and Finance Ministry",
      "Urban Development",
    ],
    speakers: [
      "Emmanuel Nahshon",
      "Israeli Embassy",
      "John King",
      "Finance Ministry",
      "Ben Carson",
      "secretary of state",
    ],
  },
  {
    name: "regression (analyst round): a sentence's first word before 'members of' is no name ('Younger members of the Muslim Brotherhood'); nor is 'Days' in 'Days after …'; 'the university' is an organisation, no 'him'",
    text: "Younger members of the Muslim Brotherhood said the movement had lost its way. Days after Smith admitted the mistake, the university said it had suspended him.",
    actors: [
      { name: "Muslim Brotherhood", type: "organization", affiliations: [] },
      { name: "university", type: "organization" },
    ],
    notActors: ["Younger", "Days"],
    speakers: ["Muslim Brotherhood", "Smith", "university"],
  },
  {
    name: "regression (correctness round): two speakers side by side are no organisation and role of each other ('Hamas and Hizbullah said', 'Sens. John Thune and Susan Collins said')",
    text: "Hamas and Hizbullah said the truce would hold. Sens. John Thune and Susan Collins said the bill was good.",
    actors: [
      { name: "Hizbullah", affiliations: [] },
      { name: "Susan Collins", type: "person", affiliations: [] },
      { name: "John Thune", type: "person", affiliations: [] },
    ],
    speakers: ["Hizbullah", "Susan Collins"],
  },
  {
    name: "regression (correctness round): a title word after a given name is a surname ('Rep. Peter King'); a letter against an ampersand is a name's ('A Texas A&M professor')",
    text: "Republican Rep. Peter King said the deal was dangerous. A Texas A&M professor said the results were clear. The Saudi King said the talks would go on.",
    actors: [{ name: "Peter King", type: "person" }],
    notActors: ["M professor", "Saudi King Said"],
    speakers: ["Peter King", "Texas A&M professor", "Saudi King"],
  },
  {
    name: "regression (correctness round): an organisation's head and its 'of' phrase are one name ('The Department of Homeland Security', 'The Ministry of Defense'); 'Officials of the PFLP–GC' are no organisation 'Officials'",
    text: "The Department of Homeland Security said the talks were over. The Israeli Ministry of Defense said the strikes would go on. Officials of the PFLP–GC said the camp was quiet.",
    actors: [
      { name: "Department of Homeland Security", type: "organization", affiliations: [] },
      { name: "Israeli Ministry of Defense", type: "organization", affiliations: [] },
      { name: "PFLP–GC", affiliations: [] },
    ],
    notActors: ["Homeland Security", "Defense", "Officials", "Department"],
  },
  {
    name: "regression (review of the correctness round): a person of a body named with 'of' is the person's, of that body; the body is not the place after 'of' ('Ahmed Hassan of the Ministry of Health', 'The Bank of Japan', 'The Supreme Court of Israel')",
    text: "Ahmed Hassan of the Ministry of Health said 30 people were killed. The Bank of Japan said rates would stay low. The Supreme Court of Israel said the law was void. The Republican Party of Texas said the vote was fair. The head of the Bank of Israel said inflation was rising.",
    actors: [
      { name: "Ahmed Hassan", type: "person", affiliations: [["Ministry of Health", null]] },
      { name: "Bank of Japan", type: "organization", affiliations: [] },
      { name: "Supreme Court of Israel", type: "organization", affiliations: [] },
      { name: "Republican Party of Texas", type: "organization" },
      { name: "head of the Bank of Israel", affiliations: [["Bank of Israel", "head"]] },
    ],
    speakers: [
      "Ahmed Hassan",
      "Bank of Japan",
      "Supreme Court of Israel",
      "Republican Party of Texas",
      "head of the Bank of Israel",
    ],
  },
  {
    name: "regression (review of the correctness round): both names of 'Sens. Graham and Blumenthal said' are actors; 'Critics of Hamas' are no Hamas; 'An Army Major' is no surname 'Major'; 'Those who disagreed' is a group",
    text: "Sens. Graham and Blumenthal said the bill was good. Critics of Hamas said the truce was a trap. An Army Major said the base was quiet. Those who disagreed told the newspaper that the plan would fail.",
    actors: [
      { name: "Graham", mentionTexts: ["Graham"] },
      { name: "Blumenthal" },
      { name: "Army Major", type: "person" },
      { name: "Those who disagreed", type: "group" },
    ],
    speakers: ["Blumenthal", "Critics", "Army Major", "Those who disagreed"],
  },
  {
    name: "role and organisation from an appositive",
    text: "Talal Naji, an aide to the secretary general of the PFLP–GC, said that the organization would stay neutral.",
    actors: [
      { name: "Talal Naji", type: "person", affiliations: [["PFLP–GC", "aide to the secretary general"]] },
      { name: "PFLP–GC", type: "organization" },
    ],
    speakers: ["Talal Naji"],
  },
  {
    name: "role and organisation from a possessive appositive (Hizbullah’s deputy secretary-general)",
    text: "Na’im Qassim, Hizbullah’s deputy secretary-general, said that the party would respond.",
    actors: [
      { name: "Na’im Qassim", type: "person", affiliations: [["Hizbullah", "deputy secretary-general"]] },
    ],
  },
  {
    name: "organisation from a possessive before the role (Hamas' political bureau chief)",
    text: "Hamas' political bureau chief Isma'il Haniya said that the movement would not disarm.",
    actors: [{ name: "Isma'il Haniya", type: "person", affiliations: [["Hamas", "political bureau chief"]] }],
  },
  {
    name: "a spokesman's organisation is the same actor as the organisation speaking later",
    text: "Hamas spokesman Fawzi Barhoum said that the movement rejected the offer. Hamas said that it would not negotiate.",
    actors: [
      { name: "Fawzi Barhoum", type: "person", affiliations: [["Hamas", "spokesman"]] },
      { name: "Hamas", type: "organization" },
    ],
    speakers: ["Fawzi Barhoum", "Hamas"],
  },
  {
    name: "the organisation an anonymous speaker belongs to is an actor",
    text: "A member of the Hamas leadership said that the movement had received the money through Turkey.",
    actors: [{ name: "Hamas", type: "organization" }],
  },
  {
    name: "a nationality before a role is not an organisation",
    text: "Syrian journalist Ahmad Zaidan said that the regime was weakening.",
    actors: [{ name: "Ahmad Zaidan", type: "person" }],
    notActors: ["Syrian"],
    speakers: ["Ahmad Zaidan"],
  },
  {
    name: "a website described by nationality is a media actor, and the nationality is no actor",
    text: "The Lebanese website Almarkazia.com reports that Hizbullah has moved long-range missiles to the south.",
    actors: [{ name: "Almarkazia.com", type: "media" }],
    notActors: ["Lebanese"],
    speakers: ["Almarkazia.com"],
  },
  {
    name: "a hyphenated domain name is a media actor",
    text: "Orient-news.net reported that the regime had shelled the camp again.",
    actors: [{ name: "Orient-news.net", type: "media" }],
  },
  {
    name: "a lower-case al- particle stays inside the name",
    text: "Abd al-Bari Atwan said: “The resistance has won this round.”",
    actors: [{ name: "Abd al-Bari Atwan", type: "person", affiliations: [] }],
    notActors: ["Abd", "Atwan"],
    speakers: ["Abd al-Bari Atwan"],
  },
  {
    name: "a later surname-only mention links to the full name",
    text: "Hizbullah deputy secretary-general Na'im Qassim said that the party was ready.\n\nLater in the speech, Qassim said that the party would not strike first.",
    actors: [
      {
        name: "Na'im Qassim",
        aliasesInclude: ["Na'im Qassim", "Qassim"],
        mentionTexts: ["Na'im Qassim", "Qassim"],
        affiliations: [["Hizbullah", "deputy secretary-general"]],
      },
    ],
    notActors: ["Qassim"],
    speakers: ["Na'im Qassim", "Na'im Qassim"],
  },
  {
    name: "a surname links to the right one of two people",
    text: "Isma'il Haniya said that the battle was over. Hassan Nasrallah said that it was not. Haniya said that Nasrallah was wrong.",
    actors: [{ name: "Isma'il Haniya", aliasesInclude: ["Haniya"] }, { name: "Hassan Nasrallah" }],
    speakers: ["Isma'il Haniya", "Hassan Nasrallah", "Isma'il Haniya"],
  },
  {
    name: "straight and curly apostrophes in the same name are one actor",
    text: "Na'im Qassim said that the party was ready. Na’im Qassim said so again the next day.",
    actors: [{ name: "Na'im Qassim", aliasesInclude: ["Na'im Qassim", "Na’im Qassim"] }],
    notActors: ["Na’im Qassim"],
    speakers: ["Na'im Qassim", "Na'im Qassim"],
  },
  {
    name: "a surname mention before the full name is introduced in the same paragraph still links",
    text: "“We will not retreat,” Qassim said. Hizbullah deputy secretary-general Na'im Qassim said that the party was ready.",
    actors: [{ name: "Na'im Qassim", aliasesInclude: ["Qassim"] }],
    notActors: ["Qassim"],
    speakers: ["Na'im Qassim", "Na'im Qassim"],
  },
  {
    name: "a pronoun's mention is added to the actor it stands for",
    text: "Na'im Qassim said that the party was ready. He added that it would not strike first.",
    actors: [{ name: "Na'im Qassim", mentionTexts: ["Na'im Qassim", "He"] }],
    speakers: ["Na'im Qassim", "Na'im Qassim"],
  },
  {
    name: "regression (probe 2): a 'He' opening a sentence goes on with the sentence before's subject, not the last name in it",
    text: "Erdogan said that he was ready to meet Bashar al-Assad. He added that there was no reason to wait. Abbas Kamel met Ismail Haniyeh in Cairo. He told reporters that the talks went well.",
    actors: [{ name: "Erdogan" }, { name: "Abbas Kamel" }],
    speakers: ["Erdogan", "Erdogan", "Abbas Kamel"],
  },
  {
    name: "regression (probe 3): a 'he' opening a clause after 'and' goes on with the sentence's subject ('Le Drian met Miqati …, and he urged')",
    text: "French envoy Jean-Yves Le Drian met Najib Miqati and Parliament Speaker Nabih Berri in Beirut, and he urged Hizbullah to pull its fighters back.",
    actors: [{ name: "Jean-Yves Le Drian" }],
    speakers: ["Jean-Yves Le Drian"],
  },
];

describe("actors from speaker phrases", () => {
  for (const c of cases) {
    test(c.name, c.todo ? { todo: c.todo } : {}, () => {
      const r = extractor.extract({ text: c.text });
      assertWellFormed(r, c.text);
      for (const e of c.actors) assertActor(r, c.text, e);
      for (const n of c.notActors ?? []) {
        assert.ok(!byName(r, n), `${JSON.stringify(n)} is not an actor of its own`);
      }
      if (c.speakers) {
        assert.deepEqual(
          r.statements.map((s) => nameOf(r, s.speaker)),
          c.speakers,
        );
      }
    });
  }

  test("an anonymous speaker is not typed as an organisation and is affiliated with the organisation named", () => {
    const r = extractor.extract({
      text: "A member of the Hamas leadership said that the movement had received the money through Turkey.",
    });
    const speakerId = r.statements[0]?.speaker ?? null;
    const speaker = r.actors.find((a) => a.id === speakerId);
    assert.ok(speaker, "the statement has a speaker actor");
    assert.notEqual(speaker.type, "organization");
    assert.ok(speaker.affiliations.some((f) => nameOf(r, f.actor) === "Hamas"));
  });
});

describe("foldName", () => {
  const same: [string, string][] = [
    ["Na'im Qassim", "Na’im Qassim"],
    ["Na'im Qassim", "NAIM QASSIM"],
    ["Abu Barzan Al-Sultani", "Abu Barzan al Sultani"],
    ["Abu Barzan Al-Sultani", "Abu Barzan Sultani"],
    ["Isma'il Haniya", "Isma‘il Haniya"],
    ["ʿAbd al-Bari ʿAtwan", "'Abd al-Bari 'Atwan"],
    ["Ḥasan Naṣrallah", "Hasan Nasrallah"],
    ["PFLP–GC", "PFLP-GC"],
  ];
  for (const [a, b] of same) {
    test(`${JSON.stringify(a)} and ${JSON.stringify(b)} fold alike`, () =>
      assert.equal(foldName(a), foldName(b)));
  }
  const different: [string, string][] = [
    ["Hamas", "Hama"],
    ["Na'im Qassim", "Naim Qasim"],
    ["Talal Naji", "Talal Najib"],
  ];
  for (const [a, b] of different) {
    test(`${JSON.stringify(a)} and ${JSON.stringify(b)} stay apart`, () =>
      assert.notEqual(foldName(a), foldName(b)));
  }
});

test("regression (probe 4): a role a name owns is not the role of a like-named body before ('China's foreign ministry spokesperson Mao Ning')", () => {
  const r = createExtractor({}).extract({
    text: "Israel's foreign ministry criticized the rapprochement. China's foreign ministry spokesperson Mao Ning said Beijing welcomed the talks.",
    date: null,
  });
  const mao = byName(r, "Mao Ning");
  assert.deepEqual(
    mao?.affiliations.map((a) => a.actor),
    ["china"],
  );
});

test("regression (review 2): a common noun's possessive gives the role, no organisation ('The firm’s owner, Jared Kushner')", () => {
  const r = extractor.extract({
    text: "The firm’s owner, Jared Kushner, said the deal was good.",
    date: null,
  });
  const a = byName(r, "Jared Kushner");
  assert.deepEqual([a?.roles, a?.affiliations], [["owner"], []]);
});

test("a record as the speaker ('A new Zogby poll showed …', 'In a CNN/ORC poll, …') is of unknown type and names no organisation", () => {
  const r = extractor.extract({
    text: "A new Zogby poll showed a one-point race between Haniya and Sinwar. The survey found that most Gazans backed the truce.",
    date: null,
  });
  const poll = byName(r, "new Zogby poll");
  assert.equal(poll?.type, "unknown");
  assert.deepEqual(poll?.affiliations, []);
  assert.equal(byName(r, "survey")?.type, "unknown");
});

describe("regression: many distinct speakers in one long document", () => {
  // Name occurrences and surname links were once searched actor by actor over the whole text, which is
  // quadratic: a long compilation with thousands of speakers would never finish.
  test("5,000 different speakers are all found, each with its mentions", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const word = (n: number): string => {
      let s = "";
      for (let k = 0; k < 4; k++) {
        s += letters[n % 26];
        n = Math.floor(n / 26);
      }
      return s.charAt(0).toUpperCase() + s.slice(1);
    };
    const sentences: string[] = [];
    for (let i = 0; i < 5000; i++)
      sentences.push(`${word(i)} ${word(i + 7919)}on said that the talks would go on.`);
    const text = sentences.join(" ");
    const result = createExtractor({ dictionary: NO_ACTORS }).extract({ text });
    assert.equal(result.statements.length, 5000);
    assert.ok(result.actors.length >= 4900, `actors: ${result.actors.length}`);
    for (const a of result.actors.slice(0, 50)) assert.ok(a.mentions.length >= 1);
  });
});
