// Statements headed by a noun of saying after its owner's possessive ("Haniya's claim that …",
// "his pledge to rebuild Gaza"), and the verb-group count that the indirect reader shares.

import { isIrregularPast } from "../text/irregularVerbs.js";
import { isCapitalized, isWord, type Tokens } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import { floorOf, isFiniteAuxiliary, isLyAdverb } from "./clauses.js";
import { contentEnd, contentKind, isRelativeThat, markQuotesUsed } from "./contentSpan.js";
import type { CueGroup } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import { type Phrase, POSSESSIVE_PRONOUNS } from "./phrases.js";
import { anyClaimed, claim, draftFrom, span, type UnitState } from "./unitState.js";
import { OBJECT_OPENERS } from "./words.js";

/**
 * The first token of the n-th finite verb group in [from, to) ("was rigged" is one group: an auxiliary and
 * what follows it), or `to` when there are fewer. Finite: a form of "be", "have", "do", a modal, a past in -ed.
 */
export function verbGroupAt(tk: Tokens, from: number, to: number, n: number): number {
  let groups = 0;
  let inGroup = false;
  for (let k = from; k < to; k++) {
    const l = tk.lower[k] ?? "";
    const aux = isFiniteAuxiliary(l);
    // "that Israel commits genocide": a present tense right after a name or a pronoun ("the Hamas leaders"
    // is a noun after a name used as a modifier).
    const present =
      /^[a-z]{3,}[^s]s$/.test(tk.surface[k] ?? "") &&
      ((isCapitalized(tk.surface[k - 1] ?? "") && tk.lower[k - 2] === "that") ||
        /^(?:he|she|it)$/.test(tk.lower[k - 1] ?? ""));
    // "had bombed the hospital and killed …": a verb after "and" goes on with its group's clause.
    const joined = /^(?:and|or|but)$/.test(tk.lower[k - 1] ?? "");
    const finite =
      !joined &&
      (aux || present || /^[a-z]{3,}ed$/.test(tk.surface[k] ?? "") || isIrregularPast(tk.surface[k] ?? ""));
    if (!finite) {
      // "has also been", "would not": adverbs inside a group keep it open.
      if (!(inGroup && (l === "not" || isLyAdverb(l) || l === "also" || l === "never"))) inGroup = false;
      continue;
    }
    if (!inGroup && ++groups === n) return k;
    inGroup = aux || inGroup;
    if (!aux) inGroup = false;
  }
  return to;
}

/** Lower-case particles inside a name ("Mohammed bin Abdulrahman Al Thani", "Abu Bakr al-Baghdadi"). */
const NAME_PARTICLES = new Set(["bin", "ibn", "bint", "al", "el", "abu", "de", "van", "von", "da"]);

/**
 * "Donald Trump’s", "the Hamas movement’s", "Mohammed bin Abdulrahman Al Thani's": the name (with its
 * particles and "the") that owns at token o.
 */
function possessorEndingAt(tk: Tokens, o: number, floor: number): Phrase {
  let start = o;
  while (start - 1 >= floor && isWord(tk.surface[start - 1] ?? "")) {
    const s = tk.surface[start - 1] ?? "";
    if (!isCapitalized(s) && !NAME_PARTICLES.has(s)) break;
    start--;
  }
  while (start < o && NAME_PARTICLES.has(tk.surface[start] ?? "")) start++;
  if (start - 1 >= floor && tk.lower[start - 1] === "the") start--;
  return { start, end: o, head: o, appositive: -1 };
}

/**
 * "Haniya's claim that Iran …", "his pledge to rebuild Gaza", "the group's call for a boycott": a noun of
 * saying or meaning after its owner's possessive, with the words the lexicon lets follow it, reports
 * what follows; the owner is the speaker and the noun (with any adjectives before it) the cue.
 */
export function nominalStatements(
  state: UnitState,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft[] {
  const { tk } = state;
  const out: StatementDraft[] = [];
  let reachEnd = -1;
  for (let v = 1; v < tk.length - 1; v++) {
    const after = res.cues.nominal.get(tk.lower[v] ?? "");
    const next = tk.lower[v + 1] ?? "";
    if (!after?.has(next) || state.claimed[v] || state.quoteOf[v] !== -1) continue;
    if (next === "that" && isRelativeThat(tk, v + 1)) continue;
    // "plan to", "call to": an infinitive, not a preposition before a place ("a call to Tehran").
    if (
      next === "to" &&
      (isCapitalized(tk.surface[v + 2] ?? "") || OBJECT_OPENERS.has(tk.lower[v + 2] ?? ""))
    )
      continue;
    // The owner: a possessive right before the noun, or before one or two adjectives ("his recent call").
    let o = v - 1;
    while (
      o > v - 3 &&
      o > 0 &&
      /^[a-z]+$/.test(tk.surface[o] ?? "") &&
      !POSSESSIVE_PRONOUNS.has(tk.lower[o] ?? "")
    )
      o--;
    const owner = tk.surface[o] ?? "";
    const pronoun = POSSESSIVE_PRONOUNS.has(tk.lower[o] ?? "");
    if (!pronoun && !(/['’]s?$/.test(owner) && owner.length > 2 && isCapitalized(owner))) continue;
    const floor = floorOf(state, o);
    const speaker: Phrase = pronoun
      ? { start: o, end: o, head: o, appositive: -1 }
      : possessorEndingAt(tk, o, floor);
    if (anyClaimed(state, speaker.start, v)) continue;
    const at = v + 1;
    // Where the content may run: one scan per stretch, shared by the candidates inside it, so that a unit
    // of many candidate nouns stays linear.
    if (at >= reachEnd) reachEnd = contentEnd(state, at);
    // "Trump's claim that the vote was rigged angered Clinton": a phrase that is the subject ends before
    // the sentence's own verb, the second verb group after "that", the first after "to" or "for".
    const end = verbGroupAt(tk, at + 1, reachEnd, next === "that" ? 2 : 1);
    if (end - at < 2) continue;
    const cue: CueGroup = {
      start: o + 1,
      outer: o + 1,
      verb: v,
      end: v,
      classes: SPEECH,
      form: "base",
      lemma: tk.lower[v] ?? "",
      needsClause: false,
    };
    const kind = contentKind(state, at, end, used);
    markQuotesUsed(state, at, end, used);
    claim(state, speaker.start, end - 1);
    const d = draftFrom(state, speaker, cue, [span(tk, at, end - 1)], kind, 0.5, res);
    // The owner names the speaker without its possessive ending ("Donald Trump’s" is Donald Trump).
    if (!pronoun && d.speakerSpan) {
      const cut = /s['’]$/.test(owner) ? 1 : 2;
      d.speakerHead = [d.speakerSpan[0], d.speakerSpan[1] - cut];
    }
    out.push(d);
    v = end - 1;
  }
  return out;
}
