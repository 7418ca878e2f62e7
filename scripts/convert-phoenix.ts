// Converts the Phoenix/PETRARCH2 CAMEO actor dictionaries (Phoenix.Countries/International/MilNonState
// .actors.txt, MIT, (c) 2014 Open Event Data Alliance) into a stancegraph actor file ("stancegraph.actors/1",
// see docs/actor-dictionary.md). Run through `npm run actors:phoenix`, which writes data/actors/phoenix.json;
// the curated files next to the output (states.json, igos.json, middle-east.json) are read when present.
//
// Usage: node dist/scripts/convert-phoenix.js <phoenix dictionaries folder> <output .json>
//
// Rules (the odd cases are counted and reported on stderr):
// - Parsing follows PETRARCH's reader: a primary line `NAME_ [CODE]` or `NAME_`, `+ALIAS` lines, indented code
//   lines `[CODE]`, `[CODE yymmdd-yymmdd]`, `[CODE >yymmdd]` (from the date on), `[CODE <yymmdd]` (until the
//   date). Years: 2 digits 00-30 → 20xx, else 19xx; 8-digit dates are yyyymmdd. `#` starts a comment.
//   A primary line without a code that is directly followed by another primary line (no code, blank line or
//   comment in between) is a synonym of that entry, as in PETRARCH. `[---]` is the null code.
// - Names: underscores are spaces, the final underscore is dropped; "X (ABC)" gives the aliases "X" and
//   "ABC"; "CITIZENS FOUNDATION, THE" is "The Citizens Foundation"; `+` inside a line separates two aliases.
//   Case: words are title-cased, with particles (al, bin, ibn, de, van, von, of, the, and, for, ...) lower
//   case inside a name ("AL-ASSAD" → "al-Assad"); words with digits or dots, words without a vowel, and
//   one-word names of at most 3 letters or without a vowel after the first letter (FSA, ANSF), and one-word
//   names of at most 6 letters in the International and MilNonState files stay upper case (UNHCR, IAEA).
// - Types, first rule that applies: a bare country code ([SYR]) in the Countries file → state; the comment
//   "CountryInfo.txt" → person; an organisation head word in the name (COUNCIL, FRONT, ARMY, ...) →
//   organization; International-file codes IGO/NGO/MNC, and all MilNonState entries → organization
//   (media when every code ends in MED); a bare region code ([AFR]) → place; dated role codes, or a name of
//   2-4 plain words none of which is a generic noun (GOVERNMENT, PRESIDENT, OFFICIAL, ...) or a demonym-like
//   adjective (ending -ESE/-ISH) → person; a country code with an area code ([PSEGZA]) → place; a one-word
//   name (KNESSET, MOSSAD) → organization; otherwise → group (collective descriptors such as "Afghan police
//   officers" or "Syrian officials", which name no one in particular).
// - States: a country-level entry extends the curated state with that iso3 (data/actors/states.json; CAMEO
//   codes are mostly ISO alpha-3) and keeps only aliases that are variants of the country's name (they contain
//   the first 4 letters of the curated name or a demonym, folded): cities listed as country aliases are dropped.
//   A country without a curated state becomes `phoenix:<slug>` of type state.
// - Curated ids: an entry whose name (or one of its aliases, if that points to one curated actor of a compatible
//   type) equals a curated name or alias (case, apostrophes, hyphens, dots and a leading "the" ignored) is written
//   under the curated id, extending it. Aliases equal to another curated actor's name, alias, demonym or
//   capital are dropped.
// - Affiliations: for a code CCCSSS..., the state of CCC with the role read from the sector codes SSS
//   (GOV → government, ...); codes naming one specific organisation (IGOUNO, PSEREBHMS: an organisation entry's
//   undated code ending in a segment that is neither a country, region, religion nor sector code) give one to
//   that organisation, also through their prefixes (IGOUNOKID → UNICEF, then the UN). An undated code holds
//   outside the dated ones (PETRARCH's default code). Codes that map to no actor are dropped.
// - Quality: aliases shorter than 3 characters, plain words or titles alone (the Phoenix discards and agent
//   nouns, and a short list of generic words), and aliases claimed by two different entries are dropped.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PHOENIX_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf";
export const PHOENIX_FILES = [
  "Phoenix.Countries.actors.txt",
  "Phoenix.International.actors.txt",
  "Phoenix.MilNonState.actors.txt",
] as const;

// ---------------------------------------------------------------------------------------------------------
// Types

export type ActorType = "person" | "organization" | "state" | "group" | "media" | "place";

export interface PhoenixCode {
  code: string;
  from: string | null;
  to: string | null;
  /** false for a default (undated) code. */
  dated: boolean;
  raw: string;
}

export interface PhoenixEntry {
  file: string;
  line: number;
  name: string;
  aliases: string[];
  codes: PhoenixCode[];
  comment: string;
}

export interface Affiliation {
  actor: string;
  role: string | null;
  from: string | null;
  to: string | null;
}

export interface OutputActor {
  id: string;
  name?: string;
  type?: ActorType;
  iso3?: string;
  country?: string;
  aliases?: string[];
  affiliations?: Affiliation[];
  note?: string;
}

/** A curated entry, as far as the converter reads it. */
export interface CuratedActor {
  id: string;
  name?: string;
  type?: string;
  iso3?: string;
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
  affiliations?: { actor: string }[];
}

export interface ConvertInput {
  files: { name: string; text: string }[];
  curated?: CuratedActor[];
  /** Phrases that are never an alias alone (Phoenix discards, agent nouns), any case, `_` or spaces. */
  stopPhrases?: Iterable<string>;
}

export type Counts = Record<string, number>;

