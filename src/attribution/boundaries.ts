// Where a stance verb's object ends and the next attribution begins: adjuncts, places, lists of names,
// discourse markers, modals and conditions that bound a statement's content.

import { isIrregularPast, isNounLikeForm } from "../text/irregularVerbs.js";
import { isCapitalized, type Tokens } from "../text/tokens.js";
import type { AttributionResources } from "./attribute.js";
import { isTimeWord } from "./clauses.js";
import { cueAt } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import { speakerLeftOf } from "./phrases.js";
import type { UnitState } from "./unitState.js";
import { ADJUNCT_START, MODALS, QUOTE_MARKS, VERB_OBJECT_OPENERS } from "./words.js";

/** A preposition after a gerund or a noun it completes ("engaging in", "the rise in", "as a hero"). */
function isBoundPreposition(tk: Tokens, k: number): boolean {
  const l = tk.lower[k] ?? "";
  if (l === "as") return true;
  if (l !== "in" && l !== "on") return false;
  const before = tk.lower[k - 1] ?? "";
  // "a temporary ban on Muslims", "Obama's intervention in Libya": nouns that take their "on" or "in".
  return (before.endsWith("ing") && before.length > 5) || PREPOSITION_NOUNS.has(before);
}

/** Nouns whose "on" or "in" completes them ("ban on", "intervention in", "sanctions on", "role in"). */
const PREPOSITION_NOUNS = new Set(
  "ban bans attack attacks intervention interventions war wars stance position positions views policy policies role involvement investment investments increase increases cuts tax taxes tariffs sanctions restrictions limits focus crackdown strike strikes vote votes deal talks record emphasis grip interest faith confidence trust spending reliance pressure embargo moratorium freeze cap hold influence presence troops boots".split(
    " ",
  ),
);

/** Where a stance verb's object ends: before a time or place adjunct or a second clause. */
export function objectEnd(state: UnitState, from: number, end: number): number {
  const { tk } = state;
  for (let k = from + 1; k < end; k++) {
    if (state.quoteOf[k] !== -1) continue;
    const s = tk.surface[k] ?? "";
    const l = tk.lower[k] ?? "";
    // "thanked Qatar, Turkey and Iran": a list of names goes on over its commas.
    if (s === "," && inListOfNames(tk, k, end)) continue;
    if (s === "," || s === ";") return k;
    // "accused you of engaging in a freak out", "the tumble in oil prices": a preposition that depends
    // on the word before it is still the object's.
    // "slammed Israel's operation in Rafah": a place belongs to the object (as PolNeAR marks it); a time
    // ("in March", "in the past week") does not.
    if (l === "in" && isPlaceAfter(tk, k + 1)) continue;
    // "the tumble in oil prices", "a rise in violence": "in" after a noun of change names what changed
    // ("slammed Netanyahu in parliament" is where).
    if (l === "in" && CHANGE_NOUNS.test(tk.lower[k - 1] ?? "")) continue;
    // ("dismissed Estonia as being in the “suburbs of St. Petersburg”": a predicate's preposition.)
    if (
      ADJUNCT_START.has(l) &&
      !isBoundPreposition(tk, k) &&
      !/^(?:being|be|been|as)$/.test(tk.lower[k - 1] ?? "")
    )
      return k;
    if ((l === "and" || l === "but") && isVerbLike(tk.surface[k + 1] ?? "", tk.surface[k + 2] ?? ""))
      return k;
  }
  return end;
}

/** Nouns of change whose "in" names what changed ("the tumble in oil prices"). */
const CHANGE_NOUNS =
  /^(?:rise|rises|surge|tumble|drop|drops|fall|decline|increase|increases|spike|jump|slump|growth|cut|cuts|uptick|downturn|shift|change|changes|dip|plunge)$/;

/** "in Rafah", "in the West Bank": a capitalised name (not a month or a weekday) after "in". */
function isPlaceAfter(tk: Tokens, j: number): boolean {
  const at = tk.lower[j] === "the" ? j + 1 : j;
  return isCapitalized(tk.surface[at] ?? "") && !isTimeWord(tk.lower[at] ?? "");
}

/** Is the comma at k one of a list of names ("Qatar, Turkey and Iran", "Hamas, the PIJ, and Hizbullah")? */
function inListOfNames(tk: Tokens, k: number, end: number): boolean {
  if (!isCapitalized(tk.surface[k - 1] ?? "")) return false;
  let j = k + 1;
  if (tk.lower[j] === "the") j++;
  if (!isCapitalized(tk.surface[j] ?? "")) return false;
  for (; j < end && j - k <= 6; j++) {
    const l = tk.lower[j] ?? "";
    if (l === "and" || l === "or") return isCapitalized(tk.surface[j + 1] ?? "") || tk.lower[j + 1] === "the";
    if (l === ",") continue;
    if (!isCapitalized(tk.surface[j] ?? "") && l !== "the") return false;
  }
  return false;
}

