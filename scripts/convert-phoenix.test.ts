import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type CuratedActor,
  complement,
  convertPhoenix,
  parseCodeSpec,
  parsePhoenixActors,
  parsePhoenixDate,
  readableName,
  slugify,
} from "./convert-phoenix.js";

const COUNTRIES = [
  "# comment line",
  "SYRIA_  [SYR]",
  "+SYRIAN_ ",
  "+SYRIAN_ARAB_REPUBLIC_",
  "+ALEPPO_",
  "+DEIR_EZ-ZOR",
  "",
  "BASHAR_AL_ASSAD_  # CountryInfo.txt",
  "+PRESIDENT_ASSAD_",
  "+ASSAD_REGIME_",
  "\t[SYRELI 830101-000101]",
  "\t[SYRGOV >000717]",
  "\t[SYRELI]",
  "FREE_SYRIAN_ARMY_ [SYRREB] # kkl",
  "+FSA",
  "+SALIM_IDRIS_",
  "NOBODY_ [SYRGOV 9008223-911221]",
  "FAWZI_BARHOUM_ [PSEREBHMS]",
  "",
].join("\n");

const MILNONSTATE = [
  "HAMAS_  #  kkl 21 Mar 13",
  "+ISLAMIC_RESISTANCE_MOVEMENT",
  "+KHALED_MESHAAL",
  "\t[PSEREBHMS]",
].join("\n");

const CURATED: CuratedActor[] = [
  {
    id: "syria",
    name: "Syria",
    type: "state",
    iso3: "SYR",
    demonyms: ["Syrian", "Syrians"],
    capitals: ["Damascus"],
  },
  { id: "palestine", name: "Palestine", type: "state", iso3: "PSE", demonyms: ["Palestinian"] },
  { id: "hamas", name: "Hamas", type: "organization" },
];

function convert() {
  return convertPhoenix({
    files: [
      { name: "Phoenix.Countries.actors.txt", text: COUNTRIES },
      { name: "Phoenix.MilNonState.actors.txt", text: MILNONSTATE },
    ],
    curated: CURATED,
  });
}

test("dates: two-digit years pivot at 30, 8-digit dates, invalid dates", () => {
  assert.equal(parsePhoenixDate("000717"), "2000-07-17");
  assert.equal(parsePhoenixDate("830101"), "1983-01-01");
  assert.equal(parsePhoenixDate("19270101"), "1927-01-01");
  assert.equal(parsePhoenixDate("300101"), "2030-01-01");
  assert.equal(parsePhoenixDate("310101"), "1931-01-01");
  assert.equal(parsePhoenixDate("020230"), null);
  assert.equal(parsePhoenixDate("2004017"), null);
});

test("code specs: ranges, before, after, default, null code", () => {
  assert.deepEqual(parseCodeSpec("SYRGOV >000717"), {
    code: "SYRGOV",
    from: "2000-07-17",
    to: null,
    dated: true,
    raw: "SYRGOV >000717",
  });
  const before = parseCodeSpec("IRQ <20030320");
  assert.ok(typeof before !== "string");
  assert.equal(before.to, "2003-03-20");
  assert.equal(before.from, null);
  const range = parseCodeSpec("AFGELI 320101-331108");
  assert.ok(typeof range !== "string");
  assert.deepEqual([range.from, range.to], ["1932-01-01", "1933-11-08"]);
  assert.equal(parseCodeSpec("---"), "null code [---]");
  assert.equal(parseCodeSpec("EGYGOV 20121207-20120802"), "end date before start date");
});

test("names: readable case with particles, slugs", () => {
  assert.equal(readableName("BASHAR_AL_ASSAD_"), "Bashar al Assad");
  assert.equal(readableName("HAFEZ_AL-ASSAD"), "Hafez al-Assad");
  assert.equal(readableName("AL-QAEDA_"), "Al-Qaeda");
  assert.equal(readableName("UNITED_NATIONS_CHILDREN'S_FUND_"), "United Nations Children's Fund");
  assert.equal(readableName("US_AMBASSADOR_TO_THE_UN"), "US Ambassador to the UN");
  assert.equal(slugify("Bashar al-Assad"), "bashar-al-assad");
  assert.equal(readableName("JOHN_MCCAIN_"), "John McCain");
});