export interface ConvertResult {
  actors: OutputActor[];
  stats: {
    entries: number;
    byType: Counts;
    aliases: number;
    skippedLines: Counts;
    droppedEntries: Counts;
    droppedAliases: Counts;
    droppedCodes: Counts;
    mappedToCurated: number;
    curatedIds: number;
    affiliations: number;
  };
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function bump(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

// ---------------------------------------------------------------------------------------------------------
// Dates and codes

/** "000717" → "2000-07-17", "19270101" → "1927-01-01"; null when not a valid date. */
export function parsePhoenixDate(s: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    year = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return null;
  return `${String(year).padStart(4, "0")}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** The inside of one `[...]`: "SYRGOV >000717" → a code; a string naming the problem otherwise. */
export function parseCodeSpec(spec: string): PhoenixCode | string {
  const raw = spec.trim().replace(/\s+/g, " ");
  const m = /^([A-Z0-9-]+)(?: (.*))?$/.exec(raw);
  if (!m?.[1]) return "malformed code";
  if (/^-+$/.test(m[1])) return "null code [---]";
  // CAMEO-RCS religion codes carry digits ("NGOCHRPRO214"): the letters are the CAMEO code.
  const code = m[1].replace(/\d+$/, "");
  if (!/^[A-Z]{3,}$/.test(code)) return "malformed code";
  const restriction = (m[2] ?? "").replace(/\s/g, "");
  if (restriction === "") return { code, from: null, to: null, dated: false, raw };
  // A lone date ("[USAGOV 19820101] # entered Foreign Service") is read as a start date.
  if (/^\d+$/.test(restriction)) {
    const from = parsePhoenixDate(restriction);
    return from ? { code, from, to: null, dated: true, raw } : "invalid date";
  }
  const op = /^([<>])(\d+)$/.exec(restriction);
  if (op?.[2]) {
    const date = parsePhoenixDate(op[2]);
    if (!date) return "invalid date";
    return op[1] === "<"
      ? { code, from: null, to: date, dated: true, raw }
      : { code, from: date, to: null, dated: true, raw };
  }
  const range = /^(\d+)-(\d+)$/.exec(restriction);
  if (range?.[1] && range[2]) {
    const from = parsePhoenixDate(range[1]);
    const to = parsePhoenixDate(range[2]);
    if (!from || !to) return "invalid date";
    if (to < from) return "end date before start date";
    return { code, from, to, dated: true, raw };
  }
  return "malformed date restriction";
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

interface LineParts {
  text: string;
  codes: string[];
  comment: string;
}

function splitLine(line: string): LineParts {
  const hash = line.indexOf("#");
  const body = hash >= 0 ? line.slice(0, hash) : line;
  const comment = hash >= 0 ? line.slice(hash + 1).trim() : "";
  const codes: string[] = [];
  const text = body.replace(/\[([^\]]*)\]?/g, (_m, inner: string) => {
    codes.push(inner);
    return " ";
  });
  return { text: text.replace(/;.*$/, "").trim(), codes, comment };
}

export interface ParseResult {
  entries: PhoenixEntry[];
  skipped: Counts;
}

/** Parses one Phoenix actor file. */
export function parsePhoenixActors(text: string, file: string): ParseResult {
  const entries: PhoenixEntry[] = [];
  const skipped: Counts = {};
  let current: PhoenixEntry | undefined;
  // The current entry can still take a codeless primary line as a synonym (PETRARCH's rule).
  let openForSynonym = false;
  const lines = text.split(/\r?\n/);
  const addCodes = (entry: PhoenixEntry, specs: string[]): void => {
    for (const spec of specs) {
      const parsed = parseCodeSpec(spec);
      if (typeof parsed === "string") bump(skipped, `code: ${parsed}`);
      else entry.codes.push(parsed);
    }
  };
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("<")) {
      openForSynonym = false;
      continue;
    }
    const parts = splitLine(line);
    if (/^\s/.test(line)) {
      // A code line (date restriction or default code).
      if (!current) {
        bump(skipped, "code line before any entry");
        continue;
      }
      if (parts.codes.length === 0) {
        bump(skipped, "indented line without a code");
        continue;
      }
      if (parts.text !== "") bump(skipped, "text beside an indented code (text ignored)");
      addCodes(current, parts.codes);
      openForSynonym = false;
      continue;
    }
    if (trimmed.startsWith("+")) {
      if (!current) {
        bump(skipped, "alias before any entry");
        continue;
      }
      const alias = parts.text.replace(/^\+/, "").trim();
      if (alias === "") bump(skipped, "empty alias line");
      else current.aliases.push(alias);
      addCodes(current, parts.codes);
      continue;
    }
    if (parts.text === "") {
      bump(skipped, "primary line without a name");
      continue;
    }
    if (current && openForSynonym && current.codes.length === 0 && parts.codes.length === 0) {
      current.aliases.push(parts.text);
      bump(skipped, "codeless primary line merged into the next entry (PETRARCH rule)");
      addCodes(current, parts.codes);
      openForSynonym = parts.codes.length === 0;
      continue;
    }
    current = { file, line: i + 1, name: parts.text, aliases: [], codes: [], comment: parts.comment };
    entries.push(current);
    addCodes(current, parts.codes);
    openForSynonym = current.codes.length === 0;
  }
  return { entries, skipped };
}

// ---------------------------------------------------------------------------------------------------------
// Names

const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "abu",
  "de",
  "del",
  "della",
  "da",
  "di",
  "du",
  "des",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "of",
  "the",
  "and",
  "for",
  "in",
  "on",
  "to",
  "y",
  "e",
]);
// "abu" is a kunya ("Abu Bakr"), not a particle: title-cased like a name.
PARTICLES.delete("abu");

function titleWord(word: string): string {
  const lower = word.toLowerCase();
  let out = lower.charAt(0).toUpperCase() + lower.slice(1);
  // "CHILDREN'S" → "Children's", "O'BRIEN" → "O'Brien", "D'IVOIRE" → "D'Ivoire".
  out = out.replace(/'(\p{L})(\p{L}+)/gu, (_m, a: string, b: string) => `'${a.toUpperCase()}${b}`);
  // "MCCAIN" → "McCain", "MCDONALD" → "McDonald".
  if (/^Mc\p{L}{2}/u.test(out)) out = `Mc${out.charAt(2).toUpperCase()}${out.slice(3)}`;
  return out;
}

/** Short words that are title-cased although they have no vowel, or kept upper although they are short. */
const HONORIFICS = new Set(["MR", "MRS", "MS", "DR", "ST", "JR", "SR", "MT", "FT"]);
const ACRONYMS = new Set(["US", "UK", "UN", "EU", "AU", "UAE", "USA", "USSR", "NATO", "OPEC", "TV"]);

function keepsUpper(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, "");
  if (letters === "") return true;
  if (HONORIFICS.has(letters.toUpperCase())) return false;
  if (ACRONYMS.has(letters.toUpperCase())) return true;
  if (/\d/.test(word) || /\.\w/.test(word) || /^\(.*\)$/.test(word)) return true;
  return !/[AEIOUY]/i.test(letters) && letters.length > 1;
}

function caseWord(word: string, middle: boolean): string {
  if (keepsUpper(word)) return word;
  const pieces = word.split("-");
  return pieces
    .map((piece, k) => {
      if (piece === "") return piece;
      const lower = piece.toLowerCase();
      // A particle is lower case inside a name, and as the first piece of a hyphenated word there.
      if (PARTICLES.has(lower) && (middle || k > 0) && (k < pieces.length - 1 || pieces.length === 1)) {
        return lower;
      }
      return keepsUpper(piece) ? piece : titleWord(piece);
    })
    .join("-");
}

/**
 * Phoenix UPPER_CASE_NAME_ → readable case: "BASHAR_AL_ASSAD_" → "Bashar al Assad",
 * "HAFEZ_AL-ASSAD" → "Hafez al-Assad", "AL-QAEDA" → "Al-Qaeda".
 */
export function readableName(raw: string, keepShortUpper = false): string {
  const words = raw
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
  const only = words.length === 1 ? (words[0] ?? "") : "";
  // One-word acronyms: "FSA", "ANSF", "UNHCR" (no vowel after the first letter); not "Bush" or "Irak".
  const letters = only.replace(/[^A-Z]/g, "");
  if (letters.length > 0 && (letters.length <= 3 || !/[AEIOU]/.test(letters.slice(1)))) return only;
  if (keepShortUpper && only.length > 0 && only.length <= 6) return only;
  // Names already in mixed case are kept as written.
  if (/[a-z]/.test(raw)) return words.join(" ");
  return words.map((w, i) => caseWord(w, i > 0)).join(" ");
}

/** Splits raw Phoenix phrases into clean alias strings (still upper case, spaces). */
export function cleanPhrases(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split("+")) {
    let s = part.replace(/_/g, " ").replace(/\s+/g, " ").trim();
    const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(s);
    if (paren) {
      const inner = (paren[2] ?? "").trim();
      if (inner !== "") out.push(inner);
      s = `${paren[1] ?? ""} ${paren[3] ?? ""}`.trim();
    }
    s = s.replace(/[()]/g, "").trim();
    const inverted = /^(.*),\s*(THE|LA|LE|EL|AL)$/i.exec(s);
    if (inverted) s = `${inverted[2]} ${inverted[1]}`;
    s = s.replace(/^[,.;:\s]+|[,;:\s]+$/g, "");
    if (s !== "") out.push(s);
  }
  return out;
}

