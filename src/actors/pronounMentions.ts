// Pronouns as mentions of the actors they stand for, wherever they occur ("Haniya thanked Iran for its
// support; his visit …"): each one goes to the most recent mention of a fitting actor before it in the
// same paragraph and close by. Speakers' pronouns were resolved with the statements; this adds the rest,
// conservatively: no antecedent close enough, no mention.

import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { Actor, ActorType, Span } from "../contract/extraction.js";
import { antecedentOf, descriptionFits } from "./descriptions.js";
import { stableOrderByStart } from "./spanOrder.js";

const PERSON: readonly ActorType[] = ["person"];
const COLLECTIVE: readonly ActorType[] = ["organization", "group", "state"];
const THING: readonly ActorType[] = ["organization", "state", "media"];

/** What each pronoun can stand for, and whether it says the person's gender. */
const PRONOUNS: Record<string, { fits: readonly ActorType[]; gender: "f" | "m" | null }> = {
  he: { fits: PERSON, gender: "m" },
  him: { fits: PERSON, gender: "m" },
  his: { fits: PERSON, gender: "m" },
  she: { fits: PERSON, gender: "f" },
  her: { fits: PERSON, gender: "f" },
  they: { fits: COLLECTIVE, gender: null },
  them: { fits: COLLECTIVE, gender: null },
  their: { fits: COLLECTIVE, gender: null },
  // Not "it": mostly no one ("it is", "it was said").
  its: { fits: THING, gender: null },
};

/** How far back, in characters, an antecedent may be. */
const WINDOW = 250;

const PRONOUN = /\b(?:he|him|his|she|her|they|them|their|its)\b/gi;

/** "him", "them": pronouns that are only ever objects. */
function isObjectPronoun(text: string, at: number, end: number): boolean {
  const w = text.slice(at, end).toLowerCase();
  return w === "him" || w === "them";
}

/**
 * Between a name and an object pronoun, only the pronoun's own verb (with auxiliaries and adverbs): the
 * name is that verb's subject ("Khamenei praised him", "Biden had betrayed him", "Iran had always
 * supported him"). Anything more ("told Haniyeh he supported him", "asked Biden to support him") and the
 * name may be the one meant.
 */
const OWN_VERB =
  /^[ \u00a0]+(?:(?:has|have|had|was|were|is|are|will|would|did|does|do|could|can|may|might|should|must|also|not|never|then|later|again|\w+ly)[ \u00a0]+)*[a-z]+[ \u00a0]+$/;

function sameClause(text: string, from: number, to: number): boolean {
  return to - from < 60 && OWN_VERB.test(text.slice(from, to));
}

/** A character \b counts as part of a word: [A-Za-z0-9_]. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The rule of the pronoun PRONOUN matched at text[at, at + length), told by its length and letters. */
function pronounRule(
  text: string,
  at: number,
  length: number,
): { fits: readonly ActorType[]; gender: "f" | "m" | null } {
  const first = text.charCodeAt(at) | 32;
  let word: string;
  if (length === 2) word = "he";
  else if (length === 5) word = "their";
  else if (length === 4) word = (text.charCodeAt(at + 3) | 32) === 121 ? "they" : "them";
  else if (first === 115) word = "she";
  else if (first === 105) word = "its";
  else if ((text.charCodeAt(at + 1) | 32) === 101) word = "her";
  else word = (text.charCodeAt(at + 2) | 32) === 109 ? "him" : "his";
  return PRONOUNS[word] as { fits: readonly ActorType[]; gender: "f" | "m" | null };
}

function genderOf(actor: Actor, words: SpeakerWords): "f" | "m" | null {
  const first = (actor.name.split(/\s+/)[0] ?? "").toLowerCase();
  if (words.femaleFirstNames.has(first)) return "f";
  if (words.maleFirstNames.has(first)) return "m";
  return null;
}

/**
 * Adds each resolvable pronoun's span to its actor's mentions. `actors` keep their other mentions; spans
 * already a mention of some actor (a speaker's pronoun) are left as they are.
 */
