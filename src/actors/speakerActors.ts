// Actors from speakers: turns each statement's speaker phrase into an actor (name, type, role and
// organisation when the phrase states them), links a later surname-only mention to the full name
// introduced earlier, and resolves pronouns and relative "who" to the most recent fitting actor.
// Dictionary-free on purpose: the actor dictionary layers on top of this.

import type { StatementDraft } from "../attribution/attribute.js";
import { isAynApostrophe, RECORD_LINKS, RECORD_NOUNS } from "../attribution/phrases.js";
import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { Actor, ActorType, Affiliation, Span } from "../contract/extraction.js";
import { compoundModifier } from "../text/compoundModifiers.js";
import { isCapitalized, isWord, type Tokens, tokenize, withoutFinalDot } from "../text/tokens.js";
import { foldName } from "./dictionary/fold.js";
import { ampersandJoins, COUNTED, headsOrganisationOf, NOT_MEMBERS } from "./orgHeads.js";
import { firstAtOrAfter } from "./spanOrder.js";

export { foldName };

/** A role the speaker phrase states without an organisation ("Syrian journalist Mahmoud Rahil"). */
export interface RoleHint {
  actor: string;
  role: string;
  /** The words before the name, where a demonym or an alias may say whose role it is. */
  before: Span;
}

export interface SpeakerActors {
  actors: Actor[];
  roleHints: RoleHint[];
  /** Per draft, the actor id of its speaker, or null. */
  speakerOf: (string | null)[];
}

const ORG_HEADS =
  /\b(?:Movement|Front|Council|Coalition|Brigades?|Division|Army|Party|Ministry|Force|Forces|Corps|Committee|Commission|Organi[sz]ation|Union|Alliance|League|Authority|Agency|Department|Office|Administration|Government|Campaign|Institute|Center|Centre|Foundation|Association|Group|Bureau|Court|Congress|Senate|Parliament|Assembly|Bank|Fund|Company|Corporation|Inc|Service|Police|Guards?|Jihad|Brotherhood|Federation|Caucus|Embassy|Consulate|Hamas|Hizbullah|Hezbollah|Fatah)\b/;
const MEDIA =
  /(?:\.com|\.net|\.org|\.tv)$|\b(?:Post|Times|News|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Reuters|AP|AFP|CNN|BBC|Fox|MSNBC|NBC|CBS|ABC|Al[- ]Jazeera|Al[- ]Arabiya|Al[- ]Akhbar|TV|Radio|Television|Daily|Magazine|Website|Channel)\b/;
/** Nouns that say the name next to them is a media outlet ("the website X", "the daily X"). */
export const MEDIA_NOUNS = new Set([
  "website",
  "site",
  "newspaper",
  "daily",
  "weekly",
  "paper",
  "channel",
  "outlet",
  "network",
  "broadcaster",
  "agency",
  "magazine",
  "media",
  "press",
]);
const ORG_NOUNS = new Set([
  "campaign",
  "government",
  "administration",
  "regime",
  "organization",
  "organisation",
  "movement",
  "group",
  "militia",
  "party",
  "ministry",
  "army",
  "military",
  "police",
  "court",
  "office",
  "department",
  "committee",
  "council",
  "commission",
  "board",
  "panel",
  "union",
  "coalition",
  "alliance",
  "front",
  "team",
  "staff",
  "authorities",
  "leadership",
  "university",
  "college",
  "school",
  "hospital",
  "company",
  "firm",
  "bank",
  "agency",
  "embassy",
  "consulate",
  "network",
  "league",
  "federation",
  "foundation",
  "institute",
  "association",
  "club",
  "church",
  "mosque",
  "city",
  "county",
  "state",
]);

const TITLE_HEADS = new Set([
  "secretary",
  "minister",
  "chief",
  "head",
  "chairman",
  "director",
  "commander",
  "chief-of-staff",
]);
const TITLE_TAILS = new Set([
  "state",
  "staff",
  "defense",
  "defence",
  "justice",
  "commerce",
  "energy",
  "labor",
  "labour",
  "treasury",
  "health",
]);

const PREPOSITIONS = new Set(["in", "from", "at", "on", "of", "for", "with", "inside", "near"]);

/**
 * "The Syrian National Coalition", "Iranian Foreign Ministry": capitalised role words between two name runs
 * belong to one organisation name when the run ends in an organisation head (Coalition, Ministry, …).
 */
function mergeOrganisationRuns(tk: { surface: string[]; lower: string[] }, runs: [number, number][]): void {
  for (let r = runs.length - 1; r > 0; r--) {
    const right = runs[r] as [number, number];
    const left = runs[r - 1] as [number, number];
    if (!ORG_HEADS.test(tk.surface[right[1]] ?? "")) continue;
    let capitalisedBetween = true;
    for (let i = left[1] + 1; i < right[0]; i++)
      if (!isCapitalized(tk.surface[i] ?? "")) capitalisedBetween = false;
    if (!capitalisedBetween) continue;
    runs.splice(r - 1, 2, [left[0], right[1]]);
  }
  // "the Department of Homeland Security", "the Ministry of Foreign Affairs and Trade": an organisation's
  // head and its "of" phrase are one name, not a person of the organisation after "of".
  for (let r = 0; r < runs.length; r++) {
    const left = runs[r] as [number, number];
    const head = tk.surface[left[1]] ?? "";
    if (!headsOrganisationOf(head) || tk.lower[left[1] + 1] !== "of") continue;
    let a = left[1] + 2;
    if (tk.lower[a] === "the") a++;
    if (!isCapitalized(tk.surface[a] ?? "") || TITLE_AFTER_NAME.test(tk.surface[a] ?? "")) continue;
    // ("the Department of Homeland Security": capitalised role words go on with the name; a title after
    // it is the next name's, "Bank of America CEO Brian Moynihan".)
    let end = a;
    while (isCapitalized(tk.surface[end + 1] ?? "") && !TITLE_AFTER_NAME.test(tk.surface[end + 1] ?? ""))
      end++;
    // ("the Ministry of Foreign Affairs and Trade", "the Department of Health and Human Services": a
    // portfolio after "and" is the name's; a name after "and" is another's, "the Bank of England and
    // Barclays".)
    // (Only at the end of the name: "the Department of Labor and Education Secretary John King", "the Bank
    // of Japan and Finance Ministry" are two; a portfolio of two words is one before a title, "the
    // Department of Housing and Urban Development Secretary Ben Carson".)
    while (/^(?:and|&)$/.test(tk.lower[end + 1] ?? "") && PORTFOLIO_WORDS.test(tk.surface[end + 2] ?? "")) {
      let e = end + 2;
      while (PORTFOLIO_WORDS.test(tk.surface[e + 1] ?? "")) e++;
      const next = tk.surface[e + 1] ?? "";
      if (isWord(next) && !(e > end + 2 && TITLE_AFTER_NAME.test(next))) break;
      end = e;
    }
    // ("The Supreme Court of Israel", "the Republican Party of Texas": capitalised words before the head;
    // not a title opening the phrase, "Former Office of Government Ethics director".)
    let start = left[0];
    while (
      start > 0 &&
      isCapitalized(tk.surface[start - 1] ?? "") &&
      tk.lower[start - 1] !== "the" &&
      !TITLE_OPENERS.test(tk.surface[start - 1] ?? "")
    )
      start--;
    const first = runs.findIndex((x) => x[1] >= start);
    let last = first;
    while (last < runs.length && (runs[last] as [number, number])[0] <= end) last++;
    runs.splice(first, last - first, [start, end]);
    r = first;
  }
}

/** An anonymous spokesperson for a named body: "A spokeswoman for the", "a senior spokesman for". */
const SPOKESMAN_FOR =
  /^(?:(?:[Aa]n?|[Tt]he|[Aa]nother)\s+)?(?:(?:senior|chief|deputy|top|official|principal|lead|main|new|acting|military|press)\s+)?(?:spokes(?:man|woman|person|men|women|people))\s+for\s+(?:the\s+)?(?=\p{Lu})/u;

/** Portfolios that are also role words ("Interior Minister"), named before "Ministry", "Department" or "Office". */
const PORTFOLIO_BEFORE_HEAD =
  /^(?:Interior|Foreign|Defen[cs]e|Justice|Finance|Health|Education|Energy|Economy|Trade|Home|State|War|Labou?r|Treasury|Information|Culture|Transport|Agriculture|Environment)$/;

/** The words of a ministry's or a board's portfolio, which "and" joins inside one name. */
const PORTFOLIO_WORDS =
  /^(?:Trade|Development|Industry|Commerce|Technology|Society|Culture|Tourism|Sports?|Planning|Investment|Energy|Environment|Justice|Security|Welfare|Labou?r|Research|Innovation|Infrastructure|Transport(?:ation)?|Agriculture|Fisheries|Finance|Education|Health|Human|Services|Urban|Rural|Science|Information|Communications?|Youth|Family|Social|Affairs|Housing|Water|Resources|Mines|Forestry|Defen[cs]e|Interior|Immigration|Customs|Revenue|Economy|Heritage|Arts|Endowments|Protection|Enforcement|Explosives|Firearms|Prevention|Reconstruction|Cooperation|Integration|Emergencies)$/;

