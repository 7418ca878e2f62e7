// Noun-phrase finders for speakers, over the tokens of one unit: to the left of a cue ("Hizbullah deputy
// secretary-general Na'im Qassim said", "Talal Naji, an aide to …, said") and to its right ("…," said
// Abu Barzan Al-Sultani, the commander of …). Dictionary-free: capitalisation, role words, source nouns.

import { mediumPhraseBefore } from "../text/mediumPhrase.js";
import { isCapitalized, isPossessive, isWord, type Tokens } from "../text/tokens.js";
import type { SpeakerWords } from "./speakerWords.js";

/** A phrase as token indices, inclusive. `head` is the token that names the speaker. */
export interface Phrase {
  start: number;
  end: number;
  head: number;
  /** Token index of a trailing appositive's start, when the phrase includes one. */
  appositive: number;
}

const NUMBER_WORDS = new Set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "in",
  "about",
  "nearly",
  "almost",
  "roughly",
  "around",
  "over",
  "under",
  "than",
  "more",
  "fewer",
  "less",
  "just",
]);
const SOURCE_LINKS = new Set([
  "close",
  "familiar",
  "linked",
  "affiliated",
  "allied",
  "loyal",
  "near",
  "connected",
  "tied",
  "privy",
  "involved",
  "knowledgeable",
  "opposed",
  "briefed",
  "aligned",
  "sympathetic",
  "based",
]);
/** Pronouns that a share may be "of": "many of you", "some of them". */
const OBJECT_PRONOUNS = new Set(["you", "us", "them", "those", "whom"]);
const PHRASE_PREPOSITIONS = new Set(["on", "in", "at", "from", "with", "for", "inside", "within", "across"]);
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "last", "other", "former", "same"]);
const CLAUSE_PUNCT = new Set([";", ":", "(", ")", "“", "”", '"', "«", "»", "—", "–", "?", "!", "[", "]"]);

const NAME_PREFIX = /^(?:al|el|bin|ibn|abu)[-‐]/;
/** First letters of NAME_PREFIX's words (a, e, b, i): other words need not be matched against it. */
const NAME_PREFIX_START = new Set([97, 101, 98, 105]);

function isNameToken(tk: Tokens, i: number, w: SpeakerWords): boolean {
  const s = tk.surface[i] ?? "";
  if (!isWord(s)) return false;
  const l = tk.lower[i] ?? "";
  if (isCapitalized(s)) return !w.stopWords.has(l) || /^[A-Z]{2,}$/.test(s);
  return w.nameParticles.has(l) || (NAME_PREFIX_START.has(l.charCodeAt(0)) && NAME_PREFIX.test(l));
}

/** "Jill A. Martin": a capital letter alone before a period and a name is an initial, not the article. */
function isInitial(tk: Tokens, k: number): boolean {
  const s = tk.surface[k] ?? "";
  return (
    s.length === 1 &&
    s >= "A" &&
    s <= "Z" &&
    tk.surface[k + 1] === "." &&
    isCapitalized(tk.surface[k + 2] ?? "") &&
    isCapitalized(tk.surface[k - 1] ?? "")
  );
}

/** "he’s", "they'd": a pronoun with a contracted auxiliary is still the pronoun. */
export function bareWord(l: string): string {
  // What l.replace(/['’](?:s|d|ll|ve|re|m)$/, "") gives, from the last three characters, without a regex.
  const n = l.length;
  const last = l.charCodeAt(n - 1);
  const second = l.charCodeAt(n - 2);
  if ((second === 39 || second === 0x2019) && (last === 115 || last === 100 || last === 109)) {
    return l.slice(0, n - 2); // 's 'd 'm
  }
  const third = l.charCodeAt(n - 3);
  if (
    (third === 39 || third === 0x2019) &&
    ((second === 108 && last === 108) || (second === 118 && last === 101) || (second === 114 && last === 101))
  ) {
    return l.slice(0, n - 3); // 'll 've 're
  }
  return l;
}

/** An apostrophe touching the capitalised name after it ("'Atwan", "ʿAbd"): part of a transliterated name. */
export function isAynApostrophe(tk: Tokens, k: number): boolean {
  const s = tk.surface[k] ?? "";
  if (s !== "'" && s !== "’" && s !== "ʿ" && s !== "‘") return false;
  return (
    tk.ends[k] === tk.starts[k + 1] &&
    isCapitalized(tk.surface[k + 1] ?? "") &&
    (k === 0 || (tk.ends[k - 1] ?? 0) < (tk.starts[k] ?? 0))
  );
}

/** Can token i head a speaker phrase? */
export function isHead(tk: Tokens, i: number, w: SpeakerWords): boolean {
  const l = tk.lower[i] ?? "";
  if (w.pronouns.has(bareWord(l))) return true;
  if (isNameToken(tk, i, w) && !w.determiners.has(l)) return !isPossessive(tk.surface[i] ?? "");
  // ("Another said": a capitalised determiner that stands alone is a source noun, as "another" is.)
  return w.sourceNouns.has(l);
}

/** A lower-case word that may modify a speaker noun ("federal officials", "financial sector donors"). */
const HYPHENATED_MODIFIER = /^[a-z0-9]+(?:[-‐][a-z]+)+$/;

function isModifier(tk: Tokens, i: number, w: SpeakerWords, isCue: (l: string) => boolean): boolean {
  const s = tk.surface[i] ?? "";
  const l = tk.lower[i] ?? "";
  if (!isWord(s) || isCapitalized(s) || s.length < 3) return false;
  if (w.stopWords.has(l) || w.pronouns.has(l) || w.determiners.has(l) || isCue(l)) return false;
  // "The 57-year-old scientist", "the 50-state poll", "a still-struggling HP": a hyphenated modifier.
  if (HYPHENATED_MODIFIER.test(l)) return true;
  // "Kim gave firm support", "Iran extended firm support": a verb after a name is no modifier of a
  // speaker ("firm" is a source noun too).
  if (GIVING_VERBS.has(l) && isCapitalized(tk.surface[i - 1] ?? "")) return false;
  return !/ly$|ing$/.test(l) && !/^\d/.test(l);
}

/** Past tenses of giving and voicing, verbs whatever follows them. */
const GIVING_VERBS = new Set(
  "gave sent took made told wrote held brought sought won lost kept met extended offered expressed voiced pledged declared reiterated reaffirmed showed lent giving sending extending offering expressing voicing pledging showing lending".split(
    " ",
  ),
);

/**
 * A lower-case noun outside the source-noun list can still head a speaker phrase when a determiner opens
 * the phrase within a few words: "The NFL legend said", "the former ambassador said".
 */
function isDeterminedNoun(
  tk: Tokens,
  i: number,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): boolean {
  // The head may be a cue word used as a noun after its determiner ("the talks said", "the report says").
  if (!isModifier(tk, i, w, () => false) || /(?:ed|ly)$/.test(tk.lower[i] ?? "")) return false;
  for (let k = i - 1; k >= floor && i - k <= 4; k--) {
    const l = tk.lower[k] ?? "";
    if (w.determiners.has(l) && l !== "that" && l !== "this") return true;
    // "Hamas's political bureau said", "Iran’s supreme leader said": a possessed name determines the noun.
    const sk = tk.surface[k] ?? "";
    if (isCapitalized(sk) && isPossessive(sk) && isWord(sk)) return true;
    // "Hamas' political bureau": a plural possessive's apostrophe stands alone.
    if (
      (sk === "'" || sk === "’") &&
      isCapitalized(tk.surface[k - 1] ?? "") &&
      /s$/.test(tk.surface[k - 1] ?? "")
    )
      return true;
    if (l === "for" && PORTFOLIO_HOLDERS.has(tk.lower[k - 1] ?? "")) continue;
    if (!isNameToken(tk, k, w) && !isModifier(tk, k, w, isCue) && !w.roleWords.has(l)) return false;
  }
  return false;
}

const FRACTION = /^(?:(?:one|two|three|four)[-‐])?(?:third|thirds|quarter|quarters|fifth|fifths)$/;
const APPROXIMATORS = new Set([
  "about",
  "nearly",
  "almost",
  "roughly",
  "around",
  "only",
  "just",
  "over",
  "some",
]);
const SURVEYED = /^(?:surveyed|polled|questioned|interviewed|sampled)$/;

/**
 * A share of those polled as the speaker, ending at token `last`: "One in five", "about 4 in 10",
 * "Nearly a third", "two-thirds", "those surveyed". The phrase's first token, or -1.
 */
function isShareNumber(tk: Tokens, i: number): boolean {
  const l = tk.lower[i] ?? "";
  return (
    /^\d+$/.test(l) ||
    (NUMBER_WORDS.has(l) &&
      !/^(?:in|about|nearly|almost|roughly|around|over|under|than|more|fewer|less|just)$/.test(l))
  );
}