/**
 * A past-tense or third-person verb form after "and" ("and said", "and calls"): a second clause. As
 * written: "and Fed officials" is no "fed". A form as often a noun is a verb before its object only ("and
 * cast himself as", not "and ground invasion").
 */
function isVerbLike(sf: string, next: string): boolean {
  const l = sf.toLowerCase();
  if (isNounLikeForm(sf)) return VERB_OBJECT_OPENERS.test(next);
  // ("… and said …", "… but told …": the commonest verbs of saying are irregular.)
  return (
    (/(?:ed|es)$/.test(l) && l.length > 4) ||
    /^(?:said|says|say|told|tells|wrote|writes)$/.test(l) ||
    isIrregularPast(sf)
  );
}

/** Is there a modal among the tokens [from, to) ("will respond", "would never say")? */
function hasModal(tk: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MODALS.has(tk.lower[k] ?? "")) return true;
  return false;
}

/** An "if" or "unless" among the last few tokens of [from, to)? Bounded, as it runs for every cue. */
function conditionBefore(tk: Tokens, from: number, to: number): boolean {
  for (let k = Math.max(from, to - 30); k < to; k++)
    if (tk.lower[k] === "if" || tk.lower[k] === "unless") return true;
  return false;
}

/**
 * Content runs to the end of the clause, unless another attribution starts inside it after a comma
 * ("Clinton is honest, and three-quarters said the same of Sanders"): then it stops at that comma.
 */
export function cutAtNextAttribution(
  state: UnitState,
  from: number,
  end: number,
  res: AttributionResources,
): number {
  const { tk } = state;
  for (let c = from + 2; c < end; c++) {
    if (state.quoteOf[c] !== -1) continue;
    const cue = cueAt(state, c, res);
    if (!cue || !(cue.classes & SPEECH)) continue;
    // "Hamas, which rules Gaza, had accepted": a verb that reports only with a clause, here with an object.
    if (
      cue.needsClause &&
      tk.lower[cue.end + 1] !== "that" &&
      !QUOTE_MARKS.has(tk.surface[cue.end + 1] ?? "") &&
      !/^[,:]$/.test(tk.surface[cue.end + 1] ?? "")
    )
      continue;
    // "that if Israel attacks, Hizbullah will respond": what someone will do on a condition is what was
    // said, not a report ("…, and Israel will announce its answer" still is one).
    if (hasModal(tk, cue.start, cue.verb) && conditionBefore(tk, from, cue.start)) continue;
    const conj = tk.lower[cue.outer - 1] ?? "";
    // "calling it “disqualifying” and asserting that …": a second participle of the same speaker.
    if (cue.form === "ing") {
      // "… while adding that …", "… but suggesting that …": so does one after "while" or "but".
      if (/^(?:and|but|while)$/.test(conj) && cue.outer - 1 > from + 1)
        return tk.surface[cue.outer - 2] === "," ? cue.outer - 2 : cue.outer - 1;
      continue;
    }
    // "suggested her cycle was behind it, called her “third-rate” and …": a list of the speaker's acts.
    if (
      conj === "," &&
      cue.form === "past" &&
      !cue.needsClause &&
      cue.outer - 1 > from + 1 &&
      /^(?:him|her|it|them|that|the|a|an|his|their|its)$/.test(tk.lower[cue.end + 1] ?? "") &&
      !QUOTE_MARKS.has(tk.surface[cue.outer - 2] ?? "")
    )
      return cue.outer - 1;
    // "…, but lamented that …", "… but said …": the same speaker goes on with a second statement.
    if (
      (conj === "and" || conj === "but") &&
      (cue.form === "past" || cue.form === "s") &&
      cue.outer - 1 > from + 1
    ) {
      return tk.surface[cue.outer - 2] === "," ? cue.outer - 2 : cue.outer - 1;
    }
    const sp = speakerLeftOf(tk, cue.outer, from, res.words, res.isCue);
    if (!sp) continue;
    // "…, as critics claim, but …": an aside that names others' view; the content goes on over it.
    if (tk.lower[sp.start - 1] === "as" && tk.surface[cue.end + 1] === ",") {
      c = cue.end;
      continue;
    }
    let comma = sp.start - 1;
    if (["and", "but", "while", "whereas", "as"].includes(tk.lower[comma] ?? "")) comma--;
    if (tk.surface[comma] === "," && comma > from) return comma;
    // "… doesn't care about the community and one in four said …": a new speaker after "and".
    if (
      tk.lower[sp.start - 1] === "and" &&
      sp.start - 1 > from + 2 &&
      (cue.form === "past" || cue.form === "s")
    )
      return sp.start - 1;
    // “… many nations,” and the United States warned …: the comma sits inside the closing mark.
    if (QUOTE_MARKS.has(tk.surface[comma] ?? "") && tk.surface[comma - 1] === "," && comma > from)
      return comma + 1;
  }
  return end;
}