/**
 * Do the tokens from `start` to the end name an organisation by its head and an "of" phrase at `ofAt`:
 * capitalised words before "of" ending in an organisation's head, capitalised words (joined by "and" or
 * "&") after it, to the end?
 */
function orgNamedWithOf(tk: Tokens, start: number, ofAt: number, words: SpeakerWords): boolean {
  const head = tk.surface[ofAt - 1] ?? "";
  if (!headsOrganisationOf(head)) return false;
  for (let i = start; i < ofAt; i++) if (!isCapitalized(tk.surface[i] ?? "")) return false;
  let k = ofAt + 1;
  if (tk.lower[k] === "the") k++;
  if (k >= tk.length) return false;
  for (; k < tk.length; k++) {
    const s = tk.surface[k] ?? "";
    const joiner = (s === "and" || s === "&") && k + 1 < tk.length && k > ofAt + 1;
    if (!isCapitalized(s) && !joiner && !words.nameParticles.has(tk.lower[k] ?? "")) return false;
  }
  return true;
}

/** The people of a body who speak for it ("Officials of the PFLP–GC"); not "Critics of Hamas". */
const MEMBER_NOUNS =
  /^(?:officials|leaders|members|representatives|spokesmen|spokespeople|commanders|delegates|envoys|diplomats|ministers)$/;

/** Words of an institution before a title ("Army Major", "District Judge", "Air Force Marshal"). */
const INSTITUTION_WORDS =
  /^(?:Army|Navy|Air|Force|Marine|Marines|Police|Military|Court|District|Circuit|Appeals|Federal|Supreme|Superior|High|County|State|City|Royal|Field|Sergeant|Provost)$/;

const STATE_OF =
  /^(?:[Tt]he\s+)?((?:(?:Islamic|People['’]s|Federal|Democratic|Arab|Socialist|United)\s+)*(?:Government|Republic|Kingdom|State|Emirate|Sultanate)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;

/** "University of California", "House of Representatives": an organisation named with its "of" phrase. */
function namedWithOf(name: string): boolean {
  const m = /^(?:\S+\s+)*?(\S+)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(name);
  return m !== null && headsOrganisationOf(m[1] as string);
}

/** Titles written after an organisation's name, before a person's ("Bank of America CEO Brian Moynihan"). */
const TITLE_AFTER_NAME =
  /^(?:President|CEO|Chairman|Chairwoman|Chair|Secretary|Director|Agent|Special|Spokesman|Spokeswoman|Spokesperson|Head|Chief|Minister|Commissioner|Administrator|Governor|Chancellor|Provost|Dean|Professor|Official|Officials|Leader|Leaders|Member|Members|Deputy|Assistant|Senior|Acting|General|Counsel|Inspector|Ambassador|Envoy)$/;

/** Titles that open a phrase before an organisation's name ("Former Office of Government Ethics director"). */
const TITLE_OPENERS = /^(?:Former|Acting|Interim|Deputy|Senior|Then|Ex|Outgoing|Incoming|Current)$/;

/** Title words that are also surnames ("Peter King", "John Major"). */
const SURNAME_TITLES = /^(?:King|Major|Marshal|Judge)$/;

/** Courtesy titles: part of how a name is written, not a role. */
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "messrs", "mme"]);

interface Named {
  id: string;
  actor: Actor;
}

/** Non-empty, only a–z and 0–9 in words joined by single spaces, no space at either end. */
function isPlainFold(folded: string): boolean {
  if (folded.length === 0) return false;
  let previousSpace = true;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) previousSpace = false;
    else return false;
  }
  return !previousSpace;
}

/** A readable id: the folded name with hyphens, in whatever script it is written (Иван Петров → иван-петров). */
export function slug(name: string): string {
  return slugOfFolded(foldName(name));
}

/** The slug of a name already folded: `ensure` has the fold in hand, and folding twice costs a lookup. */
function slugOfFolded(folded: string): string {
  // Folded names are mostly plain lower-case ASCII words between single spaces: their slug is the same
  // words between hyphens, with no regex to run.
  if (isPlainFold(folded)) return folded.replaceAll(" ", "-");
  const s = folded.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return s || "actor";
}

export function resolveSpeakers(
  text: string,
  drafts: readonly StatementDraft[],
  words: SpeakerWords,
  /** What a name is known to be (the actor dictionary), when the text alone does not say. */
  knownType: (name: string) => ActorType | null = () => null,
): SpeakerActors {
  const known = (name: string) => knownType(name) !== null;
  const byKey = new Map<string, Named>();
  const actors: Actor[] = [];
  const speakerOf: (string | null)[] = new Array(drafts.length).fill(null);
  const ids = new Set<string>();
  const suffixes = new Map<string, number>();
  /** Full names by their last word, so that a surname links in constant time. */
  const bySurname = new Map<string, Named>();
  /** Mentions by position, for pronoun resolution. */
  const timeline: { at: number; actor: Actor }[] = [];

  const ensure = (written: string, type: ActorType, alias: string): Named => {
    // A name hard-wrapped over two lines ("the Syrian⏎National Coalition") is one name.
    const name = written.replace(/\s+/g, " ");
    const key = foldName(name);
    let n = byKey.get(key);
    if (!n) {
      // A surname or single name links to a fuller name seen before ("Qassim" after "Na'im Qassim").
      // The folded words are split by single spaces: the last space says where the surname starts.
      const lastSpace = key.lastIndexOf(" ");
      if (lastSpace === -1 && type !== "group") {
        const other = bySurname.get(key);
        if (other && other.actor.type === "person") n = other;
      }
      if (!n) {
        // A counter per slug: trying -2, -3, … in turn would be quadratic in the number of namesakes.
        const base = slugOfFolded(key);
        let id = base;
        if (ids.has(id)) {
          let i = (suffixes.get(base) ?? 1) + 1;
          while (ids.has(`${base}-${i}`)) i++;
          suffixes.set(base, i);
          id = `${base}-${i}`;
        }
        ids.add(id);
        const actor: Actor = { id, name, type, aliases: [], known: false, affiliations: [], mentions: [] };
        actors.push(actor);
        n = { id, actor };
        // The first full name introduced with a surname is the one a later bare surname means.
        if (lastSpace !== -1) {
          const surname = key.slice(lastSpace + 1);
          if (!bySurname.has(surname)) bySurname.set(surname, n);
        }
      }
      byKey.set(key, n);
    }
    if (!n.actor.aliases.includes(alias)) n.actor.aliases.push(alias);
    if (n.actor.type === "unknown" && type !== "unknown") n.actor.type = type;
    return n;
  };

  const hints: { actor: Actor; role: string; before: Span }[] = [];
  const headStart = (i: number) => drafts[i]?.speakerHead?.[0] ?? -1;
  const order = drafts.map((_, i) => i).filter((i) => headStart(i) !== -1);
  order.sort((a, b) => headStart(a) - headStart(b));
  // Named speakers first, so that pronouns can look back at every one of them.
  const pronouns: number[] = [];
  /** Gender where the text shows it (Mrs., spokeswoman, a first name), so that "she" skips a man. */
  const gender = new Map<Actor, "f" | "m">();
  const genderChecked = new Set<Actor>();
  /** Speakers known to be no person ("Verizon said …"): "he" and "she" never stand for them. */
  const notPerson = new Set<Actor>();
  for (const i of order) {
    const d = drafts[i] as StatementDraft;
    const head = d.speakerHead as Span;
    // A head longer than every pronoun is no pronoun: most heads are names, and need no lower-casing here.
    if (
      head[1] - head[0] <= longestPronoun(words) &&
      words.pronouns.has(subjectPronoun(text.slice(head[0], head[1]).toLowerCase()))
    ) {
      pronouns.push(i);
      continue;
    }
    const parsed = parseSpeakerPhrase(text, head, d.speakerSpan, words, known);
    if (!parsed) continue;
    const named = ensure(parsed.name, parsed.type, parsed.nameText);
    if (!genderChecked.has(named.actor)) {
      genderChecked.add(named.actor);
      const known = named.actor.type === "unknown" ? knownType(parsed.name) : named.actor.type;
      if (known && known !== "person") notPerson.add(named.actor);
      const g = genderOf(
        text.slice(d.speakerSpan?.[0] ?? head[0], d.speakerSpan?.[1] ?? head[1]),
        parsed.name,
        words,
      );
      if (g) gender.set(named.actor, g);
    }
    named.actor.mentions.push(parsed.nameSpan);
    timeline.push({ at: parsed.nameSpan[0], actor: named.actor });
    speakerOf[i] = named.id;
    if (parsed.companion) {
      const c = ensure(parsed.companion.name, parsed.companion.type, parsed.companion.name);
      c.actor.mentions.push(parsed.companion.span);
    }
    if (parsed.org) {
      const org = ensure(parsed.org.name, parsed.org.type, parsed.org.name);
      org.actor.mentions.push(parsed.org.span);
      addAffiliation(named.actor.affiliations, { actor: org.id, role: parsed.role });
    }
    // A role with no organisation named ("Syrian journalist") waits for the actor dictionary, which knows
    // what to affiliate it with; an affiliation of an actor with itself would mean nothing to an analyst.
    else if (parsed.role && d.speakerSpan && d.speakerSpan[0] < parsed.nameSpan[0])
      hints.push({ actor: named.actor, role: parsed.role, before: [d.speakerSpan[0], parsed.nameSpan[0]] });
  }
  linkEarlierSurnames(byKey, bySurname, actors, speakerOf, timeline);
  // People the text names without quoting them ("Bassil did not close the door. … he said …") are
  // candidates for a later pronoun too; they become actors only if a pronoun resolves to them.
  const pending = new Map<Actor, PersonCandidate>();
  if (pronouns.length > 0) {
    // Only "he" and "she" stand for a person; "they", "it", "I" and "we" need no scan.
    const windows: number[] = [];
    for (const i of pronouns) {
      const head = drafts[i]?.speakerHead as Span;
      const p = subjectPronoun(text.slice(head[0], head[1]).toLowerCase());
      if (p === "he" || p === "she") windows.push(head[0]);
    }
    for (const c of personCandidates(text, words, windows)) {
      const existing = byKey.get(foldName(c.name));
      const actor: Actor = existing?.actor ?? {
        id: "",
        name: c.name,
        type: "person",
        aliases: [],
        known: false,
        affiliations: [],
        mentions: [],
      };
      if (!existing) pending.set(actor, c);
      timeline.push({ at: c.at, actor });
      if (c.gender && !gender.has(actor)) gender.set(actor, c.gender);
    }
  }
  const realised = new Map<Actor, Actor>();
  timeline.sort((a, b) => a.at - b.at);
  for (const i of pronouns) {
    const d = drafts[i] as StatementDraft;
    const head = d.speakerHead as Span;
    const lower = subjectPronoun(text.slice(head[0], head[1]).toLowerCase());
    let actor: Actor | null = null;
    if ((lower === "who" || lower === "which") && d.antecedent) {
      const parsed = parseSpeakerPhrase(text, d.antecedent, d.antecedent, words, known);
      if (parsed) actor = ensure(parsed.name, parsed.type, parsed.nameText).actor;
    } else {
      const wanted = lower === "she" ? "f" : lower === "he" ? "m" : null;
      const fits = (a: Actor) => {
        const g = gender.get(a);
        if (wanted !== null && notPerson.has(a)) return false;
        return wanted === null || g === undefined || g === wanted;
      };
      const found = mostRecentEntry(timeline, head[0], words.pronouns.get(lower) ?? "any", fits);
      actor = found?.actor ?? null;
      if (found && wanted !== null) {
        // "Abbas Kamel met Ismail Haniyeh in Cairo. He told reporters …": a "he" that opens a sentence
        // goes on with the subject of the sentence before, the first person it names.
        const subject =
          subjectOfSentenceBefore(text, timeline, head[0], fits) ??
          subjectOfClauseBefore(text, timeline, head[0], fits);
        if (subject) actor = subject.actor;
        else {
          // "Erdogan said that he was ready to meet Bashar al-Assad. He added …": a person named inside
          // the last statement's content is what it was about; "He" goes on with its speaker.
          const previous = previousSpeakerAround(drafts, i, found.at, speakerOf, actors);
          if (previous && fits(previous) && previous.type === "person") actor = previous;
        }
      }
      // What "she" or "he" once stood for keeps that gender for the pronouns after it.
      if (actor && wanted && !gender.has(actor)) gender.set(actor, wanted);
      const candidate = actor ? pending.get(actor) : undefined;
      if (actor && candidate) {
        // A named person becomes an actor the first time a pronoun stands for them.
        let real = realised.get(actor);
        if (!real) {
          real = ensure(candidate.name, "person", candidate.name).actor;
          real.mentions.push(candidate.span);
          const g = gender.get(actor);
          if (g && !gender.has(real)) gender.set(real, g);
          realised.set(actor, real);
        }
        actor = real;
      }
    }
    if (!actor) continue;
    actor.mentions.push(head);
    speakerOf[i] = actor.id;
  }
  addNameOccurrences(text, actors);
  for (const a of actors) {
    // Most actors' mentions arrive in order and without repeats: then there is nothing to sort or drop.
    if (inStrictOrder(a.mentions)) continue;
    a.mentions.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    a.mentions = a.mentions.filter(
      (m, k) => k === 0 || m[0] !== a.mentions[k - 1]?.[0] || m[1] !== a.mentions[k - 1]?.[1],
    );
  }
  const kept = new Set(actors);
  const roleHints = hints
    .filter((h) => kept.has(h.actor))
    .map((h) => ({ actor: h.actor.id, role: h.role, before: h.before }));
  return { actors, roleHints, speakerOf };
}