function shareStart(tk: Tokens, last: number, floor: number): number {
  const l = tk.lower[last] ?? "";
  let start = -1;
  if (
    isShareNumber(tk, last) &&
    tk.lower[last - 1] === "in" &&
    last - 2 >= floor &&
    isShareNumber(tk, last - 2)
  )
    start = last - 2;
  else if (FRACTION.test(l) && !/^(?:the|this|that)$/.test(tk.lower[last - 1] ?? "")) {
    start = last;
    if (last - 1 >= floor && /^(?:a|one|two|three)$/.test(tk.lower[last - 1] ?? "")) start = last - 1;
    else if (!l.includes("-") && !l.includes("‐")) return -1;
  } else if (SURVEYED.test(l) && tk.lower[last - 1] === "those" && last - 1 >= floor) return last - 1;
  if (start === -1) return -1;
  // "about 4 in 10", "nearly a third", "more than half".
  if (start - 1 >= floor && APPROXIMATORS.has(tk.lower[start - 1] ?? "")) start--;
  else if (
    start - 2 >= floor &&
    /^(?:more|fewer|less)$/.test(tk.lower[start - 2] ?? "") &&
    tk.lower[start - 1] === "than"
  )
    start -= 2;
  return start;
}

/** The speaker phrase that ends at token `end` (inclusive), not reaching below `floor`. */
export function phraseEndingAt(
  tk: Tokens,
  end: number,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean = () => false,
): Phrase | null {
  if (end < floor) return null;
  let last = end;
  // "Rep. Earl Blumenauer (D-Ore.)": a parenthesis after the name belongs to the phrase.
  if (tk.surface[last] === ")") {
    let k = last - 1;
    // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says".)
    while (k > floor && last - k < 25 && tk.surface[k] !== "(") k--;
    if (tk.surface[k] !== "(") return null;
    last = k - 1;
    if (last < floor) return null;
  }
  const headLower = tk.lower[last] ?? "";
  if (w.pronouns.has(headLower) || headLower === "whom") {
    if (last !== end) return null;
    // "Many of you", "Some of them": a share of the people the pronoun names.
    if (
      OBJECT_PRONOUNS.has(headLower) &&
      tk.lower[end - 1] === "of" &&
      end - 2 >= floor &&
      SHARE_HEADS.has(tk.lower[end - 2] ?? "")
    ) {
      let s0 = end - 2;
      if (s0 - 1 >= floor && APPROXIMATORS.has(tk.lower[s0 - 1] ?? "")) s0--;
      return { start: s0, end, head: end, appositive: -1 };
    }
    return { start: end, end, head: end, appositive: -1 };
  }
  // "Channel 12", "Division 20": a number that ends a name.
  if (/^\d{1,4}$/.test(headLower) && last - 1 >= floor && isCapitalized(tk.surface[last - 1] ?? "")) {
    const name = phraseEndingAt(tk, last - 1, floor, w, isCue);
    if (name && isNameToken(tk, name.head, w))
      return { start: name.start, end, head: name.head, appositive: -1 };
  }
  const share = shareStart(tk, last, floor);
  if (share !== -1) return { start: share, end, head: last, appositive: -1 };
  if (!isHead(tk, last, w) && !isDeterminedNoun(tk, last, floor, w, isCue)) return null;
  let start = last;
  let modifiers = 0;
  for (let k = last - 1; k >= floor && last - k < 16; k--) {
    const s = tk.surface[k] ?? "";
    const l = tk.lower[k] ?? "";
    // "Des Moines Register/Bloomberg Politics poll": names joined by a slash.
    if (
      s === "/" &&
      k === start - 1 &&
      isCapitalized(tk.surface[k - 1] ?? "") &&
      isCapitalized(tk.surface[k + 1] ?? "")
    ) {
      start = k;
      continue;
    }
    // "About four out of 10 voters": a share before the noun, as "four in 10" is.
    if (l === "of" && tk.lower[k - 1] === "out" && k - 2 >= floor && isShareNumber(tk, k - 2)) {
      start = k - 2;
      k -= 2;
      continue;
    }
    // "One in five voters": a share before the noun.
    if (
      l === "in" &&
      k === start - 1 &&
      k - 1 >= floor &&
      isShareNumber(tk, k - 1) &&
      isShareNumber(tk, k + 1)
    ) {
      start = k - 1;
      k--;
      continue;
    }
    if (ORDINALS.has(l) && !isCapitalized(s)) {
      start = k;
      continue;
    }
    if (isInitial(tk, k)) {
      start = k;
      continue;
    }
    if (w.determiners.has(l)) {
      if (l === "that" || l === "this" || l === "these" || l === "those") {
        // "that Roger Ailes said" is a complementizer, "This document" a determiner.
        if (k > floor) break;
      }
      start = k;
      // "the secretary general of the PFLP": "of the" continues the phrase to its left.
      const before = tk.lower[k - 1] ?? "";
      const twoBefore = tk.lower[k - 2] ?? "";
      const ofContinues =
        before === "of" &&
        k - 2 >= floor &&
        (isNameToken(tk, k - 2, w) ||
          w.sourceNouns.has(twoBefore) ||
          (w.roleWords.has(twoBefore) && twoBefore !== "the" && twoBefore !== "of"));
      if (ofContinues || namedOver(tk, k - 1, floor, w)) continue;
      // "One in five voters": a share before the noun.
      if (before === "in" && k - 2 >= floor && isShareNumber(tk, k - 2) && isShareNumber(tk, k)) {
        start = k - 2;
        break;
      }
      // "all the", "A third source"
      const det2 = tk.lower[k - 1] ?? "";
      if (k - 1 >= floor && (w.determiners.has(det2) || det2 === "all") && det2 !== "that") start = k - 1;
      break;
    }
    if (
      isNameToken(tk, k, w) ||
      w.roleWords.has(l) ||
      w.sourceNouns.has(l) ||
      (isPossessive(s) && isWord(s))
    ) {
      if (
        l === "of" &&
        !isNameToken(tk, k - 1, w) &&
        !w.roleWords.has(tk.lower[k - 1] ?? "") &&
        !w.sourceNouns.has(tk.lower[k - 1] ?? "") &&
        !(PLACE_HEADS.has(tk.lower[k - 1] ?? "") && isCapitalized(tk.surface[k + 1] ?? ""))
      )
        break;
      if ((l === "the" || l === "of") && k === floor) break;
      start = k;
      continue;
    }
    if (namedOver(tk, k, floor, w)) {
      start = k;
      continue;
    }
    // "Republican Peter King from New York": where a named speaker is from belongs to the phrase.
    // (Not a name that is itself a preposition's object: "Speaking to CNN from Tel Aviv Netanyahu said".)
    if (
      l === "from" &&
      k > floor &&
      start === k + 1 &&
      isCapitalized(tk.surface[k + 1] ?? "") &&
      isCapitalized(tk.surface[k - 1] ?? "") &&
      isNameToken(tk, k - 1, w) &&
      !/^(?:to|at|in|on|with|of|for|after|before|from|by|about)$/.test(tk.lower[k - 2] ?? "")
    ) {
      start = k;
      continue;
    }
    // "the minister for foreign affairs": a portfolio's "for" continues the role to its left.
    if (l === "for" && k > floor && start === k + 1 && PORTFOLIO_HOLDERS.has(tk.lower[k - 1] ?? "")) {
      start = k;
      continue;
    }
    // "'Abd al-Bari 'Atwan": an ayn written as an apostrophe opens the word it touches.
    if (isAynApostrophe(tk, k)) {
      start = k;
      continue;
    }
    // "Hamas' political bureau chief", "the teachers’ union": a plural possessive's apostrophe stands alone.
    if (
      (s === "'" || s === "’") &&
      k > floor &&
      (isNameToken(tk, k - 1, w) ||
        w.sourceNouns.has(tk.lower[k - 1] ?? "") ||
        // "Flight attendants' union", "the workers' lawyer": any plural owning a speaker noun or a role.
        ((w.sourceNouns.has(tk.lower[last] ?? "") || w.roleNouns.has(tk.lower[last] ?? "")) &&
          /^[a-z]{3,}s$/.test(tk.surface[k - 1] ?? ""))) &&
      /s$/i.test(tk.surface[k - 1] ?? "")
    ) {
      start = k;
      continue;
    }
    // "Mohammed Shia' al-Sudani": a hamza written as an apostrophe ends a word inside the name.
    if (
      (s === "'" || s === "’") &&
      k > floor &&
      tk.starts[k] === tk.ends[k - 1] &&
      isNameToken(tk, k - 1, w) &&
      !/s$/i.test(tk.surface[k - 1] ?? "") &&
      isNameToken(tk, k + 1, w)
    ) {
      start = k;
      continue;
    }
    if ((s === "-" || s === "&") && k > floor && isNameToken(tk, k - 1, w)) {
      start = k;
      continue;
    }
    // "A Texas A&M professor": a capital letter written against an ampersand is a name's, not the article.
    if (
      s === "&" &&
      k - 1 > floor &&
      tk.ends[k - 1] === tk.starts[k] &&
      /^[A-Z]$/.test(tk.surface[k - 1] ?? "")
    ) {
      start = k - 1;
      k--;
      continue;
    }
    // "Sen. Lindsey O. Graham": the period of a title or an initial.
    if (
      s === "." &&
      k > floor &&
      (isInitial(tk, k - 1) || (isNameToken(tk, k - 1, w) && (tk.surface[k - 1] ?? "").length <= 4))
    ) {
      start = k;
      continue;
    }
    // "32 percent", "About four in 10", "Just shy of half, 49%"
    if (/^\d[\d,.]*$/.test(s) || NUMBER_WORDS.has(l)) {
      start = k;
      continue;
    }
    // "digital consulting firm IMGE", "the ruling party": a participle right before its source noun.
    const participle = /ing$/.test(l) && w.sourceNouns.has(tk.lower[k + 1] ?? "") && !isCapitalized(s);
    // "One protest organizer", "the appeals court": a cue word as the first noun of a compound, between a
    // determiner or a number and the head.
    const compound =
      k === last - 1 &&
      !isCapitalized(tk.surface[last] ?? "") &&
      (w.determiners.has(tk.lower[k - 1] ?? "") || NUMBER_WORDS.has(tk.lower[k - 1] ?? "")) &&
      isModifier(tk, k, w, () => false);
    if (modifiers < 3 && (isModifier(tk, k, w, isCue) || participle || compound)) {
      modifiers++;
      start = k;
      continue;
    }
    break;
  }
  // Never start on a connective or a bare modifier run that the loop allowed inside.
  while (start < last && (tk.lower[start] === "of" || tk.lower[start] === "and" || tk.surface[start] === "."))
    start++;
  // "a source close to Hizbullah", "officials familiar with the talks": the source is the whole phrase, not
  // the organisation it is close to.
  const linkPrep = tk.lower[start - 1] ?? "";
  const link = tk.lower[start - 2] ?? "";
  if ((linkPrep === "to" || linkPrep === "with") && SOURCE_LINKS.has(link) && start - 3 >= floor) {
    const source = tk.lower[start - 3] ?? "";
    if (w.sourceNouns.has(source)) {
      const outer = phraseEndingAt(tk, start - 3, floor, w, isCue);
      if (outer) return { start: outer.start, end, head: outer.end, appositive: -1 };
    }
  }
  // "All of the GOP candidates", "one of her ads", "Majorities in many European countries", "an average
  // of recent polls": a share of the group heads the phrase.
  if ((linkPrep === "of" || linkPrep === "in") && start - 2 >= floor && SHARE_HEADS.has(link)) {
    let s0 = start - 2;
    // "An increasing number of Democrats", "a growing share of voters": one modifier after the article.
    if (
      s0 - 2 >= floor &&
      /^(?:an?|the)$/.test(tk.lower[s0 - 2] ?? "") &&
      /^[a-z]+(?:ing|er|est)$/.test(tk.surface[s0 - 1] ?? "")
    )
      s0--;
    if (s0 - 1 >= floor && /^(?:an?|the)$/.test(tk.lower[s0 - 1] ?? "")) s0--;
    // "Nearly eight of 10 voters", "about half of Lebanese".
    if (s0 - 1 >= floor && APPROXIMATORS.has(tk.lower[s0 - 1] ?? "")) s0--;
    if (linkPrep === "of" || /^majorit(?:y|ies)$/.test(link))
      return { start: s0, end, head: last, appositive: -1 };
  }
  // "officials on both sides", "Democrats in Iowa": a prepositional phrase after a plural or a name;
  // "a spokesman for Hamas", "a lawyer for the family": the one who speaks for someone.
  const prep = tk.lower[start - 1] ?? "";
  // ("critics like Huffman": the plural the examples illustrate speaks with them.)
  if ((PHRASE_PREPOSITIONS.has(prep) || prep === "like") && start - 2 >= floor) {
    const before = tk.lower[start - 2] ?? "";
    // "a producer for Yahoo Studios": a role for someone; only one who speaks for them is named with them,
    // as "a spokesman of Hamas" is ("the minister for foreign affairs" is the minister).
    const roleFor = prep === "for" && w.roleNouns.has(before) && !before.endsWith("s");
    if (w.sourceNouns.has(before) && (before.endsWith("s") || roleFor)) {
      const outer = phraseEndingAt(tk, start - 2, floor, w, isCue);
      if (outer)
        return {
          start: outer.start,
          end,
          head: roleFor && SPEAKS_FOR.has(before) ? end : outer.end,
          appositive: -1,
        };
    }
  }
  return { start, end, head: last, appositive: -1 };
}