export function addPronounMentions(text: string, actors: readonly Actor[], words: SpeakerWords): void {
  const unordered: { span: Span; actor: Actor }[] = [];
  const taken = new Set<number>();
  for (const a of actors)
    for (const m of a.mentions) {
      unordered.push({ span: m, actor: a });
      taken.add(m[0]);
    }
  if (unordered.length === 0) return;
  const timeline = stableOrderByStart(unordered.map((t) => t.span[0])).map(
    (k) => unordered[k] as { span: Span; actor: Actor },
  );
  const gender = new Map<Actor, "f" | "m" | null>();
  const added: { actor: Actor; span: Span }[] = [];
  let next = 0;
  PRONOUN.lastIndex = 0;
  // test(), not exec(): no match object per pronoun; the match is the word ending at lastIndex.
  while (PRONOUN.test(text)) {
    const end = PRONOUN.lastIndex;
    let at = end;
    while (at > 0 && isAsciiWordCode(text.charCodeAt(at - 1))) at--;
    if (taken.has(at)) continue;
    const rule = pronounRule(text, at, end - at);
    // "Khamenei praised him": an object pronoun is not the subject of its own clause (that would be
    // "himself"); an antecedent in the same clause is passed over.
    const object = isObjectPronoun(text, at, end);
    while (next < timeline.length && (timeline[next] as { span: Span }).span[0] < at) next++;
    // Not across a paragraph: where this one starts, looked for within the window only (the last blank
    // line wholly before `at`, searched back no further than the window).
    const from = Math.max(0, at - WINDOW);
    let floor = from;
    for (let p = at - 2; p >= from; p--)
      if (text.charCodeAt(p) === 10 && text.charCodeAt(p + 1) === 10) {
        floor = p;
        break;
      }
    for (let k = next - 1; k >= 0; k--) {
      const t = timeline[k] as { span: Span; actor: Actor };
      if (t.span[1] < floor) break;
      if (!rule.fits.includes(t.actor.type)) continue;
      if (object && sameClause(text, t.span[1], at)) continue;
      if (object && onlyModifies(text, t.span)) continue;
      if (object && subjectOfJoinedVerb(text, t.span, at)) continue;
      if (rule.gender !== null) {
        let g = gender.get(t.actor);
        if (g === undefined) {
          g = genderOf(t.actor, words);
          gender.set(t.actor, g);
        }
        if (g !== null && g !== rule.gender) continue;
      }
      added.push({ actor: appositiveHolder(text, timeline, k, at, rule.fits) ?? t.actor, span: [at, end] });
      break;
    }
  }
  addDescriptionMentions(text, timeline, taken, added);
  for (const { actor, span } of added) actor.mentions.push(span);
  for (const a of new Set(added.map((x) => x.actor))) a.mentions.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * "Mikati met Le Drian and thanked him": the subject of a verb joined by "and" to the pronoun's own verb is
 * that verb's subject too, so no antecedent of its object (that would be "himself").
 */
function subjectOfJoinedVerb(text: string, [, b]: Span, at: number): boolean {
  if (at - b > 120) return false;
  const between = text.slice(b, at);
  return (
    /^[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+\b/.test(between) &&
    /\b(?:and|but)[ \u00a0]+(?:(?:also|then|later|even|[a-z]+ly)[ \u00a0]+)?[a-z]+[ \u00a0]+$/.test(
      between,
    ) &&
    !/[.;:!?]/.test(between)
  );
}

/**
 * A name that only describes someone else, for an object pronoun: the body a role belongs to ("Geagea,
 * the head of the Lebanese Forces, … accused them") or a modifier before a role and a name ("The US envoy
 * Tim Lenderking … urged them").
 */
function onlyModifies(text: string, [a, b]: Span): boolean {
  if (
    /\b(?:head|leader|chief|chairman|member|commander|spokesman|spokeswoman|envoy|minister|secretary-general|president) of[ \u00a0]+(?:the[ \u00a0]+)?$/i.test(
      text.slice(Math.max(0, a - 40), a),
    )
  )
    return true;
  return (
    /^[ \u00a0]+(?:[a-z-]+[ \u00a0]+){1,2}[A-Z]/.test(text.slice(b, b + 40)) &&
    /^[ \u00a0]+(?:envoy|official|minister|president|leader|commander|spokesman|spokeswoman|ambassador|diplomat|general|negotiator)/i.test(
      text.slice(b, b + 40),
    )
  );
}

/** ", expressed ", ", has also made ": the comma that closes an appositive, then the clause's verb group. */
const CLOSE_THEN_VERB =
  /,[ \u00a0]+(?:(?:has|have|had|was|were|is|are|will|would|did|does|also|then|later|again|\w+ly)[ \u00a0]+)*[a-z]+[ \u00a0]+$/;

/**
 * "Brett McGurk, President Obama’s special envoy to the coalition, expressed his support": a pronoun right
 * after the clause's verb stands for its subject, not for a name inside the subject's appositive. Returns
 * that subject when timeline[k] sits in such an appositive, else null.
 */
function appositiveHolder(
  text: string,
  timeline: readonly { span: Span; actor: Actor }[],
  k: number,
  at: number,
  fits: readonly ActorType[],
): Actor | null {
  const inner = timeline[k] as { span: Span; actor: Actor };
  // The comma within 60 characters before the pronoun (lastIndexOf would search a comma-less text to its
  // start for every pronoun).
  let close = at - 1;
  while (close >= 0 && at - close <= 60 && text.charCodeAt(close) !== 44) close--;
  if (close < 0 || text.charCodeAt(close) !== 44) return null;
  if (close < inner.span[1] || at - close > 60 || !CLOSE_THEN_VERB.test(text.slice(close, at))) return null;
  for (let j = k - 1; j >= 0; j--) {
    const t = timeline[j] as { span: Span; actor: Actor };
    if (inner.span[0] - t.span[1] > 120) return null;
    const between = text.slice(t.span[1], inner.span[0]);
    if (!/^,[^,.;:]*$/.test(between)) continue;
    return fits.includes(t.actor.type) && t.actor !== inner.actor ? t.actor : null;
  }
  return null;
}

/**
 * "the movement", "the regime", "the group's leader" in running text: mentions of the actor the
 * description stands for (descriptions.ts), when one fits within its look-back.
 */
function addDescriptionMentions(
  text: string,
  timeline: readonly { span: Span; actor: Actor }[],
  taken: ReadonlySet<number>,
  added: { actor: Actor; span: Span }[],
): void {
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(text); m !== null; m = DESCRIPTION.exec(text)) {
    const noun = (m[1] as string).toLowerCase();
    const at = m.index + m[0].length - (m[1] as string).length;
    if (taken.has(at) || !descriptionFits(noun)) continue;
    const actor = antecedentOf(noun, at, timeline);
    if (actor) added.push({ actor, span: [at, at + noun.length] });
  }
}

const DESCRIPTION =
  /\b[Tt]he\s+(group|organization|organisation|movement|militia|faction|regime|government|party|coalition|council|ministry|website|newspaper|daily|channel)\b/g;