const longestPronouns = new WeakMap<SpeakerWords, number>();

/** An owner's pronoun speaks as its subject form ("his call for …" is his): "his" → "he". */
const SUBJECT_OF_POSSESSIVE = new Map([
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
  ["its", "it"],
  ["our", "we"],
  ["my", "i"],
]);

function subjectPronoun(lower: string): string {
  return SUBJECT_OF_POSSESSIVE.get(lower) ?? lower;
}

/** The length of the longest pronoun, once per word list. */
function longestPronoun(words: SpeakerWords): number {
  let longest = longestPronouns.get(words);
  if (longest === undefined) {
    longest = 0;
    for (const p of words.pronouns.keys()) longest = Math.max(longest, p.length);
    longestPronouns.set(words, longest);
  }
  return longest;
}

/** Are the spans sorted by start, then end, with no span twice? */
function inStrictOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) {
    const p = spans[k - 1] as Span;
    const c = spans[k] as Span;
    if (p[0] > c[0] || (p[0] === c[0] && p[1] >= c[1])) return false;
  }
  return true;
}

/**
 * "“…,” Qassim said. Hizbullah deputy secretary-general Na'im Qassim said …": a bare surname that came
 * before the full name was introduced is the same person. Merges it into the full name's actor.
 */
function linkEarlierSurnames(
  byKey: Map<string, Named>,
  bySurname: Map<string, Named>,
  actors: Actor[],
  speakerOf: (string | null)[],
  timeline: { at: number; actor: Actor }[],
): void {
  const merged = new Map<Actor, Actor>();
  for (const [key, n] of byKey) {
    if (key.includes(" ") || n.actor.type === "group" || n.actor.type === "organization") continue;
    const full = bySurname.get(key);
    if (!full || full.actor === n.actor || full.actor.type !== "person") continue;
    merged.set(n.actor, full.actor);
    byKey.set(key, full);
  }
  if (merged.size === 0) return;
  const idMap = new Map<string, string>();
  for (const [from, to] of merged) {
    for (const m of from.mentions) to.mentions.push(m);
    for (const a of from.aliases) if (!to.aliases.includes(a)) to.aliases.push(a);
    for (const f of from.affiliations) addAffiliation(to.affiliations, f);
    idMap.set(from.id, to.id);
  }
  for (let i = 0; i < speakerOf.length; i++) {
    const id = speakerOf[i];
    if (id) speakerOf[i] = idMap.get(id) ?? id;
  }
  for (const t of timeline) t.actor = merged.get(t.actor) ?? t.actor;
  const kept = actors.filter((a) => !merged.has(a));
  actors.length = 0;
  for (const a of kept) {
    // Affiliations follow the merge too, and an actor is never affiliated with itself.
    const renamed: Affiliation[] = [];
    for (const f of a.affiliations) {
      const actor = idMap.get(f.actor) ?? f.actor;
      if (actor !== a.id) addAffiliation(renamed, { actor, role: f.role });
    }
    a.affiliations = renamed;
    actors.push(a);
  }
}

function addAffiliation(list: Affiliation[], a: Affiliation): void {
  if (!list.some((x) => x.actor === a.actor && x.role === a.role)) list.push(a);
}

interface PersonCandidate {
  at: number;
  name: string;
  span: Span;
  gender: "f" | "m" | null;
}

const NAME_RUN =
  /(?:[\p{Lu}][\p{L}'’-]+|al-[\p{L}'’-]+|bin|ibn|Abu|Umm)(?:[ \u00a0]+(?:[\p{Lu}][\p{L}'’-]+|al-[\p{L}'’-]+|bin|ibn|Abu|Umm)){0,5}/gu;

/**
 * Names of people in the text, whether quoted or not: a run of capitalised words that starts with a known
 * first name or follows a title or role word ("Prime Minister Mohammed Shia' al-Sudani", "Mr. Bassil"),
 * and later surname-only mentions of them ("Bassil did not close the door").
 */
function personCandidates(
  text: string,
  words: SpeakerWords,
  pronounsAt: readonly number[],
): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  const surnames = new Map<string, PersonCandidate>();
  // Only the stretch of text before each pronoun can hold its antecedent: scan those stretches, merged.
  const starts = [...pronounsAt].sort((a, b) => a - b);
  let scanned = 0;
  for (const p of starts) {
    const from = Math.max(scanned, p - CANDIDATE_WINDOW);
    if (from >= p) continue;
    scanCandidates(text, from, p, words, surnames, out);
    scanned = p;
  }
  return out;
}

