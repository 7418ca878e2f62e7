// A small actor dictionary for tests, independent of the bundled data: states with demonyms and capitals,
// organisations with transliterated names, people with dated roles, and names built to tempt over-merging.

import { parseActorFile } from "../actors/dictionary/actorFile.js";
import { type ActorDictionary, buildDictionary } from "../actors/dictionary/dictionary.js";

export const FIXTURE_ACTORS = {
  format: "stancegraph.actors/1",
  actors: [
    { id: "lebanon", name: "Lebanon", type: "state", demonyms: ["Lebanese"], capitals: ["Beirut"] },
    {
      id: "iran",
      name: "Iran",
      type: "state",
      aliases: ["Islamic Republic of Iran"],
      demonyms: ["Iranian", "Iranians"],
      capitals: ["Tehran"],
    },
    {
      id: "syria",
      name: "Syria",
      type: "state",
      aliases: ["the Syrian regime", "the Assad regime"],
      capitals: ["Damascus"],
    },
    { id: "oman", name: "Oman", type: "state", demonyms: ["Omani"], capitals: ["Muscat"] },
    { id: "jordan", name: "Jordan", type: "state", demonyms: ["Jordanian"], capitals: ["Amman"] },
    {
      id: "united-states",
      name: "United States",
      type: "state",
      aliases: ["US", "U.S.", "America"],
      demonyms: ["American"],
      capitals: ["Washington"],
    },
    {
      id: "hizbullah",
      name: "Hizbullah",
      type: "organization",
      aliases: ["Party of God"],
      country: "lebanon",
    },
    { id: "hamas", name: "Hamas", type: "organization", aliases: ["Islamic Resistance Movement"] },
    { id: "pflp-gc", name: "PFLP–GC", type: "organization" },
    {
      id: "irgc",
      name: "IRGC",
      type: "organization",
      aliases: ["Islamic Revolutionary Guard Corps"],
      country: "iran",
    },
    {
      id: "qods-force",
      name: "Qods Force",
      type: "organization",
      affiliations: [{ actor: "irgc", role: "external operations arm" }],
    },
    { id: "al-qaeda", name: "al-Qaeda", type: "organization", aliases: ["al-Qaida"] },
    {
      id: "naim-qassim",
      name: "Na'im Qassim",
      type: "person",
      affiliations: [
        { actor: "hizbullah", role: "deputy secretary-general", from: "1991", to: "2024-10-29" },
        { actor: "hizbullah", role: "secretary-general", from: "2024-10-29" },
      ],
    },
    {
      id: "ismail-haniya",
      name: "Isma'il Haniya",
      type: "person",
      affiliations: [
        { actor: "hamas", role: "head of the political bureau", from: "2017-05", to: "2024-07-31" },
      ],
    },
    {
      id: "esmail-qaani",
      name: "Esmail Qaani",
      type: "person",
      affiliations: [{ actor: "qods-force", role: "commander", from: "2020-01-03" }],
    },
    { id: "qasem-soleimani", name: "Qasem Soleimani", type: "person" },
    {
      id: "bashar-al-assad",
      name: "Bashar al-Assad",
      type: "person",
      affiliations: [{ actor: "syria", role: "president", from: "2000-07-17", to: "2024-12-08" }],
    },
    { id: "ali-khamenei", name: "Ali Khamenei", type: "person" },
    { id: "ruhollah-khomeini", name: "Ruhollah Khomeini", type: "person" },
    { id: "abu-ahmad-fuad", name: "Abu Ahmad Fuad", type: "person" },
    { id: "abu-barzan-al-sultani", name: "Abu Barzan Al-Sultani", type: "person" },
    { id: "mahmoud-talha", name: "Mahmoud Talha", type: "person" },
    { id: "mahmoud-rahil", name: "Mahmoud Rahil", type: "person" },
    { id: "hassan-nasrallah", name: "Hassan Nasrallah", type: "person" },
    { id: "hussein-salami", name: "Hussein Salami", type: "person" },
    { id: "almarkazia", name: "Almarkazia", type: "media", aliases: ["Almarkazia.com"] },
  ],
};

let cached: ActorDictionary | undefined;

export function fixtureDictionary(): ActorDictionary {
  cached ??= buildDictionary([parseActorFile(FIXTURE_ACTORS, "fixture")]);
  return cached;
}

/** No actors at all: for tests of the speaker stage, which must work without any dictionary. */
export const NO_ACTORS: ActorDictionary = buildDictionary([]);