/** "The city of Tripoli is demanding", "the people of Gaza say": a place or its people, then its name. */
const PLACE_HEADS = new Set(
  "city town village province governorate region state republic kingdom emirate municipality people residents government".split(
    " ",
  ),
);

/** Heads of the names of places one works at: "at the Royal United Services Institute". */
const WORKPLACE_HEADS =
  /^(?:Institute|Institution|University|College|School|Foundation|Endowment|Center|Centre|Fund|Group|Bank|Corporation|Company|Associates|Partners|Research|Studies)$/;

/** Heads of bodies whose names go on with "for" or "on": "Front for …", "Commission on …". */
const ORG_HEADS =
  /^(?:Front|Commission|Committee|Council|Center|Centre|Endowment|Institute|Foundation|Organi[sz]ation|Union|League|Movement|Association|Office|Ministry|Agency|Bureau|Coalition|Alliance|Party|Army|Forces|Corps|Brigades?|Authority|Fund|Program(?:me)?|Campaign|Network|Society|Federation|Conference|Court|Board|Department|Service|Group)$/;

/**
 * Is token k a "for" or "on" inside one capitalised name ("the Popular Front for the Liberation of
 * Palestine", "the Commission on Presidential Debates", "the Carnegie Endowment for International
 * Peace")? A name on its left, a capitalised word (after "the") on its right, and no day or month there
 * ("Hamas on Tuesday said" is Hamas).
 */
function namedOver(tk: Tokens, k: number, floor: number, w: SpeakerWords): boolean {
  const l = tk.lower[k] ?? "";
  if ((l !== "for" && l !== "on") || k - 1 < floor) return false;
  const left = tk.surface[k - 1] ?? "";
  // "rocket fire by Hezbollah on Israel Defense Minister …" joins two names: only a body's head goes on.
  if (!isCapitalized(left) || !ORG_HEADS.test(left) || isPossessive(left)) return false;
  const r = tk.lower[k + 1] === "the" ? k + 2 : k + 1;
  return isCapitalized(tk.surface[r] ?? "") && isNameToken(tk, r, w) && !w.temporal.has(tk.lower[r] ?? "");
}

/** Records that report what they show: a poll, a study, leaked emails. No person, no organisation. */
export const RECORD_NOUNS = new Set(
  "poll polls polling survey surveys study studies report reports records documents data emails analysis video footage photos photographs filings tally count average results numbers research".split(
    " ",
  ),
);

/**
 * Writings that speak through a modifier further back ("A statement posted on the website X said", "A
 * legal opinion drafted for the project concluded"); kept out of RECORD_NOUNS, whose records name no
 * maker as their speaker ("the Hamas statement said" is Hamas's).
 */
const WRITTEN_RECORDS = new Set(
  "statement letter memo email opinion document complaint lawsuit filing editorial ad article".split(" "),
);

/** The reporting verbs that end a record's modifier ("A memo sent to embassies said …"). */
const SAID_FORMS = /^(?:said|says|say|told|tells|wrote|writes|added|adds|stated|states)$/;

/** Words between a record and its maker, medium or time: "a survey by Comcast", "a poll in June". */
export const RECORD_LINKS = new Set(["by", "in", "from", "of"]);

const RECORD_PARTICIPLES =
  /^(?:filed|released|published|issued|posted|conducted|taken|obtained|completed|unveiled|made public|drafted|written|prepared|sent|circulated|signed)$/;
/** Words of a time phrase after a record's participle ("released in late August", "taken over the weekend"). */
const TIME_PHRASE_WORD =
  /^(?:in|on|at|during|over|the|late|early|mid|last|past|this|earlier|two|three|four|five|six|several|few|\d+)$/;

/**
 * "A recent survey by Comcast Xfinity found", "An earlier report in a New Hampshire paper said": the
 * phrase before the cue is the record's maker or medium; the record heads the speaker phrase.
 */
function recordBefore(
  tk: Tokens,
  p: Phrase,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): Phrase | null {
  const link = p.start - 1;
  const l = tk.lower[link] ?? "";
  if (link - 1 < floor || !(RECORD_LINKS.has(l) || l === "on") || l === "of")
    return farRecordBefore(tk, p, floor, w, isCue);
  // "A video posted on Telegram shows", "a report released by the ministry found": the record's participle.
  const noun = RECORD_PARTICIPLES.test(tk.lower[link - 1] ?? "") ? link - 2 : link - 1;
  if (noun < floor || (l === "on" && noun === link - 1)) return null;
  const record = phraseEndingAt(tk, noun, floor, w, isCue);
  if (!record || !RECORD_NOUNS.has(tk.lower[noun] ?? "")) return farRecordBefore(tk, p, floor, w, isCue);
  return { start: record.start, end: p.end, head: noun, appositive: -1 };
}

/**
 * "A 2014 study by Harvard and the University of California at Berkeley found", "The average of polls
 * taken over the past two weeks shows", "A study that appeared in the BMJ found": a record further back,
 * whose modifier (a maker, a participle, a "that" clause) runs up to the cue without punctuation.
 */