/** How far before a pronoun its antecedent is looked for, in characters. */
const CANDIDATE_WINDOW = 400;

function scanCandidates(
  text: string,
  from: number,
  to: number,
  words: SpeakerWords,
  surnames: Map<string, PersonCandidate>,
  out: PersonCandidate[],
): void {
  // On the stretch alone, so that a search never runs on past it.
  const stretch = text.slice(from, to);
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(stretch); m !== null; m = NAME_RUN.exec(stretch)) {
    let at = from + m.index;
    const run = m[0];
    // Most runs are one capitalised word: only a surname of someone named before can make it a candidate.
    if (run.indexOf(" ") === -1 && run.indexOf("\u00a0") === -1) {
      if (surnames.size === 0) continue;
      // Without an apostrophe the replacements below change nothing.
      const lowerRun = run.toLowerCase();
      const known = surnames.get(
        lowerRun.indexOf("'") === -1 && lowerRun.indexOf("’") === -1
          ? lowerRun
          : lowerRun.replace(/['’]s?$/, "").replace(/['’]/g, ""),
      );
      if (known && !(at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? ""))) out.push({ ...known, at });
      continue;
    }
    // Only at the start of a word.
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) continue;
    let parts = m[0].replace(/['’]s$/, "").split(/[ \u00a0]+/);
    // "Prime Minister Mohammed Shia' al-Sudani": leading titles are not the name, but say it is a person.
    let titled = false;
    while (parts.length > 1 && words.roleWords.has((parts[0] ?? "").toLowerCase())) {
      at += (parts[0] ?? "").length;
      while (at < text.length && (text[at] === " " || text[at] === "\u00a0")) at++;
      parts = parts.slice(1);
      titled = true;
    }
    const first = (parts[0] ?? "").toLowerCase().replace(/['’]/g, "");
    if (parts.length === 1) {
      const known = surnames.get(first);
      if (known) out.push({ ...known, at });
      continue;
    }
    const before = titled ? "" : wordBefore(text, at);
    const female = words.femaleFirstNames.has(first) || words.femaleWords.has(before);
    const male = words.maleFirstNames.has(first) || words.maleWords.has(before);
    // Role words include the "of" and "the" of multi-word roles ("secretary of state"): those say nothing
    // about the name after them ("the Islamic Republic" is no person).
    const roleBefore =
      words.roleWords.has(before) && !words.determiners.has(before) && before !== "of" && before !== "de";
    if (!female && !male && !titled && !roleBefore) continue;
    const name = parts.join(" ");
    if (text.slice(at, at + name.length) !== name) continue;
    if (parts.some((p) => words.stopWords.has(p.toLowerCase())) || ORG_HEADS.test(name) || MEDIA.test(name))
      continue;
    const c: PersonCandidate = {
      at,
      name,
      span: [at, at + name.length],
      gender: female ? "f" : male ? "m" : null,
    };
    out.push(c);
    surnames.set((parts[parts.length - 1] ?? "").toLowerCase().replace(/['’]/g, ""), c);
  }
}

/** The lower-cased word (and its period) that ends right before `at`, skipping one run of spaces. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\u00a0")) end--;
  let start = end;
  while (start > 0 && end - start < 20 && /[\p{L}]/u.test(text[start - 1] ?? "")) start--;
  return text.slice(start, end).toLowerCase();
}

/** The gender a speaker phrase shows: a title or role word (Mrs., spokeswoman, Sheikh), else a first name. */
function genderOf(phrase: string, name: string, words: SpeakerWords): "f" | "m" | null {
  for (const w of phraseWords(phrase.toLowerCase())) {
    if (words.femaleWords.has(w)) return "f";
    if (words.maleWords.has(w)) return "m";
  }
  // The first word, as `split(/\s+/)[0]` gives it.
  const lowerName = name.toLowerCase();
  const space = lowerName.search(/\s/);
  const first = (space === -1 ? lowerName : lowerName.slice(0, space)).replace(/^['’]/, "");
  if (words.femaleFirstNames.has(first)) return "f";
  if (words.maleFirstNames.has(first)) return "m";
  return null;
}

/**
 * `s.split(/[^\p{L}'’-]+/u)`, empty words at the ends included, by a scan over code points: the regex
 * split cost more than the look-ups that follow it.
 */
export function phraseWords(s: string): string[] {
  const out: string[] = [];
  let wordStart = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) as number;
    if (isPhraseWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    out.push(s.slice(wordStart, i));
    // Past the whole run of separators.
    i += cp > 0xffff ? 2 : 1;
    while (i < s.length) {
      const c = s.codePointAt(i) as number;
      if (isPhraseWordChar(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    wordStart = i;
  }
  out.push(s.slice(wordStart));
  return out;
}

const LETTER = /\p{L}/u;

/** A character of a word for phraseWords: a letter, an apostrophe or a hyphen ([\p{L}'’-]). */
function isPhraseWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 39 || cp === 45;
  return cp === 0x2019 || LETTER.test(String.fromCodePoint(cp));
}

/** How far back (in actor mentions) a pronoun looks for its antecedent. */
const PRONOUN_LOOKBACK = 30;

/**
 * The speaker of the statement before draft i whose content holds offset `at`, if that statement ends
 * before draft i's speaker: the one the text was quoting when it named the person at `at`.
 */
function previousSpeakerAround(
  drafts: readonly StatementDraft[],
  i: number,
  at: number,
  speakerOf: readonly (string | null)[],
  actors: readonly Actor[],
): Actor | null {
  for (let j = i - 1; j >= 0 && i - j <= 6; j--) {
    const d = drafts[j] as StatementDraft;
    if (!d.contentSpans.some(([a, b]) => a <= at && at < b)) continue;
    const id = speakerOf[j];
    return id ? (actors.find((a) => a.id === id) ?? null) : null;
  }
  return null;
}

/**
 * When the pronoun at `at` opens a sentence in the same paragraph as the one before it: that sentence's
 * first fitting person in the timeline (its subject, more often than the last name it holds), or null.
 */
function subjectOfSentenceBefore(
  text: string,
  timeline: readonly { at: number; actor: Actor }[],
  at: number,
  fits: (actor: Actor) => boolean,
): { at: number; actor: Actor } | null {
  let e = at - 1;
  while (e >= 0 && (text[e] === " " || text[e] === "\u00a0")) e--;
  if (e < 0 || !/[.!?”"]/.test(text[e] as string)) return null;
  // The sentence before: back to the end of the one before it, within the paragraph and 400 characters.
  let start = e - 1;
  for (; start > 0 && e - start < 400; start--) {
    const c = text[start - 1] as string;
    if (c === "\n") break;
    if (/[.!?]/.test(c) && /\s/.test(text[start] as string) && /[A-Z“"]/.test(text[start + 1] ?? "")) break;
  }
  if (e - start >= 400) return null;
  return firstPersonIn(timeline, start, e, fits);
}

/** The first fitting person (or actor of unknown type) mentioned in [start, end). */
function firstPersonIn(
  timeline: readonly { at: number; actor: Actor }[],
  start: number,
  end: number,
  fits: (actor: Actor) => boolean,
): { at: number; actor: Actor } | null {
  // The first entry at or after `start`, by binary search: a document may hold a million of them.
  for (let k = firstAtOrAfter(timeline, start, (t) => t.at); k < timeline.length; k++) {
    const entry = timeline[k] as { at: number; actor: Actor };
    if (entry.at >= end) break;
    if ((entry.actor.type === "person" || entry.actor.type === "unknown") && fits(entry.actor)) return entry;
  }
  return null;
}

/**
 * "Le Drian met Miqati and Berri in Beirut, and he urged Hizbullah …": a "he" opening a clause joined by
 * "and" or "but" goes on with the subject of the clause before, the sentence's first person.
 */
function subjectOfClauseBefore(
  text: string,
  timeline: readonly { at: number; actor: Actor }[],
  at: number,
  fits: (actor: Actor) => boolean,
): { at: number; actor: Actor } | null {
  const before = text.slice(Math.max(0, at - 8), at);
  if (!/(?:^|\W)(?:and|but)\s+$/.test(before)) return null;
  let start = at - 1;
  for (; start > 0 && at - start < 400; start--) {
    const c = text[start - 1] as string;
    if (c === "\n") break;
    if (/[.!?]/.test(c) && /\s/.test(text[start] as string)) break;
  }
  if (at - start >= 400) return null;
  return firstPersonIn(timeline, start, at, fits);
}

function mostRecentEntry(
  timeline: readonly { at: number; actor: Actor }[],
  before: number,
  num: string,
  fits: (actor: Actor) => boolean = () => true,
): { at: number; actor: Actor } | null {
  if (num === "any") return null;
  // Binary search for the last mention before the pronoun; then a bounded look back.
  const lo = firstAtOrAfter(timeline, before, (t) => t.at);
  for (let k = lo - 1; k >= 0 && lo - k <= PRONOUN_LOOKBACK; k--) {
    const type = (timeline[k] as { actor: Actor }).actor.type;
    const actor = (timeline[k] as { actor: Actor }).actor;
    if (!fits(actor)) continue;
    const entry = timeline[k] as { at: number; actor: Actor };
    // A bare surname the text never typed ("Hunter said") is most often a person.
    if (num === "singular" && (type === "person" || type === "unknown")) return entry;
    if (num === "plural" && (type === "group" || type === "organization" || type === "state")) return entry;
    if (num === "neuter" && (type === "organization" || type === "media" || type === "state")) return entry;
  }
  return null;
}

const FEW_ACTORS = 24;

/** The first two white-space separated words of `s` from `at` (or the one word of a one-word name). */
function leadKey(s: string, at: number): string {
  const first = s.indexOf(" ", at);
  if (first === -1 || first - at > 40) return bareWordAt(s.slice(at, at + 40));
  const second = s.indexOf(" ", first + 1);
  const end = second === -1 ? Math.min(s.length, first + 41) : Math.min(second, first + 41);
  // "Na'im Qassim," in the text keys like the name "Na'im Qassim".
  return `${s.slice(at, first)} ${bareWordAt(s.slice(first + 1, end))}`;
}

function bareWordAt(word: string): string {
  return /^[\p{L}\p{N}'’.&–-]*[\p{L}\p{N}]/u.exec(word)?.[0] ?? word;
}

function addOccurrencesOf(text: string, actor: Actor): void {
  const name = actor.name;
  if (name.length < 3 || !isCapitalized(name)) return;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? " "))
      continue;
    actor.mentions.push([at, at + name.length]);
  }
}

/**
 * Every further occurrence of each actor's full name in the text, on word boundaries. One pass over the
 * capitalised words of the text, whatever the number of actors (a long document can have thousands).
 */
function addNameOccurrences(text: string, actors: readonly Actor[]): void {
  // A handful of actors: a few indexOf scans are fastest. Many: one pass over the capitalised words.
  if (actors.length <= FEW_ACTORS) {
    for (const a of actors) addOccurrencesOf(text, a);
    return;
  }
  // Keyed by the first two words, so that 20,000 "John …" do not all compete at every "John"; and within
  // a key, by the names' lengths, so that 20,000 "Popular Front …" cost a few lookups, not 20,000.
  const byName = new Map<string, Actor[]>();
  const lengthsByLead = new Map<string, number[]>();
  for (const a of actors) {
    if (a.name.length < 3 || !isCapitalized(a.name)) continue;
    const namesakes = byName.get(a.name);
    if (namesakes) {
      namesakes.push(a);
      continue;
    }
    byName.set(a.name, [a]);
    const key = leadKey(a.name, 0);
    const lengths = lengthsByLead.get(key);
    if (!lengths) lengthsByLead.set(key, [a.name.length]);
    else if (!lengths.includes(a.name.length)) lengths.push(a.name.length);
  }
  if (byName.size === 0) return;
  // Every name is at least three characters long: a word whose first two characters begin no name is
  // passed over before any key is built for it.
  const openings = new Set<number>();
  for (const name of byName.keys()) openings.add(name.charCodeAt(0) * 65536 + name.charCodeAt(1));
  const word = /[\p{Lu}][^\s]*/gu;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const at = m.index;
    if (!openings.has(text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1))) continue;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) continue;
    // A one-word name may be followed by punctuation in the text ("Hamas," "Hamas’s").
    const lengths = lengthsByLead.get(leadKey(text, at)) ?? lengthsByLead.get(bareWordAt(m[0]));
    if (!lengths) continue;
    for (const length of lengths) {
      const found = byName.get(text.slice(at, at + length));
      if (!found) continue;
      if (/[\p{L}\p{N}]/u.test(text[at + length] ?? " ")) continue;
      for (const actor of found) actor.mentions.push([at, at + length]);
    }
  }
}

interface ParsedSpeaker {
  name: string;
  nameText: string;
  nameSpan: Span;
  type: ActorType;
  role: string | null;
  org: { name: string; span: Span; type: ActorType } | null;
  /** A name coordinated before the speaker's ("Netanyahu and Gantz said"): an actor, no organisation. */
  companion?: { name: string; span: Span; type: ActorType };
}

/** Name, role and organisation from a speaker phrase ("Hizbullah deputy secretary-general Na'im Qassim"). */
/** A group named by the words the text names it with ("Several of them", "One in five voters"). */
function groupNamedAs(text: string, span: Span): ParsedSpeaker {
  const name = text.slice(span[0], span[1]);
  return { name, nameText: name, nameSpan: span, type: "group", role: null, org: null };
}

const QUANTIFIER_HEAD =
  /^(?:both|another|each|either|neither|several|many|most|some|all|few|others?|dozens|hundreds|thousands|millions|scores)$/i;

export function parseSpeakerPhrase(
  text: string,
  head: Span,
  full: Span | null,
  words: SpeakerWords,
  /** Whether a name is the dictionary's ("Iran & Hezbollah" are two; "Marks & Spencer" one). */
  known: (name: string) => boolean = () => false,
): ParsedSpeaker | null {
  const named = namedMember(text, full ?? head);
  if (named) return parseSpeakerPhrase(text, named, named, words, known);
  // "Both leading Democratic presidential candidates", "Another, a longtime Democrat": a quantifier is no
  // name; the words after it describe the speaker.
  // ("Dozens of Hizbullah fighters", "Thousands of Palestinians": the people counted.)
  const whole = full ?? head;
  // "The Government of Iran", "the Islamic Republic of Iran": the state's own name for itself.
  const government = STATE_OF.exec(text.slice(whole[0], whole[1]));
  if (government) {
    const at = whole[1] - (government[1] as string).length;
    const name = government[1] as string;
    return { name, nameText: name, nameSpan: [at, whole[1]], type: "organization", role: null, org: null };
  }
  // "Those who disagreed": a group named by its clause.
  if (/^those$/i.test(text.slice(head[0], head[1]))) return groupNamedAs(text, whole);
  // "A spokesman for the Ministry of Defense": the body the spokesman speaks for speaks (as "a spokesman
  // for Hamas" is Hamas), not a person named "spokesman for the Ministry".
  // (Not when an appositive names the spokesman, "A spokesman for Mr. Netanyahu, Mark Regev,": the person
  // speaks, with that role; nor for a body's place, "the Israeli Embassy in Washington", which stays out.)
  const phrase = text.slice(whole[0], whole[1]);
  const spokesman = phrase.includes(",") ? null : SPOKESMAN_FOR.exec(phrase);
  if (spokesman && whole[0] + spokesman[0].length < whole[1]) {
    const place = / (?:in|at|on) /.exec(phrase.slice(spokesman[0].length));
    const body: Span = [
      whole[0] + spokesman[0].length,
      place ? whole[0] + spokesman[0].length + place.index : whole[1],
    ];
    return parseSpeakerPhrase(text, body, body, words, known);
  }
  // "Sen. Lindsey Graham from South Carolina": where the speaker is from is no part of the name.
  const from = /^(.*\p{Lu}\S*)\s+from\s+\p{Lu}[^,]*$/u.exec(text.slice(whole[0], whole[1]));
  if (from) {
    const named: Span = [whole[0], whole[0] + (from[1] as string).length];
    return parseSpeakerPhrase(text, named, named, words, known);
  }
  // "musician Alicia Keys and other speakers": the one named speaks for the rest.
  const others = /^(.+?)\s+and\s+(?:other|several|many|some)\s+[a-z]+$/.exec(text.slice(whole[0], whole[1]));
  if (others && /\p{Lu}/u.test(others[1] as string)) {
    const named: Span = [whole[0], whole[0] + (others[1] as string).length];
    return parseSpeakerPhrase(text, named, named, words, known);
  }
  // "Several of Sadr's aides", "Some of Netanyahu's ministers": a part of the group is the group's, unless
  // an appositive names the members (descriptorThenName); "Several of them" is named as written.
  const partOf = /^(?:one|two|three|four|five|several|some|many|most|all|few|both|each|none)\s+of\s+/i.exec(
    text.slice(whole[0], whole[1]),
  );
  if (partOf && (!full || full[1] <= head[1]) && whole[0] + partOf[0].length < whole[1]) {
    const rest: Span = [whole[0] + partOf[0].length, whole[1]];
    const restText = text.slice(rest[0], rest[1]);
    if (/^(?:them|us|those|these|you)$/i.test(restText)) {
      return groupNamedAs(text, whole);
    }
    return parseSpeakerPhrase(text, rest, rest, words, known);
  }
  const counted = /^(\S+)\s+of\s+/.exec(text.slice(whole[0], whole[1]));
  if (counted && COUNTED.test(counted[1] as string) && whole[0] + counted[0].length < whole[1]) {
    const rest: Span = [whole[0] + counted[0].length, whole[1]];
    // ("Thousands of Netanyahu opponents": a group of their own, named as the text names it.)
    if (NOT_MEMBERS.test(/(\S+)$/.exec(text.slice(rest[0], rest[1]))?.[1] ?? "")) {
      return groupNamedAs(text, whole);
    }
    return parseSpeakerPhrase(text, rest, rest, words, known);
  }
  if (full && full[1] > head[1] && QUANTIFIER_HEAD.test(text.slice(head[0], head[1]))) {
    let s = head[1];
    while (s < full[1] && /[\s,]/.test(text[s] ?? "")) s++;
    // ("Several of Sadr's aides, including Saleh al-Iraqi": the group after "of".)
    if (text.startsWith("of ", s)) s += 3;
    if (s < full[1]) return parseSpeakerPhrase(text, [s, full[1]], [s, full[1]], words, known);
  }
  const swapped = descriptorThenName(text, head, full, words);
  if (swapped) return swapped;
  // "Rep. Earl Blumenauer (D-Ore.)": the party label is no part of the name.
  // The search needs a "(": most heads have none, and are spared the regex.
  const headText = text.slice(head[0], head[1]);
  const paren = headText.indexOf("(") === -1 ? -1 : headText.search(/\s*\([^)]*\)\s*$/);
  const name: Span = paren > 0 ? [head[0], head[0] + paren] : head;
  const tk = tokenize(text, name[0], name[1]);
  if (tk.length === 0) return null;
  const record = recordSpeaker(text, tk, words);
  if (record) return record;
  // "One in five voters", "Nearly a third", "Those surveyed": a share of those asked, named whole.
  if (SHARE.test(text.slice(name[0], name[1]))) return groupNamedAs(text, name);
  // (Two names the dictionary knows stay two: "Iran & Hezbollah"; "Marks & Spencer" is one.)
  const joinsAt = (a: number) =>
    ampersandJoins(tk.surface[a - 1] ?? "", tk.surface[a + 1] ?? "", tk.surface[a + 2] ?? "") ||
    (!known(tk.surface[a - 1] ?? "") && !known(tk.surface[a + 1] ?? ""));
  const isName = (i: number) => {
    const s = tk.surface[i] ?? "";
    const l = tk.lower[i] ?? "";
    // "'Abd al-Bari 'Atwan": the apostrophe of an ayn belongs to the name.
    if (isAynApostrophe(tk, i)) return true;
    // "Secretary of State", "Chief of Staff": the capitalised word completes a title.
    if (tk.lower[i - 1] === "of" && TITLE_HEADS.has(tk.lower[i - 2] ?? "") && TITLE_TAILS.has(l))
      return false;
    // "Jill A. Martin": a capital letter alone before a period is an initial, not the article "A".
    if (i > 0 && s.length === 1 && s >= "A" && s <= "Z" && tk.surface[i + 1] === ".") return true;
    // "Iran-backed Hamas", "Turkish-backed rebels": the modifier's name is not the speaker's.
    if (compoundModifier(s) !== null) return false;
    // "AT&T", "Texas A&M", "Peace & Justice Party": a capitalised word beside an ampersand that holds a name
    // together is a name's.
    if (isCapitalized(s) && tk.surface[i + 1] === "&" && joinsAt(i + 1)) return true;
    if (isCapitalized(s) && tk.surface[i - 1] === "&" && joinsAt(i - 1)) return true;
    // "Rep. Peter King", "Judge Rosemary Major": a title word after a given name ends a surname; not
    // after a nationality or a name the dictionary knows ("the Saudi King", "Jordan King").
    if (
      i === tk.length - 1 &&
      SURNAME_TITLES.test(s) &&
      isCapitalized(tk.surface[i - 1] ?? "") &&
      !headsOrganisationOf(tk.surface[i - 1] ?? "") &&
      !INSTITUTION_WORDS.test(tk.surface[i - 1] ?? "") &&
      !words.roleWords.has(withoutFinalDot(tk.lower[i - 1] ?? "")) &&
      !words.stopWords.has(tk.lower[i - 1] ?? "") &&
      !isDemonym(tk, [i - 1, i - 1]) &&
      !known(tk.surface[i - 1] ?? "")
    )
      return true;
    // "Officials of the PFLP–GC said": a sentence's capital on a noun of speakers is no name.
    if (i === 0 && MEMBER_NOUNS.test(l) && tk.lower[1] === "of") return false;
    // ("Younger members of the Brotherhood", "Senior officials of Fatah": nor on the word before that noun.)
    if (i === 0 && MEMBER_NOUNS.test(tk.surface[1] ?? "") && tk.lower[2] === "of" && !known(s)) return false;
    // "the Interior Ministry", "the Foreign Office": a portfolio before an organisation's head is its name's.
    if (
      isCapitalized(s) &&
      PORTFOLIO_BEFORE_HEAD.test(s) &&
      /^(?:Ministry|Department|Office)$/.test(tk.surface[i + 1] ?? "")
    )
      return true;
    return (
      (isCapitalized(s) && !words.stopWords.has(l) && !words.roleWords.has(withoutFinalDot(l))) ||
      ((words.nameParticles.has(l) || /^(?:al|el|bin|ibn|abu)[-‐]/.test(l)) && i > 0)
    );
  };
  // Runs of name tokens: [start, end] inclusive.
  const runs: [number, number][] = [];
  for (let i = 0; i < tk.length; i++) {
    if (!isName(i)) continue;
    let j = i;
    while (
      j + 1 < tk.length &&
      (isName(j + 1) ||
        // ("S&P", "AT&T", "JPMorgan Chase & Co": an ampersand between names.)
        ((tk.surface[j + 1] === "-" ||
          tk.surface[j + 1] === "." ||
          (tk.surface[j + 1] === "&" && joinsAt(j + 1)) ||
          isHamzaApostrophe(tk, j + 1)) &&
          isName(j + 2)))
    )
      j++;
    runs.push([i, j]);
    i = j;
  }
  mergeOrganisationRuns(tk, runs);
  const lastIdx = tk.length - 1;
  const headLower = tk.lower[lastIdx] ?? "";
  let last = runs[runs.length - 1];
  // "A Hamas official in Beirut", "Abu Mazen of Fatah": a name after a preposition is a place or an
  // organisation, not the speaker.
  // ("Ahmed Hassan of the Ministry of Health": an article may stand between.)
  const afterPreposition = last
    ? PREPOSITIONS.has(tk.lower[last[0] - 1] ?? "") ||
      (tk.lower[last[0] - 1] === "the" &&
        PREPOSITIONS.has(tk.lower[last[0] - 2] ?? "") &&
        tk.lower.slice(last[0], last[1] + 1).includes("of"))
    : false;
  if (last && afterPreposition) {
    const first = runs[0] as [number, number];
    const startsWithName =
      first !== last && (first[0] === 0 || (first[0] === 1 && words.determiners.has(tk.lower[0] ?? "")));
    if (startsWithName && PREPOSITIONS.has(tk.lower[first[1] + 1] ?? "")) {
      const nameSpan: Span = [tk.starts[first[0]] as number, tk.ends[first[1]] as number];
      const nameText = text.slice(nameSpan[0], nameSpan[1]);
      const orgSpan: Span = [tk.starts[last[0]] as number, tk.ends[last[1]] as number];
      const orgName = text.slice(orgSpan[0], orgSpan[1]);
      return {
        name: nameText,
        nameText,
        nameSpan,
        type: "person",
        role: null,
        org: { name: orgName, span: orgSpan, type: typeOfName(orgName, true) },
      };
    }
    last = undefined;
  }
  const appositive =
    full && full[1] > head[1] ? text.slice(head[1], full[1]).replace(/^[\s,]+|[\s,]+$/g, "") : "";
  if (last && last[1] === lastIdx && !/['’]s?$/.test(tk.surface[lastIdx] ?? "")) {
    const nameSpan: Span = [tk.starts[last[0]] as number, tk.ends[last[1]] as number];
    const nameText = text.slice(nameSpan[0], nameSpan[1]);
    const before = runs.length > 1 ? (runs[runs.length - 2] as [number, number]) : null;
    const roleFrom = before ? before[1] + 1 : 0;
    const roleTokens: string[] = [];
    for (let i = roleFrom; i < last[0]; i++) {
      const l = tk.lower[i] ?? "";
      if (
        TITLES.has(l) ||
        l === "." ||
        l === "'" ||
        l === "’" ||
        (words.determiners.has(l) && i === roleFrom)
      )
        continue;
      roleTokens.push(tk.surface[i] ?? "");
    }
    let role: string | null = roleTokens.length ? roleTokens.join(" ").replace(/ - /g, "-") : null;
    let org: ParsedSpeaker["org"] = null;
    // "Clinton ally James Carville", "Hezbollah critic X": a stance toward the name before, no role in it;
    // the relations stage reads it as one.
    const stance = role !== null && STANCE_ROLES.has(role.toLowerCase());
    if (stance) role = null;
    // "Hamas and Hizbullah said", "Sens. John Thune and Susan Collins said": two speakers side by side, the
    // first no organisation of the second's.
    const coordinated = role !== null && /^(?:and|or|&|,)(?:\s|$)/i.test(role);
    if (coordinated) role = null;
    let companion: ParsedSpeaker["companion"];
    if (before && coordinated) {
      const span: Span = [tk.starts[before[0]] as number, tk.ends[before[1]] as number];
      const name = text.slice(span[0], span[1]);
      companion = { name, span, type: typeOfName(name, false) };
    }
    if (before && !isDemonym(tk, before) && !stance && !coordinated) {
      const orgSpan: Span = [tk.starts[before[0]] as number, tk.ends[before[1]] as number];
      const orgName = text.slice(orgSpan[0], orgSpan[1]).replace(/['’]s?$/, "");
      org = {
        name: orgName,
        span: [orgSpan[0], orgSpan[0] + orgName.length],
        type: typeOfName(orgName, true),
      };
    }
    if (appositive) {
      const app = parseAppositive(appositive, words);
      if (app) {
        role = app.role ?? role;
        if (app.org) {
          const at = text.indexOf(app.org, head[1]);
          org = { name: app.org, span: [at, at + app.org.length], type: typeOfName(app.org, true) };
        }
      }
    }
    // "The Lebanese daily Al-Joumhouria", "the website Almarkazia.com": a media noun right before the name.
    const mediaBefore = MEDIA_NOUNS.has(tk.lower[last[0] - 1] ?? "");
    const type: ActorType = mediaBefore
      ? "media"
      : namedWithOf(nameText)
        ? "organization"
        : role || last[1] > last[0]
          ? ORG_HEADS.test(nameText)
            ? typeOfName(nameText, true)
            : MEDIA.test(nameText)
              ? "media"
              : "person"
          : typeOfName(nameText, false);
    // (A companion of no type of its own is taken to be of the speaker's: "Sens. John Thune and Susan Collins".)
    if (companion?.type === "unknown") companion.type = type;
    return { name: nameText, nameText, nameSpan, type, role: mediaBefore ? null : role, org, companion };
  }
  // No name: "the source", "Iranian officials", "Clinton’s campaign".
  const start = words.determiners.has(tk.lower[0] ?? "") && tk.length > 1 ? 1 : 0;
  const nameSpan: Span = [tk.starts[start] as number, tk.ends[lastIdx] as number];
  const nameText = text.slice(nameSpan[0], nameSpan[1]);
  // "A member of the Hamas leadership", "officials of the PFLP–GC": the person or group is anonymous, but the
  // phrase names the organisation it belongs to, and the noun before "of" is the role.
  // "A Hamas official in Beirut": the capitalised words before the noun name the organisation.
  const leading = runs[0];
  if (
    leading &&
    leading[0] <= start + 1 &&
    leading[1] < lastIdx &&
    !isDemonym(tk, leading) &&
    afterPreposition
  ) {
    const orgSpan: Span = [tk.starts[leading[0]] as number, tk.ends[leading[1]] as number];
    const orgName = text.slice(orgSpan[0], orgSpan[1]);
    const nameSpan: Span = [tk.starts[start] as number, tk.ends[lastIdx] as number];
    const nameText = text.slice(nameSpan[0], nameSpan[1]);
    const noun = tk.lower[leading[1] + 1] ?? "";
    const role = tk.surface[leading[1] + 1] ?? null;
    const type: ActorType = noun.endsWith("s") ? "group" : "person";
    return {
      name: nameText,
      nameText,
      nameSpan,
      type,
      role,
      org: { name: orgName, span: orgSpan, type: typeOfName(orgName, true) },
    };
  }
  // (Not the "of" of a title: "The Chief of Staff of the Israel Defense Forces".)
  const ofAt = tk.lower.findIndex(
    (l, i) =>
      i > start &&
      (l === "of" || l === "from" || l === "in" || l === "at") &&
      !(l === "of" && TITLE_HEADS.has(tk.lower[i - 1] ?? "") && TITLE_TAILS.has(tk.lower[i + 1] ?? "")),
  );
  // "The Ministry of Defense", "the Israeli Ministry of Foreign Affairs and Trade": a capitalised head of
  // an organisation before "of" names it with its "of" phrase; no role "Ministry" in an organisation
  // "Defense".
  if (ofAt > start && tk.lower[ofAt] === "of" && orgNamedWithOf(tk, start, ofAt, words)) {
    return { name: nameText, nameText, nameSpan, type: "organization", role: null, org: null };
  }
  const role = ofAt > start ? tk.surface.slice(start, ofAt).join(" ") : null;
  const roleHead = ofAt > start ? (tk.lower[ofAt - 1] ?? "") : headLower;
  let org: ParsedSpeaker["org"] = null;
  if (ofAt > start) {
    let a = ofAt + 1;
    while (a < tk.length && words.determiners.has(tk.lower[a] ?? "")) a++;
    let b = a;
    while (b < tk.length && isCapitalized(tk.surface[b] ?? "")) {
      b++;
      // ("The head of the Bank of Israel": the organisation's own "of" phrase.)
      if (
        tk.lower[b] === "of" &&
        isCapitalized(tk.surface[b + 1] ?? "") &&
        headsOrganisationOf(tk.surface[b - 1] ?? "")
      )
        b++;
    }
    if (b > a) {
      const orgSpan: Span = [tk.starts[a] as number, tk.ends[b - 1] as number];
      const orgName = text.slice(orgSpan[0], orgSpan[1]);
      org = { name: orgName, span: orgSpan, type: typeOfName(orgName, true) };
    }
  }
  // ("The secretary of state", "the head of state": a title's "state" is no body.)
  const titleOfState = roleHead === "state" && tk.lower[lastIdx - 1] === "of";
  const type: ActorType = MEDIA_NOUNS.has(roleHead)
    ? "media"
    : ORG_NOUNS.has(roleHead) && !titleOfState
      ? "organization"
      : roleHead.endsWith("s") || roleHead === "people"
        ? "group"
        : "person";
  return { name: nameText, nameText, nameSpan, type, role: org ? role : null, org };
}

/**
 * The name that speaks for a phrase about a group: the example in "Allies like Britain", the group in "An
 * increasing number of Democrats", the writers in "A letter sent to Blinken by 20 senators". Null when
 * the phrase is none of these.
 */
function namedMember(text: string, span: Span): Span | null {
  const phrase = text.slice(span[0], span[1]);
  if (phrase.length > 200) return null;
  const m =
    / like (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})$/u.exec(phrase) ??
    /^(?:an?|the) (?:[a-z]+ )?(?:number|share) of (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})$/iu.exec(
      phrase,
    ) ??
    /^(?:an?|the) (?:[a-z-]+ )?(?:letter|statement|memo|complaint|lawsuit|filing|petition|opinion)\b.{0,80}? by ((?:the )?[\p{L}\d][\p{L}\d'’.-]*(?: [\p{L}\d][\p{L}\d'’.-]*){0,5})$/iu.exec(
      phrase,
    );
  if (!m) return null;
  const name = m[1] as string;
  const at = span[0] + phrase.length - name.length;
  // ("filed by South Africa at the ICJ": where it was filed is no part of who filed it.)
  const where = / (?:at|in|on|to|with|over|after|before|against|during|for|from|about) /.exec(name);
  return [at, where ? at + where.index : span[1]];
}

/** A share of those polled as a speaker phrase (see the attribution stage's shareStart). */
const SHARE =
  /^(?:(?:about|nearly|almost|roughly|around|only|just|over|some|more than|fewer than|less than)\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|(?:a\s+|one\s+|two\s+|three\s+|(?:one|two|three)[-‐])?(?:third|thirds|quarter|quarters|fifth|fifths)$|those\s+(?:surveyed|polled|questioned|interviewed|sampled)$)/i;

/**
 * Is this actor name a record's ("CNN/ORC poll", "survey", "leaked emails") or a share of those polled
 * ("One in five")? Neither takes a stance of its own: they report others'.
 */
export function isRecordName(name: string): boolean {
  const space = name.lastIndexOf(" ");
  return RECORD_NOUNS.has((space === -1 ? name : name.slice(space + 1)).toLowerCase()) || SHARE.test(name);
}

/**
 * "a CNN/ORC poll", "The survey", "A new Zogby poll": a record as the speaker. Its type is unknown (no
 * person spoke), and it names no organisation: the words before it are as often a person ("the Mueller
 * report", "Clinton’s emails") or a place ("Iranian state television reports") as its maker.
 */
function recordSpeaker(text: string, tk: Tokens, words: SpeakerWords): ParsedSpeaker | null {
  // "A recent survey by Comcast Xfinity", "An earlier report in a New Hampshire paper": the record
  // before its maker or medium.
  let last = tk.length - 1;
  for (let r = 1; r < last; r++)
    if (RECORD_NOUNS.has(tk.lower[r] ?? "") && RECORD_LINKS.has(tk.lower[r + 1] ?? "")) {
      last = r;
      break;
    }
  if (!RECORD_NOUNS.has(tk.lower[last] ?? "")) return null;
  const start = words.determiners.has(tk.lower[0] ?? "") && last > 0 ? 1 : 0;
  const nameSpan: Span = [tk.starts[start] as number, tk.ends[last] as number];
  const nameText = text.slice(nameSpan[0], nameSpan[1]);
  return { name: nameText, nameText, nameSpan, type: "unknown", role: null, org: null };
}

/** Words for a person by their stance toward someone, which are no role in that someone. */
const STANCE_ROLES = new Set([
  "ally",
  "allies",
  "confidant",
  "critic",
  "critics",
  "supporter",
  "supporters",
  "backer",
  "loyalist",
  "opponent",
  "detractor",
  "foe",
  "rival",
  "adversary",
  "friend",
]);

/**
 * "an ally of Assad", "Netanyahu's fiercest critic", "a longtime friend of the Clintons": a stance toward
 * the one named, which the relations stage reads; no role in them and no membership.
 */
function isStanceRole(role: string): boolean {
  const head = role.toLowerCase().split(/\s+/).pop() ?? "";
  return STANCE_ROLES.has(head);
}

const BARE_NAME =
  /^(?:[\p{Lu}][\p{L}'’.-]*|al-[\p{L}'’-]+|bin|ibn|bint|abu|umm|de|van|von)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|al-[\p{L}'’-]+|bin|ibn|bint|abu|umm|de|van|von))*$/u;

/**
 * "The leader of Ansar Allah, Abdul-Malik al-Houthi": a description first, the name in the appositive.
 * The name is the actor; the description gives the role and the organisation.
 */
function descriptorThenName(
  text: string,
  head: Span,
  full: Span | null,
  words: SpeakerWords,
): ParsedSpeaker | null {
  if (!full || full[1] <= head[1]) return null;
  // "two of Trump’s policy advisers, Alexander Gray and Peter Navarro": the part of the group is named.
  const part = /^(?:one|two|three|four|five|several|some|many)\s+of\s+/i.exec(text.slice(head[0], head[1]));
  const headText = text.slice(head[0] + (part?.[0].length ?? 0), head[1]);
  // The first word, as `split(/\s+/)[0]` gives it.
  const space = headText.search(/\s/);
  const first = (space === -1 ? headText : headText.slice(0, space)).toLowerCase();
  // "Hizbullah’s deputy leader, Na’im Qassim,": an owner's possessive, then only role words.
  const owner =
    space === -1 ? null : /^(\p{Lu}[^\s]*?)(?:['’]s|(?<=[sS])['’])$/u.exec(headText.slice(0, space));
  // ("Netanyahu’s closest ally, Itamar Ben-Gvir,", "Biden’s ally in Congress, Chris Coons,": a source
  // noun describes as a role does, with its modifiers and where it serves.)
  const ownerRole =
    owner !== null &&
    headText
      .slice(space + 1)
      .replace(/\s+(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*$/u, "")
      .toLowerCase()
      .split(/\s+/)
      .every(
        (w, i, all) =>
          words.roleWords.has(w) ||
          words.roleNouns.has(w) ||
          words.sourceNouns.has(w) ||
          /^(?:[a-z]{3,}est|close|longtime|long-time|trusted|key|top|senior)$/.test(w) ||
          // ("policy advisers", "campaign aides": one plain modifier before the role noun.)
          (i === all.length - 2 && /^[a-z]+$/.test(w) && words.sourceNouns.has(all[i + 1] as string)),
      );
  if (!part && !words.determiners.has(first) && !words.roleWords.has(first) && !ownerRole) return null;
  const raw = text.slice(head[1], full[1]);
  // ("Several of Sadr's aides, including Saleh al-Iraqi,": the member named.)
  let appText = raw.replace(/^[\s,]+|[\s,]+$/g, "").replace(/^including\s+/, "");
  // "a senior official, Ali Baraka of Hamas,": the name, then the organisation they are of.
  const of = /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(appText);
  let ofOrg: string | null = null;
  if (of && BARE_NAME.test(of[1] as string) && /^\p{Lu}[\p{L}\p{N}'’.&\s-]*$/u.test(of[2] as string)) {
    appText = of[1] as string;
    ofOrg = of[2] as string;
  }
  // "Alexander Gray and Peter Navarro": the last of two names speaks, as "A and B said" reads.
  const pair = /^(.+?)\s+and\s+(\p{Lu}.*)$/u.exec(appText);
  if (pair && BARE_NAME.test(pair[1] as string) && BARE_NAME.test(pair[2] as string))
    appText = pair[2] as string;
  if (!BARE_NAME.test(appText) || appText.split(/\s+/).length > 5) return null;
  const at = head[1] + raw.indexOf(appText);
  const desc = ownerRole
    ? { role: headText.slice(space + 1), org: (owner as RegExpExecArray)[1] as string }
    : parseAppositive(headText, words);
  let org: ParsedSpeaker["org"] = null;
  const orgName = ofOrg ?? desc?.org;
  if (orgName) {
    const o = text.indexOf(orgName, ofOrg ? at : head[0]);
    if (o !== -1) org = { name: orgName, span: [o, o + orgName.length], type: typeOfName(orgName, true) };
  }
  return {
    name: appText,
    nameText: appText,
    nameSpan: [at, at + appText.length],
    type: "person",
    role: desc?.role?.replace(/^(?:a|an|the|another)\s+/i, "") ?? null,
    org,
  };
}

/** "an aide to the secretary general of the PFLP–GC" → role "aide to the secretary general", org "PFLP–GC". */
function parseAppositive(
  app: string,
  words: SpeakerWords,
): { role: string | null; org: string | null } | null {
  // Only the first appositive names the role: "the commander of “Division 20,” an opposition militia …".
  // (An aside between dashes opens with its dash: "— who arrived in Baghdad on September 12".)
  const first = firstSegment(app.replace(/^[\s—–-]+/, ""));
  // "Hizbullah’s deputy secretary-general": the organisation in the possessive.
  // Not a hamza written as an apostrophe ("Mohammed Shia' al-Sudani"): a possessive ends in "'s" or "s'".
  const possessive =
    /^([\p{Lu}][\p{L}\p{N}'’.&–-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’.&–-]*)*?)(?:['’]s|(?<=[sS])['’])\s+(.+)$/u.exec(
      first,
    );
  if (possessive?.[1] && possessive[2])
    return isStanceRole(possessive[2].trim())
      ? { role: null, org: null }
      : { role: possessive[2].trim(), org: possessive[1] };
  // "the firm’s owner": a common noun's possessive names no organisation; the role is what follows it.
  const common =
    /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+\p{Ll}[\p{Ll}-]*['’]s?\s+(\p{Ll}.*)$/u.exec(first);
  if (common?.[1]) return { role: common[1].trim(), org: null };
  const m =
    /^(?:(?:an?|the|his|her|its|their)\s+)?(.*?)(?:\s+(of|for|at|in|with|to)\s+(?:the\s+)?["“]?([\p{Lu}][\p{L}\p{N}'’.&–-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.&–-]*)*)[,"”]*)?$/u.exec(
      first,
    );
  if (!m) return null;
  let role = (m[1] ?? "").trim();
  let org = (m[3] ?? "").trim();
  // "the dominant faction in Idlib", "a senior official of the movement based in Beirut": after "in", a
  // name is a place unless it reads as an organisation (an acronym, or an organisation's head word).
  if (m[2] === "in" && org && !/^[\p{Lu}\p{N}]{2,}$/u.test(org) && !ORG_NAME_HEAD.test(org)) org = "";
  if (m[2] === "in" && !org) role = role.replace(/\s+based$/, "");
  if (!role || words.pronouns.has(role.toLowerCase()) || /^who\b/i.test(role) || /^\d/.test(role))
    return null;
  if (isStanceRole(role)) return { role: null, org: null };
  return { role, org: org || null };
}

/** The last word of an organisation's name ("… Movement", "… Council", "… Brigades"). */
const ORG_NAME_HEAD =
  /\b(?:Movement|Party|Front|Council|Coalition|Brigades?|Division|Army|Ministry|Force|Forces|Corps|Committee|Organi[sz]ation|Authority|Government|Agency|Bureau|Office|Union|League|Assembly|Parliament|Group)$/;

/** The text up to the first comma outside quotation marks. */
function firstSegment(app: string): string {
  let inQuote = false;
  for (let i = 0; i < app.length; i++) {
    const c = app[i];
    if (c === "“" || (c === '"' && !inQuote)) inQuote = true;
    else if (c === "”" || (c === '"' && inQuote)) inQuote = false;
    else if (c === "," && (!inQuote || app[i + 1] === "”" || app[i + 1] === '"')) return app.slice(0, i);
  }
  return app;
}

/** "Syrian journalist", "Lebanese website": a nationality, which the actor dictionary maps to a state. */
function isDemonym(tk: { surface: string[] }, run: [number, number]): boolean {
  return run[0] === run[1] && /(?:ian|ean|ese|ish|ic|i)$/.test(tk.surface[run[0]] ?? "");
}

/** "Shia' al-Sudani": an apostrophe written on a word's end for a hamza, not after an "s" as a possessive's. */
function isHamzaApostrophe(tk: { surface: string[]; starts: number[]; ends: number[] }, k: number): boolean {
  const s = tk.surface[k];
  return (
    (s === "'" || s === "’") && tk.starts[k] === tk.ends[k - 1] && !/[sS]$/.test(tk.surface[k - 1] ?? "")
  );
}

function typeOfName(name: string, orgContext: boolean): ActorType {
  if (MEDIA.test(name)) return "media";
  if (ORG_HEADS.test(name)) return "organization";
  if (/^[A-Z][A-Z–-]{1,}$/.test(name)) return "organization";
  return orgContext ? "organization" : "unknown";
}