/** Folding for comparing names: case, diacritics, apostrophes, hyphens, dots, a leading "the". */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’ʿʾ‘`´.]/g, "")
    .replace(/[-–‐_]/g, " ")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** Letters only, folded: for "does the alias contain the country's name". */
function letterKey(name: string): string {
  return nameKey(name).replace(/[^a-z]/g, "");
}

/** "Bashar al Assad" → "bashar-al-assad". */
export function slugify(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s === "" ? "actor" : s;
}

// ---------------------------------------------------------------------------------------------------------
// CAMEO codes

export const SECTOR_ROLES: Readonly<Record<string, string>> = {
  GOV: "government",
  MIL: "military",
  REB: "rebels",
  OPP: "opposition",
  PTY: "political party",
  COP: "police",
  JUD: "judiciary",
  SPY: "intelligence",
  ELI: "elite",
  LEG: "legislature",
  BUS: "business",
  MED: "media",
  EDU: "education",
  HLH: "health",
  CVL: "civilians",
  REF: "refugees",
  LAB: "labour",
  HRI: "human rights",
  AGR: "agriculture",
  DEV: "development",
  ENV: "environment",
  CRM: "criminals",
  INS: "insurgents",
  UAF: "armed forces (unaligned)",
  SET: "settlers",
  MOD: "moderates",
  RAD: "radicals",
  REL: "religious",
  IGO: "intergovernmental organization",
  NGO: "non-governmental organization",
  NGM: "non-governmental movement",
  IMG: "international militarized group",
  MNC: "multinational corporation",
  PPL: "people",
};

/** Religion and ethnic-group segments: qualifiers, not roles or organisations. */
const QUALIFIERS = new Set([
  "MUS",
  "CHR",
  "JEW",
  "HIN",
  "BUD",
  "CTH",
  "PRO",
  "ORT",
  "SHI",
  "SUN",
  "SFI",
  "ALE",
  "DRZ",
  "ATH",
  "CON",
  "JAN",
  "SIK",
  "TAO",
  "ZRO",
  "BAH",
  "MOR",
  "DOX",
  "ITR",
  "ADR",
  "JEH",
  "KRD",
]);

/** CAMEO region codes (and other non-state area codes). */
const REGIONS = new Set([
  "AFR",
  "ASA",
  "BLK",
  "CRB",
  "CAU",
  "CFR",
  "CAS",
  "CEU",
  "EIN",
  "EAF",
  "EEU",
  "EUR",
  "LAM",
  "MEA",
  "MDT",
  "NAF",
  "NMR",
  "PGS",
  "SCN",
  "SAM",
  "SAS",
  "SEA",
  "SAF",
  "WAF",
  "WST",
  "WEU",
  "INT",
  "UIS",
  "KKL",
  "BAL",
  "ARB",
]);

/** CAMEO country codes that are not ISO alpha-3 (or differ from it). */
const CAMEO_TO_ISO: Readonly<Record<string, string>> = { ROM: "ROU", ZAR: "COD", KSV: "XKX", TMP: "TLS" };

function segments(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= code.length; i += 3) out.push(code.slice(i, i + 3));
  return out;
}

function roleOf(segs: readonly string[]): string | null {
  const roles: string[] = [];
  for (const s of segs) {
    const role = SECTOR_ROLES[s];
    if (role && !roles.includes(role)) roles.push(role);
  }
  return roles.length > 0 ? roles.join(", ") : null;
}

// ---------------------------------------------------------------------------------------------------------
// Types of entries

const ORG_WORDS = new Set(
  (
    "COUNCIL FRONT ARMY ARMIES PARTY PARTIES MINISTRY MINISTRIES MOVEMENT BRIGADE BRIGADES FORCE FORCES CORPS " +
    "COMMITTEE COMMISSION ORGANIZATION ORGANISATION UNION ALLIANCE LEAGUE AUTHORITY AGENCY BANK FUND GROUP " +
    "COURT ASSEMBLY PARLIAMENT GOVERNMENT REGIME ASSOCIATION FEDERATION CONFEDERATION INSTITUTE INSTITUTION " +
    "FOUNDATION CENTER CENTRE SOCIETY COMPANY CORPORATION CORP INC LTD LLC PLC CO BOARD OFFICE DEPARTMENT " +
    "BUREAU SECRETARIAT CONGRESS SENATE CABINET MILITIA MILITIAS NAVY POLICE GUARD GUARDS BATTALION " +
    "BATTALIONS REGIMENT DIVISION COMMAND COALITION NETWORK INTERNATIONAL PROGRAM PROGRAMME MISSION TRIBUNAL " +
    "UNIVERSITY COLLEGE SCHOOL HOSPITAL CHURCH CONFERENCE SYNDICATE CARTEL JIHAD BANKS CELL CELLS " +
    "COMMANDOS FACTION ORGANIZATIONS UNIONS TRUST PROJECT INITIATIVE SERVICE SERVICES MINISTER'S JUNTA " +
    "DIRECTORATE ADMINISTRATION PROSECUTOR'S PARLIAMENTARY CHAMBER HOLDINGS GROUPS ASSOCIATES PARTNERS"
  ).split(" "),
);

const MEDIA_WORDS = new Set(
  "NEWS TIMES POST PRESS TELEVISION TV RADIO BROADCASTING NEWSPAPER GAZETTE HERALD TRIBUNE JOURNAL DAILY AGENCY MEDIA".split(
    " ",
  ),
);

/** Offices held by one person at a time; their plurals ("MINISTERS") are collective descriptors. */
const OFFICES = new Set(
  "PRESIDENT MINISTER SECRETARY ATTORNEY AMBASSADOR REPRESENTATIVE DIRECTOR GOVERNOR MAYOR CHANCELLOR".split(
    " ",
  ),
);

/** Words that make a name a descriptor rather than someone's name. */
const GENERIC_WORDS = new Set(
  (
    "PRESIDENT PRIME MINISTER MINISTERS OFFICIAL OFFICIALS OFFICER OFFICERS SOLDIER SOLDIERS TROOPS REBEL REBELS " +
    "LEADER LEADERS SPOKESMAN SPOKESWOMAN AMBASSADOR ENVOY DIPLOMAT DIPLOMATS GENERAL COMMANDER KING QUEEN " +
    "PRINCE SHEIKH EMIR SULTAN CITIZEN CITIZENS PEOPLE POPULATION STATE STATES REPUBLIC KINGDOM NATIONAL " +
    "GOVERNOR MAYOR JUDGE JUDGES POLICEMAN POLICEMEN STUDENTS WORKERS FARMERS OPPOSITION SECURITY PROVINCE " +
    "CITY ISLAND ISLANDS REGION DISTRICT EMBASSY CONSULATE CAPITAL CHIEF HEAD DEPUTY SECRETARY VICE SPEAKER " +
    "MEMBER MEMBERS DELEGATION DELEGATE DELEGATES AUTHORITIES INTELLIGENCE MILITARY ARMED NAVAL AIR FLEET " +
    "PEACEKEEPER PEACEKEEPERS MONITOR MONITORS RESIDENT BODIES ENVOYS FOREIGN DEFENSE DEFENCE INTERIOR " +
    "JUSTICE FINANCE TRADE CHAMBER MINISTRY PARLIAMENTARIAN LAWMAKER LAWMAKERS SENATOR SENATORS MP MPS " +
    "CONTINGENT TEAM PROJECT STAFF WORKER EXPERT EXPERTS INSPECTOR INSPECTORS OBSERVER OBSERVERS RAPPORTEUR"
  ).split(" "),
);

function nameWords(raw: string): string[] {
  return raw
    .replace(/[_\s]+/g, " ")
    .trim()
    .toUpperCase()
    .split(" ")
    .filter((w) => w !== "");
}

function hasOrgWord(raw: string): boolean {
  return nameWords(raw).some((w) => ORG_WORDS.has(w.replace(/[^A-Z']/g, "")));
}

function looksLikePerson(raw: string): boolean {
  const words = nameWords(raw.replace(/\([^)]*\)/g, ""));
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => {
    const letters = w.replace(/[-'.]/g, "");
    if (!/^[A-Z]+$/.test(letters)) return false;
    if (GENERIC_WORDS.has(letters) || GENERIC_WORDS.has(letters.replace(/S$/, ""))) return false;
    // Demonym-like adjectives ("AFGHAN", "SUDANESE", "BRITISH", "IRAQI") make a descriptor.
    return !/(?:ESE|ISH)$/.test(letters);
  });
}

export interface TypeContext {
  /** CAMEO codes that are countries (the bare codes of the Countries file and curated iso3s). */
  countryCodes: ReadonlySet<string>;
}

/**
 * The CAMEO country of a country-level entry: one of its codes is a bare country code, the current one
 * if there are several ("KYRGYZSTAN_ [USRKGZ <910831] [KGZUNR 910831-911221] [KGZ >911221]" → KGZ).
 */
export function countryLevelCode(entry: PhoenixEntry): string | undefined {
  if (/CountryInfo\.txt/i.test(entry.comment)) return undefined;
  const bare = entry.codes.filter((c) => /^[A-Z]{3}$/.test(c.code) && !REGIONS.has(c.code));
  return (bare.find((c) => c.to === null) ?? bare[bare.length - 1])?.code;
}

export function inferType(entry: PhoenixEntry, ctx: TypeContext): ActorType {
  const codes = entry.codes.map((c) => c.code);
  const single = codes.length === 1 && !entry.codes[0]?.dated ? codes[0] : undefined;
  const countries = entry.file.includes("Countries");
  const country = countryLevelCode(entry);
  if (countries && country && ctx.countryCodes.has(country)) return "state";
  if (/CountryInfo\.txt/i.test(entry.comment)) return "person";
  const mediaOnly = codes.length > 0 && codes.every((c) => c.endsWith("MED"));
  const mediaName = nameWords(entry.name).some((w) => MEDIA_WORDS.has(w));
  if (hasOrgWord(entry.name)) return mediaOnly && mediaName ? "media" : "organization";
  const intlOrg = entry.file.includes("International") && codes.some((c) => /^(?:IGO|NGO|MNC)/.test(c));
  if (intlOrg || entry.file.includes("MilNonState")) {
    const dated = entry.codes.some((c) => c.dated);
    const igo = entry.file.includes("International") && codes.every((c) => /^IGO/.test(c));
    if (dated || (igo && looksLikePerson(entry.name))) {
      // International persons: "KOFI ANNAN [IGOUNO 970101-061231]", "LENA SUNDH [IGOUNO]".
      if (!mediaName) return "person";
    }
    return mediaOnly && mediaName ? "media" : "organization";
  }
  if (single?.length === 3 && REGIONS.has(single)) return "place";
  if (mediaOnly && mediaName) return "media";
  if (entry.codes.some((c) => c.dated) || looksLikePerson(entry.name)) return "person";
  // A country code with an area code ("GAZA_ [PSEGZA]", "BRITISH_VIRGIN_ISLANDS_ [GBRVGB]") is a place.
  const segs = segments(codes[0] ?? "");
  const area = segs[1];
  if (segs.length === 2 && area && !(area in SECTOR_ROLES) && !QUALIFIERS.has(area)) return "place";
  // One-word names are institutions ("KNESSET_ [ISRGOVLEG]", "MOSSAD_ [ISRSPY]", "KREMLIN_ [RUSGOV]").
  const words = nameWords(entry.name);
  if (words.length === 1) return "organization";
  // An office has one holder at a time ("US_SECRETARY_OF_STATE_", "KOSOVAR_PRIME_MINISTER_"): a person, so
  // that "the group" or "the organization" never stands for it, and its name reads as a title.
  if (words.some((w) => OFFICES.has(w))) return "person";
  return "group";
}

// ---------------------------------------------------------------------------------------------------------
// Curated entries

interface CuratedIndex {
  byKey: Map<string, Set<string>>;
  byId: Map<string, CuratedActor>;
  stateByIso: Map<string, CuratedActor>;
}

function curatedNames(a: CuratedActor): string[] {
  return [a.name ?? "", ...(a.aliases ?? []), ...(a.demonyms ?? []), ...(a.capitals ?? [])].filter(
    (n) => n !== "",
  );
}

function indexCurated(curated: readonly CuratedActor[]): CuratedIndex {
  const byKey = new Map<string, Set<string>>();
  const byId = new Map<string, CuratedActor>();
  const stateByIso = new Map<string, CuratedActor>();
  for (const a of curated) {
    const known = byId.get(a.id);
    // Later files extend earlier ones: merge the names.
    const merged: CuratedActor = known
      ? {
          ...known,
          ...a,
          aliases: [...(known.aliases ?? []), ...(a.aliases ?? [])],
          demonyms: [...(known.demonyms ?? []), ...(a.demonyms ?? [])],
          capitals: [...(known.capitals ?? []), ...(a.capitals ?? [])],
        }
      : a;
    byId.set(a.id, merged);
    if (merged.iso3) stateByIso.set(merged.iso3.toUpperCase(), merged);
    for (const n of curatedNames(a)) {
      const k = nameKey(n);
      if (k === "") continue;
      addTo(byKey, k, a.id);
    }
  }
  return { byKey, byId, stateByIso };
}

function compatible(type: ActorType, curated: CuratedActor | undefined): boolean {
  const t = curated?.type;
  if (!t) return true;
  if (type === "person" || t === "person") return type === t;
  if (type === "state" || t === "state") return type === t;
  return true;
}

/** The curated id an entry is written under, if any. */
function curatedIdFor(
  names: readonly string[],
  type: ActorType,
  index: CuratedIndex,
): { id: string } | { ambiguous: true } | undefined {
  const [first, ...rest] = names;
  const direct = first ? index.byKey.get(nameKey(first)) : undefined;
  const fits = (ids: Set<string> | undefined): string[] =>
    [...(ids ?? [])].filter((id) => {
      const a = index.byId.get(id);
      return a?.type !== "state" && compatible(type, a);
    });
  const directIds = fits(direct);
  if (directIds.length === 1 && directIds[0]) return { id: directIds[0] };
  if (directIds.length > 1) return { ambiguous: true };
  const found = new Set<string>();
  for (const n of rest) for (const id of fits(index.byKey.get(nameKey(n)))) found.add(id);
  if (found.size === 1) return { id: [...found][0] ?? "" };
  return found.size > 1 ? { ambiguous: true } : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Conversion

const BUILTIN_STOP = (
  "PRESIDENT PRIME MINISTER MINISTER GOVERNMENT REGIME ARMY MILITARY POLICE REBELS REBEL OPPOSITION PARLIAMENT " +
  "KING QUEEN PRINCE SHEIKH EMIR GENERAL LEADER LEADERS CHIEF COMMANDER OFFICIALS OFFICIAL SPOKESMAN PARTY " +
  "COUNCIL FRONT MOVEMENT ALLIANCE UNION LEAGUE COURT CABINET SENATE CONGRESS ASSEMBLY MINISTRY AUTHORITY " +
  "FORCES TROOPS SOLDIERS CITIZENS PEOPLE NATION STATE REPUBLIC KINGDOM EMPIRE CAPITAL CITY PROVINCE NORTH " +
  "SOUTH EAST WEST CENTRAL NATIONAL INTERNATIONAL UNITED ISLAMIC ARAB PEOPLES PEOPLE'S DEMOCRATIC REVOLUTIONARY " +
  "LIBERATION RESISTANCE INDEPENDENCE FREEDOM JUSTICE PEACE UNITY ACTION SOLIDARITY PROGRESS RENEWAL HOPE " +
  "CHANGE REFORM VICTORY GLORY DIGNITY FUTURE ORDER LIBERTY TRUTH GOD AMERICA EUROPE AFRICA ASIA " +
  // Institution heads alone: "The Foundation" (an El Rukn alias) would claim "the Clinton Foundation".
  "FOUNDATION INSTITUTE CENTER CENTRE COMMITTEE COMMISSION ORGANIZATION ORGANISATION ASSOCIATION AGENCY BOARD " +
  "DEPARTMENT OFFICE BUREAU NETWORK GROUP COMPANY CORPORATION FUND SOCIETY CLUB CHURCH BANK CORNERSTONE"
).split(" ");

/** Keys of phrases that are never aliases alone. */
export function stopKeys(phrases: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const p of [...phrases, ...BUILTIN_STOP]) {
    const k = nameKey(p.replace(/^\+/, "").replace(/#.*$/, "").replace(/_/g, " "));
    if (k === "" || /^\d+$/.test(k)) continue;
    keys.add(k);
    // Regular plurals, as PETRARCH generates them for agents.
    keys.add(k.endsWith("y") ? `${k.slice(0, -1)}ies` : k.endsWith("s") ? `${k}es` : `${k}s`);
  }
  return keys;
}

interface Draft {
  id: string;
  curated: boolean;
  state: boolean;
  name?: string;
  type?: ActorType;
  iso3?: string;
  country?: string;
  aliases: string[];
  codes: PhoenixCode[];
  notes: string[];
  /** Prefixes of state-name variants: aliases of a state must contain one. */
  variantStems?: string[];
}

function noteFor(entry: PhoenixEntry): string {
  const codes = entry.codes.map((c) => c.raw).join(", ");
  const file = entry.file.replace(/^Phoenix\./, "").replace(/\.actors\.txt$/, "");
  return codes === "" ? `Phoenix ${file}` : `Phoenix ${file}: CAMEO ${codes}`;
}

function stateStems(state: CuratedActor | undefined, fallbackName: string): string[] {
  const names = state ? [state.name ?? "", ...(state.demonyms ?? [])] : [fallbackName];
  const stems = names.map((n) => letterKey(n).slice(0, 4)).filter((s) => s.length === 4);
  return [...new Set(stems)];
}

interface Affiliator {
  stateId(cameo: string): string | undefined;
  orgByCode: Map<string, string>;
}

function isSpecificSegment(seg: string, countryCodes: ReadonlySet<string>): boolean {
  return !(seg in SECTOR_ROLES) && !QUALIFIERS.has(seg) && !REGIONS.has(seg) && !countryCodes.has(seg);
}

function affiliationsFor(
  draft: Draft,
  aff: Affiliator,
  countryCodes: ReadonlySet<string>,
  dropped: Counts,
): Affiliation[] {
  const out: Affiliation[] = [];
  const dated = draft.codes.filter((c) => c.dated);
  for (const c of draft.codes) {
    const segs = segments(c.code);
    const intervals = c.dated ? [{ from: c.from, to: c.to }] : complement(dated);
    let mapped = false;
    const head = segs[0] ?? "";
    const state = countryCodes.has(head) ? aff.stateId(head) : undefined;
    if (state && state !== draft.id && draft.type === "person") {
      const role = roleOf(segs.slice(1));
      for (const iv of intervals) out.push({ actor: state, role, ...iv });
      mapped = true;
    }
    // The most specific organisation the code (or one of its prefixes) names.
    for (let n = segs.length; n >= 2; n--) {
      const prefix = segs.slice(0, n).join("");
      const org = aff.orgByCode.get(prefix);
      if (!org) continue;
      if (org === draft.id) continue;
      const role = draft.type === "person" ? roleOf(segs.slice(n)) : null;
      for (const iv of intervals) out.push({ actor: org, role, ...iv });
      mapped = true;
      break;
    }
    if (!mapped && !(draft.type !== "person" && segs.slice(0, 2).some((s) => countryCodes.has(s)))) {
      const specific = segs.some((s) => isSpecificSegment(s, countryCodes));
      bump(dropped, specific ? "organisation code without a unique entry" : "no actor for the code");
    }
  }
  return mergeAffiliations(out);
}

/** The periods outside every dated restriction, when an undated (default) code holds. */
export function complement(dated: readonly { from: string | null; to: string | null }[]): {
  from: string | null;
  to: string | null;
}[] {
  if (dated.length === 0) return [{ from: null, to: null }];
  const sorted = [...dated].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
  const out: { from: string | null; to: string | null }[] = [];
  let cursor: string | null = null;
  let open = true; // the cursor is "since ever"
  for (const iv of sorted) {
    const start = iv.from;
    if (start !== null && (open || (cursor !== null && start > cursor)))
      out.push({ from: open ? null : cursor, to: start });
    if (iv.to === null) return out;
    if (open || (cursor !== null && iv.to > cursor)) cursor = iv.to;
    open = false;
  }
  out.push({ from: cursor, to: null });
  return out;
}

function mergeAffiliations(list: Affiliation[]): Affiliation[] {
  const groups = new Map<string, Affiliation[]>();
  for (const a of list) {
    const k = `${a.actor}\u0000${a.role ?? ""}`;
    const g = groups.get(k);
    if (g) g.push(a);
    else groups.set(k, [a]);
  }
  const out: Affiliation[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
    let cur: Affiliation | undefined;
    for (const a of g) {
      if (cur && (cur.to === null || a.from === null || a.from <= cur.to)) {
        if (cur.to !== null && (a.to === null || a.to > cur.to)) cur.to = a.to;
        continue;
      }
      cur = { ...a };
      out.push(cur);
    }
  }
  return out;
}

/** Converts parsed Phoenix files into stancegraph actors. Pure: no file access. */
export function convertPhoenix(input: ConvertInput): ConvertResult {
  const curated = indexCurated(input.curated ?? []);
  const stop = stopKeys(input.stopPhrases ?? []);
  const skippedLines: Counts = {};
  const droppedEntries: Counts = {};
  const droppedAliases: Counts = {};
  const droppedCodes: Counts = {};
  const entries: PhoenixEntry[] = [];
  for (const f of input.files) {
    const parsed = parsePhoenixActors(f.text, f.name);
    entries.push(...parsed.entries);
    for (const [k, v] of Object.entries(parsed.skipped)) bump(skippedLines, k, v);
  }

  // Country codes: the bare codes of the Countries file, and the curated iso3s.
  const countryCodes = new Set<string>(curated.stateByIso.keys());
  for (const [cameo, iso] of Object.entries(CAMEO_TO_ISO))
    if (curated.stateByIso.has(iso)) countryCodes.add(cameo);
  for (const e of entries) {
    const c = countryLevelCode(e);
    if (c && e.file.includes("Countries")) countryCodes.add(c);
  }
  const ctx: TypeContext = { countryCodes };

  const drafts = new Map<string, Draft>();
  const usedSlugs = new Set<string>();
  const phoenixStates = new Map<string, string>();
  let mappedToCurated = 0;
  const draftByDupKey = new Map<string, Draft>();

  for (const entry of entries) {
    const phrases = [entry.name, ...entry.aliases].flatMap(cleanPhrases);
    if (phrases.length === 0) {
      bump(droppedEntries, "no name");
      continue;
    }
    if (entry.codes.length === 0) {
      bump(droppedEntries, "no code");
      continue;
    }
    const keepUpper = !entry.file.includes("Countries");
    const names = phrases.map((p) => readableName(p, keepUpper));
    const type = inferType(entry, ctx);
    let draft: Draft | undefined;
    if (type === "state") {
      const cameo = countryLevelCode(entry) ?? "";
      const iso = CAMEO_TO_ISO[cameo] ?? cameo;
      const state = curated.stateByIso.get(iso) ?? curated.stateByIso.get(cameo);
      const id = state?.id ?? phoenixStates.get(cameo);
      draft = id ? drafts.get(id) : undefined;
      if (!draft) {
        const newId = state?.id ?? uniqueId(names[0] ?? "", usedSlugs);
        if (!state) phoenixStates.set(cameo, newId);
        draft = {
          id: newId,
          curated: Boolean(state),
          state: true,
          aliases: [],
          codes: [],
          notes: [],
          variantStems: stateStems(state, names[0] ?? ""),
        };
        if (state) mappedToCurated++;
        else {
          draft.name = names[0] ?? "";
          draft.type = "state";
          draft.iso3 = iso;
        }
        drafts.set(draft.id, draft);
      }
    } else {
      const hit = curatedIdFor(names, type, curated);
      if (hit && "ambiguous" in hit)
        bump(droppedEntries, "matches several curated actors (kept as phoenix:)");
      if (hit && "id" in hit) {
        draft = drafts.get(hit.id);
        if (!draft) {
          draft = { id: hit.id, curated: true, state: false, aliases: [], codes: [], notes: [] };
          drafts.set(hit.id, draft);
        }
        mappedToCurated++;
      } else {
        // Entries with the same name, type and country (or IGO/NGO/MNC) code are one actor: the
        // International file repeats whole blocks, and the Countries file has a person both as a
        // CountryInfo entry and as a news-alias entry ("BASHAR_AL_ASSAD_" twice).
        const head = entry.codes[0]?.code.slice(0, 3) ?? "";
        const dupKey = `${nameKey(names[0] ?? "")}\u0000${type}\u0000${head}`;
        draft = draftByDupKey.get(dupKey);
        if (draft) bump(droppedEntries, "same name, type and country as another entry (merged)");
        else {
          draft = {
            id: uniqueId(names[0] ?? "", usedSlugs),
            curated: false,
            state: false,
            name: names[0] ?? "",
            type,
            aliases: [],
            codes: [],
            notes: [],
          };
          drafts.set(draft.id, draft);
          draftByDupKey.set(dupKey, draft);
        }
      }
    }
    draft.aliases.push(...names);
    for (const c of entry.codes) if (!draft.codes.some((d) => d.raw === c.raw)) draft.codes.push(c);
    const note = noteFor(entry);
    if (!draft.state && !draft.notes.includes(note)) draft.notes.push(note);
  }

  // Organisations that a code names uniquely (IGOUNO → the UN, PSEREBHMS → Hamas).
  const orgCandidates = new Map<string, Set<string>>();
  for (const d of drafts.values()) {
    if (d.state || d.type === "person" || d.type === "group" || d.type === "place") continue;
    if (d.curated) {
      const t = curated.byId.get(d.id)?.type;
      if (t === "person" || t === "state") continue;
    }
    for (const c of d.codes) {
      if (c.dated) continue;
      // Only codes that end in an organisation's own segment (IGOUNO, PSEREBHMS; not IGOUNODEV).
      const segs = segments(c.code);
      if (segs.length < 2 || !isSpecificSegment(segs[segs.length - 1] ?? "", countryCodes)) continue;
      addTo(orgCandidates, c.code, d.id);
    }
  }
  const orgByCode = new Map<string, string>();
  for (const [code, ids] of orgCandidates) {
    const only = ids.size === 1 ? [...ids][0] : preferredOrg(ids, drafts, curated);
    if (only) orgByCode.set(code, only);
    else bump(droppedCodes, "organisation code shared by several entries (not used)");
  }
  const stateIdOf = (cameo: string): string | undefined =>
    curated.stateByIso.get(CAMEO_TO_ISO[cameo] ?? cameo)?.id ??
    curated.stateByIso.get(cameo)?.id ??
    phoenixStates.get(cameo);
  const aff: Affiliator = { stateId: stateIdOf, orgByCode };

  // Names of people, to keep them out of organisations' aliases (Phoenix lists Hasan Nasrallah under Hezbollah).
  const personKeys = new Set<string>();
  for (const d of drafts.values()) {
    const t = d.type ?? curated.byId.get(d.id)?.type;
    if (t === "person") for (const a of [d.name ?? "", ...d.aliases]) personKeys.add(nameKey(a));
  }
  for (const a of curated.byId.values())
    if (a.type === "person") for (const n of curatedNames(a)) personKeys.add(nameKey(n));
  personKeys.delete("");

  // Aliases: clean, then drop the ambiguous ones.
  const claims = new Map<string, Set<string>>();
  const cleaned = new Map<string, string[]>();
  for (const d of drafts.values()) {
    const own = new Set<string>();
    if (d.curated) {
      const c = curated.byId.get(d.id);
      for (const n of c ? curatedNames(c) : []) own.add(nameKey(n));
    }
    const list: string[] = [];
    const seen = new Set<string>();
    const nameK = d.name ? nameKey(d.name) : "";
    const type = d.type ?? (curated.byId.get(d.id)?.type as ActorType | undefined);
    const surnames = new Set<string>();
    if (type !== "person" && type !== "state") {
      for (const alias of d.aliases) {
        const k = nameKey(alias);
        if (own.has(k) || k === nameK) continue;
        if (personKeys.has(k) || PERSON_TITLE.test(k) || looksLikeGivenName(k))
          surnames.add(k.split(" ").pop() ?? "");
      }
    }
    for (const alias of d.aliases) {
      const k = nameKey(alias);
      if (seen.has(k)) continue;
      seen.add(k);
      if (k === nameK) continue;
      if (own.has(k)) {
        bump(droppedAliases, "already a name of the curated actor");
        continue;
      }
      const reason =
        crossTypeProblem(k, type, own, personKeys, surnames) ?? aliasProblem(alias, k, d, own, stop, curated);
      if (reason) {
        bump(droppedAliases, reason);
        continue;
      }
      list.push(alias);
    }
    cleaned.set(d.id, list);
    for (const k of [nameK, ...list.map(nameKey)]) {
      if (k !== "") addTo(claims, k, d.id);
    }
  }

  const actors: OutputActor[] = [];
  const byType: Counts = {};
  let aliasCount = 0;
  let affCount = 0;
  let ambiguousNames = 0;
  for (const d of drafts.values()) {
    const aliases = (cleaned.get(d.id) ?? []).filter((a) => {
      const ok = (claims.get(nameKey(a))?.size ?? 0) <= 1;
      if (!ok) bump(droppedAliases, "ambiguous (claimed by two entries)");
      return ok;
    });
    if (d.name && (claims.get(nameKey(d.name))?.size ?? 0) > 1) ambiguousNames++;
    const out: OutputActor = { id: d.id };
    if (d.name) out.name = d.name;
    if (d.type) out.type = d.type;
    if (d.iso3) out.iso3 = d.iso3;
    if (!d.state) {
      // The country: the first code's first segment, or its second after IGO/NGO/MNC ("MNCUSA").
      const head = segments(d.codes[0]?.code ?? "")
        .slice(0, 2)
        .find((s) => countryCodes.has(s));
      const country = head ? stateIdOf(head) : undefined;
      const curatedState = d.curated && curated.byId.get(d.id)?.type === "state";
      if (country && country !== d.id && !curatedState) out.country = country;
    }
    if (aliases.length > 0) out.aliases = aliases;
    if (!d.state) {
      const type = d.type ?? (curated.byId.get(d.id)?.type as ActorType | undefined) ?? "organization";
      const affs = affiliationsFor({ ...d, type }, aff, countryCodes, droppedCodes);
      if (affs.length > 0) out.affiliations = affs;
      affCount += affs.length;
    }
    // The CAMEO codes behind each entry are left out: the affiliations carry what they mean, this script
    // reproduces them, and 26,000 notes would double the file that every extractor parses at start-up.
    actors.push(out);
    aliasCount += aliases.length;
    bump(
      byType,
      d.curated ? `${d.type ?? curated.byId.get(d.id)?.type ?? "?"} (curated id)` : (d.type ?? "?"),
    );
  }
  if (ambiguousNames > 0)
    bump(droppedAliases, "names shared by two entries (kept, ambiguous at match time)", ambiguousNames);

  return {
    actors,
    stats: {
      entries: entries.length,
      byType,
      aliases: aliasCount,
      skippedLines,
      droppedEntries,
      droppedAliases,
      droppedCodes,
      mappedToCurated,
      curatedIds: [...drafts.values()].filter((d) => d.curated).length,
      affiliations: affCount,
    },
  };
}

/**
 * Of several organisations with one code (IGOUNO: the UN, the Security Council, the General Assembly), the
 * curated one the other curated ones are part of; undefined when there is none or several.
 */
function preferredOrg(
  ids: ReadonlySet<string>,
  drafts: ReadonlyMap<string, Draft>,
  curated: CuratedIndex,
): string | undefined {
  const cur = [...ids].filter((id) => drafts.get(id)?.curated);
  const roots = cur.filter((id) => !(curated.byId.get(id)?.affiliations ?? []).some((a) => ids.has(a.actor)));
  return roots.length === 1 ? roots[0] : undefined;
}

function uniqueId(name: string, used: Set<string>): string {
  const base = `phoenix:${slugify(name)}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const PERSON_TITLE =
  /^(?:sheikh?|shaykh|sayy?e?d|sayyid|seyyed|mr|mrs|dr|imam|mullah|ayatollah|president|ambassador|general|commander|leader|prince|king) /;

