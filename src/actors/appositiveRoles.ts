// Roles stated about people who are not speaking: "Gebran Bassil, the leader of the Free Patriotic
// Movement, …", "Khaled Khoja, former president of the Syrian National Coalition, …", "… met Hamas
// political bureau head Isma'il Haniya". Speaker phrases get their roles in speakerActors.ts; this finds
// the same two shapes (an appositive after the name, a role before it) around every other mention of a
// person, when an organisation or state mention closes the role. A role with no owner named ("former
// minister Jihad Azour", "Umm Mohammed, a teacher in Shujaiya,") is stated all the same, without one.

import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { Actor, Span } from "../contract/extraction.js";
import { isWordCode } from "../text/tokens.js";
import { antecedentOf, descriptionFits } from "./descriptions.js";

/** A capitalised possessive, perhaps with a modifier, right before a word: "China's foreign ", "Iran’s ". */
const OWNED_BY_NAME = /\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u;

export interface StatedRole {
  actor: string;
  role: string;
  /** The organisation, group or state the role is of; null when the text names none. */
  owner: string | null;
}

/** The longest appositive looked at, in characters. */
const MAX_APPOSITIVE = 160;

const ARTICLE = /^(?:the|a|an)\s+/i;

/** Auxiliaries no role contains. */
const FINITE_VERBS = new Set(
  "is are was were be been being has have had will would could should can may might did does do".split(" "),
);