function farRecordBefore(
  tk: Tokens,
  p: Phrase,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): Phrase | null {
  for (let k = p.start - 1; k > floor && p.start - k <= 12; k--) {
    if (!isWord(tk.surface[k] ?? "") && !/^\d/.test(tk.surface[k] ?? "")) return null;
    const noun = k - 1;
    if (!RECORD_NOUNS.has(tk.lower[noun] ?? "") && !WRITTEN_RECORDS.has(tk.lower[noun] ?? "")) continue;
    const l = tk.lower[k] ?? "";
    if (!RECORD_LINKS.has(l) && !RECORD_PARTICIPLES.test(l) && l !== "that" && l !== "on") return null;
    // ("A memo sent to Israeli embassies said diplomats should stress …": a cue on the way is the
    // record's own.)
    for (let j = k + 1; j < p.start; j++) if (SAID_FORMS.test(tk.lower[j] ?? "")) return null;
    const record = phraseEndingAt(tk, noun, floor, w, isCue);
    // ("Diplomats discussing the report on Tuesday said": a record inside another phrase is not it.)
    const opens = record && (record.start === floor || !isWord(tk.surface[record.start - 1] ?? ""));
    return record && opens ? { start: record.start, end: p.end, head: noun, appositive: -1 } : null;
  }
  return null;
}

/** "with ties to", "close to", "backed by": a modifier after a speaker's head that names another actor. */
const LINKING_MODIFIERS: Record<string, ReadonlySet<string>> = {
  to: new Set([
    "ties",
    "links",
    "connections",
    "close",
    "loyal",
    "linked",
    "tied",
    "connected",
    "allied",
    "sympathetic",
    "opposed",
  ]),
  with: new Set(["allied", "affiliated", "aligned", "associated", "linked", "connected"]),
  by: new Set([
    "backed",
    "funded",
    "supported",
    "sponsored",
    "financed",
    "armed",
    "trained",
    // "The proposal endorsed by Biden says", "a coalition led by Saudi Arabia said": the record or the
    // body speaks, not who made it.
    "endorsed",
    "proposed",
    "drafted",
    "brokered",
    "issued",
    "released",
    "published",
    "written",
    "prepared",
    "commissioned",
    "conducted",
    "led",
    "run",
    "owned",
    "founded",
    "signed",
  ]),
};

/**
 * "Hamas officials with ties to Iran said", "A militia backed by Tehran claimed": the name after the
 * modifier is not who spoke; the phrase the modifier follows is, and the modifier stays in the speaker.
 */
function modifiedHeadBefore(
  tk: Tokens,
  p: Phrase,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): Phrase | null {
  const link = p.start - 1;
  const words = LINKING_MODIFIERS[tk.lower[link] ?? ""];
  if (!words?.has(tk.lower[link - 1] ?? "")) return null;
  let end = link - 2;
  // "with ties to", "with close ties to": the preposition that opens the modifier.
  if (tk.lower[link] === "to" && /^(?:ties|links|connections)$/.test(tk.lower[link - 1] ?? "")) {
    if (tk.lower[end] === "close" || tk.lower[end] === "strong" || tk.lower[end] === "deep") end--;
    if (tk.lower[end] !== "with") return null;
    end--;
  }
  if (end < floor) return null;
  const head = phraseEndingAt(tk, end, floor, w, isCue);
  if (!head || head.end !== end) return null;
  return { start: head.start, end: p.end, head: head.head, appositive: -1 };
}

/** Words for a share of a group, before "of" ("all of", "one of", "an average of", "majorities in"). */
const SHARE_HEADS = new Set(
  "all some most many none one two three four five six seven eight nine ten several each both majority majorities half average share percent any few much dozens hundreds thousands millions number".split(
    " ",
  ),
);

/** Roles held for a portfolio or a place: "minister for foreign affairs", "envoy for Syria". */
const PORTFOLIO_HOLDERS = new Set([
  "minister",
  "secretary",
  "commissioner",
  "envoy",
  "ambassador",
  "coordinator",
  "representative",
  "rapporteur",
]);

/**
 * Roles whose "for" names the one spoken for ("a spokesman for Hamas", "a lawyer for the family"); not
 * a portfolio ("the minister for foreign affairs", "the envoy for Syria").
 */
const SPEAKS_FOR = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "lawyer",
  "attorney",
  "counsel",
  "adviser",
  "advisor",
  "aide",
]);

/** Does the segment starting at token i read like an appositive ("an aide to …", "the commander of …")? */
function opensAppositive(tk: Tokens, i: number, w: SpeakerWords): boolean {
  const l = tk.lower[i] ?? "";
  // "then the girlfriend of …", "then-Senator X" describe; "Dean, a doctor, then appeared" goes on.
  if (l === "then") {
    const next = tk.lower[i + 1] ?? "";
    return (
      w.determiners.has(next) ||
      w.roleWords.has(next) ||
      w.sourceNouns.has(next) ||
      isCapitalized(tk.surface[i + 1] ?? "")
    );
  }
  // "Christopher Shelton, the president of the union, which endorsed Sanders, said": a relative clause
  // on the appositive's noun belongs to the appositive.
  if (l === "who" || l === "which" || l === "whose" || l === "who’s" || l === "who's") return true;
  if (/^\d{1,3}$/.test(l)) return true;
  // "Several fact checkers, including The Washington Post,", "Pantucci, at the Royal United Services
  // Institute,": the members named, or where the speaker works.
  if (l === "including") {
    const next = tk.surface[i + 1] ?? "";
    return isCapitalized(next) || w.determiners.has(next.toLowerCase()) || /^\d/.test(next);
  }
  // (Not "said Pantucci, at a conference in London", "Biden, at the White House,": a setting; only an
  // institution one works at.)
  if (l === "at") {
    if (tk.lower[i + 1] !== "the" || !isCapitalized(tk.surface[i + 2] ?? "")) return false;
    for (let k = i + 2; k < tk.length && k - i <= 8 && isCapitalized(tk.surface[k] ?? ""); k++)
      if (WORKPLACE_HEADS.test(tk.surface[k] ?? "")) return true;
    return false;
  }
  // "Murphy, now a consultant on Burma,", "Wherry, of Mayfield Memorial Church,": a time before the
  // role, or the organisation alone.
  if ((l === "now" || l === "formerly" || l === "once") && i + 1 < tk.length)
    return opensAppositive(tk, i + 1, w);
  if (l === "of") return isCapitalized(tk.surface[i + 1] ?? "") || tk.lower[i + 1] === "the";
  if (w.determiners.has(l) && l !== "that" && l !== "this" && l !== "these" && l !== "those") return true;
  if (w.roleWords.has(l) || w.sourceNouns.has(l)) return l !== "of" && l !== "the";
  // "co-director of …", "vice-chair of …": a prefixed role.
  const prefixed = ROLE_PREFIX.exec(l);
  if (prefixed && w.roleWords.has(l.slice(prefixed[0].length))) return true;
  // "managing director and analyst at …", "senior fellow at …": a role's modifiers before it.
  if (ROLE_PARTICIPLES.has(l) || isModifier(tk, i, w, () => false)) {
    for (let k = i + 1; k < tk.length && k - i <= 3; k++) {
      const m = tk.lower[k] ?? "";
      if (w.roleWords.has(m) && m !== "of" && m !== "the") return true;
      if (!isModifier(tk, k, w, () => false)) return false;
    }
    return false;
  }
  return isNameToken(tk, i, w) && !w.stopWords.has(l);
}
const ROLE_PREFIX = /^(?:co|vice|deputy|ex)[-‐]/;
/** Participles that modify a role ("managing director", "acting chairman"). */
const ROLE_PARTICIPLES = new Set([
  "managing",
  "acting",
  "presiding",
  "founding",
  "ranking",
  "outgoing",
  "incoming",
  "leading",
  "governing",
]);

/**
 * The speaker to the left of a cue whose first token is `cueStart`: a phrase directly before it, or a
 * phrase followed by an appositive between commas. Returns the whole span's token range.
 */