test("parser: alias blocks, code lines, skipped odd lines", () => {
  const { entries, skipped } = parsePhoenixActors(COUNTRIES, "Phoenix.Countries.actors.txt");
  const assad = entries.find((e) => e.name === "BASHAR_AL_ASSAD_");
  assert.ok(assad);
  assert.deepEqual(assad.aliases, ["PRESIDENT_ASSAD_", "ASSAD_REGIME_"]);
  assert.equal(assad.codes.length, 3);
  assert.equal(skipped["code: invalid date"], 1);
});

test("the default code holds outside the dated ones", () => {
  assert.deepEqual(
    complement([
      { from: "1983-01-01", to: "2000-01-01" },
      { from: "2000-07-17", to: null },
    ]),
    [
      { from: null, to: "1983-01-01" },
      { from: "2000-01-01", to: "2000-07-17" },
    ],
  );
});

test("conversion: curated state without city aliases, dated roles, curated group ids", () => {
  const { actors, stats } = convert();
  const ids = actors.map((a) => a.id);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$/);
  assert.equal(new Set(ids).size, ids.length);

  const syria = actors.find((a) => a.id === "syria");
  assert.ok(syria);
  assert.equal(syria.name, undefined);
  assert.equal(syria.type, undefined);
  assert.deepEqual(syria.aliases, ["Syrian Arab Republic"]);
  assert.equal(stats.droppedAliases["state alias that is not a name variant (city, region)"], 2);

  const assad = actors.find((a) => a.id === "phoenix:bashar-al-assad");
  assert.ok(assad);
  assert.equal(assad.name, "Bashar al Assad");
  assert.equal(assad.type, "person");
  assert.equal(assad.country, "syria");
  assert.deepEqual(assad.aliases, ["President Assad"]);
  assert.deepEqual(assad.affiliations, [
    { actor: "syria", role: "elite", from: null, to: "2000-07-17" },
    { actor: "syria", role: "government", from: "2000-07-17", to: null },
  ]);

  const fsa = actors.find((a) => a.id === "phoenix:free-syrian-army");
  assert.equal(fsa?.type, "organization");
  assert.deepEqual(fsa?.aliases, ["FSA"]);

  const hamas = actors.find((a) => a.id === "hamas");
  assert.ok(hamas);
  assert.deepEqual(hamas.aliases, ["Islamic Resistance Movement"]);
  const spokesman = actors.find((a) => a.id === "phoenix:fawzi-barhoum");
  assert.deepEqual(spokesman?.affiliations, [
    { actor: "palestine", role: "rebels", from: null, to: null },
    { actor: "hamas", role: null, from: null, to: null },
  ]);
  assert.ok(actors.every((a) => !(a.aliases ?? []).includes("Aleppo")));
});

test("an office is a person, a collective descriptor a group (regression: 'the group' named the US Secretary of State)", () => {
  const agents = [
    "US_SECRETARY_OF_STATE_ [USAGOV]",
    "KOSOVAR_PRIME_MINISTER_ [KSVGOV]",
    "SYRIAN_OFFICIALS_ [SYRGOV]",
  ].join("\n");
  const { actors } = convertPhoenix({
    files: [{ name: "Phoenix.Countries.actors.txt", text: agents }],
    curated: CURATED,
  });
  const typeOf = (id: string) => actors.find((a) => a.id === id)?.type;
  assert.equal(typeOf("phoenix:us-secretary-of-state"), "person");
  assert.equal(typeOf("phoenix:kosovar-prime-minister"), "person");
  assert.equal(typeOf("phoenix:syrian-officials"), "group");
});
