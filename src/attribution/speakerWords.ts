// The word lists that shape speaker phrases (data/speaker-words.json), loaded once into sets.

import { bundledDataPath, readJsonFile, stringArray } from "../data/load.js";
import { DataError } from "../errors.js";

export type PronounNumber = "singular" | "plural" | "neuter" | "any";

export interface SpeakerWords {
  sourceNouns: Set<string>;
  roleWords: Set<string>;
  /** The role words that name a position or occupation by themselves ("columnist", "minister"). */
  roleNouns: Set<string>;
  pronouns: Map<string, PronounNumber>;
  determiners: Set<string>;
  stopWords: Set<string>;
  nameParticles: Set<string>;
  temporal: Set<string>;
  femaleWords: Set<string>;
  maleWords: Set<string>;
  femaleFirstNames: Set<string>;
  maleFirstNames: Set<string>;
}

let cached: SpeakerWords | undefined;

export function loadSpeakerWords(): SpeakerWords {
  if (cached) return cached;
  const file = bundledDataPath("speaker-words.json");
  const json = readJsonFile(file) as Record<string, unknown>;
  const pronouns = new Map<string, PronounNumber>();
  const raw = json.pronouns;
  if (typeof raw !== "object" || raw === null) {
    throw new DataError("SG_DATA_INVALID", `data file ${file}: "pronouns" must be an object`);
  }
  for (const [word, num] of Object.entries(raw)) {
    if (num !== "singular" && num !== "plural" && num !== "neuter" && num !== "any") {
      throw new DataError(
        "SG_DATA_INVALID",
        `data file ${file}: pronoun "${word}" has unknown number "${String(num)}"`,
      );
    }
    pronouns.set(word, num);
  }
  cached = {
    sourceNouns: new Set(stringArray(json, "sourceNouns", file)),
    roleWords: new Set(stringArray(json, "roleWords", file)),
    roleNouns: new Set(stringArray(json, "roleNouns", file)),
    pronouns,
    determiners: new Set(stringArray(json, "determiners", file)),
    stopWords: new Set(stringArray(json, "stopWords", file)),
    nameParticles: new Set(stringArray(json, "nameParticles", file)),
    temporal: new Set(stringArray(json, "temporal", file)),
    femaleWords: new Set(stringArray(json, "femaleWords", file)),
    maleWords: new Set(stringArray(json, "maleWords", file)),
    femaleFirstNames: new Set(stringArray(json, "femaleFirstNames", file)),
    maleFirstNames: new Set(stringArray(json, "maleFirstNames", file)),
  };
  return cached;
}