export function speakerLeftOf(
  tk: Tokens,
  cueStart: number,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean = () => false,
): Phrase | null {
  let j = cueStart - 1;
  if (j < floor) return null;
  // “Division 20,” said: the comma that closes the appositive sits inside the closing mark.
  if ((tk.surface[j] === "”" || tk.surface[j] === '"') && tk.surface[j - 1] === "," && j - 1 > floor) j--;
  // "Joyce — who is listed as an attorney in Illinois — told": an aside between dashes.
  // (Also "--" and a spaced hyphen, " - ", as plain-text dashes.)
  const closing = dashEndingAt(tk, j);
  if (closing !== -1) {
    let k = closing - 1;
    while (k > floor && j - k < 30 && dashEndingAt(tk, k) === -1) k--;
    const opening = dashEndingAt(tk, k);
    if (k <= floor || opening === -1) return null;
    const p = phraseEndingAt(tk, opening - 1, floor, w, isCue);
    // The aside describes the speaker and belongs to the span, as an appositive between commas does.
    return p ? { start: p.start, end: closing - 1, head: p.head, appositive: k + 1 } : null;
  }
  // "Jonathan Spalter in a statement praised Trump", "Trump on Twitter attacked": the medium between the
  // speaker and the cue is no speaker.
  const medium = mediumPhraseBefore(tk, j);
  if (medium !== -1 && medium - 1 >= floor) {
    const p = phraseEndingAt(tk, medium - 1, floor, w, isCue);
    if (p) return extendCoordination(tk, p, floor, w);
  }
  // "A court document filed Thursday says", "A poll released Saturday found": a record, its participle
  // and when.
  // (The cue's own search has stepped over the time already.)
  if (RECORD_PARTICIPLES.test(tk.lower[j] ?? "") && w.temporal.has(tk.lower[j + 1] ?? "") && j - 1 >= floor) {
    const p = phraseEndingAt(tk, j - 1, floor, w, isCue);
    if (p && !w.pronouns.has(tk.lower[p.head] ?? ""))
      return { start: p.start, end: j + 1, head: p.head, appositive: -1 };
  }
  // "A poll released in late August found": the participle's time in a phrase of its own.
  for (let r = j - 1; r > floor && j - r <= 5; r--) {
    if (!RECORD_PARTICIPLES.test(tk.lower[r] ?? "")) {
      if (!TIME_PHRASE_WORD.test(tk.lower[r] ?? "") && !w.temporal.has(tk.lower[r] ?? "")) break;
      continue;
    }
    if (!/^(?:in|on|at|during|over|earlier|last|this)$/.test(tk.lower[r + 1] ?? "")) break;
    const p = phraseEndingAt(tk, r - 1, floor, w, isCue);
    // (The cue's search stepped over the time's last words, "August"; they are the phrase's.)
    let end = j;
    while (w.temporal.has(tk.lower[end + 1] ?? "") && end - j < 3) end++;
    if (p && !w.pronouns.has(tk.lower[p.head] ?? ""))
      return { start: p.start, end, head: p.head, appositive: -1 };
    break;
  }
  if (tk.surface[j] !== ",") {
    // "Palestinian elements who met with Hizbullah officials said": the phrase before "who" speaks.
    const relative = relativeClauseSpeaker(tk, j, floor, w, isCue);
    if (relative) return extendCoordination(tk, relative, floor, w);
    const p = phraseEndingAt(tk, j, floor, w, isCue);
    if (!p) {
      const subject = postmodifiedSubject(tk, j, floor, w, isCue);
      return subject && extendCoordination(tk, subject, floor, w);
    }
    // "Kim gave firm support": a bare noun right after a verb is its object, not a speaker.
    // ("…, extending firm support": the verb opening the phrase.)
    if (
      (p.start === p.end && GIVING_VERBS.has(tk.lower[p.start - 1] ?? "")) ||
      (GIVING_VERBS.has(tk.lower[p.start] ?? "") && /^[a-z]/.test(tk.surface[p.start] ?? ""))
    )
      return null;
    const wider = recordBefore(tk, p, floor, w, isCue) ?? modifiedHeadBefore(tk, p, floor, w, isCue);
    if (wider) return wider;
    // "sources close to her campaign", "officials seeking a truce": the phrase at the cue is a modifier's
    // object, not the speaker.
    const before = tk.surface[p.start - 1] ?? "";
    if (
      POSTMODIFIER_PREPOSITIONS.has(before.toLowerCase()) ||
      /^[a-z]{3,}ing$/.test(before) ||
      participleWithin(tk, p.start + 2, 7)
    ) {
      const subject = postmodifiedSubject(tk, j, floor, w, isCue);
      if (subject) return subject;
    }
    return extendCoordination(tk, p, floor, w);
  }
  // "Michael Seaman, who lives outside the state capital, Sacramento, said": a relative clause with commas
  // of its own describes the name before it.
  const relative = relativeClauseBefore(tk, j, floor, w, isCue);
  if (relative) return relative;
  // ", said": an appositive or parenthetical closes here; find where it opened. Appositives may come in
  // a row ("Peter Hart, 25, a bank employee, said"; "Tom Fitton, the president of …, a group that …, said").
  let k = previousComma(tk, j, floor);
  // ", appearing on Fox News right after the speech,", ", R-Fla.,": asides between the name and the cue.
  while (k !== -1 && (isAside(tk, k + 1, w) || isPlaceTail(tk, k, j, floor))) {
    const further = previousComma(tk, k, floor);
    if (further === -1) break;
    k = further;
  }
  while (k !== -1) {
    if (k + 1 >= j) return null;
    const before = tk.surface[k - 1] ?? "";
    if (/^\d{1,3}$/.test(before) && tk.surface[k - 2] === ",") {
      k -= 2;
      continue;
    }
    const head = phraseEndingAt(tk, k - 1, floor, w, isCue);
    if (!head) {
      // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": a party label between the name and
      // its appositive.
      const label = previousComma(tk, k, floor);
      if (label === -1 || !/^[RDI]-[A-Z]/.test(tk.surface[label + 1] ?? "")) return null;
      const name = phraseEndingAt(tk, label - 1, floor, w, isCue);
      return name ? { start: name.start, end: j - 1, head: name.end, appositive: label + 1 } : null;
    }
    if (w.pronouns.has(tk.lower[head.end] ?? "") && tk.lower[head.end] !== "who") {
      // "He, in a speech, said": a parenthetical after a pronoun.
      return opensAppositive(tk, k + 1, w) ? null : head;
    }
    // "…, a spokeswoman, Anna Richardson White, said": a description, then the name between the commas.
    if (startsWithDescriptor(tk, head.start, w) && !isCapitalized(tk.surface[head.end] ?? "")) {
      const name = phraseEndingAt(tk, j - 1, k + 1, w, isCue);
      if (name && name.start === k + 1 && isNameToken(tk, name.start, w) && isNameToken(tk, j - 1, w))
        return { start: head.start, end: j - 1, head: head.end, appositive: k + 1 };
    }
    // "Mr. Manafort, citing his polls, said": the aside is the speaker's, and may hold a statement of its own.
    if (isAside(tk, k + 1, w)) return { ...head, appositive: k + 1 };
    if (!opensAppositive(tk, k + 1, w)) return head;
    // The head is itself an appositive of a name further left: keep going.
    if (tk.surface[head.start - 1] === "," && startsWithDescriptor(tk, head.start, w)) {
      const further = previousComma(tk, head.start, floor);
      // (Not over a setting that opens the clause: "On Wednesday, the director of the FBI, James Comey, said".)
      if (further !== -1 && further === head.start - 1 && !isSettingBefore(tk, further, floor, w)) {
        k = further;
        continue;
      }
    }
    // ("United States Citizenship and Immigration Services, the agency that …, said": one name.)
    const named = extendCoordination(tk, head, floor, w);
    return { start: named.start, end: relativeCut(tk, k + 1, j), head: head.end, appositive: k + 1 };
  }
  return null;
}

/**
 * The first token of a dash that ends at token k ("—", "–", "--" as one or two tokens, a spaced "-"),
 * or -1. A hyphen inside a word is none.
 */
export function dashEndingAt(tk: Tokens, k: number): number {
  const s = tk.surface[k] ?? "";
  if (s === "—" || s === "–" || s === "--") return k;
  if (s !== "-") return -1;
  if (tk.surface[k - 1] === "-" && tk.starts[k] === tk.ends[k - 1]) return k - 1;
  return tk.starts[k] !== tk.ends[k - 1] && tk.ends[k] !== tk.starts[k + 1] ? k : -1;
}

/** Prepositions that open a speaker noun's modifier ("experts on North Korea", "sources inside Hamas"). */
const POSTMODIFIER_PREPOSITIONS = new Set([
  ...PHRASE_PREPOSITIONS,
  "of",
  "to",
  "near",
  "around",
  "over",
  "under",
  // "Protesters marching through the streets chanted".
  "through",
  "along",
  "outside",
]);
/** Possessive pronouns, which own a noun ("his call for", "close to her campaign"). */
export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my"]);

/**
 * The subject that ends at `last` when no speaker phrase does: a speaker noun with its modifier
 * ("sources close to her campaign", "experts on North Korea and nuclear nonproliferation", "people
 * familiar with her thinking"), or a bare plural noun ("forecasters", "Sanders fans").
 */