/** Common given names: a plain 2-4 word alias starting with one, under an organisation, is a person's name. */
const GIVEN_NAMES = new Set(
  (
    "hassan hasan hussein husayn imad khaled khalid mohammed mohammad muhammad mohamed ahmed ahmad ali omar " +
    "umar osama usama abdullah abdallah ayman yahya ismail mahmoud mahmud salim selim saleh salah ibrahim " +
    "yusuf youssef mustafa musa hamid naim nabil walid marwan ismael abdel abdul muhammed mohamad"
  ).split(" "),
);

/** A person's name ("Ahmed Hassan"), or a given name alone ("Muhammed", a JEM alias that claims every
 * Muhammad in a text). */
function looksLikeGivenName(key: string): boolean {
  const words = key.split(" ");
  if (words.length === 1) return GIVEN_NAMES.has(key);
  return words.length <= 4 && GIVEN_NAMES.has(words[0] ?? "") && looksLikePerson(key);
}

/** A person's name among an organisation's aliases, or an organisation's among a person's. */
function crossTypeProblem(
  key: string,
  type: string | undefined,
  own: ReadonlySet<string>,
  personKeys: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
): string | undefined {
  if (own.has(key)) return undefined;
  if (type === "person") {
    return hasOrgWord(key) ? "organisation name under a person (Assad Regime)" : undefined;
  }
  if (type === "state") return undefined;
  if (personKeys.has(key) || PERSON_TITLE.test(key) || surnames.has(key) || looksLikeGivenName(key)) {
    return "person's name under an organisation";
  }
  return undefined;
}