/** A role phrase: lower-case words (a role word last), e.g. "deputy secretary-general", "former president". */
function rolePhrase(words: string, sw: SpeakerWords): string | null {
  const role = words.trim().replace(ARTICLE, "").replace(/\s+/g, " ");
  if (role === "" || role.split(" ").length > 6) return null;
  if (!/^[\p{Ll}][\p{Ll}\p{Pd}' ]*$/u.test(role)) return null;
  const parts = role.split(" ");
  // "France is expected to host X": a clause, not a role.
  if (parts.some((w) => FINITE_VERBS.has(w))) return null;
  const last = parts.at(-1) ?? "";
  // "of" and "the" are role words only inside a role ("secretary of state"): "condemned the" is none.
  return sw.roleWords.has(last) && last !== "of" && last !== "the" ? role : null;
}

/**
 * A role stated of no one named: a role phrase whose last word names a position or an occupation by
 * itself (roleNouns: "columnist", "former minister"), never a modifier or a verb alone ("former",
 * "elected", "then").
 */
export function bareRole(words: string, sw: SpeakerWords): string | null {
  // "his campaign manager": whose it is, a pronoun, says nothing more. Only a first capital is dropped
  // ("Former minister"): "the Florida senator" holds a name no stage knew, so the role is not all there.
  const bare = words
    .replace(/^\s*(?:the|a|an)\s+/i, "")
    .replace(/^\s*(?:his|her|their|its)\s+/i, "")
    .trim();
  const role = rolePhrase(bare.charAt(0).toLowerCase() + bare.slice(1), sw);
  if (role === null) return null;
  return sw.roleNouns.has(role.split(" ").at(-1) ?? "") ? role : null;
}

/** "member of parliament", "head of the investigation": a lower-case object of "of", up to five words. */
const LOWER_CASE_OBJECT = /^\s+of\s+((?:[\p{Ll}][\p{Ll}\p{Pd}']*\s*){1,5})$/u;

/** Modifiers that may open a role before a name ("former minister", "acting president"). */
const ROLE_MODIFIERS = new Set(["former", "ex", "deputy", "acting", "senior", "veteran", "retired"]);

/**
 * The role words right before a name, when no owner is named: the run of role words and their modifiers
 * that ends at the name ("a reference to former minister Jihad Azour" → "former minister").
 */
function bareRoleBefore(words: readonly { word: string }[], sw: SpeakerWords): string | null {
  const lower = words.map((w) => w.word.toLowerCase());
  const last = lower[lower.length - 1] ?? "";
  if (!sw.roleNouns.has(last)) return null;
  let k = lower.length - 1;
  while (k > 0) {
    const w = lower[k - 1] ?? "";
    if (w === "of" || w === "the" || !(sw.roleWords.has(w) || ROLE_MODIFIERS.has(w))) break;
    k--;
  }
  return bareRole(lower.slice(k).join(" "), sw);
}

/** A letter, digit, hyphen, dash or apostrophe: part of a word when reading back from a name. */
function isNamePart(c: number): boolean {
  return isWordCode(c) || c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2013;
}

/** "movement's" → "movement"; null for a word that is not a description noun. */
function descriptionNoun(word: string): string | null {
  let w = word.toLowerCase();
  // The possessive ending, as /['’]s?$/ would cut it, without a regex: this runs for every word before
  // every mention of a person.
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const beforeLast = w.charCodeAt(n - 2);
  if (last === 115 && (beforeLast === 39 || beforeLast === 0x2019)) w = w.slice(0, n - 2);
  else if (last === 39 || last === 0x2019) w = w.slice(0, n - 1);
  return descriptionFits(w) ? w : null;
}

/** /^\p{Ll}/u on a word, without the regex for the usual ASCII first letter. */
function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(word);
}
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * For each person mention: ", [the] ROLE of OWNER" after it, or "OWNER ROLE", "OWNER's ROLE," before it.
 * OWNER is a mention of an organisation, group or state (`owners`, sorted by start), or a description of
 * one ("the movement's", "coalition") that stands for the most recent fitting one.
 */
export function findStatedRoles(
  text: string,
  people: readonly Actor[],
  owners: readonly { span: Span; actor: Actor }[],
  sw: SpeakerWords,
): StatedRole[] {
  const out: StatedRole[] = [];
  const ownerAt = new Map<number, Actor>();
  const ownerEnding = new Map<number, Actor>();
  const ownerEndAt = new Map<number, number>();
  for (const o of owners) {
    ownerAt.set(o.span[0], o.actor);
    ownerEndAt.set(o.span[0], o.span[1]);
    ownerEnding.set(o.span[1], o.actor);
  }
  const add = (person: Actor, owner: Actor | null | undefined, role: string | null) => {
    if (role && owner && owner !== person) out.push({ actor: person.id, role, owner: owner.id });
  };
  const addBare = (person: Actor, role: string | null) => {
    if (role) out.push({ actor: person.id, role, owner: null });
  };
  for (const person of people) {
    for (const [s, e] of person.mentions) {
      // After the name: ", the leader of the Free Patriotic Movement," / ", the head of the movement's … office,".
      if (text.charCodeAt(e) === 44) {
        const inner = e + 1;
        const stop = text.slice(inner, inner + MAX_APPOSITIVE).search(/[,;.()“”"]/);
        const segment = stop > 0 ? text.slice(inner, inner + stop) : "";
        const of = /\s(?:of|at|in)\s+(?:the\s+)?/.exec(segment);
        if (of) {
          const ownerStart = inner + of.index + of[0].length;
          const noun = descriptionNoun(
            /^[\p{L}'’-]+/u.exec(text.slice(ownerStart, ownerStart + 30))?.[0] ?? "",
          );
          let owner =
            ownerAt.get(ownerStart) ??
            (noun && /the\s+$/.test(of[0]) ? antecedentOf(noun, ownerStart, owners) : null);
          // "the dominant faction in Idlib": after "in", only a known organisation or state is whose role
          // it is; a name no dictionary knows there is most often a place.
          if (owner && /^\sin\s/.test(of[0]) && !owner.known) owner = null;
          if (owner && owner !== person) add(person, owner, rolePhrase(segment.slice(0, of.index), sw));
          else if (!owner) {
            const head = bareRole(segment.slice(0, of.index), sw);
            const object = LOWER_CASE_OBJECT.exec(segment.slice(of.index));
            // ", a member of parliament,", ", the head of the investigation,": the role is the whole phrase.
            if (object)
              addBare(person, head && `${head} of ${(object[1] as string).trim().replace(/\s+/g, " ")}`);
            // ", a teacher in the Shujaiya neighbourhood": a place after "in" or "at", not whose role it is.
            // An "of" with a name no stage knows ("head of the Lebanese Forces party") gives nothing.
            else if (!/^\s*of\b/.test(segment.slice(of.index))) addBare(person, head);
          }
        } else {
          // ", the group's chief negotiator and spokesman," / ", Hizbullah’s deputy secretary-general,".
          const owned = /^\s*(?:the\s+)?([\p{L}-]+)['’]s?\s+(.+)$/u.exec(segment);
          if (owned) {
            const ownerStart = inner + segment.indexOf(owned[1] as string);
            const noun = startsLowerCase(owned[1] as string) ? descriptionNoun(owned[1] as string) : null;
            const owner = ownerAt.get(ownerStart) ?? (noun ? antecedentOf(noun, ownerStart, owners) : null);
            if (owner && owner !== person) add(person, owner, rolePhrase(owned[2] as string, sw));
          } else {
            // ", the Syrian journalist," / ", a Hamas official,": an owner's mention, then the role.
            const lead = /^\s*(?:the|a|an)\s+/i.exec(segment);
            const at = inner + (lead ? lead[0].length : 0);
            const owner = ownerAt.get(at);
            const ownerEnd = ownerEndAt.get(at);
            if (owner && owner !== person && ownerEnd !== undefined)
              add(person, owner, rolePhrase(text.slice(ownerEnd, inner + segment.length), sw));
            // ", a columnist,", ", the former minister,": a role of no one named.
            else if (!owner && lead) addBare(person, bareRole(segment, sw));
          }
        }
      }
      // Before the name: "Hamas political bureau head X", "Hizbullah’s deputy leader X", "the movement's
      // leader, X", "Former coalition president X".
      let roleStart = s;
      while (roleStart > 0 && text.charCodeAt(roleStart - 1) === 32) roleStart--;
      // "the movement's leader, X": a comma may stand between an owned role and the name, but a role of no
      // one named must touch it ("In a letter to the prime minister, Joseph Aoun wrote" is no role of his).
      const afterComma = text.charCodeAt(roleStart - 1) === 44;
      if (afterComma) roleStart--;
      const roleEnd = roleStart;
      const words: { word: string; at: number }[] = [];
      let ownerEnd = -1;
      for (let n = 0; n < 7; n++) {
        let we = roleStart;
        while (we > 0 && text.charCodeAt(we - 1) === 32) we--;
        let ws = we;
        while (ws > 0 && isNamePart(text.charCodeAt(ws - 1))) ws--;
        if (ws === we) break;
        const word = text.slice(ws, we);
        const lowerCase = startsLowerCase(word);
        const noun = lowerCase ? descriptionNoun(word) : null;
        if (!lowerCase && !/^(?:Former|Deputy|Senior|Acting)$/.test(word)) {
          ownerEnd = we;
          break;
        }
        if (noun && words.length > 0) {
          // "the movement's leader", "coalition president": the noun names the owner. Not one a name owns
          // ("China's foreign ministry spokesperson" is no spokesperson of Israel's ministry named before).
          const named = OWNED_BY_NAME.test(text.slice(Math.max(0, ws - 40), ws));
          const owner = named ? null : antecedentOf(noun, ws, owners);
          if (owner && owner !== person) {
            // "Former coalition president": the modifier before the noun belongs to the role.
            const former = /(?:^|\s)(former|ex-|deputy|acting)\s+$/i.exec(
              text.slice(Math.max(0, ws - 12), ws),
            );
            const phrase = words.map((w) => w.word).join(" ");
            add(person, owner, rolePhrase(`${former ? `${former[1]} ` : ""}${phrase}`.toLowerCase(), sw));
          }
          ownerEnd = -2;
          break;
        }
        words.unshift({ word, at: ws });
        roleStart = ws;
      }
      if (ownerEnd >= 0 && words.length > 0) {
        const owner =
          ownerEnding.get(ownerEnd) ?? ownerEnding.get(ownerEnd - 2) ?? ownerEnding.get(ownerEnd - 1);
        if (owner && owner !== person)
          add(person, owner, rolePhrase(text.slice(roleStart, roleEnd).toLowerCase(), sw));
        else if (!owner && !afterComma) addBare(person, bareRoleBefore(words, sw));
      } else if (ownerEnd === -1 && words.length > 0 && !afterComma)
        addBare(person, bareRoleBefore(words, sw));
    }
  }
  return out;
}