function postmodifiedSubject(
  tk: Tokens,
  last: number,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): Phrase | null {
  const ownLast = tk.lower[last] ?? "";
  // "ships with a declared link": a determiner or a possessive ends no phrase.
  if ((w.determiners.has(ownLast) && !NUMBER_WORDS.has(ownLast)) || POSSESSIVE_PRONOUNS.has(ownLast))
    return null;
  // The modifier's object: names, modifiers, determiners, a possessive, "and"; a gerund may end it.
  for (let p = last; p > floor && last - p <= 12; p--) {
    const l = tk.lower[p] ?? "";
    if (POSTMODIFIER_PREPOSITIONS.has(l) && p < last) {
      const adjective = SOURCE_LINKS.has(tk.lower[p - 1] ?? "");
      const head = adjective ? p - 2 : p - 1;
      if (head < floor) return null;
      const hl = tk.lower[head] ?? "";
      // ("Those over 60 say": the demonstrative stands for the people it modifies.) A preposition after
      // anything else is inside the modifier ("control of the Senate in November"): read on.
      if (!w.sourceNouns.has(hl) && hl !== "those" && !(/[^s]s$/.test(hl) && isModifier(tk, head, w, isCue)))
        continue;
      const np = phraseEndingAt(tk, head, floor, w, isCue) ?? {
        start: head,
        end: head,
        head,
        appositive: -1,
      };
      if (w.pronouns.has(tk.lower[np.head] ?? "")) return null;
      return { start: np.start, end: last, head: np.head, appositive: -1 };
    }
    // "Democrats trying to regain control of the Senate say": a participle's phrase after the noun.
    if (p < last && /[a-z]{3,}ing$/.test(l) && p - 1 >= floor) {
      const hl = tk.lower[p - 1] ?? "";
      if (
        w.sourceNouns.has(hl) ||
        (/[^s]s$/.test(hl) && (isModifier(tk, p - 1, w, isCue) || isCapitalized(tk.surface[p - 1] ?? "")))
      ) {
        const np = phraseEndingAt(tk, p - 1, floor, w, isCue) ?? {
          start: p - 1,
          end: p - 1,
          head: p - 1,
          appositive: -1,
        };
        return { start: np.start, end: last, head: np.head, appositive: -1 };
      }
      break;
    }
    const objectWord =
      isNameToken(tk, p, w) ||
      // (A cue word is a noun here: "close to her campaign".)
      isModifier(tk, p, w, () => false) ||
      w.determiners.has(l) ||
      POSSESSIVE_PRONOUNS.has(l) ||
      w.sourceNouns.has(l) ||
      /^\d/.test(l) ||
      (l === "and" && p < last) ||
      (p === last && /[a-z]ing$/.test(l));
    if (!objectWord) break;
  }
  // "forecasters say", "Sanders fans told": a plural noun after nothing that could be its verb.
  if (/[^s]s$/.test(ownLast) && isModifier(tk, last, w, isCue) && !/(?:ed|ly)$/.test(ownLast)) {
    let start = last;
    while (
      start - 1 >= floor &&
      last - start < 3 &&
      // ("hacking specialists", "polling experts": a noun in -ing too.)
      (isModifier(tk, start - 1, w, isCue) ||
        isNameToken(tk, start - 1, w) ||
        /^[a-z]{3,}ing$/.test(tk.surface[start - 1] ?? "")) &&
      !w.stopWords.has(tk.lower[start - 1] ?? "")
    )
      start--;
    const before = tk.lower[start - 1] ?? "";
    if (start === floor || /^[,;:(—–]$/.test(before) || /^(?:and|but|so|while|as|because|if)$/.test(before))
      return { start, end: last, head: last, appositive: -1 };
  }
  return null;
}

/**
 * "…, the president of the union, which endorsed Sanders, said": the appositive's own relative clause
 * describes the organisation, not the speaker, and stays out of the speaker's span.
 */
function relativeCut(tk: Tokens, from: number, end: number): number {
  for (let k = from; k < end; k++) if (tk.lower[k] === "which" && tk.surface[k - 1] === ",") return k - 2;
  return end;
}

/**
 * "a delegate from Houston, Texas, said": a region after a place named by a preposition continues the
 * appositive; the comma between them opens nothing.
 */
function isPlaceTail(tk: Tokens, comma: number, end: number, floor: number): boolean {
  if (end - comma - 1 < 1 || end - comma - 1 > 3) return false;
  // ("in Cambridge, Mass.,": a state's abbreviation keeps its period.)
  for (let k = comma + 1; k < end; k++)
    if (
      !isCapitalized(tk.surface[k] ?? "") &&
      !(tk.surface[k] === "." && isCapitalized(tk.surface[k - 1] ?? ""))
    )
      return false;
  let k = comma - 1;
  while (k > floor && comma - k <= 3 && isCapitalized(tk.surface[k] ?? "")) k--;
  return k < comma - 1 && PLACE_PREPOSITIONS.has(tk.lower[k] ?? "");
}
const PLACE_PREPOSITIONS = new Set(["from", "in", "of", "at", "near", "outside"]);

/** A participle phrase or a party and state label: "appearing on Fox News", "R-Fla.", "D-N.Y." */
function isAside(tk: Tokens, i: number, w: SpeakerWords): boolean {
  const s = tk.surface[i] ?? "";
  const l = tk.lower[i] ?? "";
  if (/^[RDI]-[A-Z]/.test(s)) return true;
  if (l === "including") return false;
  if (ROLE_PARTICIPLES.has(l) && opensAppositive(tk, i, w)) return false;
  return !isCapitalized(s) && /^[a-z]+(?:ing|ed)$/.test(l) && l.length > 5 && !w.sourceNouns.has(l);
}

/** Words that open a subordinate clause inside a relative one. */
const SUBORDINATORS = new Set([
  "when",
  "after",
  "because",
  "while",
  "if",
  "since",
  "before",
  "until",
  "once",
  "where",
  "whereas",
  "although",
  "though",
]);

/**
 * "a former Iraqi intelligence official who has followed the Qods Force for two decades said": the
 * phrase before a restrictive "who" clause that ends right before the cue.
 */
function relativeClauseSpeaker(
  tk: Tokens,
  j: number,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): Phrase | null {
  for (let k = j - 1; k > floor && j - k <= 15; k--) {
    const s = tk.surface[k] ?? "";
    if (CLAUSE_PUNCT.has(s) || s === ",") return null;
    // "who gained attention in 2009 when he yelled": a clause of its own, whose pronoun subject speaks
    // right before the cue ("who asked not to be named because he was not authorized … said" goes on).
    if (SUBORDINATORS.has(tk.lower[k] ?? "") && k === j - 1 && w.pronouns.has(tk.lower[j] ?? "")) return null;
    // "progressive organizations that have endorsed him say": "that" as the relative pronoun of a source
    // noun, its verb right after it.
    const relativeThat =
      tk.lower[k] === "that" &&
      /^(?:have|has|had|are|were|is|was|will|would|can|could|[a-z]+ed)$/.test(tk.lower[k + 1] ?? "") &&
      w.sourceNouns.has(tk.lower[k - 1] ?? "") &&
      // ("A study that appeared in the BMJ found": a record's clause is farRecordBefore's, and kept.)
      !RECORD_NOUNS.has(tk.lower[k - 1] ?? "");
    if (tk.lower[k] !== "who" && !relativeThat) continue;
    // "Those who disagreed told the newspaper": the pronoun heads its relative clause.
    // (Only opening its clause, and before a verb of saying: not "whether those who have been released
    // have later returned to attack", "praised those who left but said".)
    if (
      tk.lower[k] === "who" &&
      tk.lower[k - 1] === "those" &&
      k - 1 >= floor &&
      (k - 1 === floor || k - 1 === 0 || /^[.;:!?“”"(—–]$/.test(tk.surface[k - 2] ?? "")) &&
      SAYING_AFTER_CLAUSE.test(tk.lower[j + 1] ?? "")
    )
      return { start: k - 1, end: j, head: k - 1, appositive: k };
    const p = phraseEndingAt(tk, k - 1, floor, w, isCue);
    if (!p || w.pronouns.has(tk.lower[p.end] ?? "")) return null;
    // (PolNeAR's sources keep a "who" clause and leave a restrictive "that" clause out.)
    return { start: p.start, end: relativeThat ? k - 1 : j, head: p.end, appositive: relativeThat ? -1 : k };
  }
  return null;
}

/** Is there a participle ("seeking", "trying to broker") 3 to `reach` tokens before v, with only words between? */
export function participleWithin(tk: Tokens, v: number, reach: number): boolean {
  for (let k = v - 2; k >= 0 && v - k <= reach; k--) {
    if (!isWord(tk.surface[k] ?? "") && tk.lower[k] !== "to") return false;
    if (k <= v - 3 && /^[a-z]{3,}ing$/.test(tk.surface[k] ?? "")) return true;
  }
  return false;
}

/**
 * The speaker of a ", who …," clause that the comma at j closes, when the clause holds commas of its
 * own: the name before ", who" (past a ", meanwhile," aside) with the clause as its appositive.
 */
function relativeClauseBefore(
  tk: Tokens,
  j: number,
  floor: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): Phrase | null {
  let commas = 0;
  for (let k = j - 1; k > floor + 1 && j - k <= 40; k--) {
    const s = tk.surface[k] ?? "";
    if (s === "." || s === ";" || s === ":" || s === "“" || s === "”" || s === '"') return null;
    if (s === ",") commas++;
    if (!/^(?:who|whose)$/.test(tk.lower[k] ?? "") || tk.surface[k - 1] !== ",") continue;
    let end = k - 2;
    // "Sanders, meanwhile, who …": a discourse adverb between commas.
    const adverb =
      /^(?:meanwhile|however|too|though|also|instead|moreover|[a-z]+ly)$/.test(tk.lower[end] ?? "") &&
      tk.surface[end - 1] === ",";
    if (adverb) end -= 2;
    // One comma inside the clause or an adverb before it; otherwise the appositive search reads it.
    else if (commas === 0) return null;
    const head = phraseEndingAt(tk, end, floor, w, isCue);
    if (!head || !isNameToken(tk, head.head, w) || w.pronouns.has(tk.lower[head.head] ?? "")) return null;
    return { start: head.start, end: j - 1, head: head.end, appositive: k };
  }
  return null;
}

/** The comma before token `j` that opens the segment ending at j, within reach and within the clause. */
function previousComma(tk: Tokens, j: number, floor: number): number {
  for (let k = j - 1; k > floor && j - k <= 40; k--) {
    const s = tk.surface[k] ?? "";
    // Names in quotes inside an appositive ("the commander of “Division 20,”") do not end it.
    if (CLAUSE_PUNCT.has(s) && s !== "(" && s !== ")" && s !== "“" && s !== "”" && s !== '"') return -1;
    // “Division 20,” an opposition militia: the comma inside a quoted name's closing mark is the name's.
    if (s === "," && (tk.surface[k + 1] === "”" || tk.surface[k + 1] === '"') && k + 1 < j) continue;
    if (s === ",") return k;
  }
  return -1;
}

/** Members of a party, counted as sources ("one Democrat familiar with the talks"). */
const PARTY_MEMBERS =
  /^(?:Democrat|Republican|Conservative|Tory|Liberal|Socialist|Labourite|Independent|Libertarian)s?$/;

/** Does a short setting ("On Wednesday", "In Washington") open the clause and end at the comma at c? */
function isSettingBefore(tk: Tokens, c: number, floor: number, w: SpeakerWords): boolean {
  let s = c - 1;
  while (s > floor && c - s <= 8 && !CLAUSE_PUNCT.has(tk.surface[s - 1] ?? "")) s--;
  const first = tk.lower[s] ?? "";
  // ("Last week, …", "Yesterday, …", "Like Mr. Trump, the governor of Maine, Paul LePage, said".)
  return (
    c - s <= 8 &&
    (SETTING_OPENERS.test(first) || w.temporal.has(first) || first === "like" || first === "unlike")
  );
}

/** "the president of …", "a conservative group …": a description rather than a name. */
function startsWithDescriptor(tk: Tokens, i: number, w: SpeakerWords): boolean {
  const l = tk.lower[i] ?? "";
  return (
    (w.determiners.has(l) && l !== "that") ||
    (!isCapitalized(tk.surface[i] ?? "") && (w.roleWords.has(l) || w.sourceNouns.has(l)))
  );
}

function extendCoordination(tk: Tokens, p: Phrase, floor: number, w: SpeakerWords): Phrase {
  const and = p.start - 1;
  if (and - 1 < floor || tk.lower[and] !== "and") return p;
  const left = phraseEndingAt(tk, and - 1, floor, w);
  if (left && isHead(tk, left.end, w)) return { ...p, start: listStart(tk, left.start, floor, w) };
  // "The former first lady and U.S. senator said": two descriptions of one speaker, the first opening
  // the clause with its determiner.
  if (
    left &&
    w.determiners.has(tk.lower[left.start] ?? "") &&
    !w.determiners.has(tk.lower[p.start] ?? "") &&
    (w.roleWords.has(tk.lower[p.head] ?? "") || w.sourceNouns.has(tk.lower[p.head] ?? "")) &&
    (left.start === floor || !isWord(tk.surface[left.start - 1] ?? ""))
  )
    return { ...p, start: left.start };
  // "companies and individuals complain": two plurals.
  const l = tk.lower[and - 1] ?? "";
  // (Not "has struck weapons depots and officials say": the left plural opens its clause.)
  const opens =
    and - 2 < floor || !isWord(tk.surface[and - 2] ?? "") || w.determiners.has(tk.lower[and - 2] ?? "");
  if (
    opens &&
    /[^s]s$/.test(l) &&
    isModifier(tk, and - 1, w, () => false) &&
    /[^s]s$/.test(tk.lower[p.head] ?? "")
  )
    return { ...p, start: and - 1 };
  return p;
}

const SAYING_AFTER_CLAUSE =
  /^(?:said|say|says|told|tell|tells|argued|argue|argues|insisted|insist|insists|warned|warn|warns|complained|complain|complain|claimed|claim|claims|added)$/;

const SETTING_OPENERS =
  /^(?:in|at|on|from|after|before|during|for|with|by|under|since|amid|despite|as|across|inside|outside|near|over|to)$/;

/**
 * The start of a list of names before the one at `start` ("Iran, Russia and Turkey said"): the items
 * before it, each a name followed by a comma, back to the clause's first word; `start` itself when the
 * first item does not open the clause ("In Gaza, Hamas and Fatah said": a setting, no list).
 */
function listStart(tk: Tokens, start: number, floor: number, w: SpeakerWords): number {
  let s = start;
  for (let items = 0; items < 6; items++) {
    const comma = s - 1;
    if (tk.surface[comma] !== "," || comma - 1 < floor) break;
    const item = phraseEndingAt(tk, comma - 1, floor, w);
    if (!item || !isHead(tk, item.end, w) || item.appositive !== -1) break;
    // ("In Gaza, Hamas and Fatah said": a capitalised preposition opens a setting.)
    if (SETTING_OPENERS.test(tk.lower[item.start] ?? "")) break;
    s = item.start;
  }
  if (s === start) return start;
  const before = tk.surface[s - 1] ?? "";
  return s === floor || s === 0 || /^[.;:!?“”"(—–]$/.test(before) ? s : start;
}

/** Nouns for a person by their stance, which describe a speaker without being a role ("Clinton ally X"). */
const STANCE_NOUNS = new Set(["ally", "allies", "confidant", "critic", "supporter", "loyalist"]);

/** Do lower-case modifiers from k on, none of them a past tense, end in a source noun within three words? */
function modifiersReachSourceNoun(tk: Tokens, k: number, w: SpeakerWords): boolean {
  for (let j = k; j < tk.length && j - k < 3; j++) {
    const l = tk.lower[j] ?? "";
    if (w.sourceNouns.has(l)) return true;
    if (!isModifier(tk, j, w, () => false) || l.endsWith("ed")) return false;
  }
  return false;
}

/**
 * The period of "Mr.", "Sen." or an initial, followed by a name, or the last period of a party label
 * closing its parenthesis ("Rep. Jim Clyburn (D-S.C.), a member of …"): not the end of a clause.
 */
export function isAbbreviationPeriod(tk: Tokens, k: number): boolean {
  const before = tk.surface[k - 1] ?? "";
  if (tk.surface[k + 1] === ")") return opensWithin(tk, k, "(", ")", 8);
  // ", R-Ky., said": a party and state label's period, before its closing comma.
  if (PARTY_STATE.test(before) && tk.surface[k + 1] === ",") return true;
  return before.length <= 4 && isCapitalized(before) && isCapitalized(tk.surface[k + 1] ?? "");
}
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]{0,5}$/;

/** Is there an `open` token less than `reach` tokens before k, with no `close` between? */
export function opensWithin(tk: Tokens, k: number, open: string, close: string, reach: number): boolean {
  for (let j = k - 1; j >= 0 && k - j < reach; j--) {
    const s = tk.surface[j];
    if (s === open) return true;
    if (s === close) return false;
  }
  return false;
}

/** The speaker phrase starting at token `start` (inverted order: "said Talal Naji, an aide to …"). */
export function speakerRightOf(
  tk: Tokens,
  start: number,
  limit: number,
  w: SpeakerWords,
  appositiveLimit = limit,
  isCue: (l: string) => boolean = () => false,
): Phrase | null {
  if (start >= limit) return null;
  const first = bareWord(tk.lower[start] ?? "");
  if (w.pronouns.has(first) && first !== "who" && first !== "which") {
    return { start, end: start, head: start, appositive: -1 };
  }
  let end = -1;
  let head = -1;
  let modifiers = 0;
  for (let k = start; k < limit && k - start < 14; k++) {
    const s = tk.surface[k] ?? "";
    const l = tk.lower[k] ?? "";
    // "said one of those advisers", "said two of the senators": a part of a group speaks.
    if (end === -1 && k === start && (NUMBER_WORDS.has(l) || l === "one") && tk.lower[k + 1] === "of") {
      k++;
      continue;
    }
    if (end === -1 && k - start < 3 && (w.determiners.has(l) || ORDINALS.has(l))) continue;
    // "said conservative activist Bob Klaus": lower-case modifiers before the role or the name; more than
    // two only on the way to a source noun ("a former senior law enforcement official"), never a verb.
    if (
      end === -1 &&
      isModifier(tk, k, w, () => false) &&
      !w.sourceNouns.has(l) &&
      (modifiers < 2 || (modifiers < 4 && modifiersReachSourceNoun(tk, k, w)))
    ) {
      modifiers++;
      continue;
    }
    // "Sen. Lindsey O. Graham": the period of a title or an initial.
    if (
      s === "." &&
      end === k - 1 &&
      (tk.surface[k - 1] ?? "").length <= 4 &&
      isCapitalized(tk.surface[k + 1] ?? "")
    )
      continue;
    // "Rep. Earl Blumenauer (D-Ore.)"
    if (s === "(" && end === k - 1 && head !== -1) {
      let close = k + 1;
      while (close < limit && close - k < 10 && tk.surface[close] !== ")") close++;
      if (tk.surface[close] !== ")") break;
      end = close;
      k = close;
      continue;
    }
    if (
      isNameToken(tk, k, w) ||
      (end === k - 1 && isInitial(tk, k)) ||
      w.roleWords.has(l) ||
      w.sourceNouns.has(l) ||
      (isPossessive(s) && isWord(s))
    ) {
      if ((l === "of" || l === "the") && end === -1) break;
      end = k;
      if (isHead(tk, k, w)) head = k;
      continue;
    }
    if ((l === "by" || l === "from") && head !== -1) continue;
    // "said another Twitter user, Johanna Bayer": a common noun after a name, before the appositive.
    // (Not after a connective: "accused by his wife Amber Heard of abuse.")
    if (
      end === k - 1 &&
      head !== -1 &&
      isModifier(tk, k, w, () => false) &&
      /^[,.]$/.test(tk.surface[k + 1] ?? "") &&
      !/^(?:of|the|by|for|from|and)$/.test(tk.lower[k - 1] ?? "")
    ) {
      end = k;
      head = k;
      continue;
    }
    // "said a lawyer for the family", "said a spokesman for Hamas".
    if (l === "for" && end === k - 1 && w.roleNouns.has(tk.lower[end] ?? "")) continue;
    // "said the protesters' leader": a plural possessive's apostrophe, alone, before a role or source noun.
    if (
      (s === "'" || s === "’") &&
      k > start &&
      /^[a-z]{3,}s$/.test(tk.surface[k - 1] ?? "") &&
      (w.roleNouns.has(tk.lower[k + 1] ?? "") || w.sourceNouns.has(tk.lower[k + 1] ?? ""))
    ) {
      end = k;
      continue;
    }
    // "said Texas delegate Beau Correll", "said Clinton ally James Carville": a role noun between a name
    // and the speaker's own name describes the speaker ("Clinton has embraced Mr. Obama" names no one).
    if (end === k - 1 && isNameToken(tk, end, w) && !isPossessive(tk.surface[end] ?? "")) {
      let m = k;
      while (
        m < limit &&
        m - k < 3 &&
        (isModifier(tk, m, w, () => false) || STANCE_NOUNS.has(tk.lower[m] ?? ""))
      )
        m++;
      const noun = tk.lower[m - 1] ?? "";
      if (
        m > k &&
        (w.sourceNouns.has(noun) || w.roleWords.has(noun) || STANCE_NOUNS.has(noun)) &&
        isNameToken(tk, m, w) &&
        isCapitalized(tk.surface[m] ?? "")
      ) {
        k = m - 1;
        continue;
      }
    }
    break;
  }
  // "the affidavit", "the filing": a determiner and a lower-case noun, when nothing else names the speaker.
  if (head === -1 && end === -1 && w.determiners.has(tk.lower[start] ?? "")) {
    let k = start + 1;
    while (
      k < limit &&
      k - start <= 2 &&
      isWord(tk.surface[k] ?? "") &&
      !isCapitalized(tk.surface[k] ?? "") &&
      !w.stopWords.has(tk.lower[k] ?? "") &&
      !/(?:ed|ly)$/.test(tk.lower[k] ?? "")
    )
      k++;
    if (k - 1 > start) {
      end = k - 1;
      head = k - 1;
    }
  }
  if (end === -1 || head === -1) return null;
  // Trailing connectives were allowed as role words ("secretary general of the PFLP"); drop them at the end.
  // ("Dean then appeared": "then" opens a former role, "then-Senator X", never ends one.)
  while (end > start && /^(?:of|the|by|then)$/.test(tk.lower[end] ?? "")) end--;
  if (head > end) head = end;
  // "says a source involved in the super-PAC's creation.": a source noun's modifier to the clause's end.
  // ("said one person with knowledge of the talks", "with direct knowledge of", "with ties to".)
  const withKnowledge =
    tk.lower[end + 1] === "with" &&
    (/^(?:knowledge|ties|links|access)$/.test(tk.lower[end + 2] ?? "") ||
      (/^(?:direct|detailed|close|firsthand|first-hand|intimate|personal)$/.test(tk.lower[end + 2] ?? "") &&
        /^(?:knowledge|ties|links|access)$/.test(tk.lower[end + 3] ?? "")));
  // "said the base chief known as Bob": the name a source is known by is the phrase's.
  if (
    w.sourceNouns.has(tk.lower[end] ?? "") || w.roleWords.has(tk.lower[end] ?? "")
      ? tk.lower[end + 1] === "known" &&
        tk.lower[end + 2] === "as" &&
        isCapitalized(tk.surface[end + 3] ?? "")
      : false
  ) {
    end += 3;
    while (end + 1 < limit && isNameToken(tk, end + 1, w) && isCapitalized(tk.surface[end + 1] ?? "")) end++;
    head = end;
  }
  // ("said one Democrat familiar with the discussion": a counted party member is a source noun too.)
  // (A party's member only: "said one American with ties to Iran" is no speaking United States.)
  const countedMember =
    end === head &&
    end > start &&
    PARTY_MEMBERS.test(tk.surface[end] ?? "") &&
    (/^(?:an?|one|another|some|several)$/.test(tk.lower[start] ?? "") ||
      NUMBER_WORDS.has(tk.lower[start] ?? ""));
  if (
    (w.sourceNouns.has(tk.lower[end] ?? "") || countedMember) &&
    ((SOURCE_LINKS.has(tk.lower[end + 1] ?? "") && POSTMODIFIER_PREPOSITIONS.has(tk.lower[end + 2] ?? "")) ||
      withKnowledge)
  ) {
    let k = end + 3;
    while (k < limit && k - end <= 12 && isWord(tk.surface[k] ?? "")) k++;
    if (k - end <= 12 && (k >= limit || tk.surface[k] === "." || tk.surface[k] === ",")) end = k - 1;
  }
  // ", an aide to the secretary general of the PFLP–GC." up to the end of the unit or the next comma.
  limit = Math.max(limit, appositiveLimit);
  if (
    tk.surface[end + 1] === "," &&
    end + 2 < limit &&
    opensAppositive(tk, end + 2, w) &&
    tk.lower[end + 2] !== "who" &&
    tk.lower[end + 2] !== "which"
  ) {
    let k = end + 2;
    // Scare quotes and names in quotes ("the commander of “Division 20,” an opposition militia") stay inside.
    let inQuote = false;
    while (k < limit && k - end < 40) {
      const s = tk.surface[k] ?? "";
      if (s === "“" || (s === '"' && !inQuote)) inQuote = true;
      else if (s === "”" || (s === '"' && inQuote)) inQuote = false;
      else if (
        !inQuote &&
        (s === "," || (s === "." && !isAbbreviationPeriod(tk, k)) || CLAUSE_PUNCT.has(s))
      ) {
        // A comma inside the appositive continues it when another appositive phrase follows.
        if (
          s === "," &&
          opensAppositive(tk, k + 1, w) &&
          k + 1 < limit &&
          tk.lower[k + 1] !== "who" &&
          tk.lower[k + 1] !== "which"
        ) {
          k++;
          continue;
        }
        break;
      }
      k++;
    }
    if (k - end < 40 && (k >= limit || tk.surface[k] === "." || tk.surface[k] === ",")) {
      // "said Peter Morgan, a lawyer for the Sierra Club, who has been …": a relative clause that closes
      // the sentence goes with the appositive.
      const relative = tk.surface[k] === "," ? closingRelative(tk, k, limit, w, isCue) : -1;
      return { start, end: relative === -1 ? k - 1 : relative, head, appositive: end + 2 };
    }
  }
  // "said Mr. Schmidt, who bought the property ten years ago.": a relative clause that closes the sentence
  // describes the speaker as an appositive does.
  const relative = tk.surface[end + 1] === "," ? closingRelative(tk, end + 1, limit, w, isCue) : -1;
  if (relative !== -1) return { start, end: relative, head, appositive: end + 2 };
  return { start, end, head, appositive: -1 };
}

/** Does a clause or a quotation follow from `from` ("added that …", "said Biden was weak", "wrote: “…”")? */
function reportsClause(tk: Tokens, from: number, limit: number): boolean {
  for (let k = from; k < limit && k - from < 12; k++) {
    const l = tk.lower[k] ?? "";
    if (l === "," || l === ".") return false;
    if (l === "that" || l === ":" || QUOTE_OPENERS.has(l) || REPORTED_AUXILIARY.test(l)) return true;
  }
  return false;
}
const QUOTE_OPENERS = new Set(["“", '"', "‘", "«", "''", "``"]);
const REPORTED_AUXILIARY = /^(?:is|was|were|are|will|would|could|can|should|has|have|had|may|might|must)$/;

/**
 * The last token of a ", who …" clause after the comma at `comma` that runs to the sentence's end
 * (over appositives of its own, ", then the C.I.A. director"), or -1.
 */
function closingRelative(
  tk: Tokens,
  comma: number,
  limit: number,
  w: SpeakerWords,
  isCue: (l: string) => boolean,
): number {
  if (!/^(?:who|whose)$/.test(tk.lower[comma + 1] ?? "")) return -1;
  let k = comma + 2;
  // "said Netanyahu, who added that …": a clause that reports is a statement of its own.
  let verb = k;
  while (
    verb < limit &&
    verb - k < 4 &&
    /^(?:has|have|had|was|is|also|later|then|[a-z]+ly)$/.test(tk.lower[verb] ?? "")
  )
    verb++;
  if (isCue(tk.lower[verb] ?? "") && reportsClause(tk, verb + 1, limit)) return -1;
  while (
    k < limit &&
    k - comma < 40 &&
    !CLAUSE_PUNCT.has(tk.surface[k] ?? "") &&
    (tk.surface[k] !== "," ||
      (opensAppositive(tk, k + 1, w) && !/^(?:who|which)$/.test(tk.lower[k + 1] ?? ""))) &&
    (tk.surface[k] !== "." || isAbbreviationPeriod(tk, k))
  )
    k++;
  return k - comma < 40 && (k >= limit || tk.surface[k] === ".") ? k - 1 : -1;
}