function aliasProblem(
  alias: string,
  key: string,
  d: Draft,
  own: ReadonlySet<string>,
  stop: ReadonlySet<string>,
  curated: CuratedIndex,
): string | undefined {
  if (key.replace(/ /g, "").length < 3) return "shorter than 3 characters";
  if (/^\d[\d ]*$/.test(key)) return "digits only";
  if (stop.has(key)) return "plain word or title alone";
  if (d.variantStems && d.variantStems.length > 0) {
    const letters = letterKey(alias);
    if (!d.variantStems.some((s) => letters.includes(s)))
      return "state alias that is not a name variant (city, region)";
  }
  const others = curated.byKey.get(key);
  if (others && !own.has(key) && ![...others].every((id) => id === d.id))
    return "name of another curated actor";
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Output

export function renderActorFile(header: Record<string, string>, actors: readonly OutputActor[]): string {
  const head = Object.entries(header)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join("\n");
  const body = actors.map((a) => `    ${JSON.stringify(a)}`).join(",\n");
  return `{\n${head}\n  "actors": [\n${body}\n  ]\n}\n`;
}

function readCurated(folder: string): CuratedActor[] {
  const out: CuratedActor[] = [];
  for (const file of ["states.json", "igos.json", "middle-east.json"]) {
    let text: string;
    try {
      text = readFileSync(join(folder, file), "utf8");
    } catch {
      process.stderr.write(`convert-phoenix: ${file} not found, not used\n`);
      continue;
    }
    const parsed = JSON.parse(text) as { actors?: CuratedActor[] };
    out.push(...(parsed.actors ?? []));
    process.stderr.write(`convert-phoenix: ${file}: ${parsed.actors?.length ?? 0} curated actors\n`);
  }
  return out;
}

function readStopPhrases(folder: string): string[] {
  const phrases: string[] = [];
  const discards = readFileSync(join(folder, "Phoenix.discards.txt"), "utf8");
  for (const line of discards.split(/\r?\n/)) {
    const p = line.replace(/#.*$/, "").replace(/^\+/, "").trim();
    if (p !== "") phrases.push(p);
  }
  const agents = readFileSync(join(folder, "Phoenix.agents.txt"), "utf8");
  for (const line of agents.split(/\r?\n/)) {
    const m = /^([^#[!{]+?)\s*(?:\{[^}]*\})?\s*\[/.exec(line);
    if (m?.[1]) phrases.push(m[1]);
  }
  return phrases;
}

function formatCounts(c: Counts): string {
  const rows = Object.entries(c).sort((a, b) => b[1] - a[1]);
  return rows.length === 0 ? "  (none)" : rows.map(([k, v]) => `  ${String(v).padStart(7)}  ${k}`).join("\n");
}

function main(argv: string[]): void {
  const [folder, output] = argv;
  if (!folder || !output) {
    process.stderr.write("usage: convert-phoenix <phoenix dictionaries folder> <output .json>\n");
    process.exit(2);
  }
  const files = PHOENIX_FILES.map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
  const curated = readCurated(dirname(resolve(output)));
  const result = convertPhoenix({ files, curated, stopPhrases: readStopPhrases(folder) });
  const header = {
    format: "stancegraph.actors/1",
    description:
      "Actors and aliases converted by scripts/convert-phoenix.ts from the Phoenix/PETRARCH2 CAMEO actor " +
      `dictionaries (commit ${PHOENIX_COMMIT}: Phoenix.Countries, Phoenix.International, Phoenix.MilNonState). ` +
      "Coverage ends around 2014-2016; treat as alias seeds, not ground truth.",
    source: "https://github.com/openeventdata/petrarch2",
    license: "MIT (c) 2014 Open Event Data Alliance; see data/actors/LICENSE-phoenix",
  };
  writeFileSync(output, renderActorFile(header, result.actors));
  const s = result.stats;
  process.stderr.write(
    [
      `convert-phoenix: wrote ${output}`,
      `Phoenix entries parsed: ${s.entries}; actors written: ${result.actors.length}`,
      `By type:\n${formatCounts(s.byType)}`,
      `Aliases written: ${s.aliases}; affiliations: ${s.affiliations}`,
      `Entries written under curated ids: ${s.mappedToCurated} (into ${s.curatedIds} curated actors)`,
      `Skipped or repaired lines:\n${formatCounts(s.skippedLines)}`,
      `Dropped or merged entries:\n${formatCounts(s.droppedEntries)}`,
      `Dropped aliases:\n${formatCounts(s.droppedAliases)}`,
      `Dropped codes:\n${formatCounts(s.droppedCodes)}`,
      "",
    ].join("\n"),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
